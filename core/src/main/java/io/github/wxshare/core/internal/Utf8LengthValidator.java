package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.Utf8Length;
import org.jspecify.annotations.Nullable;

/** {@code title}, {@code description}: at most {@code max} bytes once encoded in UTF-8. */
public final class Utf8LengthValidator extends RuleValidator<Utf8Length, CharSequence> {
  public Utf8LengthValidator() {
    super("Utf8Length", "max");
  }

  /** For the builder: the same rule with its parameter given directly. */
  public Utf8LengthValidator(int max) {
    this();
    limit(max);
  }

  @Override
  public void initialize(Utf8Length annotation) {
    message(annotation.message());
    limit(annotation.max());
  }

  /** Unlike the other rules, a blank text is checked too: twenty thousand spaces are too long. */
  @Override
  public @Nullable Finding find(@Nullable CharSequence value) {
    return value == null ? null : check(value);
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    return encodingOrLength(value, true);
  }
}
