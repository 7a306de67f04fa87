package io.github.wxshare.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole stream, but never more than a bound plus one unit: the one read-all loop of every
 * module (a document, a request body, a file, a page's image). Memory grows with what is read, not
 * with the bound, so a 1 GiB bound costs nothing for a 300-byte document.
 */
public final class BoundedRead {
  private BoundedRead() {}

  /** All of {@code in}, or null as soon as it is longer than {@code max} bytes (having read {@code max} + 1). */
  public static byte @Nullable [] bytes(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[(int) Math.min(max + 1L, 8192)];
    int n = 0;
    int r;
    while ((r = in.read(buffer, n, buffer.length - n)) > 0) {
      n += r;
      if (n > max) {
        return null;
      }
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1L, buffer.length * 2L));
      }
    }
    return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
  }

  /** All of {@code in}, or null as soon as it is longer than {@code max} characters. */
  public static @Nullable String text(Reader in, int max) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    int r;
    while ((r = in.read(buffer)) > 0) {
      text.append(buffer, 0, r);
      if (text.length() > max) {
        return null;
      }
    }
    return text.toString();
  }
}
