package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.server.ShareSigner;
import io.github.wxshare.server.ShareVerifier;
import io.github.wxshare.server.VerifyingKey;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The starter's {@code ShareSigner} bean from {@code wxshare.signing.*}, in a real Boot 4 app on
 * 127.0.0.1: a controller returns signed shares, which verify with the public key; a key that
 * cannot sign stops the app at start-up naming the property, never the key.
 */
@SpringBootTest(classes = {ShareApp.class, SignedSharesOverHttpTest.Signs.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1",
        // The actuator at its most open: every value shown, but the signing key's.
        "management.endpoints.web.exposure.include=env", "management.endpoint.env.show-values=ALWAYS",
        "wxshare.signing.key-password=pw-must-not-show", "example.shown=visible-value"})
class SignedSharesOverHttpTest {
  private static final String APP_ID = "wxba6223c06417af7b";
  private static final KeyPair KEYS;
  private static final Path KEY_FILE;
  private static final Path PUBLIC_KEY_FILE;
  static final byte[] CARD;

  static {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KEYS = g.generateKeyPair();
      Path dir = Files.createTempDirectory("wxshare-signing");
      dir.toFile().deleteOnExit();
      KEY_FILE = pem(dir.resolve("key.pem"), "PRIVATE KEY", KEYS.getPrivate().getEncoded());
      PUBLIC_KEY_FILE = pem(dir.resolve("pub.pem"), "PUBLIC KEY", KEYS.getPublic().getEncoded());
      BufferedImage image = new BufferedImage(250, 200, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setColor(Color.PINK);
      graphics.fillRect(0, 0, 250, 200);
      graphics.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      CARD = out.toByteArray();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static Path pem(Path file, String label, byte[] der) throws Exception {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    file.toFile().deleteOnExit();
    return file;
  }

  @DynamicPropertySource
  static void signing(DynamicPropertyRegistry registry) {
    registry.add("wxshare.signing.app-id", () -> APP_ID);
    registry.add("wxshare.signing.key", () -> KEY_FILE.toUri().toString());
    registry.add("wxshare.signing.algorithm", () -> "RSA_SHA256_PSS");
  }

  /** A controller that signs the posted request for the card the server rendered. */
  @RestController
  static class Signs {
    private final ShareSigner signer;
    private final ShareRequestJson codec;

    Signs(ShareSigner signer, ShareRequestJson codec) {
      this.signer = signer;
      this.codec = codec;
    }

    @PostMapping(value = "/signed", produces = "application/json")
    String sign(@RequestBody ShareMiniProgramRequest request) {
      return codec.write(signer.sign(request, CARD));
    }
  }

  @Value("${local.server.port}")
  int port;

  @Test
  void aControllerReturnsSignedSharesThatVerify() throws Exception {
    String body = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/detail?id=7\",\"title\":\"限时特惠\","
        + "\"imagePath\":\"wxfile://card-7.jpg\",\"webpageUrl\":\"https://www.qq.com\"}";
    HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signed")).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ShareMiniProgramRequest signed = ShareRequestJson.create().read(response.body()).request();
    assertThat(signed).isNotNull();
    assertThat(ShareVerifier.of(APP_ID, VerifyingKey.fromPem(Files.readString(PUBLIC_KEY_FILE))).verify(signed, CARD).ok())
        .isTrue();
  }

  @Test
  void theActuatorsEnvironmentMasksTheKeyAndItsPassword() throws Exception {
    HttpResponse<String> env = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/env")).timeout(Duration.ofSeconds(30))
            .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(env.statusCode()).isEqualTo(200);
    assertThat(env.body()).as("other values are shown").contains("visible-value")
        .contains("wxshare.signing.key-password").doesNotContain("pw-must-not-show")
        .doesNotContain(KEY_FILE.getFileName().toString());
  }

  @Test
  void aKeyThatCannotSignStopsTheAppNamingThePropertyNotTheKey() throws Exception {
    String publicPem = Files.readString(PUBLIC_KEY_FILE);
    assertThatThrownBy(() -> new SpringApplicationBuilder(ShareApp.class)
        .properties("server.port=0", "server.address=127.0.0.1", "wxshare.signing.app-id=" + APP_ID,
            "wxshare.signing.key=" + PUBLIC_KEY_FILE.toUri())
        .run().close())
        .rootCause().hasMessageContaining("wxshare.signing.key").hasMessageContaining("key.publicGiven")
        .hasMessageNotContaining(publicPem.substring(27, 70));
    assertThatThrownBy(() -> new SpringApplicationBuilder(ShareApp.class)
        .properties("server.port=0", "server.address=127.0.0.1", "wxshare.signing.app-id=" + APP_ID,
            "wxshare.signing.key=" + KEY_FILE.toUri(), "wxshare.signing.algorithm=SM2_SM3")
        .run().close())
        .rootCause().hasMessageContaining("wxshare.signing.algorithm").hasMessageContaining("RSA_SHA256_PSS");
    assertThatThrownBy(() -> new SpringApplicationBuilder(ShareApp.class)
        .properties("server.port=0", "server.address=127.0.0.1", "wxshare.signing.app-id=" + APP_ID)
        .run().close())
        .rootCause().hasMessageContaining("wxshare.signing.key is not set");
  }
}
