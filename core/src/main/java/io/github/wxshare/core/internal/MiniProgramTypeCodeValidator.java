package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.MiniProgramTypeCode;
import org.jspecify.annotations.Nullable;

/** {@code miniprogramType}: 0, 1 or 2. */
public final class MiniProgramTypeCodeValidator extends RuleValidator<MiniProgramTypeCode, Integer> {
  private static final Finding RANGE = Finding.of("range");

  public MiniProgramTypeCodeValidator() {
    super("MiniProgramTypeCode");
  }

  @Override
  public void initialize(MiniProgramTypeCode annotation) {
    message(annotation.message());
  }

  @Override
  protected @Nullable Finding check(Integer value) {
    return value >= 0 && value <= 2 ? null : RANGE;
  }
}
