package io.github.wxshare.android;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Matrix;
import android.graphics.Paint;
import io.github.wxshare.core.image.CardImageCodec;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The card-image codec on Android: {@code BitmapFactory} decodes, sub-sampled with {@code
 * inSampleSize} (which libjpeg does in the DCT domain for JPEG), the shared EXIF parser ({@link
 * CardImages#exifOrientation}) reads the orientation, a {@code Canvas} draws on white, and {@code
 * Bitmap.compress} encodes the JPEG. Not {@code android.media.ExifInterface}: under Robolectric's
 * Android 8.0 it read no orientation from a JPEG that javax.imageio's parser reads as 6, and the
 * JVM and Android must turn the same photo the same way.
 */
final class BitmapCardImageCodec implements CardImageCodec<Bitmap> {
  static final BitmapCardImageCodec INSTANCE = new BitmapCardImageCodec();

  private BitmapCardImageCodec() {}

  @Override
  public Header header(byte[] data, String name) throws CardImageException {
    BitmapFactory.Options bounds = new BitmapFactory.Options();
    bounds.inJustDecodeBounds = true;
    BitmapFactory.decodeByteArray(data, 0, data.length, bounds);
    if (bounds.outWidth <= 0 || bounds.outHeight <= 0) {
      throw new CardImageException(name, CardImageException.Reason.UNDECODABLE, notAnImage(data));
    }
    String truncated = truncation(data);
    if (truncated != null) {
      throw new CardImageException(name, CardImageException.Reason.UNDECODABLE, truncated);
    }
    return new Header(bounds.outWidth, bounds.outHeight, CardImages.exifOrientation(data));
  }

  /**
   * Why {@code data} is a cut-off JPEG or PNG, or null. {@code BitmapFactory} decodes what is there
   * and fills the rest (black, or grey), with no error: a card with a missing bottom. A JPEG must
   * reach its end-of-image marker after its first scan, a PNG its IEND chunk.
   */
  static @Nullable String truncation(byte[] data) {
    int n = data.length;
    if (n >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8) {
      int at = 2;
      while (at + 4 <= n && (data[at] & 0xFF) == 0xFF) {
        int marker = data[at + 1] & 0xFF;
        int length = ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
        if (marker == 0xDA) {
          // From the end: the marker is usually the last two bytes, so this reads a few bytes, not the scan.
          for (int i = n - 2; i >= at + 2 + length; i--) {
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == 0xD9) {
              return null;
            }
          }
          break;
        }
        if (marker == 0xFF) {
          at++; // fill byte
          continue;
        }
        at += 2 + length;
      }
      return "the JPEG is cut off: its " + n + " bytes end before the end-of-image marker (an unfinished download or copy?)";
    }
    if (n >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
      long at = 8;
      while (at + 8 <= n) {
        int i = (int) at;
        long length = ((long) (data[i] & 0xFF) << 24) | ((data[i + 1] & 0xFF) << 16) | ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
        if (data[i + 4] == 'I' && data[i + 5] == 'E' && data[i + 6] == 'N' && data[i + 7] == 'D') {
          return null;
        }
        at += 12 + length;
      }
      return "the PNG is cut off: its " + n + " bytes end before the IEND chunk (an unfinished download or copy?)";
    }
    return null;
  }

  @Override
  public Bitmap decode(byte[] data, int subsample, String name) throws CardImageException {
    BitmapFactory.Options options = new BitmapFactory.Options();
    options.inSampleSize = subsample;
    options.inPreferredConfig = Bitmap.Config.ARGB_8888;
    Bitmap bitmap;
    try {
      bitmap = BitmapFactory.decodeByteArray(data, 0, data.length, options);
    } catch (OutOfMemoryError e) {
      throw new CardImageException(name, CardImageException.Reason.TOO_LARGE, "decoding at 1/" + subsample
          + " needs more memory than the app has left", e);
    }
    if (bitmap == null) {
      throw new CardImageException(name, CardImageException.Reason.UNDECODABLE, "the "
          + (options.outMimeType != null ? options.outMimeType : "image") + " cannot be decoded (truncated or corrupt)");
    }
    return bitmap;
  }

  @Override
  public int width(Bitmap image) {
    return image.getWidth();
  }

  @Override
  public int height(Bitmap image) {
    return image.getHeight();
  }

  @Override
  public Bitmap draw(Bitmap image, int orientation, double x, double y, double width, double height,
      int outWidth, int outHeight) {
    Bitmap out = Bitmap.createBitmap(outWidth, outHeight, Bitmap.Config.ARGB_8888);
    Canvas canvas = new Canvas(out);
    canvas.drawColor(Color.WHITE); // the pad, and what transparent pixels are composited on
    double[] t = CardImages.orientationTransform(orientation, image.getWidth(), image.getHeight());
    Matrix m = new Matrix();
    m.setValues(new float[] {(float) t[0], (float) t[1], (float) t[2], (float) t[3], (float) t[4], (float) t[5], 0, 0, 1});
    m.postTranslate((float) -x, (float) -y);
    m.postScale((float) (outWidth / width), (float) (outHeight / height));
    canvas.drawBitmap(image, m, new Paint(Paint.FILTER_BITMAP_FLAG | Paint.DITHER_FLAG));
    return out;
  }

  @Override
  public byte[] encodeJpeg(Bitmap image, int quality) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    if (!image.compress(Bitmap.CompressFormat.JPEG, quality, bytes)) {
      throw new IllegalStateException("Bitmap.compress(JPEG, " + quality + ") failed for a "
          + image.getWidth() + "x" + image.getHeight() + " bitmap");
    }
    return bytes.toByteArray();
  }

  /** The sentence for bytes {@code BitmapFactory} cannot even size: what they are, when it can tell. */
  static String notAnImage(byte[] data) {
    String start = new String(data, 0, Math.min(data.length, 256), StandardCharsets.ISO_8859_1);
    String head = start.trim();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
      return "an SVG is a vector drawing, not a raster image: export it as PNG or JPEG";
    }
    // The ftyp box's size comes first (00 00 00 18 in most HEIC files): untrimmed, so it stays.
    if (data.length >= 12 && start.startsWith("ftyp", 4)) {
      return "a HEIF/HEIC/AVIF image, which Android decodes only from Android 9 (API 28) on this device's codecs: "
          + "convert it to JPEG";
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(data.length, 8); i++) {
      hex.append(String.format(Locale.ROOT, "%02x ", data[i] & 0xff));
    }
    return "not an image Android decodes (" + data.length + " bytes starting " + hex.toString().trim()
        + "); use JPEG, PNG, WebP, GIF or BMP";
  }
}
