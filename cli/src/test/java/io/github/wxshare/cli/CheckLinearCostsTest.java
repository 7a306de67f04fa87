package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.WorstShapes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code wxshare check --max-bytes 100000000} costs time linear in the document's size whatever its
 * shape, reading and reporting every violation: each worst shape of core's table, doubled, takes at
 * most 2.5 times as long.
 */
class CheckLinearCostsTest {
  private static final double BAR = 2.5;
  @TempDir
  static Path dir;

  static Stream<WorstShapes.Shape> shapes() {
    return WorstShapes.all().stream();
  }

  private static Runnable check(Path file) {
    return () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"check", "--max-bytes", "100000000", file.toString()},
          new ByteArrayInputStream(new byte[0]), new PrintStream(out, false, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(code).isEqualTo(1);
    };
  }

  @ParameterizedTest(name = "{0}")
  @Timeout(120) // a cost that grows with the square of the size takes far longer: a failure, not a hang
  @MethodSource("shapes")
  void doublingAShapeAtMostDoublesTheTimeToCheckIt(WorstShapes.Shape shape) throws IOException {
    Path small = Files.write(dir.resolve(shape.name.replace(' ', '-') + "-1.json"), shape.document(shape.units));
    Path large = Files.write(dir.resolve(shape.name.replace(' ', '-') + "-2.json"), shape.document(2 * shape.units));
    double ratio = WorstShapes.ratio(check(small), check(large), BAR);
    System.out.printf("wxshare check, %s: %,d and %,d bytes, %.2fx the time%n", shape, Files.size(small), Files.size(large),
        ratio);
    assertThat(ratio).as("%s, twice the size", shape).isLessThan(BAR);
  }
}
