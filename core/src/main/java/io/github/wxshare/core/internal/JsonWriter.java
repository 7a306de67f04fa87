package io.github.wxshare.core.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * wxshare's one JSON writer: compact UTF-8, members and items separated as they are written. The
 * canonical form of a request, the web bridge's replies, the CLI's reports and the Jackson modules'
 * copies go through it. Strings escape what RFC 8259 requires ({@code "}, {@code \}, the C0
 * controls: {@code \b \t \n \f \r} short, the rest as {@code \}{@code u00XX}) and lone surrogates
 * (as {@code \}{@code udXXX}); an emoji is its four UTF-8 bytes. A {@link #printable} writer also
 * escapes every {@link Display#isUnsafe} character, for JSON read on a terminal or in a CI log; the
 * values read back are the same.
 *
 * <p>The writer trusts its caller to nest correctly; it is internal, and every caller writes a fixed shape.
 */
public final class JsonWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ByteSink out;
  private final boolean printable;
  private boolean[] first = new boolean[8]; // per open container: nothing written in it yet
  private int depth;
  private boolean afterName;

  private JsonWriter(int capacity, boolean printable) {
    this.out = new ByteSink(capacity);
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

  /** A member's name; its value comes next. */
  public JsonWriter name(String name) {
    separate();
    string(name);
    out.write(':');
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
    out.ascii(Long.toString(v));
    return this;
  }

  public JsonWriter value(boolean v) {
    separate();
    out.ascii(v ? "true" : "false");
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    out.ascii("null");
    return this;
  }

  /** A value written as it is given: a number as a parser read it, or JSON text already checked. */
  public JsonWriter raw(String json) {
    separate();
    out.utf8(json, 0, json.length());
    return this;
  }

  /** Bytes written so far. */
  public int size() {
    return out.size();
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return out.toUtf8String();
  }

  private JsonWriter open(char c) {
    separate();
    out.write(c);
    if (++depth == first.length) {
      first = Arrays.copyOf(first, depth * 2);
    }
    first[depth] = true;
    return this;
  }

  private JsonWriter close(char c) {
    depth--;
    out.write(c);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (!first[depth]) {
        out.write(',');
      }
      first[depth] = false;
    }
  }

  private void string(String s) {
    out.write('"');
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean escape;
      if (c < 0x80) {
        escape = c < 0x20 || c == '"' || c == '\\' || (printable && c == 0x7F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        escape = true;
      } else {
        escape = printable && Display.isUnsafe(c);
      }
      if (!escape) {
        continue;
      }
      out.utf8(s, run, i);
      run = i + 1;
      out.write('\\');
      switch (c) {
        case '"': out.write('"'); break;
        case '\\': out.write('\\'); break;
        case '\b': out.write('b'); break;
        case '\t': out.write('t'); break;
        case '\n': out.write('n'); break;
        case '\f': out.write('f'); break;
        case '\r': out.write('r'); break;
        default:
          if (c >= 0x80) {
            out.ascii(Display.escape(c).substring(1)); // lower-case hex, as Display writes it
          } else {
            out.write('u');
            out.write('0');
            out.write('0');
            out.write(HEX[c >> 4]);
            out.write(HEX[c & 0xF]);
          }
      }
    }
    out.utf8(s, run, n);
    out.write('"');
  }
}
