package io.github.wxshare.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/** Shared test data: a valid request and ways to change one field of it. */
final class Fixtures {
  static final String BASE_JSON = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"}";

  private Fixtures() {}

  static ShareMiniProgramRequest.Builder valid() {
    return ShareMiniProgramRequest.builder()
        .userName("gh_d43f693ca31f")
        .path("pages/index/index")
        .imagePath("/pages/thumb.png")
        .webpageUrl("https://www.qq.com");
  }

  /** The base document with {@code field} set to the JSON literal {@code json} (added or replaced). */
  static String withField(String field, String json) {
    String base = BASE_JSON.substring(0, BASE_JSON.length() - 1);
    String key = "\"" + field + "\":";
    int at = base.indexOf(key);
    if (at < 0) {
      return base + "," + key + json + "}";
    }
    int end = base.indexOf(",\"", at + key.length());
    return base.substring(0, at) + key + json + (end < 0 ? "" : base.substring(end)) + "}";
  }

  /** The builder with one field set raw, the way the codec sets it: nothing is checked until build(). */
  static ShareMiniProgramRequest.Builder builderWith(String field, Object value) {
    ShareMiniProgramRequest.Builder b = valid();
    Field f = Field.of(field);
    if (f == null || f.kind == Field.Kind.BOOLEAN_OR_TEXT) {
      throw new IllegalArgumentException(field);
    }
    switch (f.kind) {
      case TEXT:
        b.text(f, (String) value);
        break;
      case FLAG:
        b.flag(f, (Boolean) value);
        break;
      case MAP:
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> map = (java.util.Map<String, String>) value;
        b.extraInfo = map;
        break;
      default:
        b.rawNumber(f, (Integer) value, null);
    }
    return b;
  }

  static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).collect(Collectors.toList());
  }

  /** A file of the repository, found from the module directory Maven runs tests in. */
  static String repoFile(String relative) {
    Path p = Paths.get("..").resolve(relative);
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of {@code options}, at random: how the rule tests build their inputs piece by piece. */
  static String pick(java.util.Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  /** The code {@code build()} gives for {@code field} set to {@code value}, or null when it builds. */
  static String codeOf(String field, String value) {
    try {
      builderWith(field, value).build();
      return null;
    } catch (InvalidShareRequestException e) {
      return e.violations().get(0).code();
    }
  }

  /**
   * Runs {@code rule} and {@code reference} on {@code count} generated values and asserts they give
   * the same code each time; returns how many were valid, so a test can check both sides were reached.
   */
  static int agreeOnGenerated(long seed, int count, java.util.function.Function<java.util.Random, String> generate,
      java.util.function.Function<String, String> rule, java.util.function.Function<String, String> reference) {
    java.util.Random random = new java.util.Random(seed);
    int valid = 0;
    for (int n = 0; n < count; n++) {
      String value = generate.apply(random);
      String expected = reference.apply(value);
      org.assertj.core.api.Assertions.assertThat(rule.apply(value)).as(value).isEqualTo(expected);
      valid += expected == null ? 1 : 0;
    }
    return valid;
  }
}
