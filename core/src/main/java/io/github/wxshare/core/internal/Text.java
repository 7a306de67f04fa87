package io.github.wxshare.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Character classes shared by every rule (whitespace, controls, blank, ASCII letters, a URI's
 * scheme). Hand-written loops, not regular expressions: these run once per field of every request,
 * on Android as well as the JVM. UTF-8 measures and checks are {@link Utf8}'s; quoting values for
 * messages is {@link Display}'s.
 */
public final class Text {
  private Text() {}

  /** Unicode White_Space, the set the contract means by "whitespace" (wider than {@code String.trim()}). */
  public static boolean isWhitespace(int c) {
    if (c > 0x20 && c < 0x85) {
      return false; // printable ASCII and the C1 controls before NEL: the usual case, one test
    }
    return (c >= 0x09 && c <= 0x0D)
        || c == 0x20
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** Unicode general category Cc: C0 controls, DEL and C1 controls. */
  public static boolean isControl(int c) {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
  }

  /** True for null, the empty string, and strings of whitespace only: the contract's "required". */
  public static boolean isBlank(@Nullable CharSequence s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the colon that ends the scheme of a URI-like string ({@code 5} for
   * {@code https://x}), or -1: RFC 3986 {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"} at
   * the very start, before {@code end}.
   */
  public static int schemeEnd(String s, int end) {
    if (end == 0 || !isAsciiLetter(s.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code s} holds {@code lowerLetters} at {@code offset}, ASCII letters compared without
   * case. Unlike {@code regionMatches(true, ...)}, no other character matches: not the dotless
   * {@code ı} for {@code i}, nor the Kelvin sign for {@code k}.
   */
  public static boolean regionEqualsAsciiIgnoreCase(String s, int offset, String lowerLetters) {
    int n = lowerLetters.length();
    if (offset < 0 || offset + n > s.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if ((s.charAt(offset + i) | 0x20) != lowerLetters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  public static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** ASCII-only lower-casing: locale-independent (no Turkish dotless i). */
  public static String asciiLowerCase(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code s} without leading and trailing whitespace (Unicode White_Space, unlike {@code trim()}). */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
