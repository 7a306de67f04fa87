package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.MsgSignatureValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A share's signature as WeChat takes it: standard Base64 (RFC 4648 section 4: {@code A-Z a-z 0-9 + /},
 * padded with {@code =} to a multiple of four, no line breaks) of at most {@link #maxLength()}
 * characters. Error codes: {@code <field>.length} when longer, {@code <field>.format} for anything
 * else, empty and blank included; the message offers the repaired text when the Base64 was
 * URL-safe ({@code -} and {@code _}), lost its padding, or had its {@code +} turned into spaces by
 * a URL decoder. {@code null} is valid: the field is optional.
 */
@Documented
@Constraint(validatedBy = MsgSignatureValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MsgSignature.List.class)
public @interface MsgSignature {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.MsgSignature.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most characters accepted. */
  int maxLength();

  /** Several {@code @MsgSignature} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    MsgSignature[] value();
  }
}
