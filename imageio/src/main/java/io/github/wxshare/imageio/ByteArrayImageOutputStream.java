package io.github.wxshare.imageio;

import java.io.IOException;
import java.util.Arrays;
import javax.imageio.stream.ImageOutputStreamImpl;

/**
 * An image output stream into a growable array: the JPEG writer's bytes land in one buffer, where
 * {@code MemoryCacheImageOutputStream} over a {@code ByteArrayOutputStream} kept them in cache
 * blocks, then copied them to the stream, which copied them again as it grew and once more for
 * {@code toByteArray}. Seekable, as the stream contract asks; the JPEG writer writes straight
 * through.
 */
final class ByteArrayImageOutputStream extends ImageOutputStreamImpl {
  private byte[] buffer;
  private int length;

  ByteArrayImageOutputStream(int initialCapacity) {
    this.buffer = new byte[Math.max(16, initialCapacity)];
  }

  @Override
  public void write(int b) throws IOException {
    checkClosed();
    flushBits();
    int at = position(1);
    buffer[at] = (byte) b;
    advance(at + 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    checkClosed();
    if (off < 0 || len < 0 || off + len > b.length || off + len < 0) {
      throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", length " + b.length);
    }
    flushBits();
    int at = position(len);
    System.arraycopy(b, off, buffer, at, len);
    advance(at + len);
  }

  @Override
  public int read() throws IOException {
    checkClosed();
    bitOffset = 0;
    return streamPos < length ? buffer[(int) streamPos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkClosed();
    bitOffset = 0;
    int n = ByteArrayImageInputStream.copy(buffer, length, streamPos, b, off, len);
    streamPos += Math.max(0, n);
    return n;
  }

  @Override
  public long length() {
    return length;
  }

  /** What was written, as a new array of exactly its length. */
  byte[] toByteArray() {
    return Arrays.copyOf(buffer, length);
  }

  /** The index to write {@code n} bytes at (the stream position), with room made for them. */
  private int position(int n) throws IOException {
    long end = streamPos + n;
    if (end > Integer.MAX_VALUE - 8) {
      throw new IOException("an image of more than 2 GB is not written to memory");
    }
    if (end > buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8L, buffer.length * 2L)));
    }
    return (int) streamPos;
  }

  private void advance(int end) {
    streamPos = end;
    length = Math.max(length, end);
  }
}
