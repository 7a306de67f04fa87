package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.wxshare.server.AccessTokenSource;
import io.github.wxshare.server.ActivityApi;
import io.github.wxshare.server.ActivityApiException;
import io.github.wxshare.server.OpenData;
import io.github.wxshare.server.OpenDataDecrypter;
import io.github.wxshare.server.OpenDataException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The starter's {@code OpenDataDecrypter} (from {@code wxshare.open-data.app-id}) and {@code
 * ActivityApi} (from the app's {@code AccessTokenSource}) in a real Boot 4 app on 127.0.0.1: a
 * controller decrypts a group's open data and creates an activity id against a loopback server
 * that answers as WeChat's document shows.
 */
@SpringBootTest(classes = {ShareApp.class, OpenDataOverHttpTest.Endpoints.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "wxshare.open-data.app-id=wx4f4bc4dec97d474b",
        "wxshare.open-data.max-age=5m", "wxshare.activity.timeout=3s"})
class OpenDataOverHttpTest {
  private static final String APP_ID = "wx4f4bc4dec97d474b";
  private static final HttpServer WECHAT;

  static {
    try {
      WECHAT = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      WECHAT.createContext("/", exchange -> {
        byte[] body = "{\"errcode\":0,\"errmsg\":\"ok\",\"activity_id\":\"966_xyz\",\"expiration_time\":1900000000}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      WECHAT.start();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @AfterAll
  static void stopWeChat() {
    WECHAT.stop(0);
  }

  @DynamicPropertySource
  static void activity(DynamicPropertyRegistry registry) {
    registry.add("wxshare.activity.base-uri", () -> "http://127.0.0.1:" + WECHAT.getAddress().getPort());
  }

  /** The app's endpoints: the group of a card that was opened, and an activity id before a share. */
  @RestController
  static class Endpoints {
    private final OpenDataDecrypter decrypter;
    private final ActivityApi activities;

    Endpoints(OpenDataDecrypter decrypter, ActivityApi activities) {
      this.decrypter = decrypter;
      this.activities = activities;
    }

    @Bean
    static AccessTokenSource tokens() {
      return () -> "TOKEN";
    }

    @PostMapping("/group")
    ResponseEntity<String> group(@RequestBody Map<String, String> body) {
      try {
        OpenData data = decrypter.decrypt(body.get("sessionKey"), body.get("iv"), body.get("encryptedData"));
        return ResponseEntity.ok(String.valueOf(data.openGId()));
      } catch (OpenDataException e) {
        return ResponseEntity.badRequest().body(e.code());
      }
    }

    @PostMapping("/activity")
    String activity() throws ActivityApiException {
      return activities.create(null, null).id();
    }
  }

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> post(String path, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aGroupsOpenDataDecryptsAndAWrongKeyIsItsCode() throws Exception {
    byte[] key = new byte[16];
    byte[] iv = new byte[16];
    new SecureRandom().nextBytes(key);
    new SecureRandom().nextBytes(iv);
    String plain = "{\"opengid\":\"tGroup42\",\"watermark\":{\"appid\":\"" + APP_ID + "\",\"timestamp\":"
        + Instant.now().getEpochSecond() + "}}";
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    String data = Base64.getEncoder().encodeToString(aes.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    String sessionKey = Base64.getEncoder().encodeToString(key);
    String ivText = Base64.getEncoder().encodeToString(iv);
    HttpResponse<String> ok = post("/group", "{\"sessionKey\":\"" + sessionKey + "\",\"iv\":\"" + ivText
        + "\",\"encryptedData\":\"" + data + "\"}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("tGroup42");
    String otherKey = Base64.getEncoder().encodeToString(new byte[16]);
    HttpResponse<String> wrong = post("/group", "{\"sessionKey\":\"" + otherKey + "\",\"iv\":\"" + ivText
        + "\",\"encryptedData\":\"" + data + "\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).isEqualTo("openData.undecryptable");
  }

  @Test
  void theActivityApiBeanTalksToTheConfiguredServer() throws Exception {
    HttpResponse<String> created = post("/activity", "{}");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).isEqualTo("966_xyz");
  }
}
