package io.github.wxshare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.schema.NetworkntSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks are not run by {@code mvn verify}, but what they compare is checked here: that both
 * sides of every comparison do the same job, that the report computes what it says, and that the
 * generated corpus is what {@code whole-process.sh} relies on.
 */
class BenchmarksTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyComparisonGivesBothSidesTheSameInputAndTheSameAnswer() throws IOException {
    BuildBenchmark build = new BuildBenchmark();
    build.setUp(); // SameJob.check throws when the sides disagree
    build.tearDown();
    new ReadBenchmark().setUp();
    new WriteBenchmark().setUp();
    assertThat(Fixtures.VALID_JSON).hasSize(335);
  }

  /**
   * The card-image sides do the same job: the floor repeats ours' decode, draw and final encode, so
   * it gives ours' exact bytes; Thumbnailator's loop ends with a card within the byte cap.
   */
  @Test
  void theCardImageFloorMakesOursBytesAndThumbnailatorsCardFits() throws IOException {
    CardImageBenchmark benchmark = new CardImageBenchmark();
    benchmark.source = "jpeg-12mp";
    PrintStream original = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)); // setup prints a line
    try {
      benchmark.draw();
    } finally {
      System.setOut(original);
    }
    io.github.wxshare.core.image.CardImage ours = benchmark.ours();
    assertThat(benchmark.floor()).isEqualTo(ours.bytes());
    assertThat(benchmark.thumbnailator().length).isLessThanOrEqualTo(io.github.wxshare.core.image.CardImagePolicy.MAX_BYTES);
  }

  @Test
  void reportDividesMediansOfEveryIterationOfEveryFork() throws IOException {
    String json = "[" + result("BuildBenchmark.wxshareValid", "[[100, 300, 9000], [200]]", "[[100, 100, 100, 100]]") + ","
        + result("BuildBenchmark.hibernateValidatorValid", "[[1000, 1000], [1000, 1000]]", "[[1240, 1240, 1240, 1240]]") + ","
        + result("BuildBenchmark.hibernateValidatorNoElValid", "[[500, 500, 500, 500]]", null) + ","
        + result("ReadBenchmark.wxshareValid", "[[150, 150, 150, 150]]", null) + ","
        + result("ReadBenchmark.jacksonBindValid", "[[100, 100, 100, 100]]", null) + "]";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report.print(Report.read(MAPPER.readTree(json)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // Medians 250 (of 100, 200, 300, 9000: the outlier moves a mean, not a median), 1000 and 500.
    assertThat(out).contains("| build(), valid | 250 ns | Hibernate Validator, default (EL) | 1000 ns | wxshare 4.0x faster | 100 | 1,240 |")
        .contains("| build(), valid | 250 ns | Hibernate Validator, no EL | 500 ns | wxshare 2.0x faster | 100 | n/a |")
        .contains("| JSON bytes to request, valid | 150 ns | Jackson binding, no validation (floor) | 100 ns | wxshare takes 1.50x the floor |")
        .contains("| build(), 5 violations | not run |")
        .contains("- build(), valid: at least 5x faster than Hibernate Validator (both configurations): 2.0x, MISSED")
        .contains("- JSON bytes to request: within 1.5x of plain Jackson binding: 1.50x, met")
        .contains("- JSON bytes to request: faster than networknt on the same bytes: ReadBenchmark.networkntValid not run");
  }

  private static String result(String name, String raw, String alloc) {
    return "{\"benchmark\":\"io.github.wxshare.benchmarks." + name + "\",\"forks\":2,"
        + "\"primaryMetric\":{\"score\":0,\"scoreUnit\":\"ns/op\",\"rawData\":" + raw + "},"
        + "\"secondaryMetrics\":{" + (alloc == null ? "" : "\"\u00b7gc.alloc.rate.norm\":{\"score\":0,\"scoreUnit\":\"B/op\",\"rawData\":" + alloc + "}") + "}}";
  }

  @Test
  void corpusIsReproducibleMixedAndJudgedAlikeByTheCodecAndTheSchema(@TempDir Path dir) throws IOException {
    int valid = GenerateCorpus.write(dir.resolve("a"), 400, 7);
    GenerateCorpus.write(dir.resolve("b"), 400, 7);

    List<Path> files = list(dir.resolve("a"));
    assertThat(files).hasSize(400);
    assertThat(files.get(0).getFileName()).hasToString("doc-000000.json");
    assertThat(valid).isBetween(120, 230); // 7 of 16 kinds are valid
    ShareRequestJson codec = ShareRequestJson.create();
    Schema schema = NetworkntSchemas.published();
    int judgedValid = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file.getFileName())));
      ParsedShareRequest parsed = codec.read(bytes);
      boolean schemaValid = schema.validate(MAPPER.readTree(bytes)).isEmpty();
      assertThat(schemaValid).as("%s: the schema and the codec disagree: %s", file, parsed).isEqualTo(parsed.isValid());
      judgedValid += parsed.isValid() ? 1 : 0;
    }
    assertThat(judgedValid).isEqualTo(valid);
    assertThat(list(dir)).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void corpusIsNeverWrittenOverAnExistingDirectory(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("c"));
    assertThatThrownBy(() -> GenerateCorpus.write(dir.resolve("c"), 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
    assertThat(list(dir)).hasSize(1); // no partial directory left behind
  }

  @Test
  void everyKindOfDocumentIsValidExactlyWhenItsKindSaysSo() {
    ShareRequestJson codec = ShareRequestJson.create();
    SplittableRandom random = new SplittableRandom(3);
    for (int kind = 0; kind < GenerateCorpus.KINDS; kind++) {
      for (int i = 0; i < 50; i++) {
        String document = GenerateCorpus.document(kind, random);
        assertThat(codec.read(document).isValid()).as("kind %d: %s", kind, document).isEqualTo(kind < GenerateCorpus.VALID_KINDS);
      }
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().collect(Collectors.toList());
    }
  }
}
