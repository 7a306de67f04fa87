package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.spring.mvc.WxShareProblemDetails;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * An app with its own {@code ResponseEntityExceptionHandler} (problem details on): the starter says so
 * at start-up, and the handler gives wxshare's answer by calling {@link WxShareProblemDetails#answer}.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = {ShareApp.class, OwnResponseEntityExceptionHandlerTest.Own.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.mvc.problemdetails.enabled=true"})
class OwnResponseEntityExceptionHandlerTest {
  @Import(OwnHandler.class)
  static class Own {}

  /** As the starter's README says to write it. */
  @ControllerAdvice
  static class OwnHandler extends ResponseEntityExceptionHandler {
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
      ResponseEntity<Object> wxshare = WxShareProblemDetails.answer(ex, request.getLocale());
      return wxshare != null ? wxshare : super.handleHttpMessageNotReadable(ex, headers, status, request);
    }
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void theStarterSaysAtStartUpAndTheAppsHandlerGivesWxsharesAnswer(CapturedOutput output) throws Exception {
    assertThat(output.getOut() + output.getErr()).contains("wxshare: " + OwnHandler.class.getName())
        .contains("WxShareProblemDetails.answer(ex, locale)");
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/share")).header("Content-Type", "application/json")
            .header("Accept-Language", Locale.SIMPLIFIED_CHINESE.toLanguageTag())
            .POST(HttpRequest.BodyPublishers.ofString(ShareApp.DONUT)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"violationCount\":4").contains("未知的键");
  }
}
