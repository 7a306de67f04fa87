package io.github.wxshare.core;

import static io.github.wxshare.core.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareRequestJsonTest {
  private static final ShareRequestJson JSON = ShareRequestJson.create();

  static Stream<RuleCases.Case> allCases() {
    return RuleCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void codecJudgesEveryCaseOfTheTable(RuleCases.Case c) {
    ParsedShareRequest parsed = JSON.read(Fixtures.withField(c.field, c.json));
    if (c.code == null) {
      assertThat(parsed.violations()).as("%s", c).isEmpty();
      assertThat(parsed.isValid()).isTrue();
    } else {
      assertThat(parsed.violations()).as("%s", c).extracting(Violation::pointer, Violation::code)
          .containsExactly(tuple("/" + c.field, c.code));
      assertThat(parsed.isValid()).isFalse();
    }
  }

  @Test
  void theDonutExampleAsWrittenHasExactlyFourViolations() {
    ParsedShareRequest parsed = JSON.read(Fixtures.repoFile("examples/donut-shareMiniProgramMessage.json"));
    assertThat(parsed.violations()).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/WebpageUrl", "json.unknownProperty"),
        tuple("/MiniprogramType", "json.unknownProperty"),
        tuple("/userName", "userName.format"),
        tuple("/webpageUrl", "webpageUrl.required"));
    assertThat(parsed.violations().get(0).message(Locale.ROOT))
        .isEqualTo("Unknown key \"WebpageUrl\": did you mean webpageUrl? Keys are case-sensitive and spelled exactly so.");
    assertThat(parsed.violations().get(1).message(Locale.ROOT)).contains("did you mean miniprogramType?");
    assertThat(parsed.violations().get(1).message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("未知的键 \"MiniprogramType\"：您是不是想写 miniprogramType？键区分大小写，必须完全按此拼写。");
  }

  @Test
  void theCordovaExampleAsWrittenIsValid() {
    ParsedShareRequest parsed = JSON.read(Fixtures.repoFile("examples/cordova-shareMiniProgram.json"));
    assertThat(parsed.violations()).isEmpty();
    ShareMiniProgramRequest r = parsed.request();
    assertThat(r.userName()).isEqualTo("gh_67210fc11b59");
    assertThat(r.title()).isEqualTo("XX小程序");
    assertThat(r.withShareTicket()).isTrue();
    assertThat(r.scene()).isEqualTo(ShareScene.SESSION);
  }

  @Test
  void missingRequiredKeysAreRequired() {
    assertThat(codes(JSON.read("{}").violations()))
        .containsExactly("userName.required", "path.required", "imagePath.required", "webpageUrl.required");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "{", "{\"userName\":}", "{\"userName\":\"gh_d43f693ca31f\",}", "{'userName':'x'}",
      "{\"a\":1} // comment", "/* c */ {}", "{\"a\":NaN}", "{} x", "{}{}", "[1,2", "{\"a\":\"unterminated}",
      "{\"a\":\"\u0001\"}", "{\"a\":01}"
  })
  void textThatIsNotJsonIsASyntaxErrorWithItsPlace(String text) {
    List<Violation> v = JSON.read(text).violations();
    assertThat(v).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.syntax"));
    assertThat(v.get(0).line()).isPositive();
    assertThat(v.get(0).column()).isPositive();
    assertThat(v.get(0).message(Locale.ROOT)).doesNotContain("[Source").doesNotContain("(code ").doesNotContain("Feature '")
        .startsWith("Not valid JSON at line " + v.get(0).line() + ", column " + v.get(0).column() + ": ")
        .doesNotContain("cannot be read as JSON from here on"); // every case has words of its own
    assertThat(v.get(0).message(Locale.SIMPLIFIED_CHINESE)).startsWith("不是有效的 JSON（第 " + v.get(0).line() + " 行第 "
        + v.get(0).column() + " 列）：").doesNotContain("： ").doesNotContain("。 ");
  }

  @Test
  void invalidUtf8IsASyntaxError() {
    byte[] bytes = "{\"title\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(codes(JSON.read(bytes).violations())).containsExactly("json.syntax");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"userName\":\"gh_d43f693ca31f\"}]", "\"gh_d43f693ca31f\"", "1", "null", "true"})
  void jsonThatIsNotAnObjectIsNotObject(String text) {
    List<Violation> v = JSON.read(text).violations();
    assertThat(v).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.notObject"));
    assertThat(v.get(0).message(Locale.ROOT)).startsWith("A share request is a JSON object").contains("Got ");
  }

  @Test
  void documentsOverTheBoundAreTooLargeAndTheBoundItselfIsFine() {
    String atBound = padTo(ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES);
    assertThat(atBound.getBytes(StandardCharsets.UTF_8)).hasSize(65536);
    assertThat(JSON.read(atBound).isValid()).isTrue();
    String over = padTo(65537);
    for (ParsedShareRequest p : List.of(JSON.read(over), JSON.read(over.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(p.violations()).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.tooLarge"));
      assertThat(p.violations().get(0).message(Locale.ROOT)).startsWith("The document is larger than 65536 bytes");
    }
  }

  @Test
  void theBoundCountsUtf8BytesNotCharacters() {
    ShareRequestJson small = ShareRequestJson.withMaxDocumentBytes(200);
    String doc = Fixtures.withField("title", RuleCases.quote("中".repeat(30)));
    assertThat(doc.length()).isLessThan(200);
    assertThat(doc.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(200);
    assertThat(codes(small.read(doc).violations())).containsExactly("json.tooLarge");
    assertThat(small.maxDocumentBytes()).isEqualTo(200);
    assertThatThrownBy(() -> ShareRequestJson.withMaxDocumentBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShareRequestJson.withMaxDocumentBytes(Integer.MAX_VALUE))
        .hasMessage("maxDocumentBytes must be between 1 and 1073741824 (1 GiB), was 2147483647");
    assertThat(ShareRequestJson.withMaxDocumentBytes(ShareRequestJson.MAX_DOCUMENT_BYTES_LIMIT)
        .read(Fixtures.BASE_JSON).isValid()).isTrue();
  }

  @Test
  void aStreamIsNotReadPastTheBound() throws IOException {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return ' ';
      }
    };
    ShareRequestJson codec = ShareRequestJson.withMaxDocumentBytes(1000);
    assertThat(codes(codec.read(endless).violations())).containsExactly("json.tooLarge");
    assertThat(served[0]).isEqualTo(1001);
  }

  @Test
  void deepNestingIsReportedNotThrown() {
    String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    List<Violation> v = JSON.read(deep).violations();
    assertThat(codes(v)).containsExactly("json.tooLarge");
    assertThat(v.get(0).message(Locale.ROOT)).isEqualTo("The document nests objects or arrays deeper than the parser "
        + "allows: a share request is one flat JSON object.");
  }

  @Test
  void stringBytesStreamAndReaderAgree() throws IOException {
    String doc = Fixtures.repoFile("examples/full.json");
    ParsedShareRequest fromString = JSON.read(doc);
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(fromString.isValid()).isTrue();
    assertThat(JSON.read(bytes).request()).isEqualTo(fromString.request());
    assertThat(JSON.read(new ByteArrayInputStream(bytes)).request()).isEqualTo(fromString.request());
    assertThat(JSON.read(new StringReader(doc)).request()).isEqualTo(fromString.request());
    String bad = Fixtures.repoFile("examples/donut-shareMiniProgramMessage.json");
    assertThat(JSON.read(new StringReader(bad)).violations()).isEqualTo(JSON.read(bad).violations());
    assertThat(JSON.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))).violations())
        .isEqualTo(JSON.read(bad).violations());
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertThat(JSON.read("\uFEFF" + Fixtures.BASE_JSON).isValid()).isTrue();
    byte[] bytes = ("\uFEFF" + Fixtures.BASE_JSON).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(bytes).isValid()).isTrue();
  }

  /** Found by fuzzing: Jackson read these bytes as UTF-32 and accepted a document Ajv refuses. */
  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE", "UTF-32"})
  void utf16AndUtf32AreNotUtf8AndAreSyntaxErrors(String charset) {
    byte[] bytes = Fixtures.BASE_JSON.getBytes(java.nio.charset.Charset.forName(charset));
    ParsedShareRequest parsed = JSON.read(bytes);
    assertThat(parsed.violations()).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.syntax"));
    assertThat(parsed.violations().get(0).message(Locale.ROOT)).isEqualTo("Not valid JSON at line 1, column 1: the "
        + "document is not UTF-8 (its first bytes read as UTF-16 or UTF-32): save it as UTF-8.");
    assertThat(JSON.read(new byte[] {0, 0, 0, '{', 0, 0, 0, '}'}).violations()).extracting(Violation::code)
        .containsExactly("json.syntax");
  }

  /**
   * Found by fuzzing the codec against the JSON Schema: Jackson decoded ill-formed UTF-8 instead of
   * refusing it, so an overlong {@code E0 80 AF} became {@code /} in a path that no UTF-8 reader sees.
   */
  @ParameterizedTest
  @ValueSource(strings = {"E080AF", "C0AF", "EDA080", "F4908080", "F0849880", "80", "FF", "E4B8"})
  void illFormedUtf8IsASyntaxErrorNamingTheByte(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    String head = "{\"userName\":\"gh_d43f693ca31f\",\n\"path\":\"pages/";
    byte[] doc = concat(head.getBytes(StandardCharsets.UTF_8), bad,
        "index\",\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"}".getBytes(StandardCharsets.UTF_8));
    ParsedShareRequest parsed = JSON.read(doc);
    assertThat(parsed.violations()).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.syntax"));
    assertThat(parsed.violations().get(0).message(Locale.ROOT)).isEqualTo(String.format(Locale.ROOT,
        "Not valid JSON at line 2, column 15: the byte at offset %d (0x%s) is not well-formed UTF-8 (an invalid, overlong, "
            + "surrogate or cut-off sequence): save the document as UTF-8.", head.length(), hex.substring(0, 2)));
    assertThat(parsed.violations().get(0).line()).isEqualTo(2);
    assertThat(parsed.violations().get(0).column()).isEqualTo(15);
  }

  @Test
  void wellFormedUtf8OfEveryLengthIsRead() {
    String doc = Fixtures.withField("title", "\"aé中\ud83d\ude00߿￿\udbff\udfff\"");
    assertThat(JSON.read(doc.getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
  }

  @Test
  void theUtf8CheckAgreesWithTheJdkDecoderOnRandomBytes() {
    java.util.Random random = new java.util.Random(8);
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[random.nextInt(6)];
      for (int i = 0; i < b.length; i++) {
        // Mostly high bytes, where the sequences are.
        b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(128) : 0x80 + random.nextInt(128));
      }
      boolean jdk;
      try {
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
        jdk = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdk = false;
      }
      assertThat(io.github.wxshare.core.internal.Utf8.malformedAt(b) < 0).as(java.util.HexFormat.of().formatHex(b))
          .isEqualTo(jdk);
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aFailingStreamFailsWithItsOwnIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    assertThatThrownBy(() -> JSON.read(broken)).isInstanceOf(IOException.class).hasMessage("disk on fire");
  }

  @Test
  void unknownKeysNameTheRightKeyIgnoringCaseAndSeparators() {
    String doc = Fixtures.withField("miniProgramType", "1");
    doc = doc.replace("}", ",\"image_path\":\"x\",\"WEBPAGE-URL\":\"x\",\"usrName\":\"x\",\"colour\":\"red\"}");
    List<Violation> v = JSON.read(doc).violations();
    assertThat(v).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/miniProgramType", "json.unknownProperty"),
        tuple("/image_path", "json.unknownProperty"),
        tuple("/WEBPAGE-URL", "json.unknownProperty"),
        tuple("/usrName", "json.unknownProperty"),
        tuple("/colour", "json.unknownProperty"));
    assertThat(v.get(0).message(Locale.ROOT)).contains("did you mean miniprogramType?");
    assertThat(v.get(1).message(Locale.ROOT)).contains("did you mean imagePath?");
    assertThat(v.get(2).message(Locale.ROOT)).contains("did you mean webpageUrl?");
    assertThat(v.get(3).message(Locale.ROOT)).contains("did you mean userName?");
    assertThat(v.get(4).message(Locale.ROOT)).isEqualTo("Unknown key \"colour\": a share request has only the keys "
        + "userName, path, title, description, imagePath, webpageUrl, withShareTicket, miniprogramType, scene, disableForward, isUpdatableMessage, isSecretMessage, extraInfo, thumbDataHash and msgSignature.");
  }

  @Test
  void pointersEscapeSlashAndTilde() {
    List<Violation> v = JSON.read(Fixtures.withField("a/b~c", "1")).violations();
    assertThat(v).extracting(Violation::pointer).containsExactly("/a~1b~0c");
  }

  @Test
  void aKeyGivenTwiceIsADuplicateAndNothingElseIsSaidOfIt() {
    String doc = "{\"userName\":\"gh_d43f693ca31f\",\"userName\":\"wx1234567890abcdef\",\"userName\":1,"
        + "\"path\":\"pages/a\",\"imagePath\":\"/a.png\",\"webpageUrl\":\"https://a.example\",\"x\":1,\"x\":2,\"x\":3}";
    assertThat(JSON.read(doc).violations()).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/x", "json.unknownProperty"),
        tuple("/userName", "json.duplicateKey"),
        tuple("/x", "json.duplicateKey"));
  }

  @Test
  void everyViolationOfADocumentComesAtOnceInContractOrder() {
    List<Violation> v = JSON.read(Fixtures.repoFile("examples/common-mistakes.json")).violations();
    assertThat(v).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/miniProgramType", "json.unknownProperty"),
        tuple("/withShareTicket", "withShareTicket.type"),
        tuple("/miniprogramType", "miniprogramType.type"),
        tuple("/userName", "userName.appId"),
        tuple("/path", "path.url"),
        tuple("/imagePath", "imagePath.remote"),
        tuple("/webpageUrl", "webpageUrl.format"),
        tuple("/scene", "scene.unsupported"));
  }

  @Test
  void typeErrorsSayWhatCameInstead() {
    List<Violation> v = JSON.read(Fixtures.withField("miniprogramType", "1.5")).violations();
    assertThat(v.get(0).message(Locale.ROOT)).isEqualTo("Expected an integer (a fraction is never rounded). Got the number 1.5.");
    v = JSON.read(Fixtures.withField("userName", "[1]")).violations();
    assertThat(v.get(0).message(Locale.ROOT)).isEqualTo("Expected a string. Got an array.");
    v = JSON.read(Fixtures.withField("withShareTicket", "\"yes\"")).violations();
    assertThat(v.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("此处应为 true 或 false（或字符串 \"true\"、\"false\"）。实际为字符串 \"yes\"。");
  }

  @Test
  void hugeNumbersKeepTheirTextInMessages() {
    List<Violation> v = JSON.read(Fixtures.withField("scene", "1e20")).violations();
    assertThat(v).extracting(Violation::code).containsExactly("scene.unsupported");
    assertThat(v.get(0).message(Locale.ROOT)).startsWith("Scene 1e20 is not supported");
  }

  /** Found by fuzzing: Jackson threw NumberFormatException out of read() on these exponents. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "1e99999999999, miniprogramType.range", "-1E+99999999999, miniprogramType.range",
      "2.5e-99999999999, miniprogramType.type", "0e-99999999999, ", "0.0E99999999999, "})
  void exponentsNoBigDecimalHoldsAreJudgedNotThrown(String number, String code) {
    ParsedShareRequest parsed = JSON.read(Fixtures.withField("miniprogramType", number).getBytes(StandardCharsets.UTF_8));
    if (code == null) {
      assertThat(parsed.violations()).isEmpty();
      assertThat(parsed.request().miniprogramType()).isEqualTo(MiniProgramType.RELEASE);
    } else {
      assertThat(parsed.violations()).extracting(Violation::code).containsExactly(code);
      assertThat(parsed.violations().get(0).message(Locale.ROOT)).contains(number);
    }
  }

  @Test
  void writeGivesTheCanonicalForm() {
    ShareMiniProgramRequest r = JSON.read(Fixtures.repoFile("examples/full.json")).request();
    assertThat(JSON.write(r)).isEqualTo("{\"userName\":\"gh_d43f693ca31f\",\"path\":\"/pages/detail/detail?id=7&q=中文\","
        + "\"title\":\"限时特惠 🎁 Limited offer\",\"description\":\"打开小程序查看详情 / Open the Mini Program for details\","
        + "\"imagePath\":\"wxfile://tmp_2b7d1c0e.jpg\",\"webpageUrl\":\"https://www.qq.com/detail?id=7\","
        + "\"withShareTicket\":true,\"miniprogramType\":2,\"scene\":0}");
    assertThat(JSON.write(Fixtures.valid().build())).isEqualTo("{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
        + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\",\"withShareTicket\":false,"
        + "\"miniprogramType\":0,\"scene\":0}");
    assertThat(new String(JSON.writeBytes(r), StandardCharsets.UTF_8)).isEqualTo(JSON.write(r));
  }

  static Stream<ShareMiniProgramRequest> requests() {
    return Stream.of(
        Fixtures.valid().build(),
        Fixtures.valid().title("").description("  ").build(),
        Fixtures.valid().title("\"quoted\" \\ back\u2028slash 😀").withShareTicket(true).build(),
        Fixtures.valid().path("?q=" + "中".repeat(10000)).miniprogramType(MiniProgramType.TEST).build(),
        Fixtures.valid().description("d".repeat(1024)).miniprogramType(MiniProgramType.PREVIEW).build());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void readingTheCanonicalFormBackGivesAnEqualRequest(ShareMiniProgramRequest r) {
    assertThat(JSON.read(JSON.write(r)).request()).isEqualTo(r);
    assertThat(JSON.read(JSON.writeBytes(r)).request()).isEqualTo(r);
  }

  @Test
  void requestOfAnInvalidDocumentThrowsWithEveryViolation() {
    ParsedShareRequest parsed = JSON.read("{}");
    assertThatThrownBy(parsed::request).isInstanceOf(InvalidShareRequestException.class)
        .hasMessageStartingWith("Invalid share request (4 violations):");
  }

  @Test
  void oneCodecSharedByManyThreadsGivesEveryThreadTheSameAnswers() throws Exception {
    List<String> docs = new java.util.ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      docs.add(Fixtures.withField(c.field, c.json));
    }
    List<List<Violation>> expected = new java.util.ArrayList<>();
    for (String doc : docs) {
      expected.add(JSON.read(doc).violations());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          int checked = 0;
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < docs.size(); i++) {
              int k = (i + offset * 17) % docs.size();
              assertThat(JSON.read(docs.get(k)).violations()).isEqualTo(expected.get(k));
              checked++;
            }
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : futures) {
        assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(20 * docs.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String padTo(int bytes) {
    String doc = Fixtures.BASE_JSON;
    return doc.substring(0, doc.length() - 1) + " ".repeat(bytes - doc.length()) + "}";
  }
}
