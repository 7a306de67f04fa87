package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vectors made by OpenSSL ({@code enc -aes-128-cbc}, PKCS#7 padding), decrypted by wxshare; and
 * vectors made by the JDK's own {@code AES/CBC/PKCS5Padding}, decrypted by both OpenSSL and wxshare
 * to the same text. The answers are as WeChat's documents show them: group-enter info (newer keys),
 * share info, a private message's check, each with a watermark.
 */
class OpenSslEncryptsOpenDataTest {
  private static final String APP_ID = "wxba6223c06417af7b";
  private static final long NOW = 1_765_000_000L;
  private static final SecureRandom RANDOM = new SecureRandom();
  @TempDir static Path dir;

  @BeforeAll
  static void openssl() {
    OpenSsl.assumeInstalled();
  }

  static List<String> answers() {
    String watermark = ",\"watermark\":{\"appid\":\"" + APP_ID + "\",\"timestamp\":" + NOW + "}}";
    return List.of(
        "{\"opengid\":\"tG2Ux5VZ6XXVJ3PXvCgy2Pbn\",\"open_single_roomid\":\"\",\"group_openid\":\"o0x1\",\"chat_type\":3"
            + watermark,
        "{\"openGId\":\"tG-群-🎁\"" + watermark,
        "{\"valid\":true,\"activityId\":\"1234567890\",\"later\":{\"a\":[1,2.5,null]}" + watermark);
  }

  private static OpenDataDecrypter decrypter() {
    return OpenDataDecrypter.of(APP_ID).clock(Clock.fixed(Instant.ofEpochSecond(NOW + 5), ZoneOffset.UTC));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void whatOpenSslEncryptsDecryptsExactly(String answer) throws Exception {
    byte[] key = random(16);
    byte[] iv = random(16);
    Files.writeString(dir.resolve("plain.json"), answer, StandardCharsets.UTF_8);
    OpenSsl.ok(dir, "enc", "-aes-128-cbc", "-K", HexFormat.of().formatHex(key), "-iv", HexFormat.of().formatHex(iv),
        "-in", "plain.json", "-out", "encrypted.bin");
    String data = Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("encrypted.bin")));
    OpenData open = decrypter().decrypt(b64(key), b64(iv), data);
    assertThat(open.json()).isEqualTo(answer);
    assertThat(open.timestamp()).isEqualTo(Instant.ofEpochSecond(NOW));
    if (answer.startsWith("{\"opengid\"")) {
      assertThat(open.openGId()).isEqualTo("tG2Ux5VZ6XXVJ3PXvCgy2Pbn");
      assertThat(open.openSingleRoomId()).isEmpty();
      assertThat(open.groupOpenId()).isEqualTo("o0x1");
      assertThat(open.chatType()).isEqualTo(3L);
    } else if (answer.startsWith("{\"openGId\"")) {
      assertThat(open.openGId()).isEqualTo("tG-群-🎁");
    } else {
      assertThat(open.valid()).isTrue();
      assertThat(open.fields()).containsEntry("activityId", "1234567890").containsKey("later");
      assertThat(((Map<?, ?>) open.fields().get("later")).containsKey("a")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("answers")
  void whatTheJdkEncryptsOpenSslAndWxshareDecryptAlike(String answer) throws Exception {
    byte[] key = random(16);
    byte[] iv = random(16);
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    byte[] encrypted = aes.doFinal(answer.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("jdk.bin"), encrypted);
    OpenSsl.ok(dir, "enc", "-d", "-aes-128-cbc", "-K", HexFormat.of().formatHex(key), "-iv",
        HexFormat.of().formatHex(iv), "-in", "jdk.bin", "-out", "jdk.json");
    assertThat(Files.readString(dir.resolve("jdk.json"), StandardCharsets.UTF_8)).isEqualTo(answer);
    assertThat(decrypter().decrypt(b64(key), b64(iv), b64(encrypted)).json()).isEqualTo(answer);
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
