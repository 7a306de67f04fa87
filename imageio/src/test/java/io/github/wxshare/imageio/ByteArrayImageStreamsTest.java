package io.github.wxshare.imageio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;

/** The in-memory image streams behave as the stream contract says: positions, seeks, bits, ends. */
class ByteArrayImageStreamsTest {
  @Test
  void theOutputStreamGrowsSeeksOverwritesAndReadsBack() throws IOException {
    ByteArrayImageOutputStream out = new ByteArrayImageOutputStream(4);
    out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0, 10);
    out.write(11);
    assertThat(out.length()).isEqualTo(11);
    out.seek(2);
    out.write(new byte[] {30, 40}, 0, 2);
    assertThat(out.getStreamPosition()).isEqualTo(4);
    assertThat(out.length()).isEqualTo(11);
    out.writeBits(0b101, 3); // bits are flushed as a byte before the next write
    out.write(99);
    out.seek(0);
    byte[] back = new byte[20];
    assertThat(out.read(back, 0, 20)).isEqualTo(11);
    assertThat(out.read()).isEqualTo(-1);
    assertThat(out.toByteArray()).containsExactly(1, 2, 30, 40, (byte) 0b10100000, 99, 7, 8, 9, 10, 11);
    assertThatThrownBy(() -> out.write(new byte[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theInputStreamReadsAsImageIosOwnCacheDoes() throws IOException {
    byte[] png = TestImages.png(TestImages.gradient(40, 30));
    ByteArrayImageInputStream ours = new ByteArrayImageInputStream(png);
    MemoryCacheImageInputStream theirs = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(png));
    assertThat(ours.length()).isEqualTo(png.length);
    assertThat(ours.readInt()).isEqualTo(theirs.readInt());
    ours.seek(10);
    theirs.seek(10);
    assertThat(ours.readBits(12)).isEqualTo(theirs.readBits(12));
    assertThat(ours.read()).isEqualTo(theirs.read());
    ours.seek(png.length - 1);
    assertThat(ours.read()).isEqualTo(png[png.length - 1] & 0xFF);
    assertThat(ours.read()).isEqualTo(-1);
    assertThat(ours.read(new byte[4], 0, 4)).isEqualTo(-1);
    BufferedImage read = ImageIO.read(new ByteArrayImageInputStream(png));
    assertThat(read.getWidth()).isEqualTo(40);
    assertThat(read.getRGB(39, 29)).isEqualTo(ImageIO.read(new java.io.ByteArrayInputStream(png)).getRGB(39, 29));
  }
}
