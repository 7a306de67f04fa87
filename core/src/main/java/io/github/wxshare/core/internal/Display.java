package io.github.wxshare.core.internal;

/**
 * How text from outside appears in a message, a log line or a terminal: quoted and cut short as a
 * value in a message ({@link #quote}), or escaped as a name ({@link #printable}). Both escape the
 * same characters ({@link #isUnsafe}), so that no key, value or file name can forge a line, move the
 * cursor, retitle a terminal or reorder what a reader sees.
 */
public final class Display {
  private Display() {}

  /**
   * The characters that change how a terminal or a log viewer shows text: the controls (C0, DEL and
   * C1, Unicode's {@code Cc}), the line and paragraph separators (U+2028, U+2029) and the
   * bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
   */
  public static boolean isUnsafe(int c) {
    if (c < 0x7F) {
      return c <= 0x1F;
    }
    if (c <= 0x9F) {
      return true; // DEL and the C1 controls
    }
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@code s} for a log line or a terminal, whole: each {@link #isUnsafe} character and each lone
   * surrogate as six characters (a backslash, {@code u} and four hex digits) and a backslash
   * doubled, so the text stays one line and unambiguous. For names (keys, pointers, file names)
   * and other raw text.
   */
  public static String printable(String s) {
    return escaped(s, true);
  }

  /**
   * {@code s} with each {@link #isUnsafe} character and lone surrogate as a six-character escape,
   * and backslashes kept: for text whose values are quoted already ({@link #quote} doubles their
   * backslashes), such as a rendered message or a parser's own message.
   */
  public static String unsafeEscaped(String s) {
    return escaped(s, false);
  }

  private static String escaped(String s, boolean backslash) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && isPairAt(s, i)) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean escape = isUnsafe(c) || Character.isSurrogate(c) || (backslash && c == '\\');
      if (escape && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (c == '\\' && backslash) {
          b.append("\\\\");
        } else if (escape) {
          b.append(escape(c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** The six-character escape of a UTF-16 unit: a backslash, {@code u} and four lower-case hex digits. */
  public static String escape(int c) {
    String digits = Integer.toHexString(c);
    return "\\u" + "0000".substring(digits.length()) + digits;
  }

  /**
   * A value as it appears in a message: a JSON string literal, {@link #isUnsafe} characters and lone
   * surrogates escaped, cut to 80 code points so that a 10,000-character path does not become a
   * 10,000-character message.
   */
  public static String quote(String s) {
    // The usual value needs no escape: find where 80 code points end, and copy up to there.
    int end = 0;
    int shown = 0;
    int n = s.length();
    while (end < n && shown < 80) {
      char c = s.charAt(end);
      if (c == '"' || c == '\\' || isUnsafe(c) || (Character.isSurrogate(c) && !isPairAt(s, end))) {
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
          if (isUnsafe(c) || (Character.isSurrogate(c) && !isPairAt(s, i))) {
            b.append(escape(c));
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
