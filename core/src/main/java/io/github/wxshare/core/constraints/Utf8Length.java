package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.Utf8LengthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * At most {@link #max()} bytes once encoded in UTF-8: 512 bytes hold 512 ASCII letters, 170 Chinese
 * characters or 128 emoji. Error codes: {@code <field>.length} when longer, {@code <field>.format}
 * for a string with an unpaired UTF-16 surrogate, which has no UTF-8 form.
 *
 * <p>Null is valid. Supported type: {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = Utf8LengthValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Utf8Length.List.class)
public @interface Utf8Length {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.Utf8Length.length}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most UTF-8 bytes accepted. */
  int max();

  /** Several {@code @Utf8Length} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    Utf8Length[] value();
  }
}
