package io.github.wxshare.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link CardImage} and {@link CardImagePolicy} as values, and every bound of the policy's builder. */
class ImageValuesTest {
  @Test
  void aCardImageIsItsBytes() {
    CardImage a = new CardImage(new byte[] {1, 2, 3}, 100, 80, 90, 1000, 800, 4, 5);
    CardImage same = new CardImage(new byte[] {1, 2, 3}, 5, 4, 60, 5, 4, 1, 1);
    CardImage other = new CardImage(new byte[] {1, 2, 4}, 100, 80, 90, 1000, 800, 4, 5);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("bytes");
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(a.bytes()).containsExactly(1, 2, 3);
    a.bytes()[0] = 9;
    assertThat(a.bytes()[0]).as("a copy").isEqualTo((byte) 1);
    assertThat(a.size()).isEqualTo(3);
    assertThat(a).hasToString("CardImage{3 bytes, 100x80, quality 90, from 1000x800 decoded at 1/4}");
    assertThat(same).hasToString("CardImage{3 bytes, 5x4, quality 60, from 5x4}");
    assertThat(new CardImage(new byte[1], 5, 4, 60, 5, 4, 2, 1).toString()).endsWith("decoded at 1/2}");
  }

  @Test
  void policiesAreEqualWhenEverySettingIs() {
    CardImagePolicy d = CardImagePolicy.DEFAULT;
    assertThat(CardImagePolicy.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.newBuilder().build()).isEqualTo(d);
    CardImagePolicy[] changed = {
        d.newBuilder().maxBytes(1000).build(), d.newBuilder().fit(CardImagePolicy.Fit.PAD).build(),
        d.newBuilder().maxWidth(400).build(), d.newBuilder().minWidth(10).build(), d.newBuilder().quality(50, 95).build(),
        d.newBuilder().quality(60, 90).build(), d.newBuilder().maxSourcePixels(7).build(),
        d.newBuilder().maxDecodedPixels(7).build()};
    for (CardImagePolicy c : changed) {
      assertThat(c).isNotEqualTo(d);
      assertThat(c.hashCode()).isNotEqualTo(d.hashCode());
    }
    assertThat(d).isNotEqualTo("policy").isNotEqualTo(null);
    assertThat(d.toString()).contains("131072").contains("CROP");
  }

  @Test
  void everyBoundOfTheBuilderIsInclusive() {
    CardImagePolicy.Builder b = CardImagePolicy.builder();
    assertThat(b.maxBytes(1).build().maxBytes()).isEqualTo(1);
    assertThat(b.maxBytes(131072).build().maxBytes()).isEqualTo(131072);
    assertThatThrownBy(() -> b.maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxBytes(131073)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.quality(1, 1).build().minQuality()).isEqualTo(1);
    assertThat(b.quality(100, 100).build().maxQuality()).isEqualTo(100);
    assertThat(b.quality(7, 8).build()).extracting(CardImagePolicy::minQuality, CardImagePolicy::maxQuality)
        .containsExactly(7, 8);
    for (int[] q : new int[][] {{0, 50}, {50, 101}, {51, 50}, {0, 0}, {101, 101}}) {
      assertThatThrownBy(() -> b.quality(q[0], q[1])).as("%d..%d", q[0], q[1]).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("JPEG quality must be 1 <= min <= max <= 100, was " + q[0] + ".." + q[1]);
    }
    assertThat(b.maxSourcePixels(1).build().maxSourcePixels()).isEqualTo(1);
    assertThatThrownBy(() -> b.maxSourcePixels(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.maxDecodedPixels(1).build().maxDecodedPixels()).isEqualTo(1);
    assertThat(CardImagePolicy.DEFAULT.maxDecodedPixels()).isEqualTo(16_000_000L);
    assertThatThrownBy(() -> b.maxDecodedPixels(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDecodedPixels must be positive, was 0");
    assertThat(b.minWidth(5).maxWidth(5).build()).extracting(CardImagePolicy::minWidth, CardImagePolicy::maxWidth)
        .containsExactly(5, 5);
    assertThat(b.minWidth(4000).maxWidth(4000).build().maxWidth()).isEqualTo(4000);
    for (int w : new int[] {0, 4, 6, 4005}) {
      assertThatThrownBy(() -> CardImagePolicy.builder().maxWidth(w)).as("%d", w).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> CardImagePolicy.builder().minWidth(w)).as("%d", w).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> CardImagePolicy.builder().minWidth(100).maxWidth(95).build())
        .hasMessage("minWidth 100 exceeds maxWidth 95");
    // Each setter returns the builder, for chaining.
    CardImagePolicy.Builder chain = CardImagePolicy.builder();
    assertThat(chain.maxWidth(100)).isSameAs(chain);
    assertThat(chain.quality(10, 20)).isSameAs(chain);
    assertThat(chain.maxSourcePixels(9)).isSameAs(chain);
    assertThat(chain.maxDecodedPixels(9)).isSameAs(chain);
    assertThat(chain.maxBytes(9)).isSameAs(chain);
    assertThat(chain.fit(CardImagePolicy.Fit.PAD)).isSameAs(chain);
    assertThat(chain.minWidth(5)).isSameAs(chain);
  }

  @Test
  void anImageExceptionNamesItsImageAndReason() {
    CardImageException e = new CardImageException("/a.png", CardImageException.Reason.TOO_LARGE, "too big");
    assertThat(e.image()).isEqualTo("/a.png");
    assertThat(e.reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
    assertThat(e.getMessage()).isEqualTo("/a.png: too big");
  }
}
