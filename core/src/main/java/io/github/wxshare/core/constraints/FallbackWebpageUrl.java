package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.FallbackWebpageUrlValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The web page that WeChat versions too old for Mini Programs open instead: an absolute
 * {@code http} or {@code https} URL with a host. Error codes: {@code <field>.scheme} when the scheme
 * is missing or another one (the message offers {@code https://www.qq.com} for {@code www.qq.com}),
 * {@code <field>.format} for other malformed values ({@code http:192.168.1.140:8083/}, whitespace,
 * non-ASCII, a bad percent escape, no host), and {@code <field>.length} past {@link #maxBytes()}
 * UTF-8 bytes.
 *
 * <p>Null and blank are valid; add {@link Required} for a required value. Supported type:
 * {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = FallbackWebpageUrlValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(FallbackWebpageUrl.List.class)
public @interface FallbackWebpageUrl {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.FallbackWebpageUrl.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most UTF-8 bytes accepted; the share request uses 1024, the iOS SDK limit. */
  int maxBytes() default 1024;

  /** Several {@code @FallbackWebpageUrl} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    FallbackWebpageUrl[] value();
  }
}
