package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.ThumbDataHashValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The SHA-256 of a signed share's card image, as WeChat's signing rule writes it: 64 lower-case hex
 * digits. Error code {@code <field>.format} for anything else, empty and blank included (the message
 * offers the lower-case form of an upper-case hash). {@code null} is valid: the field is optional.
 */
@Documented
@Constraint(validatedBy = ThumbDataHashValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ThumbDataHash.List.class)
public @interface ThumbDataHash {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.ThumbDataHash.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ThumbDataHash} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    ThumbDataHash[] value();
  }
}
