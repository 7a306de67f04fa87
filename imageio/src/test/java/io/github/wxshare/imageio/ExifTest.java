package io.github.wxshare.imageio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.image.CardImages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExifTest {
  private static final byte[] JPEG = TestImages.jpeg(TestImages.halves(40, 30), 90);

  @Test
  void readsTheOrientationInBothByteOrders() {
    for (int orientation = 1; orientation <= 8; orientation++) {
      assertThat(CardImages.exifOrientation(TestImages.withExifOrientation(JPEG, orientation, true))).isEqualTo(orientation);
      assertThat(CardImages.exifOrientation(TestImages.withExifOrientation(JPEG, orientation, false))).isEqualTo(orientation);
    }
  }

  @Test
  void noExifOrADamagedOneMeansUpright() {
    assertThat(CardImages.exifOrientation(JPEG)).isEqualTo(1);
    assertThat(CardImages.exifOrientation(new byte[0])).isEqualTo(1);
    assertThat(CardImages.exifOrientation(TestImages.png(TestImages.halves(4, 4)))).isEqualTo(1);
    assertThat(CardImages.exifOrientation(TestImages.withExifOrientation(JPEG, 9, true))).isEqualTo(1);
    byte[] withExif = TestImages.withExifOrientation(JPEG, 6, false);
    for (int cut = 0; cut < 40; cut++) {
      assertThat(CardImages.exifOrientation(Arrays.copyOf(withExif, cut))).as("cut at %d", cut).isBetween(1, 8);
    }
  }
}
