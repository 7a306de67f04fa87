package io.github.wxshare.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a violation that a Jakarta Validation provider reported for one of wxshare's constraints
 * back into wxshare's own finding: the same rule, initialised from the same annotation, run again
 * on the same value. So the message can be rendered in any language later, with the value, the
 * suggestion and the measured length, exactly as {@code build()} renders it.
 */
public final class ProviderFindings {
  private static final Map<Annotation, RuleValidator<Annotation, Object>> RULES = new ConcurrentHashMap<>();

  private ProviderFindings() {}

  /**
   * The template and message parameters for {@code value} under the constraint {@code descriptor},
   * or null when the constraint is not wxshare's or the rule finds nothing (another provider's own
   * idea of the constraint): then the provider's message is all there is.
   */
  public static Object @Nullable [] find(ConstraintDescriptor<?> descriptor, @Nullable Object value) {
    RuleValidator<Annotation, Object> rule = rule(descriptor);
    if (rule == null) {
      return null;
    }
    Finding finding;
    try {
      finding = rule.find(value);
    } catch (ClassCastException notTheValueTheRuleTakes) {
      return null;
    }
    if (finding == null) {
      return null;
    }
    String attribute = rule.attributeName();
    String[] parameters = attribute == null
        ? new String[] {"value", RuleValidator.display(value), "suggestion", suggestion(finding),
            "actual", String.valueOf(finding.actual())}
        : new String[] {"value", RuleValidator.display(value), "suggestion", suggestion(finding),
            "actual", String.valueOf(finding.actual()), attribute, String.valueOf(rule.attributeValue())};
    return new Object[] {finding.kind(), rule.template(finding), parameters};
  }

  /** True when the constraint is one of wxshare's. */
  public static boolean isOurs(ConstraintDescriptor<?> descriptor) {
    return rule(descriptor) != null;
  }

  private static String suggestion(Finding finding) {
    return finding.suggestion() == null ? "" : finding.suggestion();
  }

  @SuppressWarnings("unchecked")
  private static @Nullable RuleValidator<Annotation, Object> rule(ConstraintDescriptor<?> descriptor) {
    Annotation annotation = descriptor.getAnnotation();
    RuleValidator<Annotation, Object> cached = RULES.get(annotation);
    if (cached != null) {
      return cached;
    }
    for (Class<? extends ConstraintValidator<?, ?>> type : descriptor.getConstraintValidatorClasses()) {
      if (RuleValidator.class.isAssignableFrom(type)) {
        try {
          RuleValidator<Annotation, Object> rule =
              (RuleValidator<Annotation, Object>) type.getConstructor().newInstance();
          rule.initialize(annotation);
          RULES.putIfAbsent(annotation, rule);
          return rule;
        } catch (ReflectiveOperationException | RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
