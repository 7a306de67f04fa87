package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.cli.Main;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.spring.mvc.BodyBytesCounted;
import io.github.wxshare.spring.mvc.RawHttp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Boot 4 app on 127.0.0.1, a random port, with only the starter added, spoken to over HTTP
 * as a client would: what the issue measured as {@code {}}, {@code [{},{}]}, 500 and English.
 */
@SpringBootTest(classes = {ShareApp.class, BodyBytesCounted.Registered.class, StarterOverHttpTest.ReadsItself.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class StarterOverHttpTest {
  static final Path EXAMPLES = Paths.get(System.getProperty("basedir", ".")).resolve("../examples").normalize();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A handler that reads a request with Boot's own mapper, as code that takes JSON from elsewhere does. */
  @org.springframework.web.bind.annotation.RestController
  static class ReadsItself {
    private final JsonMapper mapper;

    ReadsItself(JsonMapper mapper) {
      this.mapper = mapper;
    }

    @org.springframework.web.bind.annotation.PostMapping("/reads-itself")
    String read(@org.springframework.web.bind.annotation.RequestBody String body) {
      return mapper.readValue(body, io.github.wxshare.core.ShareMiniProgramRequest.class).path();
    }
  }

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> get(String path, String language) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return CLIENT.send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * {@code wxshare check --format json --lang <lang> <file>}: the file's violations as the CLI prints
   * them, without the line and column that only check adds (a problem points into the body by pointer).
   */
  private static JsonNode check(Path file, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"check", "--format", "json", "--lang", lang, file.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JsonNode violations = JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("violations");
    for (JsonNode v : violations) {
      assertThat(v.get("line").asInt()).isPositive();
      ((tools.jackson.databind.node.ObjectNode) v).remove(java.util.List.of("line", "column"));
    }
    return violations;
  }

  @Test
  void aBuiltRequestIsAnsweredInExactlyItsCanonicalJson() throws Exception {
    HttpResponse<String> r = get("/request", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.body()).isEqualTo(CODEC.write(ShareApp.built()));
  }

  @Test
  void violationsAsAResponseBodyArePointersCodesAndMessagesInTheRequestsLanguage() throws Exception {
    List<io.github.wxshare.core.Violation> expected = CODEC.read(ShareApp.DONUT).violations();
    JsonNode en = JSON.readTree(get("/violations", null).body());
    JsonNode zh = JSON.readTree(get("/violations", "zh-CN,zh;q=0.9").body());
    JsonNode tw = JSON.readTree(get("/violations", "zh-TW").body());
    assertThat(en.size()).isEqualTo(expected.size()).isEqualTo(4);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(en.get(i).get("pointer").asString()).isEqualTo(expected.get(i).pointer());
      assertThat(en.get(i).get("code").asString()).isEqualTo(expected.get(i).code());
      assertThat(en.get(i).get("message").asString()).isEqualTo(expected.get(i).message(java.util.Locale.ENGLISH));
      assertThat(zh.get(i).get("message").asString()).isEqualTo(expected.get(i).message(java.util.Locale.SIMPLIFIED_CHINESE));
      assertThat(tw.get(i).get("message").asString()).isEqualTo(expected.get(i).message(java.util.Locale.TRADITIONAL_CHINESE));
    }
    JsonNode parsed = JSON.readTree(get("/parsed-invalid", "zh-CN").body());
    assertThat(parsed.get("valid").asBoolean()).isFalse();
    assertThat(parsed.get("violations")).isEqualTo(zh);
  }

  @Test
  void everyShippedExampleIsAnsweredAsTheRequestOrAProblemEqualToWxshareCheck() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(6);
    int problems = 0;
    for (Path file : files) {
      byte[] body = Files.readAllBytes(file);
      ParsedShareRequest expected = CODEC.read(body);
      for (String[] language : new String[][] {{null, "en"}, {"zh-CN", "zh"}}) {
        HttpResponse<String> r = post("/share", body, language[0]);
        if (expected.isValid()) {
          assertThat(r.statusCode()).as(file.toString()).isEqualTo(200);
          assertThat(r.body()).isEqualTo(CODEC.write(expected.request()));
          continue;
        }
        problems++;
        assertThat(r.statusCode()).as("%s: %s", file, r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://wxshare.github.io/problems/invalid-share-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo("/share");
        assertThat(problem.get("title").asString()).isEqualTo(language[0] == null ? "Invalid share request" : "分享请求无效");
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("violations")).as("%s in %s", file, language[1]).isEqualTo(check(file, language[1]));
      }
    }
    assertThat(problems).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aTenMegabyteBodyIsTooLargeAndOnlyTheBoundIsRead() throws Exception {
    byte[] body = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    // As curl does: the answer is read while the body is still being sent. (Tomcat answers, then
    // drains at most 2 MB of the rest and closes the connection; java.net.http would report the
    // close as a broken pipe rather than the answer.)
    String answer = RawHttp.postReadingWhileSending(port, "/share", body);
    assertThat(answer).startsWith("HTTP/1.1 400");
    JsonNode v = JSON.readTree(RawHttp.body(answer)).get("violations");
    assertThat(v.size()).isEqualTo(1);
    assertThat(v.get(0).get("code").asString()).isEqualTo("json.tooLarge");
    assertThat(v.get(0).get("pointer").asString()).isEmpty();
    System.out.println("a " + body.length + "-byte body: the app read " + BodyBytesCounted.LAST.get() + " bytes of it");
    // The reader read the bound plus one byte, in 8 KiB steps: nowhere near the 10 MB.
    assertThat(BodyBytesCounted.LAST.get()).isBetween((long) ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES + 1,
        (long) ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES + 8192 * 2);
  }

  /**
   * 6,000 unknown keys in a 64 KiB body: the problem lists the first 100 and counts them all, so
   * the answer is no larger than the question (it listed every one, 1.5 MB, before).
   */
  @Test
  void aBodyOfThousandsOfMistakesGetsAnAnswerNoLargerThanItself() throws Exception {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < 6000; i++) {
      b.append(String.format("\"u%04d\":0,", i));
    }
    b.setLength(b.length() - 1);
    byte[] body = b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isLessThanOrEqualTo(ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES);
    HttpResponse<String> answer = post("/share", body, "zh-CN");
    assertThat(answer.statusCode()).isEqualTo(400);
    int size = answer.body().getBytes(StandardCharsets.UTF_8).length;
    System.out.println("a " + body.length + "-byte body of 6,000 unknown keys: a " + size + "-byte problem document");
    assertThat(size).isLessThanOrEqualTo(64 * 1024);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("violationCount").asInt()).isEqualTo(6004); // and the four required fields
    assertThat(problem.get("violations").size()).isEqualTo(100);
    assertThat(problem.get("detail").asString()).isEqualTo("分享请求有 6004 处错误。");
  }

  @Test
  void aThousandRequestsFromEightThreadsLoseNoAnswer() throws Exception {
    byte[] valid = CODEC.writeBytes(ShareApp.built());
    byte[] invalid = ShareApp.DONUT.getBytes(StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        boolean ok = i % 2 == 0;
        String language = i % 3 == 0 ? "zh-CN" : null;
        answers.add(pool.submit(() -> {
          HttpResponse<String> r = post("/share", ok ? valid : invalid, language);
          return r.statusCode() + " " + r.body();
        }));
      }
      String validAnswer = "200 " + new String(valid, StandardCharsets.UTF_8);
      int i = 0;
      for (Future<String> answer : answers) {
        String got = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (i % 2 == 0) {
          assertThat(got).as("answer %d", i).isEqualTo(validAnswer);
        } else {
          assertThat(got).as("answer %d", i).startsWith("400 ").contains("\"code\":\"json.unknownProperty\"")
              .contains(i % 3 == 0 ? "未知的键" : "Unknown key");
        }
        i++;
      }
      assertThat(i).isEqualTo(1000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRequestInsideTheAppsOwnBodyIsAProblemWithThePointerInTheBody() throws Exception {
    byte[] body = ("{\"name\":\"双十一\",\"share\":" + ShareApp.DONUT + "}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post("/campaign", body, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode v = JSON.readTree(r.body()).get("violations");
    assertThat(v.get(0).get("pointer").asString()).isEqualTo("/share/WebpageUrl");
    assertThat(v.get(3).get("pointer").asString()).isEqualTo("/share/webpageUrl");
    assertThat(v.get(3).get("code").asString()).isEqualTo("webpageUrl.required");
    HttpResponse<String> good = post("/campaign",
        ("{\"name\":\"a\",\"share\":" + CODEC.write(ShareApp.built()) + "}").getBytes(StandardCharsets.UTF_8), null);
    assertThat(good.body()).isEqualTo(CODEC.write(ShareApp.built()));
  }

  @Test
  void aValidBodyWithOurConstraintsGetsLibraryCodesAndOurMessages() throws Exception {
    byte[] body = "{\"miniProgram\":\"wx1234567890abcdef\",\"landingPage\":\"https://example.com/a\"}"
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = post("/form", body, "zh-CN");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode v = JSON.readTree(r.body()).get("violations");
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.get(0).get("code").asString()).isEqualTo("landingPage.url");
    assertThat(v.get(0).get("message").asString()).contains("不是小程序页面路径").doesNotContain("path");
    assertThat(v.get(1).get("code").asString()).isEqualTo("miniProgram.appId");
    assertThat(v.get(1).get("message").asString()).contains("是 AppID");
    assertThat(v.get(2).get("code").asString()).isEqualTo("owner.NotNull");
    // The body is the app's, not a share request: the problem says "request".
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asString()).isEqualTo("https://wxshare.github.io/problems/invalid-request");
    assertThat(problem.get("title").asString()).isEqualTo("请求无效");
    assertThat(problem.get("detail").asString()).isEqualTo("请求有 3 处错误。");
    // A body without any wxshare constraint stays Spring's: a 400, not wxshare's problem.
    HttpResponse<String> plain = post("/plain", "{}".getBytes(StandardCharsets.UTF_8), null);
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).doesNotContain("invalid-share-request");
  }

  @Test
  void anExceptionFromAHandlerIsAProblemAndTheAppsOwnAdviceStillWins() throws Exception {
    HttpResponse<String> r = get("/throws", "zh-TW");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("title").asString()).isEqualTo("分享請求無效");
    assertThat(problem.get("violations").get(0).get("message").asString()).contains("小程式原始 ID");
    assertThat(get("/teapot", null).statusCode()).isEqualTo(418);
    HttpResponse<String> state = get("/state", null);
    assertThat(state.statusCode()).isEqualTo(409);
    assertThat(state.body()).isEqualTo("the app's own: mine");
  }

  @Test
  void anEmptyBodyIsJsonSyntaxUnlessTheHandlerSaysTheBodyIsOptional() throws Exception {
    HttpResponse<String> r = post("/share", new byte[0], null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode v = JSON.readTree(r.body()).get("violations");
    assertThat(v.size()).isEqualTo(1);
    assertThat(v.get(0).get("code").asString()).isEqualTo("json.syntax");
    assertThat(v.get(0).get("message").asString())
        .isEqualTo(CODEC.read(new byte[0]).violations().get(0).message(java.util.Locale.ENGLISH));
    HttpResponse<String> parsed = post("/parsed", new byte[0], null);
    assertThat(parsed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(parsed.body()).get("valid").asBoolean()).isFalse();
    HttpResponse<String> optional = post("/empty-allowed", new byte[0], null);
    assertThat(optional.statusCode()).isEqualTo(200);
    assertThat(optional.body()).isEqualTo("no body");
  }

  @Test
  void theReadmesProblemExampleHasTheKeysOfTheRealAnswerInItsOrder() throws Exception {
    HttpResponse<String> r = post("/share", ShareApp.DONUT.getBytes(StandardCharsets.UTF_8), "zh-CN");
    List<String> keys = new ArrayList<>();
    JSON.readTree(r.body()).propertyNames().forEach(keys::add);
    String readme = Files.readString(EXAMPLES.resolve("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```json\n{\"type\"");
    String example = readme.substring(start, readme.indexOf("```\n", start + 4));
    List<String> shown = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|[{,]\\s*)\"(\\w+)\":").matcher(example.split("\"violations\":\\[")[0]);
    while (m.find()) {
      shown.add(m.group(1));
    }
    shown.add("violations");
    assertThat(shown).isEqualTo(keys);
    assertThat(example).contains("\"detail\":\"分享请求有 4 处错误。\"").contains("\"violationCount\":4");
  }

  @Test
  void aRequestAHandlerReadsItselfWithBootsMapperIsAProblemToo() throws Exception {
    HttpResponse<String> r = post("/reads-itself", ShareApp.DONUT.getBytes(StandardCharsets.UTF_8), "zh-CN");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("title").asString()).isEqualTo("分享请求无效");
    assertThat(problem.get("violationCount").asInt()).isEqualTo(4);
  }

  @Test
  void aParsedShareRequestBodyIsNeverAnErrorAndComesBackAsItWasRead() throws Exception {
    HttpResponse<String> r = post("/parsed", ShareApp.DONUT.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("valid").asBoolean()).isFalse();
    assertThat(body.get("violations").size()).isEqualTo(4);
  }
}
