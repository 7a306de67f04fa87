package io.github.wxshare.core.internal;

/**
 * Line and column of a character offset, as editors, CI annotations and SARIF's
 * {@code unicodeCodePoints} column kind count them: lines from 1, broken by {@code \n},
 * {@code \r\n} or a lone {@code \r}; columns from 1, in Unicode code points (an emoji is one
 * column, not two UTF-16 units).
 */
public final class TextPositions {
  private TextPositions() {}

  /** {@code {line, column}} of {@code offset} (0 to {@code text.length()}) in {@code text}. */
  public static int[] of(String text, int offset) {
    int end = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, end) + 1};
  }
}
