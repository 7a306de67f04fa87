package io.github.wxshare.benchmarks;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.core.image.CardImages;
import io.github.wxshare.imageio.ImageIoCardImageCodec;
import io.github.wxshare.imageio.NaiveThumbnail;
import io.github.wxshare.imageio.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Source bytes to card image, all sides on the same bytes in the same run:
 *
 * <ul>
 *   <li>{@code ours}: {@code CardImages.render} with {@code ImageIoCardImageCodec}, the default policy;
 *   <li>{@code floor}: the least any card image of ours costs: one decode at the sub-sampling ours
 *       chose, one draw, one encode at the quality ours found (what is left is the search);
 *   <li>{@code thumbnailator}: Thumbnailator 0.4.21 as a careful user loops it: 800x640 centre
 *       crop, JPEG quality 0.95 and down by 0.05 until the bytes fit 131072 (each try decodes again);
 *   <li>{@code naive}: what the wrappers do: one full decode, quality 85, no byte budget.
 * </ul>
 *
 * The sources are drawn in setup: a 12-megapixel photo-like JPEG (a gradient with grain, quality 92)
 * and a 4000x3000 PNG of random pixels. Setup prints what each side makes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class CardImageBenchmark {
  @Param({"jpeg-12mp", "png-noise-4000x3000"})
  public String source;

  private final ImageIoCardImageCodec codec = new ImageIoCardImageCodec();
  private byte[] data;
  private CardImage card;

  @Setup(Level.Trial)
  public void draw() throws IOException {
    if (source.equals("jpeg-12mp")) {
      data = TestImages.jpeg(TestImages.grainyGradient(4000, 3000, 7), 92);
    } else {
      data = TestImages.png(TestImages.noise(4000, 3000, 42));
    }
    card = CardImages.render(codec, data, source, CardImagePolicy.DEFAULT);
    byte[] naive = NaiveThumbnail.render(data);
    byte[] thumbnailator = thumbnailator();
    System.out.printf("%n[%s] source %d bytes; ours: %s, %d encodings; floor: %d bytes; thumbnailator: %d bytes; "
        + "naive: %d bytes, 800x640, quality 85%s%n", source, data.length, card, card.encodings(), floor().length,
        thumbnailator.length, naive.length, naive.length > CardImagePolicy.MAX_BYTES ? " (OVER the 131072-byte cap)" : "");
  }

  @Benchmark
  public CardImage ours() throws CardImageException {
    return CardImages.render(codec, data, source, CardImagePolicy.DEFAULT);
  }

  @Benchmark
  public byte[] floor() throws CardImageException {
    BufferedImage decoded = codec.decode(data, card.subsample(), source);
    int sourceWidth = card.sourceWidth();
    int sourceHeight = card.sourceHeight();
    double scale = (double) decoded.getWidth() / sourceWidth;
    double regionWidth = Math.min(sourceWidth, sourceHeight * 5.0 / 4);
    double regionHeight = regionWidth * 4 / 5;
    BufferedImage drawn = codec.draw(decoded, 1, (sourceWidth - regionWidth) / 2 * scale,
        (sourceHeight - regionHeight) / 2 * scale, regionWidth * scale, regionHeight * scale, card.width(), card.height());
    return codec.encodeJpeg(drawn, card.quality());
  }

  @Benchmark
  public byte[] thumbnailator() throws IOException {
    byte[] out = null;
    for (int q = 95; q >= 5; q -= 5) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
      Thumbnails.of(new ByteArrayInputStream(data)).size(800, 640).crop(Positions.CENTER).outputFormat("jpg")
          .outputQuality(q / 100f).toOutputStream(bytes);
      out = bytes.toByteArray();
      if (out.length <= CardImagePolicy.MAX_BYTES) {
        break;
      }
    }
    return out;
  }

  @Benchmark
  public byte[] naive() throws IOException {
    return NaiveThumbnail.render(data);
  }
}
