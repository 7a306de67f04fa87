package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.Utf8Length;
import org.jspecify.annotations.Nullable;

/** {@code title}, {@code description}: at most {@code max} bytes once encoded in UTF-8. */
public final class Utf8LengthValidator extends RuleValidator<Utf8Length, CharSequence> {
  public Utf8LengthValidator() {
    super("Utf8Length", "max", true); // a blank text is measured too: twenty thousand spaces are too long
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

  @Override
  protected @Nullable Finding check(CharSequence value) {
    // The usual text: at most three UTF-8 bytes a char (a pair's four bytes are two chars), so a
    // text of at most a third of the limit in chars is short enough, and only a lone surrogate,
    // which has no UTF-8 form, is left to find.
    int n = value.length();
    if ((long) n * 3 <= attributeValue()) {
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        if (Character.isSurrogate(c) && !Utf8.isPaired(value, i, c)) {
          return encodingOrLength(value, true); // a lone surrogate: the full measure names it
        }
      }
      return null;
    }
    return encodingOrLength(value, true);
  }
}
