package io.github.wxshare.benchmarks;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.core.image.CardImages;
import io.github.wxshare.imageio.ImageIoCardImageCodec;
import io.github.wxshare.imageio.NaiveThumbnail;
import io.github.wxshare.imageio.TestImages;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Source bytes to card image: the card-image search ({@code ours}) against the naive approach
 * (full decode, scale to 800x640, JPEG quality 85), on the same bytes in the same run. The sources
 * are drawn in setup: a 12-megapixel photo-like JPEG (a gradient with grain, quality 92) and an
 * 8000x6000 PNG of random pixels. Setup prints the size and quality each side reaches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class CardImageBenchmark {
  @Param({"jpeg-12mp", "png-noise-8000x6000"})
  public String source;

  private final ImageIoCardImageCodec codec = new ImageIoCardImageCodec();
  private byte[] data;

  @Setup(Level.Trial)
  public void draw() throws IOException {
    if (source.equals("jpeg-12mp")) {
      data = TestImages.jpeg(TestImages.grainyGradient(4000, 3000, 7), 92);
    } else {
      data = TestImages.png(TestImages.noise(8000, 6000, 42));
    }
    CardImage ours = CardImages.render(codec, data, source, CardImagePolicy.DEFAULT);
    byte[] naive = NaiveThumbnail.render(data);
    System.out.printf("%n[%s] source %d bytes; ours: %s, %d encodings; naive: %d bytes, 800x640, quality 85%s%n",
        source, data.length, ours, ours.encodings(), naive.length,
        naive.length > CardImagePolicy.MAX_BYTES ? " (OVER the 131072-byte cap)" : "");
  }

  @Benchmark
  public CardImage ours() throws CardImageException {
    return CardImages.render(codec, data, source, CardImagePolicy.DEFAULT);
  }

  @Benchmark
  public byte[] naive() throws IOException {
    return NaiveThumbnail.render(data);
  }
}
