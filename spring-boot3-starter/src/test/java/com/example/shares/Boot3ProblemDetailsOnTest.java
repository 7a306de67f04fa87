package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Boot 3.5 with {@code spring.mvc.problemdetails.enabled=true}: wxshare's bodies get wxshare's problem, the rest Boot's. */
@SpringBootTest(classes = ShareApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.mvc.problemdetails.enabled=true"})
class Boot3ProblemDetailsOnTest {
  @Value("${local.server.port}")
  int port;

  private JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void wxsharesBodiesGetTheirViolationsAndOthersGetBootsProblem() throws Exception {
    assertThat(post("/share", ShareApp.DONUT).get("violationCount").asInt()).isEqualTo(4);
    assertThat(post("/share", "").get("violations").get(0).get("code").asText()).isEqualTo("json.syntax");
    assertThat(post("/form", "{\"miniProgram\":\"wx1234567890abcdef\",\"landingPage\":\"pages/a\",\"owner\":\"x\"}")
        .get("violations").get(0).get("code").asText()).isEqualTo("miniProgram.appId");
    assertThat(post("/plain", "{}").get("detail").asText()).isEqualTo("Invalid request content.");
    assertThat(post("/plain", "{").get("detail").asText()).isEqualTo("Failed to read request");
  }
}
