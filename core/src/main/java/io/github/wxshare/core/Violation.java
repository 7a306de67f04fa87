package io.github.wxshare.core;

import io.github.wxshare.core.internal.Finding;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.Messages;
import io.github.wxshare.core.internal.Pointers;
import io.github.wxshare.core.internal.ProviderFindings;
import io.github.wxshare.core.internal.RuleValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a share request: where ({@link #pointer()}), what ({@link #code()}), and a
 * message for people ({@link #message(Locale)}). Pointers and codes are the contract and never
 * depend on the language; messages name the offending value and the fix.
 *
 * <pre>{@code
 * try {
 *   request = ShareMiniProgramRequest.builder().userName("wx1234567890abcdef")...build();
 * } catch (InvalidShareRequestException e) {
 *   for (Violation v : e.violations()) {
 *     log(v.pointer() + " " + v.code() + ": " + v.message(Locale.SIMPLIFIED_CHINESE));
 *   }
 * }
 * }</pre>
 */
public final class Violation {
  private final String pointer;
  private final String code;
  private final String template;
  // The template of a provider's own message: the message is its one parameter, shown as it is.
  private static final String PROVIDED = "{provided}";

  private final String[] parameters; // name, value, name, value ...
  private final int line;
  private final int column;

  Violation(String pointer, String code, String template, String[] parameters) {
    this(pointer, code, template, parameters, 0, 0);
  }

  private Violation(String pointer, String code, String template, String[] parameters, int line, int column) {
    this.pointer = pointer;
    this.code = code;
    this.template = template;
    this.parameters = parameters;
    this.line = line;
    this.column = column;
  }

  /** This violation found at {@code line} and {@code column} of the document it was read from. */
  Violation at(int line, int column) {
    return new Violation(pointer, code, template, parameters, line, column);
  }

  /**
   * The violation that Hibernate Validator (or another Jakarta Validation provider) reported for one
   * of wxshare's constraints, with the pointer, code and messages {@code build()} would give: the
   * property path becomes a JSON Pointer ({@code /userName}, {@code /shares/0/userName}), the code is
   * the field's name and the rule's kind ({@code userName.appId}; {@code landingPage.url} for
   * {@code @MiniProgramPath} on a field {@code landingPage}), and {@link #message(Locale)} renders
   * wxshare's own message in any of its languages, whatever locale the provider used.
   *
   * <p>A constraint that is not wxshare's, or one of ours given a {@code message} of the user's own,
   * keeps the provider's message (already interpolated, in the provider's locale); a constraint
   * that is not wxshare's gets the code {@code <field>.<AnnotationName>}.
   */
  public static Violation of(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation == null");
    StringBuilder pointer = new StringBuilder();
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          Pointers.append(pointer, String.valueOf(position));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        Pointers.append(pointer, name);
        field = name;
      }
    }
    String prefix = field.isEmpty() ? "" : field + ".";
    RuleValidator<Annotation, Object> rule = kindOf(violation.getMessageTemplate()) == null ? null
        : ProviderFindings.rule(violation.getConstraintDescriptor());
    Object value = violation.getInvalidValue();
    Finding finding = rule == null ? null : ProviderFindings.find(rule, value);
    if (rule != null && finding != null) {
      return create(pointer.toString(), prefix + finding.kind(), rule.template(finding),
          rule.parameters(finding, RuleValidator.display(value)));
    }
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    String kind = kindOf(violation.getMessageTemplate());
    if (kind == null) {
      kind = kindOf(defaultMessage(annotation));
    }
    if (kind == null) {
      kind = annotation.annotationType().getSimpleName();
    }
    return new Violation(pointer.toString(), prefix + kind, PROVIDED, new String[] {"provided", violation.getMessage()});
  }

  /** The JSON Pointer (RFC 6901) of the field: {@code /userName}, or {@code ""} for the whole document. */
  public String pointer() {
    return pointer;
  }

  /**
   * The line, from 1, of what this violation is about in the text {@link ShareRequestJson#read}
   * read: the key of an unknown or repeated key, the value of a field whose value is wrong, the
   * opening brace for a required field the document lacks, the place where the text stops being
   * JSON for {@code json.syntax}, and line 1 for the other findings about the whole document. 0
   * when the violation was not read from a text ({@code build()}, {@link #of}, the Jackson modules,
   * which read a mapper's tokens).
   */
  public int line() {
    return line;
  }

  /**
   * The column of {@link #line()}, from 1, in Unicode code points (an emoji counts once; a tab
   * counts once); 0 when {@link #line()} is 0.
   */
  public int column() {
    return column;
  }

  /**
   * This violation for a request that sits at {@code pointer} inside a larger document: under
   * {@code /shares/0}, {@code /userName} becomes {@code /shares/0/userName} and the document's own
   * {@code ""} becomes {@code /shares/0}. Code and message stay as they are; the line and column,
   * which counted in another text, become 0.
   *
   * @param pointer a JSON Pointer: {@code ""} or a string that starts with {@code /}
   * @throws IllegalArgumentException when {@code pointer} is neither
   */
  public Violation under(String pointer) {
    Objects.requireNonNull(pointer, "pointer == null");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer (it must be \"\" or start with /): " + pointer);
    }
    return pointer.isEmpty() ? withoutPlace() : new Violation(pointer + this.pointer, code, template, parameters);
  }

  /** This violation without a line and column. */
  Violation withoutPlace() {
    return line == 0 ? this : new Violation(pointer, code, template, parameters);
  }

  /** The error code from the contract, such as {@code userName.appId} or {@code json.syntax}. */
  public String code() {
    return code;
  }

  /** The message in the default locale ({@link Locale#getDefault()}). */
  public String message() {
    return message(Locale.getDefault());
  }

  /**
   * The message in {@code locale}: Simplified Chinese for {@code zh}, {@code zh-CN}, {@code zh-Hans},
   * {@code zh-SG} and {@link Locale#CHINESE}; Traditional Chinese for {@code zh-Hant}, {@code zh-TW},
   * {@code zh-HK} and {@code zh-MO}; English for every other locale. The same tag reads the same
   * language in the web bridge, the CLI and the Spring starter.
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale == null");
    return Messages.render(template, locale, parameters);
  }

  /**
   * Equal when pointer, code and message are: where it was found ({@link #line()},
   * {@link #column()}) is not part of it, so {@code build()} and {@code read} find equal violations.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) o;
    return pointer.equals(that.pointer) && code.equals(that.code)
        && template.equals(that.template) && Arrays.equals(parameters, that.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, template, Arrays.hashCode(parameters));
  }

  /** {@code /userName userName.appId: <English message>}, the pointer {@code Display.printable} for logs. */
  @Override
  public String toString() {
    return Display.printable(pointer) + " " + code + ": " + message(Locale.ROOT);
  }

  /** A violation; {@code parameters} are name-value pairs, and a pair with a null name is left out. */
  static Violation create(String pointer, String code, String template, @Nullable String... parameters) {
    int named = 0;
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      if (parameters[i] != null) {
        named++;
      }
    }
    String[] pairs = parameters;
    if (named * 2 != parameters.length) {
      pairs = new String[named * 2];
      for (int i = 0, j = 0; i + 1 < parameters.length; i += 2) {
        if (parameters[i] != null) {
          pairs[j++] = parameters[i];
          pairs[j++] = parameters[i + 1];
        }
      }
    }
    return new Violation(pointer, code, template, pairs);
  }

  /** The value of the message parameter {@code name}, or null. */
  @Nullable String parameter(String name) {
    for (int i = parameters.length - 2; i >= 0; i -= 2) {
      if (parameters[i].equals(name)) {
        return parameters[i + 1];
      }
    }
    return null;
  }

  private static @Nullable String kindOf(@Nullable String template) {
    String prefix = "{" + RuleValidator.KEY_PREFIX;
    if (template == null || !template.startsWith(prefix)) {
      return null;
    }
    int close = template.indexOf('}');
    int dot = template.lastIndexOf('.', close);
    return close < 0 || dot < prefix.length() ? null : template.substring(dot + 1, close);
  }

  private static @Nullable String defaultMessage(Annotation annotation) {
    try {
      Object value = annotation.annotationType().getMethod("message").getDefaultValue();
      return value instanceof String ? (String) value : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
