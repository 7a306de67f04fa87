package io.github.wxshare.imageio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real images, drawn by the tests, through the real javax.imageio codec and the shared search. */
class ImageIoCardImagesTest {
  private static final CardImagePolicy PAD = CardImagePolicy.builder().fit(CardImagePolicy.Fit.PAD).build();

  @TempDir Path temp;

  private static Arguments image(String name, Supplier<byte[]> bytes) {
    return Arguments.of(name, bytes);
  }

  static Stream<Arguments> images() {
    return Stream.of(
        image("gradient 4000x3000 JPEG (12 MP)", () -> TestImages.jpeg(TestImages.gradient(4000, 3000), 92)),
        image("gradient 8000x6000 JPEG (48 MP)", () -> TestImages.jpeg(TestImages.gradient(8000, 6000), 90)),
        image("noise 2000x1600 PNG", () -> TestImages.png(TestImages.noise(2000, 1600, 1))),
        image("noise 4000x3000 JPEG q100", () -> TestImages.jpeg(TestImages.noise(4000, 3000, 2), 100)),
        image("text 1200x900 PNG", () -> TestImages.png(TestImages.text(1200, 900))),
        image("transparent 600x600 PNG", () -> TestImages.png(TestImages.transparentDisc(600, 600))),
        image("gradient 1x4000 PNG", () -> TestImages.png(TestImages.gradient(1, 4000))),
        image("gradient 4000x1 PNG", () -> TestImages.png(TestImages.gradient(4000, 1))),
        image("one pixel PNG", () -> TestImages.png(TestImages.gradient(1, 1))),
        image("halves 640x480 GIF", () -> TestImages.gif(TestImages.halves(640, 480))),
        image("noise 1000x800 BMP", () -> TestImages.bmp(TestImages.noise(1000, 800, 3))),
        image("EXIF-rotated 400x300 JPEG", () -> TestImages.withExifOrientation(TestImages.jpeg(TestImages.halves(400, 300), 90), 6, false)));
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = temp.resolve(name.replaceAll("[^A-Za-z0-9.]+", "-"));
    Files.write(file, bytes);
    return file;
  }

  private static BufferedImage decode(CardImage card) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(card.bytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("images")
  void everyImageBecomesADecodableFiveByFourJpegWithinTheCap(String name, Supplier<byte[]> bytes) throws IOException {
    Path file = file(name, bytes.get());
    for (CardImagePolicy policy : List.of(CardImagePolicy.DEFAULT, PAD)) {
      CardImage card = ImageIoCardImages.render(file, policy);
      assertThat(card.size()).as("%s, %s", name, policy.fit()).isLessThanOrEqualTo(CardImagePolicy.MAX_BYTES);
      assertThat(card.width() * 4).as("5:4").isEqualTo(card.height() * 5);
      BufferedImage decoded = decode(card);
      assertThat(decoded.getWidth()).isEqualTo(card.width());
      assertThat(decoded.getHeight()).isEqualTo(card.height());
      assertThat(card.quality()).isBetween(policy.minQuality(), policy.maxQuality());
    }
  }

  @Test
  void transparentPixelsComeOutWhiteNotBlack() throws IOException {
    CardImage card = ImageIoCardImages.render(file("disc.png", TestImages.png(TestImages.transparentDisc(600, 600))), PAD);
    BufferedImage out = decode(card);
    for (int[] p : new int[][] {{2, 2}, {out.getWidth() - 3, 2}, {2, out.getHeight() - 3}, {out.getWidth() / 2, 5}}) {
      int rgb = out.getRGB(p[0], p[1]);
      assertThat(Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF))).as("darkest channel of pixel %d,%d", p[0], p[1])
          .isGreaterThanOrEqualTo(245);
    }
    int centre = out.getRGB(out.getWidth() / 2, out.getHeight() / 2);
    assertThat(TestImages.rgb(centre)).as("the disc stays red").matches("#f[0-9a-f]0[0-9a-f]0[0-9a-f]");
  }

  @Test
  void exifOrientationIsHonoured() throws IOException {
    byte[] plain = TestImages.jpeg(TestImages.halves(400, 300), 90); // red left, blue right
    // orientation: {top colour, bottom colour} once turned (PAD keeps both halves in view)
    Object[][] cases = {{1, "left red, right blue"}, {6, "red on top"}, {8, "blue on top"}, {3, "left blue, right red"}};
    for (Object[] c : cases) {
      int orientation = (int) c[0];
      for (boolean little : new boolean[] {false, true}) {
        byte[] jpeg = orientation == 1 ? plain : TestImages.withExifOrientation(plain, orientation, little);
        CardImage card = ImageIoCardImages.render(file("o" + orientation + little + ".jpg", jpeg), PAD);
        BufferedImage out = decode(card);
        int w = out.getWidth();
        int h = out.getHeight();
        String seen;
        if (orientation == 6 || orientation == 8) {
          assertThat(card.sourceWidth()).isEqualTo(300);
          seen = red(out.getRGB(w / 2, h / 4)) && blue(out.getRGB(w / 2, 3 * h / 4)) ? "red on top"
              : blue(out.getRGB(w / 2, h / 4)) && red(out.getRGB(w / 2, 3 * h / 4)) ? "blue on top" : "neither";
        } else {
          seen = red(out.getRGB(w / 4, h / 2)) && blue(out.getRGB(3 * w / 4, h / 2)) ? "left red, right blue"
              : blue(out.getRGB(w / 4, h / 2)) && red(out.getRGB(3 * w / 4, h / 2)) ? "left blue, right red" : "neither";
        }
        assertThat(seen).as("EXIF orientation %d (%s-endian)", orientation, little ? "little" : "big").isEqualTo(c[1]);
      }
    }
  }

  private static boolean red(int rgb) {
    return (rgb >> 16 & 0xFF) > 200 && (rgb & 0xFF) < 60;
  }

  private static boolean blue(int rgb) {
    return (rgb & 0xFF) > 200 && (rgb >> 16 & 0xFF) < 60;
  }

  @Test
  void aTwelveMegapixelPhotoIsDecodedSubSampled() throws IOException {
    CardImage card = ImageIoCardImages.render(file("photo.jpg", TestImages.jpeg(TestImages.gradient(4000, 3000), 92)),
        CardImagePolicy.DEFAULT);
    assertThat(card.subsample()).isEqualTo(4);
    assertThat(card.width()).isEqualTo(800);
    assertThat(card.quality()).isEqualTo(95);
  }

  @Test
  void aGrainyPhotoFindsItsQualityInFewEncodings() throws IOException {
    // 2500x2000 with grain: 800x640 at quality 95 is over the cap, so the search runs.
    CardImage card = ImageIoCardImages.render(
        file("grain.jpg", TestImages.jpeg(TestImages.grainyGradient(2500, 2000, 7), 92)), CardImagePolicy.DEFAULT);
    assertThat(card.width()).isEqualTo(800);
    assertThat(card.quality()).isBetween(60, 94);
    assertThat(card.size()).isLessThanOrEqualTo(CardImagePolicy.MAX_BYTES);
    assertThat(card.encodings()).as("encodings for %s", card).isLessThanOrEqualTo(4);
  }

  /**
   * The naive approach (full decode, scale to 800x640, fixed quality 85) against ours: where the
   * naive card is over the cap, the OpenSDK would refuse it in silence; ours never is.
   */
  @Test
  void theNaiveApproachExceedsTheCapWhereOursDoesNot() throws IOException {
    List<String> table = new ArrayList<>();
    List<String> naiveOver = new ArrayList<>();
    Object[][] cases = {
        {"gradient 4000x3000 JPEG", TestImages.jpeg(TestImages.gradient(4000, 3000), 92)},
        {"text 1200x900 PNG", TestImages.png(TestImages.text(1200, 900))},
        {"noise 2000x1600 PNG", TestImages.png(TestImages.noise(2000, 1600, 4))},
        {"noise 4000x3000 JPEG q100", TestImages.jpeg(TestImages.noise(4000, 3000, 5), 100)}};
    for (Object[] c : cases) {
      byte[] data = (byte[]) c[1];
      int naive = NaiveThumbnail.render(data).length;
      CardImage ours = ImageIoCardImages.render(file((String) c[0], data), CardImagePolicy.DEFAULT);
      table.add(String.format("  %-28s naive %7d bytes%s | ours %6d bytes, %dx%d, quality %d", c[0], naive,
          naive > CardImagePolicy.MAX_BYTES ? " (over)" : "       ", ours.size(), ours.width(), ours.height(), ours.quality()));
      if (naive > CardImagePolicy.MAX_BYTES) {
        naiveOver.add((String) c[0]);
      }
      assertThat(ours.size()).isLessThanOrEqualTo(CardImagePolicy.MAX_BYTES);
    }
    System.out.println("\nNaive thumbnail (full decode, 800x640, quality 85) against the card-image search:\n"
        + String.join("\n", table));
    assertThat(naiveOver).contains("noise 2000x1600 PNG", "noise 4000x3000 JPEG q100");
  }

  @Test
  void unreadableAndUndecodableFilesAreClearErrorsNamingThem() throws IOException {
    Path missing = temp.resolve("missing.png");
    assertThatThrownBy(() -> ImageIoCardImages.render(missing, CardImagePolicy.DEFAULT))
        .isInstanceOf(CardImageException.class).hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> ImageIoCardImages.render(temp, CardImagePolicy.DEFAULT))
        .hasMessage(temp + ": is a directory, not an image file");
    Path empty = file("empty.png", new byte[0]);
    assertThatThrownBy(() -> ImageIoCardImages.render(empty, CardImagePolicy.DEFAULT))
        .hasMessage(empty + ": the file is empty (0 bytes)");
    Path text = file("notes.png", "not an image at all".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ImageIoCardImages.render(text, CardImagePolicy.DEFAULT))
        .hasMessage(text + ": not an image this JVM decodes (it starts with bytes 6e 6f 74 20 61 6e 20 69); use JPEG, PNG, GIF or BMP")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.UNDECODABLE);
    Path svg = file("logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ImageIoCardImages.render(svg, CardImagePolicy.DEFAULT))
        .hasMessageContaining("it looks like text or SVG, not a raster image");
    Path webp = file("a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ImageIoCardImages.render(webp, CardImagePolicy.DEFAULT))
        .hasMessageContaining("it is WebP, which javax.imageio does not read");
  }

  @Test
  void truncatedImagesAreErrorsNotGreyCards() throws IOException {
    byte[] jpeg = TestImages.jpeg(TestImages.noise(800, 600, 6), 90);
    Path cutJpeg = file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
    assertThatThrownBy(() -> ImageIoCardImages.render(cutJpeg, CardImagePolicy.DEFAULT))
        .isInstanceOf(CardImageException.class).hasMessageStartingWith(cutJpeg + ": the JPEG image is truncated");
    byte[] png = TestImages.png(TestImages.noise(800, 600, 7));
    Path cutPng = file("cut.png", Arrays.copyOf(png, png.length / 2));
    assertThatThrownBy(() -> ImageIoCardImages.render(cutPng, CardImagePolicy.DEFAULT))
        .isInstanceOf(CardImageException.class).hasMessageStartingWith(cutPng + ": the PNG image cannot be decoded (");
  }

  @Test
  void aPngClaimingTenBillionPixelsIsRefusedBeforeDecoding() throws IOException {
    Path bomb = file("bomb.png", TestImages.pngClaiming(100_000, 100_000));
    assertThatThrownBy(() -> ImageIoCardImages.render(bomb, CardImagePolicy.DEFAULT))
        .isInstanceOf(CardImageException.class)
        .hasMessage(bomb + ": the image is 100000x100000 (10000000000 pixels), more than the 100000000 a card image is "
            + "made from; scale it down first");
  }

  @Test
  void theBytesDecideTheFormatNotTheExtension() throws IOException {
    byte[] png = TestImages.png(TestImages.halves(50, 40));
    CardImage asPng = ImageIoCardImages.render(file("right.png", png), CardImagePolicy.DEFAULT);
    assertThat(ImageIoCardImages.render(file("wrong.jpg", png), CardImagePolicy.DEFAULT).bytes()).isEqualTo(asPng.bytes());
    assertThat(ImageIoCardImages.render(file("none", png), CardImagePolicy.DEFAULT).bytes()).isEqualTo(asPng.bytes());
    Path text = file("text.png", "{\"not\":\"an image\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ImageIoCardImages.render(text, CardImagePolicy.DEFAULT)).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.UNDECODABLE);
    Path empty = file("empty.png", new byte[0]);
    assertThatThrownBy(() -> ImageIoCardImages.render(empty, CardImagePolicy.DEFAULT)).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.UNDECODABLE);
  }

  @Test
  void aJpegOrGifClaimingBillionsOfPixelsIsRefusedBeforeDecoding() throws IOException {
    // A real 16x16 JPEG whose frame header (SOF0) is patched to claim 65500x65500.
    byte[] jpeg = TestImages.jpeg(TestImages.halves(16, 16), 90);
    int sof = 2;
    while (!((jpeg[sof] & 0xFF) == 0xFF && (jpeg[sof + 1] & 0xFF) == 0xC0)) {
      sof++;
    }
    jpeg[sof + 5] = (byte) 0xFF;
    jpeg[sof + 6] = (byte) 0xDC;
    jpeg[sof + 7] = (byte) 0xFF;
    jpeg[sof + 8] = (byte) 0xDC;
    Path bigJpeg = file("big.jpg", jpeg);
    assertThatThrownBy(() -> ImageIoCardImages.render(bigJpeg, CardImagePolicy.DEFAULT)).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
    // A GIF whose screen and image claim 65535x65535.
    byte[] gif = {'G', 'I', 'F', '8', '9', 'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0,
        0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 2, 2, 0x44, 1, 0, 0x3B};
    Path bigGif = file("big.gif", gif);
    assertThatThrownBy(() -> ImageIoCardImages.render(bigGif, CardImagePolicy.DEFAULT)).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
  }

  @Test
  void aSmallerBudgetIsKeptExactly() throws IOException {
    Path noise = file("noise.png", TestImages.png(TestImages.noise(1000, 800, 8)));
    for (int budget : new int[] {131072, 65536, 20000}) {
      CardImage card = ImageIoCardImages.render(noise, CardImagePolicy.builder().maxBytes(budget).build());
      assertThat(card.size()).as("budget %d", budget).isLessThanOrEqualTo(budget);
    }
  }
}
