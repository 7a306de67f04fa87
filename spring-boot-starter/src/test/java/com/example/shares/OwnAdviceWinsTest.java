package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.InvalidShareRequestException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An app that answers wxshare's failures itself: its advice wins over the starter's, for every path. */
@SpringBootTest(classes = {ShareApp.class, OwnAdviceWinsTest.OwnInvalidAdvice.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class OwnAdviceWinsTest {
  @RestControllerAdvice
  static class OwnInvalidAdvice {
    @ExceptionHandler(InvalidShareRequestException.class)
    ResponseEntity<String> invalid(InvalidShareRequestException e) {
      return ResponseEntity.status(422).body("mine: " + e.violations().size());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
      return ResponseEntity.status(422).body("mine, unreadable");
    }
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void theAppsOwnHandlersAnswerAThrownExceptionAndABadBody() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> thrown = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/throws")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(thrown.statusCode()).isEqualTo(422);
    assertThat(thrown.body()).isEqualTo("mine: 1");
    HttpResponse<String> body = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/share"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ShareApp.DONUT)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(body.statusCode()).isEqualTo(422);
    assertThat(body.body()).isEqualTo("mine, unreadable");
  }
}
