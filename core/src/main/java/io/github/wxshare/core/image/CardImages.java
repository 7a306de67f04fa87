package io.github.wxshare.core.image;

import java.util.Objects;

/**
 * Makes card images: the one algorithm that every platform's {@link CardImageCodec} shares.
 *
 * <ol>
 *   <li>Read the header; refuse more than {@link CardImagePolicy#maxSourcePixels()} pixels.
 *   <li>Choose the 5:4 region of the displayed image (after EXIF orientation): its centre
 *       ({@link CardImagePolicy.Fit#CROP}) or the whole image on a white canvas
 *       ({@link CardImagePolicy.Fit#PAD}); and the output size, at most
 *       {@link CardImagePolicy#maxWidth()} wide, never wider than the region, a multiple of 5.
 *   <li>Decode sub-sampled by the largest whole factor that keeps at least one source pixel per
 *       output pixel: a 12-megapixel photo for an 800x640 card decodes at 1/4, not at full size.
 *       Whatever the image's shape, the decoded image has at most
 *       {@link CardImagePolicy#maxDecodedPixels()}: a panorama is sub-sampled by the power of two
 *       that gets it there, since its 5:4 region alone would ask for no sub-sampling.
 *   <li>Draw the region at the output size and search JPEG quality on the exact byte count: the
 *       highest first, then a secant search on log(bytes) against log(quantiser scale), where
 *       JPEG size is nearly a straight line (about 4 encodings for a photo). When even
 *       {@link CardImagePolicy#minQuality()} is over budget, shrink the size (by the square root
 *       of the excess) and search again, down to {@link CardImagePolicy#minWidth()}.
 * </ol>
 *
 * <pre>{@code
 * CardImage card = CardImages.render(new ImageIoCardImageCodec(), bytes, "thumb.png", CardImagePolicy.DEFAULT);
 * message.thumbData = card.bytes();   // never over 131072 bytes
 * }</pre>
 */
public final class CardImages {
  private CardImages() {}

  /**
   * The EXIF orientation (1-8) of the JPEG in {@code data}, for a {@link CardImageCodec}'s
   * {@link CardImageCodec.Header}: 1 when it is not a JPEG, has no orientation, or its EXIF is
   * damaged. Never throws; every read is bounds-checked.
   *
   * @throws NullPointerException if {@code data} is null
   */
  public static int exifOrientation(byte[] data) {
    return Exif.orientation(Objects.requireNonNull(data, "data == null"));
  }

  /**
   * For a codec's {@link CardImageCodec#draw}: the affine transform that turns an image stored
   * {@code width} x {@code height} into how EXIF {@code orientation} says to show it, as a new array
   * {m00, m01, m02, m10, m11, m12} (x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12). Orientation
   * 1, or anything outside 2-8, is the identity.
   */
  public static double[] orientationTransform(int orientation, int width, int height) {
    return Exif.transform(orientation, width, height);
  }

  /**
   * The best card image of {@code data} within {@code policy}.
   *
   * @param name the image's name for error messages (a path, a URI)
   * @throws CardImageException when the image cannot be decoded, is too large, or cannot fit
   */
  public static <I> CardImage render(CardImageCodec<I> codec, byte[] data, String name, CardImagePolicy policy)
      throws CardImageException {
    Objects.requireNonNull(codec, "codec == null");
    Objects.requireNonNull(data, "data == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(policy, "policy == null");
    if (data.length == 0) {
      throw new CardImageException(name, CardImageException.Reason.UNDECODABLE, "the file is empty (0 bytes)");
    }
    CardImageCodec.Header header = codec.header(data, name);
    long pixels = (long) header.width() * header.height();
    if (pixels > policy.maxSourcePixels()) {
      throw new CardImageException(name, CardImageException.Reason.TOO_LARGE, "the image is " + header.width() + "x"
          + header.height() + " (" + pixels + " pixels), more than the " + policy.maxSourcePixels()
          + " a card image is made from; scale it down first");
    }
    int shownWidth = header.transposed() ? header.height() : header.width();
    int shownHeight = header.transposed() ? header.width() : header.height();
    Region region = Region.of(shownWidth, shownHeight, policy.fit());
    int width = Math.max(5, roundDownTo5((int) Math.min(policy.maxWidth(), Math.floor(region.width))));
    // Source pixels per output pixel (the same both ways: region and output are 5:4).
    int subsample = Math.max(Math.max(1, (int) Math.floor(region.width / width)),
        budgetSubsample(header.width(), header.height(), policy.maxDecodedPixels()));
    I image = codec.decode(data, subsample, name);
    // The decoder may round the sub-sampled size, or not sub-sample at all: measure what it gave.
    double scaleX = (double) codec.width(image) / header.width();
    double scaleY = (double) codec.height(image) / header.height();
    double shownScaleX = header.transposed() ? scaleY : scaleX;
    double shownScaleY = header.transposed() ? scaleX : scaleY;
    int minWidth = Math.min(width, policy.minWidth());
    int encodings = 0;
    while (true) {
      int height = width * 4 / 5;
      I drawn = codec.draw(image, header.orientation(), region.x * shownScaleX, region.y * shownScaleY,
          region.width * shownScaleX, region.height * shownScaleY, width, height);
      byte[] best = codec.encodeJpeg(drawn, policy.maxQuality());
      encodings++;
      int bestQuality = policy.maxQuality();
      int smallest = best.length;
      if (best.length > policy.maxBytes()) {
        // Secant search on the exact byte count, between the highest quality known to be over
        // budget and the lowest known to fit, in the coordinates where JPEG size is nearly a
        // straight line: log(bytes) against log(quantiser scale). The first guess uses a typical
        // slope; after that the slope is measured. It ends when the two are adjacent, as
        // bisection would, and bisects when a guess lands on the same side twice running.
        int overQuality = policy.maxQuality();
        double overLog = Math.log(best.length);
        best = null;
        int fitQuality = -1;
        double fitLog = 0;
        double target = Math.log(policy.maxBytes());
        int quality = qualityAt(scaleLog(overQuality) + (overLog - target) / TYPICAL_SLOPE, policy.minQuality(),
            overQuality - 1);
        boolean lastFit = false;
        int sameSide = 0;
        while (quality < overQuality) { // not when minQuality == maxQuality: that one is over already
          byte[] jpeg = codec.encodeJpeg(drawn, quality);
          encodings++;
          smallest = Math.min(smallest, jpeg.length);
          double log = Math.log(jpeg.length);
          boolean fits = jpeg.length <= policy.maxBytes();
          int previousOver = overQuality;
          double previousOverLog = overLog;
          sameSide = fits == lastFit ? sameSide + 1 : 0;
          lastFit = fits;
          if (fits) {
            best = jpeg;
            bestQuality = quality;
            fitQuality = quality;
            fitLog = log;
          } else {
            overQuality = quality;
            overLog = log;
          }
          if (overQuality - fitQuality <= 1 || (fitQuality < 0 && quality == policy.minQuality())) {
            break; // the answer is found, or the lowest quality is over budget
          }
          if (fitQuality < 0) {
            // Still over: extrapolate from the last two (both over), with a slope kept within reason.
            double slope = (previousOverLog - log) / Math.max(1e-9, scaleLog(quality) - scaleLog(previousOver));
            slope = Math.max(0.1, Math.min(3, slope));
            quality = qualityAt(scaleLog(quality) + (log - target) / slope, policy.minQuality(), overQuality - 1);
          } else if (sameSide >= 1) {
            quality = (fitQuality + overQuality) / 2; // creeping from one side: bisect instead
          } else {
            double fitX = scaleLog(fitQuality);
            double overX = scaleLog(overQuality);
            double guess = overX + (overLog - target) * (fitX - overX) / Math.max(1e-9, overLog - fitLog);
            quality = qualityAt(guess, fitQuality + 1, overQuality - 1);
          }
        }
      }
      if (best != null) {
        return new CardImage(best, width, height, bestQuality, shownWidth, shownHeight, subsample, encodings);
      }
      if (width <= minWidth) {
        throw new CardImageException(name, CardImageException.Reason.DOES_NOT_FIT, "even " + width + "x" + height
            + " at JPEG quality " + policy.minQuality() + " is " + smallest + " bytes, over the budget of "
            + policy.maxBytes() + "; allow a smaller minWidth or minQuality");
      }
      // Bytes grow about with the area: shrink by the square root of the excess, at least by a tenth.
      double factor = Math.min(0.9, Math.max(0.5, Math.sqrt((double) policy.maxBytes() / smallest) * 0.95));
      width = Math.max(minWidth, roundDownTo5((int) (width * factor)));
    }
  }

  /**
   * The slope of log(bytes) against log(quantiser scale) assumed for the first guess only. Measured
   * between qualities 90 and 95 with javax.imageio: about 0.3 for noise and text, 0.7 for a photo;
   * photos are what cards usually show.
   */
  private static final double TYPICAL_SLOPE = 0.7;

  /**
   * The log of the IJG quantiser scale (percent) of a JPEG quality, which libjpeg,
   * {@code javax.imageio} and Android's encoder all use: 5000/q below 50, 200 - 2q from 50, at
   * least 1.
   */
  static double scaleLog(int quality) {
    return Math.log(Math.max(1, quality < 50 ? 5000.0 / quality : 200 - 2.0 * quality));
  }

  /**
   * The highest quality whose scale is at least {@code exp(scaleLog)} (the inverse of
   * {@link #scaleLog}, rounded towards fewer bytes), kept within {@code [low, high]}.
   */
  static int qualityAt(double scaleLog, int low, int high) {
    double scale = Math.exp(scaleLog);
    double quality = scale >= 100 ? 5000 / scale : (200 - scale) / 2;
    return (int) Math.max(low, Math.min(high, Math.floor(quality)));
  }

  /**
   * The smallest power of two that sub-samples {@code width} x {@code height} to at most {@code
   * budget} pixels (ceil of each side, as decoders round). A power of two because Android's decoders
   * round {@code inSampleSize} down to one: any factor at least this large still meets the budget.
   */
  static int budgetSubsample(int width, int height, long budget) {
    int s = 1;
    while (s < (1 << 30) && ceilDiv(width, s) * ceilDiv(height, s) > budget) {
      s <<= 1;
    }
    return s;
  }

  private static long ceilDiv(int n, int d) {
    return ((long) n + d - 1) / d;
  }

  private static int roundDownTo5(int n) {
    return n - n % 5;
  }

  /** The 5:4 part of the displayed image that becomes the card, in displayed pixels. */
  static final class Region {
    final double x;
    final double y;
    final double width;
    final double height;

    private Region(double x, double y, double width, double height) {
      this.x = x;
      this.y = y;
      this.width = width;
      this.height = height;
    }

    static Region of(int shownWidth, int shownHeight, CardImagePolicy.Fit fit) {
      boolean wider = (long) shownWidth * 4 >= (long) shownHeight * 5;
      double width;
      double height;
      if (wider == (fit == CardImagePolicy.Fit.CROP)) {
        // Crop a wide image, or pad a tall one: the height decides.
        height = shownHeight;
        width = shownHeight * 5.0 / 4;
      } else {
        width = shownWidth;
        height = shownWidth * 4.0 / 5;
      }
      return new Region((shownWidth - width) / 2, (shownHeight - height) / 2, width, height);
    }
  }
}
