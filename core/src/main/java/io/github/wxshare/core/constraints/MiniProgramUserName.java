package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.MiniProgramUserNameValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Mini Program original id: {@code gh_} followed by 12 lower-case hex digits, such as
 * {@code gh_d43f693ca31f}. Error codes: {@code <field>.appId} for an AppID ({@code wx} and 16 hex
 * digits, which sharing does not accept), {@code <field>.format} for anything else; the message
 * offers the corrected id for upper-case hex, surrounding blanks or an {@code @app} suffix.
 *
 * <p>Null and blank are valid; add {@link Required} for a required value. Supported type:
 * {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = MiniProgramUserNameValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MiniProgramUserName.List.class)
public @interface MiniProgramUserName {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.MiniProgramUserName.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @MiniProgramUserName} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    MiniProgramUserName[] value();
  }
}
