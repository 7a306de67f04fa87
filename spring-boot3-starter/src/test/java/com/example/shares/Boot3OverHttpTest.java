package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.spring.mvc.BodyBytesCounted;
import io.github.wxshare.spring.mvc.RawHttp;
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
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A real Boot 3.5 app (Jackson 2) on 127.0.0.1, a random port, with only this starter added: the app
 * the Boot 4 starter's tests run, answered with the same problem documents.
 */
@SpringBootTest(classes = {ShareApp.class, BodyBytesCounted.Registered.class, Boot3OverHttpTest.ReadsItself.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class Boot3OverHttpTest {
  static final Path EXAMPLES = Paths.get(System.getProperty("basedir", ".")).resolve("../examples").normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A handler that reads a request with Boot's own mapper, as code that takes JSON from elsewhere does. */
  @org.springframework.web.bind.annotation.RestController
  static class ReadsItself {
    private final ObjectMapper mapper;

    ReadsItself(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    @org.springframework.web.bind.annotation.PostMapping("/reads-itself")
    String read(@org.springframework.web.bind.annotation.RequestBody String body) throws Exception {
      return mapper.readValue(body, io.github.wxshare.core.ShareMiniProgramRequest.class).path();
    }
  }

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> send(String method, String path, byte[] body, String language) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
    if (language != null) {
      b.header("Accept-Language", language);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode problem(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return JSON.readTree(r.body());
  }

  @Test
  void aRequestIsAnsweredInItsCanonicalJsonAndReadBack() throws Exception {
    String canonical = CODEC.write(ShareApp.built());
    HttpResponse<String> get = send("GET", "/request", null, null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(canonical);
    HttpResponse<String> post = send("POST", "/share", canonical.getBytes(StandardCharsets.UTF_8), null);
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.body()).isEqualTo(canonical);
  }

  @Test
  void everyShippedExampleIsTheRequestOrAProblemWithEveryViolationInTheRequestsLanguage() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    int problems = 0;
    for (Path file : files) {
      byte[] body = Files.readAllBytes(file);
      ParsedShareRequest expected = CODEC.read(body);
      for (String language : new String[] {"en", "zh-CN"}) {
        HttpResponse<String> r = send("POST", "/share", body, language);
        if (expected.isValid()) {
          assertThat(r.body()).isEqualTo(CODEC.write(expected.request()));
          continue;
        }
        problems++;
        JsonNode problem = problem(r);
        List<String> keys = new ArrayList<>();
        problem.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).as("the Boot 4 starter's keys, in its order")
            .containsExactly("type", "title", "status", "detail", "instance", "violationCount", "violations");
        assertThat(problem.get("type").asText()).isEqualTo("https://wxshare.github.io/problems/invalid-share-request");
        assertThat(problem.get("title").asText()).isEqualTo(language.equals("en") ? "Invalid share request" : "分享请求无效");
        assertThat(problem.get("instance").asText()).isEqualTo("/share");
        assertThat(problem.get("violationCount").asInt()).isEqualTo(expected.violations().size());
        List<String> got = new ArrayList<>();
        problem.get("violations").forEach(v -> got.add(v.get("pointer").asText() + " " + v.get("code").asText() + " "
            + v.get("message").asText()));
        List<String> want = new ArrayList<>();
        for (Violation v : expected.violations()) {
          want.add(v.pointer() + " " + v.code() + " " + v.message(Locale.forLanguageTag(language)));
        }
        assertThat(got).as("%s in %s", file, language).isEqualTo(want);
      }
    }
    assertThat(problems).isGreaterThanOrEqualTo(4);
  }

  @Test
  void anExceptionFromAHandlerIsA400ProblemNotA500() throws Exception {
    JsonNode problem = problem(send("GET", "/throws", null, "zh-TW"));
    assertThat(problem.get("title").asText()).isEqualTo("分享請求無效");
    assertThat(problem.get("violations").get(0).get("message").asText()).contains("小程式原始 ID");
    assertThat(send("GET", "/teapot", null, null).statusCode()).as("the app's own advice wins").isEqualTo(418);
  }

  @Test
  void aRequestAHandlerReadsItselfWithBootsMapperIsAProblemToo() throws Exception {
    JsonNode problem = problem(send("POST", "/reads-itself", ShareApp.DONUT.getBytes(StandardCharsets.UTF_8), "zh-CN"));
    assertThat(problem.get("title").asText()).isEqualTo("分享请求无效");
    assertThat(problem.get("violationCount").asInt()).isEqualTo(4);
  }

  @Test
  void aFiveMegabyteBodyIsTooLargeAndOnlyTheBoundIsRead() throws Exception {
    byte[] body = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    String answer = RawHttp.postReadingWhileSending(port, "/share", body);
    assertThat(answer).startsWith("HTTP/1.1 400");
    JsonNode v = JSON.readTree(RawHttp.body(answer)).get("violations");
    assertThat(v.get(0).get("code").asText()).isEqualTo("json.tooLarge");
    System.out.println("Boot 3: a " + body.length + "-byte body: the app read " + BodyBytesCounted.LAST.get() + " bytes of it");
    assertThat(BodyBytesCounted.LAST.get()).isBetween((long) ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES + 1,
        (long) ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES + 8192 * 2);
  }

  @Test
  void anEmptyBodyIsJsonSyntaxUnlessTheHandlerSaysTheBodyIsOptional() throws Exception {
    JsonNode problem = problem(send("POST", "/share", new byte[0], null));
    assertThat(problem.get("violations").get(0).get("code").asText()).isEqualTo("json.syntax");
    assertThat(send("POST", "/empty-allowed", new byte[0], null).body()).isEqualTo("no body");
  }

  @Test
  void aRequestInsideTheAppsOwnBodyAndAValidBodyAreProblemsToo() throws Exception {
    JsonNode inside = problem(send("POST", "/campaign",
        ("{\"name\":\"a\",\"share\":" + ShareApp.DONUT + "}").getBytes(StandardCharsets.UTF_8), null));
    assertThat(inside.get("violations").get(0).get("pointer").asText()).isEqualTo("/share/WebpageUrl");
    JsonNode form = problem(send("POST", "/form",
        "{\"miniProgram\":\"wx1234567890abcdef\",\"landingPage\":\"pages/a\"}".getBytes(StandardCharsets.UTF_8), "en"));
    assertThat(form.get("type").asText()).isEqualTo("https://wxshare.github.io/problems/invalid-request");
    assertThat(form.get("title").asText()).isEqualTo("Invalid request");
    assertThat(form.get("detail").asText()).isEqualTo("The request has 2 violations.");
    HttpResponse<String> plain = send("POST", "/plain", "{}".getBytes(StandardCharsets.UTF_8), null);
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).doesNotContain("wxshare.github.io");
  }
}
