package io.github.wxshare.core.image;

/**
 * What a platform provides so that {@link CardImages#render} can make a card image: read an image's
 * size, decode it (at a reduced size where the platform can), draw a region of it, and encode JPEG.
 * The search itself, and all the geometry, are shared by every platform.
 *
 * <p>Implementations: {@code ImageIoCardImageCodec} in {@code wxshare-imageio} (JVM), and the
 * Android transport's {@code Bitmap} codec. An implementation is stateless and thread-safe.
 *
 * @param <I> the platform's decoded image ({@code BufferedImage}, {@code Bitmap})
 */
public interface CardImageCodec<I> {
  /**
   * The stored size and EXIF orientation of the image in {@code data}, read from its header
   * without decoding pixels.
   *
   * @param name the image's name for error messages
   * @throws CardImageException {@code UNDECODABLE} when the bytes are not an image this codec reads
   */
  Header header(byte[] data, String name) throws CardImageException;

  /**
   * Decodes the image, keeping about one pixel in {@code subsample} in each direction (a codec
   * that cannot sub-sample decodes at full size: {@link #width}/{@link #height} tell). The result
   * is in stored orientation; transparency is kept for {@link #draw} to composite.
   *
   * @throws CardImageException {@code UNDECODABLE} when decoding fails (truncated, unsupported)
   */
  I decode(byte[] data, int subsample, String name) throws CardImageException;

  int width(I image);

  int height(I image);

  /**
   * A new {@code outWidth} x {@code outHeight} opaque image showing the region ({@code x}, {@code y},
   * {@code width}, {@code height}) of {@code image} as it looks after applying the EXIF
   * {@code orientation} (1-8), scaled smoothly, with transparent pixels composited on white. Parts
   * of the region outside the image are white.
   */
  I draw(I image, int orientation, double x, double y, double width, double height, int outWidth, int outHeight);

  /** {@code image} as a baseline JPEG of the given quality (1-100). */
  byte[] encodeJpeg(I image, int quality) throws CardImageException;

  /** An image's stored width and height and its EXIF orientation (1 when it has none). */
  final class Header {
    private final int width;
    private final int height;
    private final int orientation;

    /** @throws IllegalArgumentException for a non-positive size or an orientation outside 1-8 */
    public Header(int width, int height, int orientation) {
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
      }
      if (orientation < 1 || orientation > 8) {
        throw new IllegalArgumentException("EXIF orientation must be 1-8, was " + orientation);
      }
      this.width = width;
      this.height = height;
      this.orientation = orientation;
    }

    public int width() {
      return width;
    }

    public int height() {
      return height;
    }

    public int orientation() {
      return orientation;
    }

    /** Whether the orientation turns the image a quarter (EXIF 5-8): width and height swap. */
    public boolean transposed() {
      return orientation >= 5;
    }

    @Override
    public String toString() {
      return width + "x" + height + (orientation == 1 ? "" : " (EXIF orientation " + orientation + ")");
    }
  }
}
