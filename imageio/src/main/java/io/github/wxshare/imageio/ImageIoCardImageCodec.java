package io.github.wxshare.imageio;

import io.github.wxshare.core.image.CardImageCodec;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;

/**
 * The card-image codec of the JVM, on {@code javax.imageio}: reads what the JDK reads (JPEG, PNG,
 * GIF's first frame, BMP, TIFF, WBMP), sub-sampled while decoding; honours a JPEG's EXIF
 * orientation; composites transparency on white; draws the card three bytes a pixel and writes
 * baseline JPEG with the standard Huffman tables into one array. Reads from memory, never through
 * ImageIO's temporary-file cache. Stateless and thread-safe.
 *
 * <pre>{@code
 * CardImage card = CardImages.render(new ImageIoCardImageCodec(), Files.readAllBytes(path), path.toString(),
 *     CardImagePolicy.DEFAULT);
 * }</pre>
 *
 * A truncated JPEG is an error here, not a picture with a grey bottom: the decoder's "premature
 * end" warning is turned into {@link CardImageException.Reason#UNDECODABLE}.
 */
public final class ImageIoCardImageCodec implements CardImageCodec<BufferedImage> {
  @Override
  public Header header(byte[] data, String name) throws CardImageException {
    ImageReader reader = reader(data, name);
    try {
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      return new Header(width, height, "jpeg".equalsIgnoreCase(reader.getFormatName()) ? CardImages.exifOrientation(data) : 1);
    } catch (IOException | RuntimeException e) {
      throw undecodable(name, reader, e);
    } finally {
      dispose(reader);
    }
  }

  @Override
  public BufferedImage decode(byte[] data, int subsample, String name) throws CardImageException {
    ImageReader reader = reader(data, name);
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    try {
      ImageReadParam param = reader.getDefaultReadParam();
      if (subsample > 1) {
        param.setSourceSubsampling(subsample, subsample, 0, 0);
      }
      BufferedImage image = reader.read(0, param);
      for (String warning : warnings) {
        if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
          throw new CardImageException(name, CardImageException.Reason.UNDECODABLE,
              "the " + format(reader) + " image is truncated (" + warning + ")");
        }
      }
      return image;
    } catch (CardImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw undecodable(name, reader, e);
    } finally {
      dispose(reader);
    }
  }

  @Override
  public int width(BufferedImage image) {
    return image.getWidth();
  }

  @Override
  public int height(BufferedImage image) {
    return image.getHeight();
  }

  @Override
  public BufferedImage draw(BufferedImage image, int orientation, double x, double y, double width, double height,
      int outWidth, int outHeight) {
    // Three bytes a pixel, as the JPEG writer takes them: an INT_RGB card was converted on every
    // encode (about 4.5 MB and a third of the time of each of the search's encodes).
    BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, outWidth, outHeight); // the pad, and what transparent pixels are composited on
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      AffineTransform t = AffineTransform.getScaleInstance(outWidth / width, outHeight / height);
      t.translate(-x, -y);
      double[] m = CardImages.orientationTransform(orientation, image.getWidth(), image.getHeight());
      t.concatenate(new AffineTransform(m[0], m[3], m[1], m[4], m[2], m[5]));
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  @Override
  public byte[] encodeJpeg(BufferedImage image, int quality) throws CardImageException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayImageOutputStream out = new ByteArrayImageOutputStream(256 * 1024); // a card is at most 131072 bytes
    try {
      JPEGImageWriteParam param = new JPEGImageWriteParam(Locale.ROOT);
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality / 100f);
      // The standard Huffman tables: each encode takes about two thirds of the time of optimised
      // ones, for about 7% more bytes at the same quality, and the search encodes three to eight
      // times. Android's Bitmap.compress writes standard tables too (docs/decisions.md).
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JPEG to memory failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static ImageReader reader(byte[] data, String name) throws CardImageException {
    ImageInputStream in = new ByteArrayImageInputStream(data); // never ImageIO's temporary-file cache
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new CardImageException(name, CardImageException.Reason.UNDECODABLE, "not an image this JVM decodes ("
          + describe(data) + "); use JPEG, PNG, GIF or BMP");
    }
    ImageReader reader = readers.next();
    reader.setInput(in, true, true);
    return reader;
  }

  private static CardImageException undecodable(String name, ImageReader reader, Exception e) {
    String detail = e.getMessage() == null ? "the decoder gave no detail" : e.getMessage();
    return new CardImageException(name, CardImageException.Reason.UNDECODABLE,
        "the " + format(reader) + " image cannot be decoded (" + detail + ")", e);
  }

  private static String format(ImageReader reader) {
    try {
      return reader.getFormatName().toUpperCase(Locale.ROOT);
    } catch (IOException e) {
      return "image";
    }
  }

  private static void dispose(ImageReader reader) {
    Object input = reader.getInput();
    reader.dispose();
    if (input instanceof ImageInputStream) {
      try {
        ((ImageInputStream) input).close();
      } catch (IOException ignored) {
        // an in-memory stream: nothing to release
      }
    }
  }

  /** What the bytes look like, for the message: a known signature, or the first bytes. */
  private static String describe(byte[] data) {
    if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
        && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
      return "it is WebP, which javax.imageio does not read";
    }
    if (data.length >= 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p') {
      return "it is HEIF/HEIC or AVIF, which javax.imageio does not read";
    }
    if (data.length >= 5 && (data[0] == '<' || (data[0] & 0xFF) == 0xEF)) {
      return "it looks like text or SVG, not a raster image";
    }
    StringBuilder b = new StringBuilder("it starts with bytes");
    for (int i = 0; i < Math.min(8, data.length); i++) {
      b.append(String.format(" %02x", data[i] & 0xFF));
    }
    return b.toString();
  }
}
