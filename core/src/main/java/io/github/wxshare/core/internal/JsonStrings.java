package io.github.wxshare.core.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * JSON strings in UTF-8 text that a parser has accepted, decoded as RFC 8259 reads them: escapes
 * for lone surrogates are kept as such (RFC 8259 allows them; Jackson refuses them in names). For
 * the codec's second reading of an invalid document ({@code Locations}), and for a key whose escape
 * Jackson refuses.
 */
public final class JsonStrings {
  private JsonStrings() {}

  /** Where the string whose opening quote is at {@code open} ends: the index after its closing quote. */
  public static int end(byte[] b, int open) {
    int i = open + 1;
    while (i < b.length && b[i] != '"') {
      i += b[i] == '\\' ? 2 : 1;
    }
    return Math.min(b.length, i + 1);
  }

  /** The string whose opening quote is at {@code open}, decoded; lone surrogates kept. */
  public static String decode(byte[] b, int open) {
    int close = end(b, open) - 1;
    int i = open + 1;
    int run = i; // the start of the current run of bytes without escapes
    StringBuilder s = null;
    while (i < close) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      if (s == null) {
        s = new StringBuilder(close - open);
      }
      s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      char e = i + 1 < close ? (char) b[i + 1] : '\\';
      switch (e) {
        case 'b': s.append('\b'); break;
        case 'f': s.append('\f'); break;
        case 'n': s.append('\n'); break;
        case 'r': s.append('\r'); break;
        case 't': s.append('\t'); break;
        case 'u':
          s.append((char) hex(b, i + 2));
          i += 4;
          break;
        default: s.append(e); // \" \\ \/
      }
      i += 2;
      run = i;
    }
    String tail = new String(b, run, Math.max(0, close - run), StandardCharsets.UTF_8);
    return s == null ? tail : s.append(tail).toString();
  }

  /**
   * {@code b} with every lone-surrogate escape in a name written {@code \}{@code ufffd} instead
   * (six bytes for six, so every offset stays), for a parser that refuses such names; null when no
   * name has one. A string is a name when a colon follows it.
   */
  public static byte @Nullable [] withoutLoneSurrogateNames(byte[] b) {
    byte[] out = null;
    for (int i = 0; i < b.length; i++) {
      if (b[i] != '"') {
        continue;
      }
      int end = end(b, i);
      int next = end;
      while (next < b.length && (b[next] == ' ' || b[next] == '\t' || b[next] == '\n' || b[next] == '\r')) {
        next++;
      }
      if (next < b.length && b[next] == ':') {
        int close = end - 1;
        int high = -1; // where the last unpaired high-surrogate escape starts
        for (int k = i + 1; k < close; k++) {
          if (b[k] != '\\') {
            continue;
          }
          if (b[k + 1] != 'u' || k + 6 > close) {
            k++; // a two-character escape
            continue;
          }
          char c = (char) hex(b, k + 2);
          int lone = -1;
          if (Character.isLowSurrogate(c) && high == k - 6) {
            high = -1; // the pair is complete
          } else {
            lone = high; // a high surrogate with no low one after it
            high = Character.isHighSurrogate(c) ? k : -1;
            if (Character.isLowSurrogate(c)) {
              out = replaced(out, b, k);
            }
          }
          if (lone >= 0) {
            out = replaced(out, b, lone);
          }
          k += 5;
        }
        if (high >= 0) {
          out = replaced(out, b, high);
        }
      }
      i = end - 1;
    }
    return out;
  }

  private static final byte[] FFFD = "\\ufffd".getBytes(StandardCharsets.US_ASCII);

  private static byte[] replaced(byte @Nullable [] out, byte[] b, int at) {
    byte[] copy = out == null ? b.clone() : out;
    System.arraycopy(FFFD, 0, copy, at, FFFD.length);
    return copy;
  }

  private static int hex(byte[] b, int at) {
    int v = 0;
    for (int j = at; j < at + 4 && j < b.length; j++) {
      v = v * 16 + Character.digit((char) b[j], 16);
    }
    return v;
  }
}
