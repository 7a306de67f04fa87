package io.github.wxshare.imageio;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The card-image pipeline on arbitrary bytes as an image file: a card that fits the budget and
 * decodes to the size it claims, or a {@link CardImageException} that names the file and its
 * reason; never another exception. The pixel bound keeps memory bounded on headers that claim
 * billions of pixels. Inputs: {@code CardImageFuzzTestInputs/}; {@code -P fuzz} mutates them.
 */
class CardImageFuzzTest {
  private static final Path DIR;
  /** Small enough that the fuzzer reaches the quality search and the shrinking on tiny images. */
  private static final CardImagePolicy SMALL = CardImagePolicy.builder().maxBytes(2048).maxWidth(100).minWidth(5)
      .fit(CardImagePolicy.Fit.PAD).build();

  static {
    try {
      DIR = Files.createTempDirectory("wxshare-card-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyBytesAreACardOrAClearImageError(byte[] bytes) throws IOException {
    // The name's extension need not match the content: the codec goes by the bytes.
    Path file = DIR.resolve(bytes.length % 2 == 0 ? "card.png" : "card.jpg");
    Files.write(file, bytes);
    try {
      for (CardImagePolicy policy : new CardImagePolicy[] {CardImagePolicy.DEFAULT, SMALL}) {
        CardImage card;
        try {
          card = ImageIoCardImages.render(file, policy);
        } catch (CardImageException e) {
          assertThat(e.reason()).isNotNull();
          assertThat(e.image()).isEqualTo(file.toString());
          assertThat(e.getMessage()).contains(file.toString());
          continue;
        }
        assertThat(card.size()).isPositive().isLessThanOrEqualTo(policy.maxBytes());
        assertThat((long) card.sourceWidth() * card.sourceHeight()).isLessThanOrEqualTo(policy.maxSourcePixels());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(card.bytes()));
        assertThat(decoded).as("the card decodes").isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(card.width()).isLessThanOrEqualTo(policy.maxWidth());
        assertThat(decoded.getHeight()).isEqualTo(card.height());
        assertThat(card.width() * 4).as("5:4").isEqualTo(card.height() * 5);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
