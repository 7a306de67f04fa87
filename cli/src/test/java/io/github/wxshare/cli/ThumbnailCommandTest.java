package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.imageio.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailCommandTest {
  @TempDir Path temp;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void writesTheCardImageAndSaysWhatItIs() throws IOException {
    Path image = write("noise.png", TestImages.png(TestImages.noise(2000, 1600, 1)));
    Path out = temp.resolve("card.jpg");
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", image.toString(), "-o", out.toString());
    assertThat(run.err).isEmpty();
    assertThat(run.code).isZero();
    long size = Files.size(out);
    BufferedImage card = ImageIO.read(out.toFile());
    assertThat(size).isLessThanOrEqualTo(131072);
    assertThat(card.getWidth() * 4).isEqualTo(card.getHeight() * 5);
    assertThat(run.out).matches(java.util.regex.Pattern.quote(out.toString()) + ": " + size + " bytes, "
        + card.getWidth() + "x" + card.getHeight() + ", JPEG quality \\d+ \\(from 2000x1600, decoded at 1/2\\)\n");
  }

  @Test
  void maxBytesAndPadAreHonoured() throws IOException {
    Path image = write("tall.png", TestImages.png(TestImages.noise(300, 1200, 2)));
    Path out = temp.resolve("card.jpg");
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", image.toString(), "-o", out.toString(),
        "--max-bytes", "30000", "--fit", "pad");
    assertThat(run.code).isZero();
    assertThat(Files.size(out)).isLessThanOrEqualTo(30000);
    BufferedImage card = ImageIO.read(out.toFile());
    int corner = card.getRGB(1, 1);
    assertThat(Math.min(corner >> 16 & 0xFF, corner & 0xFF)).as("the pad is white").isGreaterThanOrEqualTo(245);
  }

  @Test
  void anUndecodableImageIsAnErrorAndNothingIsWritten() throws IOException {
    byte[] jpeg = TestImages.jpeg(TestImages.noise(400, 300, 3), 90);
    Path image = write("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
    Path out = temp.resolve("card.jpg");
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", image.toString(), "-o", out.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("wxshare thumbnail: " + image + ": the JPEG image is truncated");
    assertThat(run.out).isEmpty();
    try (var files = Files.list(temp)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cut.jpg");
    }
  }

  @Test
  void aMissingImageIsAnErrorNamingIt() {
    Path missing = temp.resolve("missing.png");
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", missing.toString(), "-o", temp.resolve("o.jpg").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).isEqualTo("wxshare thumbnail: " + missing + ": no such file\n");
  }

  @Test
  void anExistingOutputIsReplacedWholeOrLeftAlone() throws IOException {
    Path out = write("card.jpg", new byte[] {1, 2, 3});
    Path bad = write("bad.png", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8});
    assertThat(CheckCommandTest.run("thumbnail", bad.toString(), "-o", out.toString()).code).isEqualTo(2);
    assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3);
    Path good = write("good.png", TestImages.png(TestImages.gradient(500, 400)));
    assertThat(CheckCommandTest.run("thumbnail", good.toString(), "-o", out.toString()).code).isZero();
    assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(500);
    try (var files = Files.list(temp)) {
      assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }
  }

  @Test
  void anOutputInAMissingDirectoryIsAnError() throws IOException {
    Path good = write("good.png", TestImages.png(TestImages.gradient(50, 40)));
    Path out = temp.resolve("no/such/dir/card.jpg");
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", good.toString(), "-o", out.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).isEqualTo("wxshare thumbnail: cannot write " + out + ": its directory does not exist\n");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path good = write("good.png", TestImages.png(TestImages.gradient(50, 40)));
    CheckCommandTest.Run noOutput = CheckCommandTest.run("thumbnail", good.toString());
    assertThat(noOutput.code).isEqualTo(2);
    assertThat(noOutput.err).contains("Missing required option: '--output=OUT.jpg'");
    CheckCommandTest.Run tooMany = CheckCommandTest.run("thumbnail", good.toString(), "-o", "x.jpg", "--max-bytes", "131073");
    assertThat(tooMany.code).isEqualTo(2);
    assertThat(tooMany.err).isEqualTo("wxshare thumbnail: --max-bytes takes 1 to 131072 (the OpenSDK's limit for a "
        + "card image), not 131073.\n");
    CheckCommandTest.Run badFit = CheckCommandTest.run("thumbnail", good.toString(), "-o", "x.jpg", "--fit", "stretch");
    assertThat(badFit.code).isEqualTo(2);
    assertThat(badFit.err).contains("Invalid value for option '--fit'");
  }

  @Test
  void anOutputNotNamedAsAJpegIsRefusedWithTheFix() throws IOException {
    Path good = write("good.png", TestImages.png(TestImages.gradient(50, 40)));
    for (String name : new String[] {"card.png", "card", "card.jpg.webp"}) {
      Path out = temp.resolve(name);
      CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", good.toString(), "-o", out.toString());
      assertThat(run.code).isEqualTo(2);
      String fixed = temp.resolve(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) + ".jpg" : name + ".jpg").toString();
      assertThat(run.err).isEqualTo("wxshare thumbnail: -o " + out + ": the card image is a JPEG, so its name ends in .jpg "
          + "or .jpeg: give one such as -o " + fixed + ".\n");
      assertThat(Files.exists(out)).isFalse();
    }
    assertThat(CheckCommandTest.run("thumbnail", good.toString(), "-o", temp.resolve("CARD.JPEG").toString()).code).isZero();
  }

  @Test
  void anImageThatCannotFitNamesTheOptionNotAJavaName() throws IOException {
    Path noise = write("noise.png", TestImages.png(TestImages.noise(1000, 800, 5)));
    CheckCommandTest.Run run = CheckCommandTest.run("thumbnail", noise.toString(), "-o", temp.resolve("c.jpg").toString(),
        "--max-bytes", "200");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).startsWith("wxshare thumbnail: " + noise + ": the card image does not fit in --max-bytes 200 even at ")
        .contains("raise --max-bytes (up to 131072)").doesNotContain("minWidth").doesNotContain("minQuality")
        .doesNotContain("maxBytes");
  }
}
