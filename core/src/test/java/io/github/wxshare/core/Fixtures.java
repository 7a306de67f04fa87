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
    switch (field) {
      case "userName": b.userName = (String) value; break;
      case "path": b.path = (String) value; break;
      case "title": b.title = (String) value; break;
      case "description": b.description = (String) value; break;
      case "imagePath": b.imagePath = (String) value; break;
      case "webpageUrl": b.webpageUrl = (String) value; break;
      case "miniprogramType": b.rawNumbers((Integer) value, null, 0, null); break;
      case "scene": b.rawNumbers(0, null, (Integer) value, null); break;
      default: throw new IllegalArgumentException(field);
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
}
