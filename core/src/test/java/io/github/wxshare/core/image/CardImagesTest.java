package io.github.wxshare.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared search and geometry, on a model codec whose JPEG size is a known function of the
 * quality and the area. The real codecs (javax.imageio, Android) are tested in their modules on
 * real images.
 */
class CardImagesTest {
  /** An "image" is its size; a JPEG of it is {@code bytesPerPixel(quality) * area} bytes. */
  static class ModelCodec implements CardImageCodec<int[]> {
    final CardImageCodec.Header header;
    final double scale; // bytes per pixel at quality 100
    final List<String> calls = new ArrayList<>();
    boolean subsamples = true;

    ModelCodec(int width, int height, int orientation, double scale) {
      this.header = new CardImageCodec.Header(width, height, orientation);
      this.scale = scale;
    }

    @Override
    public CardImageCodec.Header header(byte[] data, String name) {
      return header;
    }

    @Override
    public int[] decode(byte[] data, int subsample, String name) {
      calls.add("decode 1/" + subsample);
      int s = subsamples ? subsample : 1;
      return new int[] {(header.width() + s - 1) / s, (header.height() + s - 1) / s};
    }

    @Override
    public int width(int[] image) {
      return image[0];
    }

    @Override
    public int height(int[] image) {
      return image[1];
    }

    @Override
    public int[] draw(int[] image, int orientation, double x, double y, double w, double h, int outWidth, int outHeight) {
      calls.add(String.format(java.util.Locale.ROOT, "draw %.1f,%.1f %.1fx%.1f of %dx%d -> %dx%d", x, y, w, h, image[0], image[1], outWidth, outHeight));
      return new int[] {outWidth, outHeight};
    }

    @Override
    public byte[] encodeJpeg(int[] image, int quality) {
      return new byte[(int) (image[0] * (long) image[1] * scale * quality / 100.0)];
    }
  }

  private static final byte[] DATA = {1};

  @Test
  void aPhotoIsCroppedToItsCentreAndDecodedSubSampled() throws CardImageException {
    ModelCodec codec = new ModelCodec(4000, 3000, 1, 0.2);
    CardImage card = CardImages.render(codec, DATA, "photo.jpg", CardImagePolicy.DEFAULT);
    assertThat(codec.calls).startsWith("decode 1/4", "draw 31.3,0.0 937.5x750.0 of 1000x750 -> 800x640");
    assertThat(card.width()).isEqualTo(800);
    assertThat(card.height()).isEqualTo(640);
    assertThat(card.quality()).isEqualTo(95); // 800*640*0.2*0.95 = 97280 bytes: the top quality fits
    assertThat(card.size()).isEqualTo(97280);
    assertThat(card.subsample()).isEqualTo(4);
    assertThat(card.encodings()).isEqualTo(1);
  }

  @Test
  void theHighestQualityWithinTheBudgetIsFoundOnTheExactByteCount() throws CardImageException {
    // 800x640 at 0.4 bytes per pixel at q100: q = floor(131072 / 204800 * 100) = 64 fits exactly below the cap.
    CardImage card = CardImages.render(new ModelCodec(4000, 3000, 1, 0.4), DATA, "p", CardImagePolicy.DEFAULT);
    assertThat(card.quality()).isEqualTo(64);
    assertThat(card.size()).isEqualTo(131072).isLessThanOrEqualTo(CardImagePolicy.MAX_BYTES);
    assertThat(card.width()).isEqualTo(800);
  }

  @Test
  void whenTheLowestQualityIsOverBudgetTheImageShrinks() throws CardImageException {
    // 1.0 byte per pixel: 800x640 at q60 is 307200 bytes; shrink until q>=60 fits.
    CardImage card = CardImages.render(new ModelCodec(4000, 3000, 1, 1.0), DATA, "noise.png", CardImagePolicy.DEFAULT);
    assertThat(card.size()).isLessThanOrEqualTo(131072);
    assertThat(card.width()).isLessThan(800);
    assertThat(card.width() % 5).isZero();
    assertThat(card.height() * 5).isEqualTo(card.width() * 4);
    assertThat(card.quality()).isBetween(60, 95);
  }

  @Test
  void aPolicyThatCannotBeMetIsAClearError() {
    CardImagePolicy tight = CardImagePolicy.builder().maxBytes(100).minWidth(800).build();
    assertThatThrownBy(() -> CardImages.render(new ModelCodec(4000, 3000, 1, 1.0), DATA, "noise.png", tight))
        .isInstanceOf(CardImageException.class)
        .hasMessage("noise.png: even 800x640 at JPEG quality 60 is 307200 bytes, over the budget of 100; "
            + "allow a smaller minWidth or minQuality")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.DOES_NOT_FIT);
  }

  @Test
  void aDecompressionBombIsRefusedBeforeDecoding() {
    ModelCodec codec = new ModelCodec(100_000, 100_000, 1, 0.1);
    assertThatThrownBy(() -> CardImages.render(codec, DATA, "bomb.png", CardImagePolicy.DEFAULT))
        .hasMessage("bomb.png: the image is 100000x100000 (10000000000 pixels), more than the 100000000 a card image "
            + "is made from; scale it down first");
    assertThat(codec.calls).isEmpty();
  }

  @Test
  void aPanoramaIsDecodedWithinThePixelBudgetThoughItsRegionAsksForNoSubsampling() throws CardImageException {
    // 500000x200: the 5:4 region is 250x200, so the region alone asks for 1/1 (100 megapixels decoded).
    ModelCodec codec = new ModelCodec(500_000, 200, 1, 0.01);
    CardImage card = CardImages.render(codec, DATA, "panorama.png", CardImagePolicy.DEFAULT);
    assertThat(card.subsample()).isEqualTo(4); // 125000 x 50 = 6.25 MP; 1/2 would be 25 MP
    assertThat(codec.calls.get(0)).isEqualTo("decode 1/4");
    assertThat(card.width()).isEqualTo(250);
    // The bound is the policy's, inclusive, on the decoded (rounded-up) size.
    assertThat(CardImages.budgetSubsample(500_000, 200, 16_000_000)).isEqualTo(4);
    assertThat(CardImages.budgetSubsample(500_000, 200, 6_250_000)).isEqualTo(4);
    assertThat(CardImages.budgetSubsample(500_000, 200, 6_249_999)).isEqualTo(8);
    assertThat(CardImages.budgetSubsample(4000, 4000, 16_000_000)).isEqualTo(1);
    assertThat(CardImages.budgetSubsample(4001, 4000, 16_000_000)).isEqualTo(2);
    assertThat(CardImages.budgetSubsample(3, 3, 4)).isEqualTo(2); // 2x2 after rounding up
    assertThat(CardImages.budgetSubsample(Integer.MAX_VALUE, Integer.MAX_VALUE, 1)).isEqualTo(1 << 30);
    // A photo's own sub-sampling is larger than the budget's and is kept.
    ModelCodec photo = new ModelCodec(4000, 3200, 1, 0.01);
    assertThat(CardImages.render(photo, DATA, "photo.jpg", CardImagePolicy.DEFAULT).subsample()).isEqualTo(5);
  }

  @Test
  void theSourcePixelBoundIsInclusive() throws CardImageException {
    CardImagePolicy exactly = CardImagePolicy.builder().maxSourcePixels(1000L * 800).build();
    assertThat(CardImages.render(new ModelCodec(1000, 800, 1, 0.01), DATA, "a.png", exactly).sourceWidth()).isEqualTo(1000);
    assertThatThrownBy(() -> CardImages.render(new ModelCodec(1000, 801, 1, 0.01), DATA, "b.png", exactly))
        .isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> CardImages.render(new ModelCodec(1, 1, 1, 1), new byte[0], "empty.png", CardImagePolicy.DEFAULT))
        .hasMessage("empty.png: the file is empty (0 bytes)");
  }

  @Test
  void aQuarterTurnSwapsWidthAndHeightBeforeTheCrop() throws CardImageException {
    // Stored 3000x4000 with EXIF 6 is shown 4000x3000: the crop is taken across the shown width.
    ModelCodec codec = new ModelCodec(3000, 4000, 6, 0.2);
    CardImage card = CardImages.render(codec, DATA, "rotated.jpg", CardImagePolicy.DEFAULT);
    assertThat(card.sourceWidth()).isEqualTo(4000);
    assertThat(card.sourceHeight()).isEqualTo(3000);
    assertThat(codec.calls.get(1)).isEqualTo("draw 31.3,0.0 937.5x750.0 of 750x1000 -> 800x640");
  }

  @Test
  void padKeepsTheWholeImageOnAWiderCanvas() throws CardImageException {
    ModelCodec codec = new ModelCodec(1000, 4000, 1, 0.2);
    CardImages.render(codec, DATA, "tall.png", CardImagePolicy.builder().fit(CardImagePolicy.Fit.PAD).build());
    // Canvas 5000x4000 around the 1000x4000 image, sub-sampled by 6 (the decoder gives 167x667).
    assertThat(codec.calls).startsWith("decode 1/6", "draw -334.0,0.0 835.0x667.0 of 167x667 -> 800x640");
  }

  @Test
  void tinyAndExtremeImagesBecomeAtLeastFiveByFour() throws CardImageException {
    for (int[] size : new int[][] {{1, 1}, {1, 4000}, {4000, 1}, {3, 2}}) {
      ModelCodec codec = new ModelCodec(size[0], size[1], 1, 0.5);
      CardImage card = CardImages.render(codec, DATA, "x", CardImagePolicy.DEFAULT);
      assertThat(card.width() * 4).as("%dx%d", size[0], size[1]).isEqualTo(card.height() * 5);
      assertThat(card.width()).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void aCodecThatCannotSubSampleIsMeasuredNotTrusted() throws CardImageException {
    ModelCodec codec = new ModelCodec(4000, 3000, 1, 0.2);
    codec.subsamples = false;
    CardImages.render(codec, DATA, "photo.jpg", CardImagePolicy.DEFAULT);
    assertThat(codec.calls).startsWith("decode 1/4", "draw 125.0,0.0 3750.0x3000.0 of 4000x3000 -> 800x640");
  }

  @Test
  void policyArgumentsAreCheckedAtOnce() {
    assertThatThrownBy(() -> CardImagePolicy.builder().maxBytes(131073))
        .hasMessage("maxBytes must be between 1 and 131072 (the OpenSDK refuses larger thumbnails), was 131073");
    assertThatThrownBy(() -> CardImagePolicy.builder().maxWidth(801))
        .hasMessage("maxWidth must be a multiple of 5 between 5 and 4000 (the card is 5:4), was 801");
    assertThatThrownBy(() -> CardImagePolicy.builder().quality(90, 80))
        .hasMessage("JPEG quality must be 1 <= min <= max <= 100, was 90..80");
    assertThatThrownBy(() -> CardImagePolicy.builder().minWidth(900).build())
        .hasMessage("minWidth 900 exceeds maxWidth 800");
    assertThat(CardImagePolicy.DEFAULT.newBuilder().build()).isEqualTo(CardImagePolicy.DEFAULT);
    assertThat(CardImagePolicy.DEFAULT).hasToString(
        "CardImagePolicy{maxBytes=131072, fit=CROP, maxWidth=800, minWidth=100, quality=60..95, maxSourcePixels=100000000, maxDecodedPixels=16000000}");
  }

  @Test
  void theSearchFindsTheHighestFittingQualityOfACurvedSizeModel() throws CardImageException {
    // Bytes grow exponentially with quality, as JPEG's do near the top: check against every quality.
    int oneSize = 0;
    for (double perPixel : new double[] {0.002, 0.004, 0.006, 0.009, 0.012, 0.05, 0.2}) {
      ModelCodec codec = new ModelCodec(4000, 3000, 1, perPixel) {
        @Override
        public byte[] encodeJpeg(int[] image, int quality) {
          return new byte[(int) (image[0] * (long) image[1] * scale * Math.exp(quality / 20.0))];
        }
      };
      CardImage card = CardImages.render(codec, DATA, "p", CardImagePolicy.DEFAULT);
      int expected = -1;
      for (int q = 60; q <= 95; q++) {
        if (codec.encodeJpeg(new int[] {card.width(), card.height()}, q).length <= 131072) {
          expected = q;
        }
      }
      assertThat(card.quality()).as("%s bytes per pixel", perPixel).isEqualTo(expected);
      if (card.width() == 800) {
        // One size: never more than the top quality and a bisection over 60..94 (1 + 6).
        assertThat(card.encodings()).as("encodings at %s", perPixel).isLessThanOrEqualTo(7);
        oneSize++;
      }
    }
    assertThat(oneSize).as("cases that fit at 800x640").isEqualTo(5);
  }

  /**
   * JPEG sizes of four 800x640 pictures at qualities 30-95, measured with javax.imageio
   * (optimised Huffman tables): a photo-like picture (gradient with grain, from a 12-megapixel JPEG
   * decoded at 1/4), random noise, text, and a smooth gradient.
   */
  private static final int[] MEASURED_QUALITIES = {30, 40, 50, 60, 65, 70, 75, 80, 85, 88, 90, 91, 92, 93, 94, 95};

  private static final int[][] MEASURED_BYTES = {
    {9131, 14939, 21296, 29003, 34764, 41699, 48717, 60989, 80677, 100516, 117210, 125564, 135539, 150559, 169322,
      189097},
    {132231, 166110, 196316, 227965, 247462, 269580, 293618, 325113, 365252, 397108, 422287, 435047, 448424, 469874,
      494637, 519748},
    {79666, 91090, 100691, 110645, 116982, 124868, 133250, 145148, 160202, 172475, 181742, 185974, 190804, 198064,
      206365, 215274},
    {4441, 4848, 5317, 6518, 9367, 10247, 11449, 12531, 13991, 17419, 20992, 21942, 23288, 26531, 31906, 38388},
  };

  /** A codec whose JPEG sizes follow a measured curve (log-linear between the measured qualities). */
  static ModelCodec measured(int[] curve) {
    return new ModelCodec(4000, 3000, 1, 1) {
      @Override
      public byte[] encodeJpeg(int[] image, int quality) {
        double bytes = curve[curve.length - 1];
        for (int i = 0; i < MEASURED_QUALITIES.length - 1; i++) {
          if (quality >= MEASURED_QUALITIES[i] && quality <= MEASURED_QUALITIES[i + 1]) {
            double t = (quality - MEASURED_QUALITIES[i]) / (double) (MEASURED_QUALITIES[i + 1] - MEASURED_QUALITIES[i]);
            bytes = Math.exp(Math.log(curve[i]) * (1 - t) + Math.log(curve[i + 1]) * t);
            break;
          }
        }
        return new byte[(int) (bytes * image[0] * (long) image[1] / (800 * 640))];
      }
    };
  }

  @Test
  void onMeasuredJpegCurvesTheSearchIsExactAndNeedsFewEncodings() throws CardImageException {
    int[] photoHistogram = new int[10];
    int photoEncodings = 0;
    int photoRuns = 0;
    for (int c = 0; c < MEASURED_BYTES.length; c++) {
      for (int budget = 5000; budget <= 131072; budget += 997) {
        ModelCodec codec = measured(MEASURED_BYTES[c]);
        CardImagePolicy policy = CardImagePolicy.builder().maxBytes(budget).build();
        CardImage card = CardImages.render(codec, DATA, "p", policy);
        int expected = -1;
        for (int q = 60; q <= 95; q++) {
          if (codec.encodeJpeg(new int[] {card.width(), card.height()}, q).length <= budget) {
            expected = q;
          }
        }
        assertThat(card.quality()).as("curve %d, budget %d", c, budget).isEqualTo(expected);
        assertThat(card.size()).isLessThanOrEqualTo(budget);
        if (card.width() == 800) {
          assertThat(card.encodings()).as("curve %d, budget %d", c, budget).isLessThanOrEqualTo(8);
          if (c == 0) {
            photoHistogram[card.encodings()]++;
            photoEncodings += card.encodings();
            photoRuns++;
          }
        }
      }
    }
    // The photo at every budget where 800x640 fits: the old search (quality 95, then 60, then
    // interpolation on quality) took 6.2 encodings on average here; this one about 4.1.
    assertThat(photoRuns).isEqualTo(102);
    assertThat((double) photoEncodings / photoRuns).as("mean encodings, histogram %s",
        java.util.Arrays.toString(photoHistogram)).isLessThan(4.5);
  }
}
