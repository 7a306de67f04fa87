package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.ThumbDataHash;
import org.jspecify.annotations.Nullable;

/**
 * {@code thumbDataHash}: the SHA-256 of the card's bytes, 64 lower-case hex digits, as the signing
 * rule writes it. Empty and blank are {@code format} too: a blank hash is no hash.
 */
public final class ThumbDataHashValidator extends RuleValidator<ThumbDataHash, CharSequence> {
  /** A SHA-256 in hex: 32 bytes, two digits each. */
  public static final int LENGTH = 64;

  public ThumbDataHashValidator() {
    super("ThumbDataHash", null, true);
  }

  @Override
  public void initialize(ThumbDataHash annotation) {
    message(annotation.message());
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    if (isHash(s)) {
      return null;
    }
    // The usual slip: an upper-case digest (a .NET or Java HexFormat.withUpperCase() habit), or blanks around it.
    String candidate = Text.asciiLowerCase(Text.strip(s));
    return Finding.suggest("format", isHash(candidate) ? candidate : null);
  }

  /** 64 lower-case hex digits. */
  public static boolean isHash(String s) {
    if (s.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
