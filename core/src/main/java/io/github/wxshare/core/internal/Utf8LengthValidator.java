package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.Utf8Length;

/** {@code title}, {@code description}: at most {@code max} bytes once encoded in UTF-8. */
public final class Utf8LengthValidator extends RuleValidator<Utf8Length, CharSequence> {
  private int max;

  public Utf8LengthValidator() {
    super("Utf8Length");
  }

  /** For the builder: the same rule with its parameter given directly. */
  public Utf8LengthValidator(int max) {
    this();
    this.max = max;
  }

  @Override
  public void initialize(Utf8Length annotation) {
    message(annotation.message());
    max = annotation.max();
  }

  /** Unlike the other rules, a blank text is checked too: twenty thousand spaces are too long. */
  @Override
  public Finding find(CharSequence value) {
    return value == null ? null : check(value);
  }

  @Override
  public String attributeName() {
    return "max";
  }

  @Override
  public int attributeValue() {
    return max;
  }

  @Override
  protected Finding check(CharSequence value) {
    if (Text.hasLoneSurrogate(value)) {
      return Finding.of("format");
    }
    long bytes = Text.utf8Length(value);
    return bytes > max ? Finding.length(bytes) : null;
  }
}
