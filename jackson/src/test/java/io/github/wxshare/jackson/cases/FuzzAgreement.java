package io.github.wxshare.jackson.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The property both modules' fuzz targets check on any bytes: the mapper and {@code ShareRequestJson}
 * give the same verdict, pointers and codes, and nothing escapes but the module's exception and
 * Jackson's own for input that is not JSON, from a plain mapper and from one that allows 5,000
 * levels of nesting (the second security review found an {@code UncheckedIOException} there).
 */
public final class FuzzAgreement {
  private static final ShareRequestJson CODEC = ShareRequestJson.create();

  private FuzzAgreement() {}

  /**
   * Checks {@code bytes} through {@code engine}. Bytes that are not well-formed UTF-8 (or start like
   * UTF-16 or UTF-32) are the mapper's to decode, not the contract's: those are read, and must not
   * escape with anything else, but their verdict is not compared.
   */
  public static void check(Engine engine, byte[] bytes) throws Exception {
    Engine.Outcome got = engine.readRequest(bytes); // throws for any other exception: a finding
    Engine.Outcome deep = engine.readRequestWithNestingDepth(bytes, 5000); // likewise
    if (got.violations != null && deep.violations != null) {
      assertThat(deep.violations).extracting(Violation::code).isEqualTo(
          got.violations.stream().map(Violation::code).collect(Collectors.toList()));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean utf8 = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)
        && !(bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0));
    if (!utf8) {
      return;
    }
    ParsedShareRequest expected = CODEC.read(bytes);
    if (expected.isValid()) {
      assertThat(got.request).as("%s", got).isEqualTo(expected.request());
      assertThat(engine.write(got.request)).isEqualTo(CODEC.writeBytes(expected.request()));
    } else if (got.violations != null) {
      assertThat(got.violations.stream().map(v -> tuple(v.pointer(), v.code())).collect(Collectors.toList()))
          .isEqualTo(expected.violations().stream().map(v -> tuple(v.pointer(), v.code())).collect(Collectors.toList()));
      assertThat(engine.readParsed(bytes).violations()).isEqualTo(got.violations);
    } else {
      assertThat(got.request).as("the mapper read what the codec refuses: %s", expected.violations()).isNull();
      assertThat(expected.violations()).extracting(Violation::pointer).containsExactly("");
      assertThat(expected.violations()).extracting(Violation::code).containsAnyOf("json.syntax", "json.tooLarge");
    }
  }
}
