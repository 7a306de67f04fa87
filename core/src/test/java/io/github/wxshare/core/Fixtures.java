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
  /** A valid {@code thumbDataHash}: cases for one field of the pair get the other from here. */
  static final String HASH = "3f0a7c1e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a";
  /** A valid {@code msgSignature} (standard Base64). */
  static final String SIGNATURE = "c2lnbmVk";

  /** The valid value of {@code field}'s partner, for a case about one field of a pair. */
  static String partnerValue(Field partner) {
    return partner == Field.THUMB_DATA_HASH ? HASH : SIGNATURE;
  }

  static String withField(String field, String json) {
    Field f = Field.of(field);
    Field partner = f == null ? null : f.partnerField();
    if (partner != null) {
      return withOneField(partner.key, "\"" + partnerValue(partner) + "\"", field, json);
    }
    return withOneField(field, json);
  }

  private static String withOneField(String first, String firstJson, String field, String json) {
    String doc = withOneField(first, firstJson);
    return doc.substring(0, doc.length() - 1) + ",\"" + field + "\":" + json + "}";
  }

  private static String withOneField(String field, String json) {
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
        Field partner = f.partnerField();
        if (partner != null) {
          b.text(partner, partnerValue(partner));
        }
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
