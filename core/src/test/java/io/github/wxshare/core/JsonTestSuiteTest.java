package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.internal.ReaderAgreement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nst/JSONTestSuite's parsing cases (src/test/resources/JSONTestSuite): every {@code y_} text is
 * read as JSON, every {@code n_} text is refused as {@code json.syntax} or a bound ({@code
 * json.tooLarge}) with a place and a message in each language, every {@code i_} text gets an answer
 * and no exception; and on each of them wxshare's reader agrees with Jackson's in strict mode.
 */
class JsonTestSuiteTest {
  private static final Path SUITE = Paths.get("src/test/resources/JSONTestSuite/test_parsing");
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE};

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(SUITE)) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theWholeSuiteIsThere() throws IOException {
    List<String> names = cases().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    assertThat(names).hasSize(318);
    assertThat(names).filteredOn(n -> n.startsWith("y_")).hasSize(95);
    assertThat(names).filteredOn(n -> n.startsWith("n_")).hasSize(188);
    assertThat(names).filteredOn(n -> n.startsWith("i_")).hasSize(35);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsAnsweredAsTheSuiteSays(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    ParsedShareRequest parsed = CODEC.read(bytes);
    ReaderAgreement.Verdict ours = ReaderAgreement.check(bytes);
    List<String> codes = parsed.violations().stream().map(Violation::code).collect(Collectors.toList());
    if (name.startsWith("y_")) {
      assertThat(ours).as("read by the grammar alone").isNotNull();
      assertThat(ours.accepted).as("%s: %s", name, ours).isTrue();
      assertThat(codes).as(name).doesNotContain("json.syntax", "json.tooLarge");
    } else if (name.startsWith("n_")) {
      assertThat(codes).as(name).hasSize(1).first().isIn("json.syntax", "json.tooLarge");
      Violation v = parsed.violations().get(0);
      assertThat(v.line()).isPositive();
      assertThat(v.column()).isPositive();
      for (Locale language : LANGUAGES) {
        assertThat(v.message(language)).as("%s in %s", name, language).isNotBlank()
            .doesNotContain("{io.github.wxshare.", "{line}", "{column}", "{found}", "{max}");
      }
    } else {
      // RFC 8259 leaves these to the parser: an answer, whichever it is, and never an exception.
      assertThat(parsed.isValid() || !codes.isEmpty()).isTrue();
    }
  }
}
