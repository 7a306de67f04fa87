package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.ExtraInfoValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The extra information a Mini Program card carries to WeChat ({@code WXMiniProgramObject.putExtra}
 * on Android, {@code extraInfoDic} on iOS): string keys to string values. At most {@link
 * #maxEntries()} entries, each key 1 to {@link #maxKeyLength()} code points and each value at most
 * {@link #maxValueLength()} code points. Error codes: {@code <field>.length} past a limit,
 * {@code <field>.format} for an empty key (the OpenSDK's {@code putExtra} drops it without a word),
 * or a key or value with an unpaired UTF-16 surrogate, which has no UTF-8 form.
 *
 * <p>Null and an empty map are valid. Supported type: {@link java.util.Map} of strings to strings.
 */
@Documented
@Constraint(validatedBy = ExtraInfoValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ExtraInfo.List.class)
public @interface ExtraInfo {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.ExtraInfo.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most entries accepted; the share request uses 32. */
  int maxEntries() default 32;

  /** The longest key, in code points; the share request uses 64. */
  int maxKeyLength() default 64;

  /** The longest value, in code points; the share request uses 1024. */
  int maxValueLength() default 1024;

  /** Several {@code @ExtraInfo} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    ExtraInfo[] value();
  }
}
