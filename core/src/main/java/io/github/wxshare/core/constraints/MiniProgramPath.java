package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.MiniProgramPathValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Mini Program page route with an optional query ({@code pages/index/index},
 * {@code /pages/detail?id=7&q=中文}), or a query alone for mini games ({@code ?foo=bar}).
 * Error codes: {@code <field>.url} for a URL (a {@code scheme:} before the query),
 * {@code <field>.format} for whitespace or control characters in the route, control characters in
 * the query, {@code .} or {@code ..} route segments or an unpaired surrogate, and
 * {@code <field>.length} past {@link #maxLength()} code points. The query may hold any other
 * character, raw Chinese and nested URLs included.
 *
 * <p>Null and blank are valid; add {@link Required} for a required value. Supported type:
 * {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = MiniProgramPathValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MiniProgramPath.List.class)
public @interface MiniProgramPath {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.MiniProgramPath.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most code points accepted; the share request uses 10240. */
  int maxLength() default 10240;

  /** Several {@code @MiniProgramPath} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    MiniProgramPath[] value();
  }
}
