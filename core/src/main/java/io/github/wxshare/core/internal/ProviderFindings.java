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
   * What {@code rule} finds in the provider's {@code value}, or null when it finds nothing (another
   * provider's own idea of the constraint, or a value of a type the rule does not take): then the
   * provider's message is all there is.
   */
  public static @Nullable Finding find(RuleValidator<Annotation, Object> rule, @Nullable Object value) {
    try {
      return rule.find(value);
    } catch (ClassCastException notTheValueTheRuleTakes) {
      return null;
    }
  }

  /**
   * The rule of {@code descriptor}'s constraint, initialised from its annotation, or null when the
   * constraint is not wxshare's.
   */
  @SuppressWarnings("unchecked")
  public static @Nullable RuleValidator<Annotation, Object> rule(ConstraintDescriptor<?> descriptor) {
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
