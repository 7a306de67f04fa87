package io.github.wxshare.jackson.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.ShareRequestSchema;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The cases both Jackson modules must pass, one table for two engines: every conformance vector,
 * the shapes a user's documents take (nested, in a list, as {@code ParsedShareRequest}), and the
 * other value types. A module's test class extends this and supplies its {@link Engine}.
 */
public abstract class MapperCases {
  /** The vectors' own reader: every digit kept, nothing after the value. */
  private static final ObjectMapper VECTORS = JsonMapper.builder()
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

  protected abstract Engine engine();

  /** One test of a vector file, as bytes. */
  static final class Vector {
    final String id;
    final byte[] document;

    Vector(String id, byte[] document) {
      this.id = id;
      this.document = document;
    }
  }

  static List<Vector> vectors() throws Exception {
    List<Vector> out = new ArrayList<>();
    for (String file : ShareRequestSchema.VECTOR_FILES) {
      for (JsonNode group : VECTORS.readTree(ShareRequestSchema.vectors(file))) {
        for (JsonNode test : group.get("tests")) {
          String text = test.has("document") ? test.get("document").asText() : VECTORS.writeValueAsString(test.get("data"));
          out.add(new Vector(file + ": " + group.get("description").asText() + ": " + test.get("description").asText(),
              text.getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  private static List<Tuple> pointersAndCodes(List<Violation> violations) {
    return violations.stream().map(v -> tuple(v.pointer(), v.code())).collect(Collectors.toList());
  }

  @Test
  void everyVectorGetsTheCodecsVerdictPointersAndCodesAndEveryValidOneRoundTripsByteForByte() throws Exception {
    List<Vector> vectors = vectors();
    // Every vector file contributes (the count is json-schema's, stated in its README and checked there).
    assertThat(vectors).extracting(v -> v.id.substring(0, v.id.indexOf(':')))
        .containsAll(ShareRequestSchema.VECTOR_FILES);
    int valid = 0;
    int invalid = 0;
    List<String> refusedByJackson = new ArrayList<>();
    List<String> readPastTrailingContent = new ArrayList<>();
    for (Vector vector : vectors) {
      ParsedShareRequest expected = CODEC.read(vector.document);
      Engine.Outcome got = engine().readRequest(vector.document);
      ParsedShareRequest parsed = engine().readParsed(vector.document);
      if (expected.isValid()) {
        valid++;
        assertThat(got.request).as("%s: %s", vector.id, got).isEqualTo(expected.request());
        assertThat(engine().write(got.request)).as(vector.id).isEqualTo(CODEC.writeBytes(expected.request()));
        assertThat(parsed.request()).as(vector.id).isEqualTo(expected.request());
        continue;
      }
      invalid++;
      if (got.violations != null) {
        assertThat(pointersAndCodes(got.violations)).as(vector.id).isEqualTo(pointersAndCodes(expected.violations()));
        for (Locale locale : LOCALES) {
          assertThat(got.violations).extracting(v -> v.message(locale)).as("%s in %s", vector.id, locale)
              .isEqualTo(expected.violations().stream().map(v -> v.message(locale)).collect(Collectors.toList()));
        }
        assertThat(parsed.violations()).as(vector.id).isEqualTo(got.violations);
        // A mapper reads tokens, not the caller's text: no violation claims a line and column in it.
        assertThat(parsed.violations()).as(vector.id).allMatch(v -> v.line() == 0 && v.column() == 0);
      } else if (got.refused != null) {
        // Not JSON as the mapper reads it: Jackson's own exception, before any value exists. The
        // codec agrees that the document as a whole is not JSON (or is past a parser limit).
        refusedByJackson.add(vector.id);
        assertThat(pointersAndCodes(expected.violations())).as("%s: %s", vector.id, got.refused)
            .containsAnyOf(tuple("", "json.syntax"), tuple("", "json.tooLarge")).hasSize(1);
      } else {
        readPastTrailingContent.add(vector.id);
      }
    }
    System.out.printf("%s: %d vectors, %d valid (written back byte for byte), %d invalid: %d with the module's "
        + "violations, %d refused by Jackson itself, %d read past trailing content%n", engine().name(), vectors.size(),
        valid, invalid, invalid - refusedByJackson.size() - readPastTrailingContent.size(), refusedByJackson.size(),
        readPastTrailingContent.size());
    assertThat(valid).isGreaterThanOrEqualTo(100);
    assertThat(invalid).isGreaterThanOrEqualTo(150);
    // Jackson itself refuses only what is not JSON; every other invalid vector is the module's.
    assertThat(refusedByJackson).as("vectors Jackson itself refuses").isNotEmpty()
        .allMatch(id -> id.startsWith("document: "), "document-level vectors only");
    if (engine().refusesTrailingContent()) {
      assertThat(readPastTrailingContent).isEmpty();
    } else {
      assertThat(readPastTrailingContent).containsExactly(
          "document: text that is not JSON: trailing content after the object",
          "document: text that is not JSON: two objects in one document");
    }
  }

  @Test
  void aRequestInsideTheUsersOwnClassOrAListHasItsPointerInTheWholeDocument() {
    byte[] campaign = ("{\"name\":\"双十一\",\"share\":{\"userName\":\"wx1234567890abcdef\",\"path\":\"pages/a\","
        + "\"imagePath\":\"/a.png\",\"webpageUrl\":\"https://www.qq.com\",\"scene\":1}}").getBytes(StandardCharsets.UTF_8);
    assertThat(pointersAndCodes(engine().readCampaign(campaign).violations)).containsExactly(
        tuple("/share/userName", "userName.appId"), tuple("/share/scene", "scene.unsupported"));
    byte[] list = ("[{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/a\",\"imagePath\":\"/a.png\",\"webpageUrl\":\"https://www.qq.com\"},"
        + "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/a\",\"imagePath\":\"/a.png\",\"WebpageUrl\":\"https://www.qq.com\"}]")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(pointersAndCodes(engine().readList(list).violations)).containsExactly(
        tuple("/1/WebpageUrl", "json.unknownProperty"), tuple("/1/webpageUrl", "webpageUrl.required"));
  }

  @Test
  void aTenMegabyteValueIsTooLargeAndIsNotHeld() {
    StringBuilder big = new StringBuilder("{\"userName\":\"gh_d43f693ca31f\",\"x\":[");
    while (big.length() < 10_000_000) {
      big.append("1,");
    }
    big.append("1]}");
    Engine.Outcome got = engine().readRequest(big.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(pointersAndCodes(got.violations)).containsExactly(tuple("", "json.tooLarge"));
    assertThat(got.violations.get(0).message(Locale.ENGLISH)).contains("65536");
  }

  /**
   * A 10 MB string in {@code share.title}: the module measures it in the parser's own buffer and
   * refuses it, so it costs at most 1.2 times what Jackson alone spends on the same shape with a
   * plain class (measured with the thread's allocation counter, the smallest of five reads each).
   */
  @Test
  void aTenMegabyteStringCostsNoMoreThanJacksonAloneOnAPlainField() throws Exception {
    byte[] document = ("{\"name\":\"n\",\"share\":{\"title\":\"" + "x".repeat(10_000_000) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(pointersAndCodes(engine().readCampaign(document).violations)).containsExactly(tuple("/share", "json.tooLarge"));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long module = Long.MAX_VALUE;
    long plain = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      engine().readCampaign(document);
      long between = threads.getCurrentThreadAllocatedBytes();
      engine().readPlain(document);
      long after = threads.getCurrentThreadAllocatedBytes();
      module = Math.min(module, between - before);
      plain = Math.min(plain, after - between);
    }
    System.out.printf("%s: a 10 MB share.title allocates %,d bytes through the module, %,d with a plain class (%.2fx)%n",
        engine().name(), module, plain, (double) module / plain);
    assertThat((double) module).as("bytes through the module against Jackson alone").isLessThanOrEqualTo(1.2 * plain);
  }

  /**
   * A key of the user's own map holds a forged log line: the exception's message shows it escaped in
   * the mapper's path, with the summary's own lines and the mapper's own line break before {@code at}.
   */
  @Test
  void theExceptionsMessageShowsAHostileKeyOfTheUsersMapEscaped() {
    String key = "a\r\n2026 INFO forged\u001b]0;t\u0007\u202e";
    String message = engine().messageOfInvalidMap(("{\"" + key.replace("\r", "\\r").replace("\n", "\\n")
        .replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\":{\"userName\":\"x\"}}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(message).startsWith("Invalid share request (4 violations):\n  /userName: userName.format:")
        .contains("a\\u000d\\u000a2026 INFO forged\\u001b]0;t\\u0007\\u202e");
    assertThat(message.lines()).hasSize(6).allMatch(line -> line.chars().noneMatch(c -> c < 0x20 || c == 0x202E));
  }

  /** A mapper that allows 5,000 levels: a 1,001-deep extraInfo is the module's exception, never a write limit. */
  @Test
  void aMapperAllowingDeeperNestingGetsTheModulesExceptionForADeepValue() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    byte[] document = ("{\"userName\":\"gh_d43f693ca31f\",\"extraInfo\":{\"a\":" + deep + "}}").getBytes(StandardCharsets.UTF_8);
    Engine.Outcome got = engine().readRequestWithNestingDepth(document, 5000);
    assertThat(got.refused).as("%s", got).isNull();
    assertThat(pointersAndCodes(got.violations)).containsExactly(tuple("", "json.tooLarge"));
    assertThat(got.violations.get(0).message(Locale.ENGLISH)).contains("deeper than the parser allows");
    assertThat(engine().readRequestWithNestingDepth(("{\"extraInfo\":{\"a\":" + "[".repeat(6000) + "]".repeat(6000) + "}}")
        .getBytes(StandardCharsets.UTF_8), 5000).refused).as("past the mapper's own limit: Jackson's exception").isNotNull();
  }

  @Test
  void violationsResultsAndTheEnumsAreWrittenInTheWireForm() throws Exception {
    List<Violation> violations = CODEC.read("{\"userName\":\"wx1234567890abcdef\"}").violations();
    String en = new String(engine().write(violations.get(0), Locale.ENGLISH), StandardCharsets.UTF_8);
    assertThat(en).isEqualTo("{\"pointer\":\"/userName\",\"code\":\"userName.appId\",\"message\":"
        + VECTORS.writeValueAsString(violations.get(0).message(Locale.ENGLISH)) + "}");
    String zh = new String(engine().write(violations, Locale.forLanguageTag("zh-CN")), StandardCharsets.UTF_8);
    assertThat(VECTORS.readTree(zh).get(0).get("message").asText()).isEqualTo(violations.get(0).message(Locale.SIMPLIFIED_CHINESE));
    String tw = new String(engine().write(violations, Locale.forLanguageTag("zh-TW")), StandardCharsets.UTF_8);
    assertThat(VECTORS.readTree(tw).get(0).get("message").asText()).contains("小程式");

    String parsed = new String(engine().write(CODEC.read("[]")), StandardCharsets.UTF_8);
    assertThat(parsed).startsWith("{\"valid\":false,\"violations\":[{\"pointer\":\"\",\"code\":\"json.notObject\",");
    ShareMiniProgramRequest request = CODEC.read(ShareRequestSchemaExamples.MINIMAL).request();
    assertThat(new String(engine().write(CODEC.read(ShareRequestSchemaExamples.MINIMAL)), StandardCharsets.UTF_8))
        .isEqualTo("{\"valid\":true,\"request\":" + CODEC.write(request) + "}");

    assertThat(new String(engine().write(ShareResult.fromResponse(-2, null, "t1")), StandardCharsets.UTF_8))
        .isEqualTo("{\"status\":\"CANCELLED\",\"errCode\":-2,\"transaction\":\"t1\"}");
    assertThat(new String(engine().write(ShareResult.notInstalled()), StandardCharsets.UTF_8))
        .isEqualTo("{\"status\":\"NOT_INSTALLED\"}");
    assertThat(new String(engine().write(List.of(MiniProgramType.PREVIEW, ShareScene.SESSION)), StandardCharsets.UTF_8))
        .isEqualTo("[2,0]");
    assertThat(engine().read("1", MiniProgramType.class)).isEqualTo(MiniProgramType.TEST);
    assertThat(engine().read("0", ShareScene.class)).isEqualTo(ShareScene.SESSION);
    for (String wrong : List.of("3", "\"1\"", "1.0", "\"TEST\"", "-1")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine().read(wrong, MiniProgramType.class))
          .as(wrong).hasMessageContaining("0 (release), 1 (development) or 2 (trial)");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine().read("1", ShareScene.class))
        .hasMessageContaining("a share scene is the number 0");
  }

  @Test
  void aPrettyMapperIndentsTheCanonicalFormAndATokenBufferCarriesItWhole() throws Exception {
    ShareMiniProgramRequest request = CODEC.read(ShareRequestSchemaExamples.FULL).request();
    String pretty = engine().writePretty(request);
    assertThat(pretty).contains("\n");
    assertThat(CODEC.read(pretty).request()).isEqualTo(request);
    assertThat(engine().throughTree(request)).isEqualTo(request);
  }

  @Test
  void nullAsTheWholeDocumentIsNotAnObjectAndNullAsAPropertyIsNull() throws Exception {
    assertThat(pointersAndCodes(engine().readRequest("null".getBytes(StandardCharsets.UTF_8)).violations))
        .containsExactly(tuple("", "json.notObject"));
    assertThat(engine().readParsed("null".getBytes(StandardCharsets.UTF_8)).violations())
        .extracting(Violation::code).containsExactly("json.notObject");
    Engine.Outcome campaign = engine().readCampaign("{\"name\":\"x\",\"share\":null}".getBytes(StandardCharsets.UTF_8));
    assertThat(campaign.refused).isNull();
    assertThat(campaign.violations).isNull();
  }
}
