package io.github.wxshare.android;

/** JavaScript string literals for scripts the app evaluates in a page. */
final class JsStrings {
  private JsStrings() {}

  /**
   * {@code text} as a double-quoted JavaScript literal that evaluates to exactly {@code text}: quotes,
   * backslashes, every control character, U+2028 and U+2029 (line terminators in older engines) and
   * {@code <} (so that {@code </script>} never ends an inline script) are escaped.
   */
  static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
