package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.Display;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wxshare check} on a batch whose middle file is arbitrary bytes: the run reports every
 * file, in order, one JSON line each; the file before and after it are still judged valid; the
 * middle one gets the codec's verdict; the exit code is 0 or 1, never a crash; no format prints a
 * control, line-separator or bidi character from the document. The same bytes on
 * standard input get the same verdict. Inputs: {@code CheckFuzzTestInputs/}.
 */
class CheckFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path DIR;
  private static final String BEFORE;
  private static final String AFTER;

  static {
    try {
      DIR = Files.createTempDirectory("wxshare-check-fuzz");
      DIR.toFile().deleteOnExit();
      byte[] minimal = Files.readAllBytes(Paths.get("..", "examples", "minimal.json"));
      BEFORE = Files.write(DIR.resolve("a.json"), minimal).toString();
      AFTER = Files.write(DIR.resolve("c.json"), minimal).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void aBatchGoesOnPastAnyFile(byte[] bytes) throws IOException {
    Path middle = Files.write(DIR.resolve("b.json"), bytes);
    ParsedShareRequest expected = ShareRequestJson.create().read(bytes);

    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", BEFORE, middle.toString(), AFTER);
    assertThat(run.code).isEqualTo(expected.isValid() ? 0 : 1);
    String[] lines = run.out.split("\n", -1);
    assertThat(lines).as("one line per file, then the final newline").hasSize(4);
    assertThat(lines[3]).isEmpty();
    List<JsonNode> reports = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reports.add(MAPPER.readTree(lines[i]));
    }
    assertThat(reports.get(0).get("file").asText()).isEqualTo(BEFORE);
    assertThat(reports.get(0).get("valid").asBoolean()).isTrue();
    assertThat(reports.get(2).get("file").asText()).isEqualTo(AFTER);
    assertThat(reports.get(2).get("valid").asBoolean()).isTrue();
    JsonNode report = reports.get(1);
    assertThat(report.get("file").asText()).isEqualTo(middle.toString());
    assertThat(report.get("valid").asBoolean()).isEqualTo(expected.isValid());
    List<String> codes = new ArrayList<>();
    report.get("violations").forEach(v -> codes.add(v.get("pointer").asText() + " " + v.get("code").asText()));
    List<String> expectedCodes = new ArrayList<>();
    for (Violation v : expected.violations()) {
      expectedCodes.add(v.pointer() + " " + v.code());
    }
    assertThat(codes).isEqualTo(expectedCodes);
    if (expected.isValid()) {
      // What check prints as the request is the canonical form, byte for byte, but for the
      // characters a terminal would act on, written as JSON escapes.
      String line = lines[1];
      String printed = line.substring(line.lastIndexOf(",\"request\":") + 11, line.length() - 1);
      assertThat(printed).isEqualTo(Display.unsafeEscaped(ShareRequestJson.create().write(expected.request())));
    }
    // Nothing in any document reaches the terminal raw: the line breaks are the report's own.
    for (String format : new String[] {"json", "text", "github", "sarif"}) {
      CheckCommandTest.Run any = format.equals("json") ? run
          : CheckCommandTest.run("check", "--format", format, BEFORE, middle.toString(), AFTER);
      assertThat((any.out + any.err).chars().filter(c -> c != '\n' && Display.isUnsafe(c)).count()).as(format).isZero();
    }

    // The text report, and standard input.
    CheckCommandTest.Run text = CheckCommandTest.run(new ByteArrayInputStream(bytes), "check", "-");
    assertThat(text.code).isEqualTo(run.code);
    assertThat(text.out.lines().count()).isEqualTo(expected.isValid() ? 1 : expected.violations().size());
  }
}
