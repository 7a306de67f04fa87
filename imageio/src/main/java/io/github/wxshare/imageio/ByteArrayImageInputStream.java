package io.github.wxshare.imageio;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input stream over bytes already in memory. {@code ImageIO.createImageInputStream} on a
 * byte stream caches it in a temporary file whenever {@code ImageIO.getUseCache()} is on (the
 * default): a PNG decode took 280 ms through that file and 50 ms from memory. Reads go straight
 * to the array; nothing is copied or cached.
 */
final class ByteArrayImageInputStream extends ImageInputStreamImpl {
  private final byte[] data;

  ByteArrayImageInputStream(byte[] data) {
    this.data = data;
  }

  @Override
  public int read() throws IOException {
    checkClosed();
    bitOffset = 0;
    return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkClosed();
    bitOffset = 0;
    int n = copy(data, data.length, streamPos, b, off, len);
    streamPos += Math.max(0, n);
    return n;
  }

  /**
   * The stream contract's {@code read(b, off, len)} over the first {@code length} bytes of {@code
   * from}, at {@code position}: how many bytes were copied, or -1 at the end. For both in-memory
   * streams.
   */
  static int copy(byte[] from, int length, long position, byte[] b, int off, int len) {
    if (off < 0 || len < 0 || off + len > b.length || off + len < 0) {
      throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", length " + b.length);
    }
    if (len == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - position);
    System.arraycopy(from, (int) position, b, off, n);
    return n;
  }

  @Override
  public long length() {
    return data.length;
  }

  @Override
  public boolean isCached() {
    return true;
  }

  @Override
  public boolean isCachedMemory() {
    return true;
  }
}
