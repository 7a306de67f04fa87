package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The codec on arbitrary bytes: a request or a list of violations, never another exception, and
 * the same answer whichever way the bytes arrive. The committed inputs in {@code
 * ShareRequestJsonFuzzTestInputs/} run in every build; {@code -P fuzz} mutates them (CONTRIBUTING).
 */
class ShareRequestJsonFuzzTest {
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  /** A bound small enough for the fuzzer to reach both sides of it. */
  private static final ShareRequestJson SMALL = ShareRequestJson.withMaxDocumentBytes(200);

  @FuzzTest(maxDuration = "2m")
  void anyBytesAreARequestOrViolations(byte[] bytes) throws IOException {
    ParsedShareRequest parsed = CODEC.read(bytes);
    FuzzChecks.checkParsed(parsed, CODEC);

    ParsedShareRequest streamed = CODEC.read(new ByteArrayInputStream(bytes));
    assertThat(streamed.violations()).as("from a stream").isEqualTo(parsed.violations());
    assertThat(FuzzChecks.requestOrNull(streamed)).isEqualTo(FuzzChecks.requestOrNull(parsed));

    ParsedShareRequest small = SMALL.read(bytes);
    if (bytes.length > 200) {
      assertThat(small.violations()).extracting(Violation::code).containsExactly("json.tooLarge");
    } else {
      assertThat(small.violations()).isEqualTo(parsed.violations());
    }

    // The same text as characters, where the bytes are UTF-8 that decodes losslessly.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      ParsedShareRequest fromText = CODEC.read(text);
      assertThat(fromText.isValid()).as("from a String").isEqualTo(parsed.isValid());
      assertThat(FuzzChecks.requestOrNull(fromText)).isEqualTo(FuzzChecks.requestOrNull(parsed));
      assertThat(CODEC.read(new StringReader(text)).violations()).isEqualTo(fromText.violations());
      if (!text.contains("\n") && !text.contains("\r")) {
        // Positions in json.syntax messages count bytes from bytes and characters from text; the
        // codes and pointers are the same either way.
        assertThat(fromText.violations()).extracting(Violation::pointer, Violation::code)
            .isEqualTo(parsed.violations().stream()
                .map(v -> org.assertj.core.groups.Tuple.tuple(v.pointer(), v.code())).toList());
      }
    }
  }
}
