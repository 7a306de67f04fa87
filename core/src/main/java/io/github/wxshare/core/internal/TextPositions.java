package io.github.wxshare.core.internal;

import java.util.Arrays;

/**
 * Line and column of a byte offset in UTF-8 text, as editors, CI annotations and SARIF's
 * {@code unicodeCodePoints} column kind count them: lines from 1, broken by {@code \n},
 * {@code \r\n} or a lone {@code \r}; columns from 1, in Unicode code points (an emoji is one
 * column, not two UTF-16 units, nor four bytes).
 */
public final class TextPositions {
  private TextPositions() {}

  /** {@code {line, column}} of {@code offset} in {@code b}, counting from {@code from} (after a byte order mark). */
  public static int[] of(byte[] b, int from, int offset) {
    return of(b, from, new int[] {offset})[0];
  }

  /**
   * {@code {line, column}} of each offset (null for a negative one), in one pass over the bytes
   * however many offsets there are.
   */
  public static int[][] of(byte[] b, int from, int[] offsets) {
    int[] sorted = offsets.clone();
    Arrays.sort(sorted);
    int[][] at = new int[sorted.length][];
    int line = 1;
    int column = 1;
    int pos = from;
    for (int k = 0; k < sorted.length; k++) {
      int target = Math.min(sorted[k], b.length);
      if (target < 0) {
        continue;
      }
      for (; pos < target; pos++) {
        byte c = b[pos];
        if (c == '\n' || (c == '\r' && (pos + 1 >= b.length || b[pos + 1] != '\n'))) {
          line++;
          column = 1;
        } else if ((c & 0xC0) != 0x80) {
          column++; // a character starts here (ASCII or a lead byte), not a continuation byte
        }
      }
      at[k] = new int[] {line, column};
    }
    int[][] positions = new int[offsets.length][];
    for (int k = 0; k < offsets.length; k++) {
      positions[k] = offsets[k] < 0 ? null : at[Arrays.binarySearch(sorted, offsets[k])];
    }
    return positions;
  }
}
