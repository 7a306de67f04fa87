package io.github.wxshare.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole stream, but never more than a bound plus one unit: the one read-all loop of every
 * module (a document, a request body, a card image, an APK's manifest, a resource). Memory grows
 * with what is read, not with the bound, so a 1 GiB bound costs nothing for a 300-byte document.
 */
public final class BoundedRead {
  /** The largest array a JVM allocates: a bound above it is this. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private BoundedRead() {}

  /** All of {@code in}, or null as soon as it is longer than {@code max} bytes (having read {@code max} + 1). */
  public static byte @Nullable [] bytes(InputStream in, long max) throws IOException {
    return bytes(in, max, -1);
  }

  /**
   * All of {@code in}, or null as soon as it is longer than {@code max} bytes. With an {@code
   * expected} size (a regular file's, -1 when unknown), one array of that size when it is right,
   * so that a file is read without a copy; a stream that turns out longer or shorter is still read
   * whole and bounded.
   */
  public static byte @Nullable [] bytes(InputStream in, long max, long expected) throws IOException {
    int limit = (int) Math.min(max, MAX_ARRAY - 1L);
    byte[] buffer = new byte[expected >= 0 && expected <= limit ? (int) expected : Math.min(limit + 1, 8192)];
    int n = 0;
    while (true) {
      if (n == buffer.length) {
        int more = in.read(); // one byte decides whether the buffer was exactly right
        if (more == -1) {
          return buffer;
        }
        if (n + 1 > limit) {
          return null;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, Math.max(16L, buffer.length * 2L)));
        buffer[n++] = (byte) more;
        continue;
      }
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        return Arrays.copyOf(buffer, n);
      }
      n += r;
      if (n > limit) {
        return null;
      }
    }
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
