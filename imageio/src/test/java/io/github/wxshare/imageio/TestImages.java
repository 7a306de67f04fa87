package io.github.wxshare.imageio;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images the tests draw themselves: nothing is downloaded. */
public final class TestImages {
  private TestImages() {}

  /** A smooth two-way colour gradient: the easy case for JPEG. */
  public static BufferedImage gradient(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = (int) (255L * x / Math.max(1, w - 1));
        int g = (int) (255L * y / Math.max(1, h - 1));
        row[x] = r << 16 | g << 8 | (255 - r);
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    return image;
  }

  /**
   * A gradient with per-pixel grain (the same for the three channels, up to 12 levels either way):
   * compresses like a photo, not like a flat gradient.
   */
  public static BufferedImage grainyGradient(int w, int h, long seed) {
    BufferedImage image = gradient(w, h);
    Random random = new Random(seed);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int grain = random.nextInt(25) - 12;
        int r = clamp((row[x] >> 16 & 0xFF) + grain);
        int g = clamp((row[x] >> 8 & 0xFF) + grain);
        int b = clamp((row[x] & 0xFF) + grain);
        row[x] = r << 16 | g << 8 | b;
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** Independent random pixels: the worst case for JPEG size. */
  public static BufferedImage noise(int w, int h, long seed) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        row[x] = random.nextInt(1 << 24);
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    return image;
  }

  /** Black text on white, line after line: sharp edges. */
  public static BufferedImage text(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    for (int y = 30, i = 0; y < h; y += 28, i++) {
      g.drawString("第" + i + "行 Share a Mini Program card, 分享小程序卡片 0123456789", 10, y);
    }
    g.dispose();
    return image;
  }

  /** Transparent everywhere but a red disc in the middle. */
  public static BufferedImage transparentDisc(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    return image;
  }

  /** Red on the left half, blue on the right half. */
  public static BufferedImage halves(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    g.dispose();
    return image;
  }

  public static byte[] png(BufferedImage image) {
    return write(image, "png", -1);
  }

  public static byte[] bmp(BufferedImage image) {
    return write(image, "bmp", -1);
  }

  public static byte[] gif(BufferedImage image) {
    return write(image, "gif", -1);
  }

  public static byte[] jpeg(BufferedImage image, int quality) {
    return write(image, "jpeg", quality);
  }

  private static byte[] write(BufferedImage image, String format, int quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (quality > 0) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
      }
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** {@code jpeg} with an EXIF APP1 segment holding one tag, the orientation, in the given byte order. */
  public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4)
        .order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
    tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42).putInt(8);
    tiff.putShort((short) 1);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0);
    byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int length = 2 + exif.length + tiff.capacity();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(tiff.array(), 0, tiff.capacity());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A valid PNG header that claims {@code w} x {@code h} pixels, and no pixels: a decompression bomb's front. */
  public static byte[] pngClaiming(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
        .put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  public static String rgb(int argb) {
    return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
  }
}
