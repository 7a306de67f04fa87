package io.github.wxshare.core.internal;

import java.util.Arrays;

/** A growable array of bytes, and text written into it as UTF-8: the one buffer of the JSON writer and of text read as bytes. */
final class ByteSink {
  private byte[] buf;
  private int size;

  ByteSink(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  void write(int c) {
    if (size == buf.length) {
      grow(1);
    }
    buf[size++] = (byte) c;
  }

  /** ASCII text, one byte per character. */
  void ascii(String s) {
    int len = s.length();
    if (size + len > buf.length) {
      grow(len);
    }
    for (int i = 0; i < len; i++) {
      buf[size++] = (byte) s.charAt(i);
    }
  }

  /**
   * {@code s[from, to)} as UTF-8; a surrogate pair as its four bytes, a lone surrogate as the three
   * bytes a surrogate code point would take (for {@link JsonReader#of(String)}, which reads them back).
   */
  void utf8(String s, int from, int to) {
    if (size + 3 * (to - from) > buf.length) {
      grow(3 * (to - from));
    }
    byte[] out = buf;
    int k = size;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out[k++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        k = encode(out, k, Character.toCodePoint(c, s.charAt(++i)));
      } else {
        k = encode(out, k, c);
      }
    }
    size = k;
  }

  /** The buffer, with room for {@code more} bytes after {@link #size()}; write into it, then {@link #size(int)}. */
  byte[] room(int more) {
    if (size + more > buf.length) {
      grow(more);
    }
    return buf;
  }

  /** The size after writing into {@link #room}. */
  void size(int size) {
    this.size = size;
  }

  /** Bytes as they are. */
  void bytes(byte[] b) {
    byte[] out = room(b.length);
    System.arraycopy(b, 0, out, size, b.length);
    size += b.length;
  }

  /**
   * Code point {@code cp} (above U+007F) as UTF-8 at {@code out[k]}; a surrogate code point as its
   * three bytes. Returns the index after it. The one UTF-8 encoder of the reader and the writer.
   */
  static int encode(byte[] out, int k, int cp) {
    if (cp < 0x800) {
      out[k] = (byte) (0xC0 | cp >> 6);
      out[k + 1] = (byte) (0x80 | (cp & 0x3F));
      return k + 2;
    }
    if (cp < 0x10000) {
      out[k] = (byte) (0xE0 | cp >> 12);
      out[k + 1] = (byte) (0x80 | (cp >> 6 & 0x3F));
      out[k + 2] = (byte) (0x80 | (cp & 0x3F));
      return k + 3;
    }
    out[k] = (byte) (0xF0 | cp >> 18);
    out[k + 1] = (byte) (0x80 | (cp >> 12 & 0x3F));
    out[k + 2] = (byte) (0x80 | (cp >> 6 & 0x3F));
    out[k + 3] = (byte) (0x80 | (cp & 0x3F));
    return k + 4;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  String toUtf8String() {
    return new String(buf, 0, size, java.nio.charset.StandardCharsets.UTF_8);
  }

  private void grow(int more) {
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
  }
}
