package io.github.wxshare.core.internal;

/**
 * UTF-8 measures and the well-formedness check: the lengths the rules count (bytes and code points
 * in one pass) and the byte check of a document (the JSON reader checks each string's bytes as it
 * reads them with {@link #sequence}; the codec names the first malformed byte with {@link #malformedAt}).
 */
public final class Utf8 {
  private Utf8() {}

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

  /**
   * Whether the surrogate {@code c} at {@code i} is half of a pair: a high one before a low one, or
   * a low one after a high one. The rules' loops ask this of each surrogate rather than step over a
   * pair, so that their index only ever counts up by one (a loop the JIT compiles as counted).
   */
  public static boolean isPaired(CharSequence s, int i, char c) {
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
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
  public static long length(CharSequence s) {
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
  public static int malformedAt(byte[] b) {
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
      int length = sequence(b, i, n);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /**
   * Decodes the multi-byte sequence of {@code length} bytes at {@code i}, which {@link #sequence} has
   * checked (or the three bytes of a surrogate), into {@code out} at {@code j}: one char, or a
   * surrogate pair for four bytes. Returns the index after what it wrote.
   */
  static int decode(byte[] b, int i, int length, char[] out, int j) {
    int c = b[i];
    if (length == 2) {
      out[j] = (char) ((c & 0x1F) << 6 | (b[i + 1] & 0x3F));
      return j + 1;
    }
    if (length == 3) {
      out[j] = (char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F));
      return j + 1;
    }
    int cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
    out[j] = Character.highSurrogate(cp);
    out[j + 1] = Character.lowSurrogate(cp);
    return j + 2;
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code i} (1 for ASCII), or -1 for a
   * continuation byte first, an overlong form, an encoded surrogate, a code point beyond U+10FFFF or
   * a sequence cut off by {@code n}.
   */
  static int sequence(byte[] b, int i, int n) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    if (c < 0xC2 || c > 0xF4) {
      return -1;
    }
    if (c < 0xE0) {
      return i + 1 < n && (b[i + 1] & 0xC0) == 0x80 ? 2 : -1;
    }
    if (c < 0xF0) {
      if (i + 2 >= n) {
        return -1;
      }
      int c1 = b[i + 1] & 0xFF;
      return (c1 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (b[i + 2] & 0xC0) != 0x80
          ? -1 : 3;
    }
    if (i + 3 >= n) {
      return -1;
    }
    int c1 = b[i + 1] & 0xFF;
    return (c1 & 0xC0) != 0x80 || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)
        || (b[i + 2] & 0xC0) != 0x80 || (b[i + 3] & 0xC0) != 0x80 ? -1 : 4;
  }

}
