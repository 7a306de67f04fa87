package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.Required;
import org.jspecify.annotations.Nullable;

/** {@code <field>.required}: missing, null, empty, or whitespace only. */
public final class RequiredValidator extends RuleValidator<Required, CharSequence> {
  private static final Finding REQUIRED = Finding.of("required");

  public RequiredValidator() {
    super("Required");
  }

  @Override
  public void initialize(Required annotation) {
    message(annotation.message());
  }

  @Override
  public @Nullable Finding find(@Nullable CharSequence value) {
    return Text.isBlank(value) ? REQUIRED : null;
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    return null;
  }
}
