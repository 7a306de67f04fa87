package io.github.wxshare.core.internal;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the contract ({@code docs/contract.md}) as a Jakarta {@link ConstraintValidator}. The
 * rule itself is {@link #check}, plain code that both engines call: {@code ShareMiniProgramRequest.Builder.build()} calls {@link #find}
 * directly, and a Bean Validation provider calls {@link #isValid}, which turns the same finding into
 * a violation whose message template names the error code's kind.
 *
 * <p>A validator holds nothing but its constraint's parameters, so one instance serves every thread.
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {
  /** Prefix of every message key; also how a violation's template is recognised as ours. */
  public static final String KEY_PREFIX = "io.github.wxshare.";

  static final Finding FORMAT = Finding.of("format");

  private final String constraint;
  private final @Nullable String limitName;
  private final boolean checksBlank;
  private boolean customMessage;
  private int limit;
  // Templates by finding kind, built once: a validator serves every thread, so these are concurrent.
  private final Map<String, String> templates = new ConcurrentHashMap<>();
  private final Map<String, String> suggestingTemplates = new ConcurrentHashMap<>();

  protected RuleValidator(String constraint) {
    this(constraint, null);
  }

  /** For a constraint with a length limit, named {@code limitName} in the annotation and messages. */
  protected RuleValidator(String constraint, @Nullable String limitName) {
    this(constraint, limitName, false);
  }

  /**
   * {@code checksBlank}: the rule judges an empty or blank text itself (twenty thousand spaces are
   * too long a title; a blank hash is no hash) rather than leaving it to {@code @Required}.
   */
  protected RuleValidator(String constraint, @Nullable String limitName, boolean checksBlank) {
    this.constraint = constraint;
    this.limitName = limitName;
    this.checksBlank = checksBlank;
  }

  /**
   * Sets the length limit: from the annotation in {@code initialize}, or directly for the builder.
   *
   * @throws ConstraintDeclarationException when negative, as Hibernate Validator refuses a
   *     negative {@code @Size} or {@code @Length}: such a limit would refuse every value with a
   *     message that says "at most -1"
   */
  protected final void limit(int limit) {
    this.limit = nonNegative(limitName, limit);
  }

  /** {@code value} of the annotation's parameter {@code name}, refused as {@link #limit} refuses a negative one. */
  protected final int nonNegative(@Nullable String name, int value) {
    if (value < 0) {
      throw new ConstraintDeclarationException("@" + constraint + "(" + name + " = " + value + "): " + name
          + " must be 0 or more");
    }
    return value;
  }

  /**
   * The checks every length-limited string rule starts with: an unpaired surrogate is
   * {@code format} (such a string has no UTF-8 form, so no length either), then the length, counted
   * in UTF-8 bytes or in code points.
   */
  protected final @Nullable Finding encodingOrLength(CharSequence value, boolean utf8Bytes) {
    long measured = Utf8.measure(value);
    if (measured < 0) {
      return FORMAT;
    }
    long length = utf8Bytes ? Utf8.measuredBytes(measured) : Utf8.measuredCodePoints(measured);
    return length > limit ? Finding.length(length) : null;
  }

  /** Subclasses pass their annotation's {@code message()}: a user's own message replaces ours. */
  protected final void message(String message) {
    customMessage = !message.startsWith("{" + KEY_PREFIX);
  }

  /**
   * What is wrong with {@code value}, or null when it is fine. Null is fine here, and so are blank
   * strings unless the rule checks blanks: saying "required" is the job of {@code @Required}, so that
   * a missing field gets one violation. Every rule but {@code @Required}'s has this one; the
   * builder's rules, which look for blanks themselves, call {@link #findPresent}.
   */
  public @Nullable Finding find(@Nullable T value) {
    if (value == null || (!checksBlank && value instanceof CharSequence && Text.isBlank((CharSequence) value))) {
      return null;
    }
    return check(value);
  }

  /**
   * {@link #find} for a value the caller has found non-null and, unless {@link #checksBlank()},
   * not blank: the builder's rules have looked already ({@code <field>.required} is theirs).
   */
  public final @Nullable Finding findPresent(T value) {
    return check(value);
  }

  /** Whether the rule judges an empty or blank text itself rather than leaving it to {@code @Required}. */
  public final boolean checksBlank() {
    return checksBlank;
  }

  /**
   * The name of the constraint's numeric parameter that messages quote ({@code {max}}), or null:
   * Hibernate Validator reads it from the annotation, the builder's messages from here.
   */
  public final @Nullable String attributeName() {
    return limitName;
  }

  /** The value of {@link #attributeName()}. */
  public final int attributeValue() {
    return limit;
  }

  /** The rule proper, on a non-null (and for strings, non-blank) value. */
  protected abstract @Nullable Finding check(T value);

  /** The message template of a finding: our key, and "did you mean" when there is a suggestion. */
  public final String template(Finding finding) {
    boolean suggests = finding.suggestion() != null;
    Map<String, String> cache = suggests ? suggestingTemplates : templates;
    String template = cache.get(finding.kind());
    if (template == null) {
      String key = "{" + KEY_PREFIX + constraint + "." + finding.kind() + "}";
      template = suggests ? key + " {" + KEY_PREFIX + "didYouMean}" : key;
      cache.putIfAbsent(finding.kind(), template);
    }
    return template;
  }

  @Override
  public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
    Finding finding = find(value);
    if (finding == null) {
      return true;
    }
    if (!customMessage) {
      context.disableDefaultConstraintViolation();
      MessageParameters.add(context, display(value), finding);
      context.buildConstraintViolationWithTemplate(template(finding)).addConstraintViolation();
    }
    return false;
  }

  /**
   * The message parameters of {@code finding} (name, value, ...): the value as {@code shown}, the
   * suggestion, the measured length and the constraint's limit. The limit's pair has a null name for
   * a rule without one; {@code Violation} leaves such a pair out.
   */
  public final @Nullable String[] parameters(Finding finding, String shown) {
    String suggestion = finding.suggestion();
    return new @Nullable String[] {"value", shown, "suggestion", suggestion == null ? "" : suggestion,
        "actual", String.valueOf(finding.actual()), limitName, String.valueOf(limit)};
  }

  /** A value as messages show it: strings quoted and cut short, numbers as they are. */
  public static String display(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof CharSequence ? Display.quote(value.toString()) : String.valueOf(value);
  }
}
