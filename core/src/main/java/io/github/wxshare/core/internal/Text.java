package io.github.wxshare.core.internal;

/**
 * Character classes and measures shared by every rule. Hand-written loops, not regular expressions:
 * these run once per field of every request, on Android as well as the JVM.
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
  public static boolean isBlank(CharSequence s) {
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

  /** {@link #measure}'s flag: the text holds a control character (general category Cc). */
  public static final long HAS_CONTROL = 1L << 31;

  /**
   * One pass that every length-limited rule needs: -1 when {@code s} holds an unpaired surrogate
   * (such a string has no UTF-8 form); otherwise its UTF-8 byte count in the high 32 bits, {@link
   * #HAS_CONTROL} when it holds a control character, and its code point count in the low 31 bits.
   * ASCII text costs two comparisons a char.
   */
  public static long measure(CharSequence s) {
    int n = s.length();
    long bytes = n;
    int codePoints = n;
    long control = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c == 0x7F) {
          control = HAS_CONTROL;
        }
      } else if (c < 0x800) {
        bytes += 1;
        if (c <= 0x9F) {
          control = HAS_CONTROL;
        }
      } else if (!Character.isSurrogate(c)) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 2; // a pair: 4 bytes for its 2 chars
        codePoints--;
        i++;
      } else {
        return -1;
      }
    }
    return bytes << 32 | control | codePoints;
  }

  /** {@link #measure}'s UTF-8 byte count. */
  public static long measuredBytes(long measured) {
    return measured >>> 32;
  }

  /** {@link #measure}'s code point count. */
  public static long measuredCodePoints(long measured) {
    return measured & 0x7FFF_FFFFL;
  }

  /** UTF-8 byte count of a string without lone surrogates. */
  public static long utf8Length(CharSequence s) {
    long bytes = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * The index of the first byte of {@code b} that does not begin a well-formed UTF-8 sequence
   * (RFC 3629: no overlong forms, no encoded surrogates, nothing above U+10FFFF, nothing cut off),
   * or -1 when all of {@code b} is well-formed. Jackson decodes some ill-formed sequences instead of
   * refusing them: an overlong {@code E0 80 AF} would become {@code /}.
   */
  public static int malformedUtf8At(byte[] b) {
    int n = b.length;
    int i = 0;
    // ASCII eight bytes at a time: the JIT reads a heap buffer's long in one load.
    java.nio.ByteBuffer words = java.nio.ByteBuffer.wrap(b);
    while (i < n) {
      while (i + 8 <= n && (words.getLong(i) & 0x8080_8080_8080_8080L) == 0) {
        i += 8;
      }
      if (i == n) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
      } else if (c < 0xC2 || c > 0xF4) {
        return i; // a continuation byte first, an overlong 2-byte lead, or beyond U+10FFFF
      } else if (c < 0xE0) {
        if (i + 1 >= n || (b[i + 1] & 0xC0) != 0x80) {
          return i;
        }
        i += 2;
      } else if (c < 0xF0) {
        if (i + 2 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c1 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (b[i + 2] & 0xC0) != 0x80) {
          return i; // cut off, overlong, or an encoded surrogate
        }
        i += 3;
      } else {
        if (i + 3 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c1 & 0xC0) != 0x80 || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)
            || (b[i + 2] & 0xC0) != 0x80 || (b[i + 3] & 0xC0) != 0x80) {
          return i; // cut off, overlong, or beyond U+10FFFF
        }
        i += 4;
      }
    }
    return -1;
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

  /**
   * A value as it appears in a message: a JSON string literal, control characters escaped, cut to
   * 80 code points so that a 10,000-character path does not become a 10,000-character message.
   */
  public static String quote(String s) {
    // The usual value needs no escape: find where 80 code points end, and copy up to there.
    int end = 0;
    int shown = 0;
    int n = s.length();
    while (end < n && shown < 80) {
      char c = s.charAt(end);
      if (c == '"' || c == '\\' || isControl(c) || (Character.isSurrogate(c) && !isPairAt(s, end))) {
        return quoteEscaped(s);
      }
      end += Character.isHighSurrogate(c) ? 2 : 1;
      shown++;
    }
    return end >= n ? "\"" + s + "\"" : "\"" + s.substring(0, end) + "\u2026\"";
  }

  private static String quoteEscaped(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 96) + 2).append('"');
    int shown = 0;
    for (int i = 0; i < s.length(); i++) {
      if (shown == 80) {
        b.append('\u2026');
        break;
      }
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (isControl(c) || (Character.isSurrogate(c) && !isPairAt(s, i))) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
            if (Character.isHighSurrogate(c)) {
              b.append(s.charAt(++i));
            }
          }
      }
      shown++;
    }
    return b.append('"').toString();
  }

  private static boolean isPairAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return false;
  }
}
