package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.image.CardImageCodec;
import io.github.wxshare.core.image.CardImages;
import org.junit.jupiter.api.Test;

/** The small public contracts that the larger tests pass through without pinning. */
class SmallContractsTest {
  @Test
  void aHeaderChecksItsSizeAndOrientation() {
    CardImageCodec.Header h = new CardImageCodec.Header(10, 20, 1);
    assertThat(h).extracting(CardImageCodec.Header::width, CardImageCodec.Header::height,
        CardImageCodec.Header::orientation, CardImageCodec.Header::transposed).containsExactly(10, 20, 1, false);
    assertThat(h).hasToString("10x20");
    assertThat(new CardImageCodec.Header(1, 1, 8)).hasToString("1x1 (EXIF orientation 8)");
    assertThat(new CardImageCodec.Header(1, 1, 4).transposed()).isFalse();
    assertThat(new CardImageCodec.Header(1, 1, 5).transposed()).isTrue();
    for (int[] bad : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 1, 9}}) {
      assertThatThrownBy(() -> new CardImageCodec.Header(bad[0], bad[1], bad[2])).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theOrientationHelpersArePublicForCodecs() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
    assertThat(CardImages.exifOrientation(jpeg)).isEqualTo(1);
    assertThat(CardImages.orientationTransform(6, 40, 30)).containsExactly(0, -1, 30, 1, 0, 0);
  }

  @Test
  void anAppIdIsRecognisedInEveryCasingOfItsPrefix() {
    for (String id : new String[] {"wx1234567890abcdef", "WX1234567890ABCDEF", "Wx1234567890abcdef"}) {
      InvalidShareRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidShareRequestException.class,
          () -> Fixtures.valid().userName(id).build());
      assertThat(e.violations()).extracting(Violation::code).as(id).containsExactly("userName.appId");
    }
  }

  @Test
  void aParsedRequestSaysWhatItHolds() {
    ParsedShareRequest valid = ShareRequestJson.create().read(Fixtures.BASE_JSON);
    assertThat(valid).hasToString("ParsedShareRequest{" + valid.request() + "}");
    ParsedShareRequest invalid = ShareRequestJson.create().read("[]");
    assertThat(invalid).hasToString("ParsedShareRequest{violations=" + invalid.violations() + "}");
  }

  @Test
  void everyBuilderSetterReturnsTheBuilder() {
    ShareMiniProgramRequest.Builder b = ShareMiniProgramRequest.builder();
    assertThat(b.scene(ShareScene.SESSION)).isSameAs(b);
    assertThat(b.miniprogramType(MiniProgramType.TEST)).isSameAs(b);
    assertThat(b.withShareTicket(true)).isSameAs(b);
    assertThat(b.title("t")).isSameAs(b);
    assertThat(b.description("d")).isSameAs(b);
  }
}
