package io.github.wxshare.core.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * wxshare's one JSON writer: compact UTF-8, members and items separated as they are written. The
 * canonical form of a request, the web bridge's replies, the CLI's reports and the Jackson modules'
 * copies go through it. Strings escape what RFC 8259 requires ({@code "}, {@code \}, the C0
 * controls: {@code \b \t \n \f \r} short, the rest as a backslash, {@code u} and four hex digits)
 * and lone surrogates (the same six-character escape); an emoji is its four UTF-8 bytes. A {@link
 * #printable} writer also escapes every {@link Display#isUnsafe} character, for JSON read on a
 * terminal or in a CI log; the values read back are the same.
 *
 * <p>The writer trusts its caller to nest correctly; it is internal, and every caller writes a fixed shape.
 */
public final class JsonWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** For each ASCII char: 0 when written as it is, the letter of its two-byte escape, or {@code u}. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES[0x7F] = 'u'; // a printable writer's only: DEL
  }

  private final ByteSink sink;
  private final boolean printable;
  private boolean[] first = new boolean[8]; // per open container: nothing written in it yet
  private int depth;
  private boolean afterName;

  private JsonWriter(int capacity, boolean printable) {
    this.sink = new ByteSink(capacity);
    this.printable = printable;
  }

  /** A compact writer. */
  public static JsonWriter create() {
    return new JsonWriter(256, false);
  }

  /** A writer that escapes every {@link Display#isUnsafe} character as well. */
  public static JsonWriter printable() {
    return new JsonWriter(256, true);
  }

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  /**
   * A member's name given as its JSON text, quotes and colon included ({@code "userName":}): a
   * field's key, encoded once.
   */
  public JsonWriter name(byte[] quotedNameAndColon) {
    separate();
    sink.bytes(quotedNameAndColon);
    afterName = true;
    return this;
  }

  /** A member's name; its value comes next. */
  public JsonWriter name(String name) {
    separate();
    string(name);
    sink.write(':');
    afterName = true;
    return this;
  }

  /** A string, or {@code null} for null. */
  public JsonWriter value(@Nullable String s) {
    if (s == null) {
      return nullValue();
    }
    separate();
    string(s);
    return this;
  }

  public JsonWriter value(long v) {
    separate();
    sink.ascii(Long.toString(v));
    return this;
  }

  public JsonWriter value(boolean v) {
    separate();
    sink.ascii(v ? "true" : "false");
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    sink.ascii("null");
    return this;
  }

  /** A value written as it is given: a number as a parser read it, or JSON text already checked. */
  public JsonWriter raw(String json) {
    separate();
    sink.utf8(json, 0, json.length());
    return this;
  }

  /** Bytes written so far. */
  public int size() {
    return sink.size();
  }

  public byte[] toByteArray() {
    return sink.toByteArray();
  }

  @Override
  public String toString() {
    return sink.toUtf8String();
  }

  private JsonWriter open(char c) {
    separate();
    sink.write(c);
    if (++depth == first.length) {
      first = Arrays.copyOf(first, depth * 2);
    }
    first[depth] = true;
    return this;
  }

  private JsonWriter close(char c) {
    depth--;
    sink.write(c);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (!first[depth]) {
        sink.write(',');
      }
      first[depth] = false;
    }
  }

  /**
   * {@code s} quoted and escaped, in one pass straight into the buffer: ASCII one byte a char, the
   * rest as UTF-8, an escape where one is due.
   */
  private void string(String s) {
    int n = s.length();
    byte[] out = sink.room(6 * n + 2); // the most a char can take: a six-byte escape
    int k = sink.size();
    out[k++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte e = ESCAPES[c];
        if (e == 0 || (e == 'u' && c == 0x7F && !printable)) {
          out[k++] = (byte) c;
        } else if (e != 'u') {
          out[k++] = '\\';
          out[k++] = e;
        } else {
          k = unicodeEscape(out, k, c);
        }
      } else if (printable && Display.isUnsafe(c)) {
        k = unicodeEscape(out, k, c);
      } else if (!Character.isSurrogate(c)) {
        k = ByteSink.encode(out, k, c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        k = ByteSink.encode(out, k, Character.toCodePoint(c, s.charAt(++i)));
      } else {
        k = unicodeEscape(out, k, c); // a lone surrogate has no UTF-8 form
      }
    }
    out[k++] = '"';
    sink.size(k);
  }

  /**
   * The six-byte escape of {@code c}: upper-case hex for a control character, as Jackson's generator
   * writes it, lower-case for the rest, as {@link Display#escape} writes it.
   */
  private static int unicodeEscape(byte[] out, int k, char c) {
    byte[] hex = c < 0x80 ? HEX : LOWER_HEX;
    out[k] = '\\';
    out[k + 1] = 'u';
    out[k + 2] = hex[c >> 12];
    out[k + 3] = hex[c >> 8 & 0xF];
    out[k + 4] = hex[c >> 4 & 0xF];
    out[k + 5] = hex[c & 0xF];
    return k + 6;
  }
}
