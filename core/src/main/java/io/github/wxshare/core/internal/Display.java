package io.github.wxshare.core.internal;

/** How a value appears in a message: quoted, escaped, and cut short. */
public final class Display {
  private Display() {}

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
      if (c == '"' || c == '\\' || Text.isControl(c) || (Character.isSurrogate(c) && !isPairAt(s, end))) {
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
          if (Text.isControl(c) || (Character.isSurrogate(c) && !isPairAt(s, i))) {
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
