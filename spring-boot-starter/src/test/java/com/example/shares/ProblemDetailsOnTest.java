package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spring.mvc.problemdetails.enabled=true}, a setting many apps turn on: Boot's own handler would
 * answer a bad body "Failed to read request" and a {@code @Valid} body "Invalid request content.",
 * without the violations. With the starter, wxshare's bodies get wxshare's problem, and every other
 * failure still gets Boot's.
 */
@SpringBootTest(classes = ShareApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.mvc.problemdetails.enabled=true"})
class ProblemDetailsOnTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  private JsonNode post(String path, String body, String language, int status) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
            .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    return JSON.readTree(r.body());
  }

  @Test
  void aBadShareRequestBodyGetsEveryViolation() throws Exception {
    JsonNode problem = post("/share", ShareApp.DONUT, "zh-CN", 400);
    assertThat(problem.get("type").asString()).isEqualTo("https://wxshare.github.io/problems/invalid-share-request");
    assertThat(problem.get("title").asString()).isEqualTo("分享请求无效");
    assertThat(problem.get("violationCount").asInt()).isEqualTo(4);
    assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("json.unknownProperty");
    assertThat(problem.get("violations").get(0).get("message").asString()).startsWith("未知的键");
  }

  @Test
  void anEmptyBodyIsJsonSyntaxAsAnEmptyDocumentIsEverywhere() throws Exception {
    JsonNode problem = post("/share", "", "en", 400);
    Violation expected = ShareRequestJson.create().read(new byte[0]).violations().get(0);
    assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("json.syntax").isEqualTo(expected.code());
    assertThat(problem.get("violations").get(0).get("message").asString()).isEqualTo(expected.message(Locale.ENGLISH));
  }

  @Test
  void aValidBodyWithWxsharesConstraintsGetsItsViolationsWordedForARequest() throws Exception {
    JsonNode problem = post("/form", "{\"miniProgram\":\"wx1234567890abcdef\",\"landingPage\":\"pages/a\",\"owner\":\"x\"}",
        "zh-CN", 400);
    assertThat(problem.get("type").asString()).isEqualTo("https://wxshare.github.io/problems/invalid-request");
    assertThat(problem.get("title").asString()).isEqualTo("请求无效");
    assertThat(problem.get("detail").asString()).isEqualTo("请求有 1 处错误。");
    assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("miniProgram.appId");
  }

  @Test
  void everyOtherFailureIsStillBootsOwnProblem() throws Exception {
    JsonNode plain = post("/plain", "{}", "en", 400);
    assertThat(plain.get("detail").asString()).isEqualTo("Invalid request content.");
    assertThat(plain.has("violations")).isFalse();
    JsonNode unreadable = post("/plain", "{", "en", 400);
    assertThat(unreadable.get("detail").asString()).isEqualTo("Failed to read request");
  }
}
