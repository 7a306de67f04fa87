package io.github.wxshare.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.wxshare.core.internal.LocalImagePathValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A local image: a code-package path ({@code /pages/thumb.png}, {@code www/img/logo.png}) or a
 * {@code wxfile://}, {@code file://} or {@code content://} URI. Error codes: {@code <field>.remote}
 * for {@code http}, {@code https} and {@code //host} URLs (download the image first),
 * {@code <field>.scheme} for {@code data:} and every other scheme, {@code <field>.format} for
 * control characters, an unpaired surrogate, or an extension that is not a raster image (png, jpg,
 * jpeg, gif, webp, bmp, heic, heif, avif, any case; no extension is fine), and
 * {@code <field>.length} past {@link #maxLength()} code points.
 *
 * <p>Null and blank are valid; add {@link Required} for a required value. Supported type:
 * {@link CharSequence}.
 */
@Documented
@Constraint(validatedBy = LocalImagePathValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(LocalImagePath.List.class)
public @interface LocalImagePath {
  /** The message template; by default one key per kind of problem, chosen by the validator. */
  String message() default "{io.github.wxshare.LocalImagePath.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};

  /** The most code points accepted; the share request uses 4096. */
  int maxLength() default 4096;

  /** Several {@code @LocalImagePath} on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {
    /** The constraints. */
    LocalImagePath[] value();
  }
}
