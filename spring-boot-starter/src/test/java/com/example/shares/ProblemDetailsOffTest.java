package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.github.wxshare.spring.mvc.WxShareProblemDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** {@code wxshare.web.problem-details=false}: no advice; a bad body is still Spring's 400, never a 500. */
@SpringBootTest(classes = ShareApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "wxshare.web.problem-details=false"})
class ProblemDetailsOffTest {
  @Value("${local.server.port}")
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void theAdviceIsGoneAndABadBodyIsA400() throws Exception {
    assertThat(context.getBeanNamesForType(WxShareProblemDetails.class)).isEmpty();
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/share")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ShareApp.DONUT)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("invalid-share-request");
  }
}
