package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading costs time linear in the document's size whatever its shape, up to the 1 GiB bound: each
 * worst shape, doubled, takes at most 2.5 times as long (a quadratic cost takes 4 times). A generous
 * ratio, not a time: the figures themselves come from the benchmarks.
 */
class LinearCostsTest {
  private static final double BAR = 2.5;
  private static final ShareRequestJson CODEC = ShareRequestJson.withMaxDocumentBytes(100_000_000);

  static Stream<WorstShapes.Shape> shapes() {
    return WorstShapes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @Timeout(120) // a cost that grows with the square of the size takes far longer: a failure, not a hang
  @MethodSource("shapes")
  void doublingAShapeAtMostDoublesTheTimeToReadIt(WorstShapes.Shape shape) {
    byte[] small = shape.document(shape.units);
    byte[] large = shape.document(2 * shape.units);
    assertThat(CODEC.read(small).isValid()).isFalse();
    double ratio = WorstShapes.ratio(() -> CODEC.read(small).violations().forEach(v -> v.message(java.util.Locale.ROOT)),
        () -> CODEC.read(large).violations().forEach(v -> v.message(java.util.Locale.ROOT)), BAR);
    System.out.printf("%s: %,d and %,d bytes, %.2fx the time%n", shape, small.length, large.length, ratio);
    assertThat(ratio).as("%s, twice the size", shape).isLessThan(BAR);
  }
}
