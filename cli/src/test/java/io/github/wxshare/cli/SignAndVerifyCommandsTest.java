package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wxshare sign} then {@code wxshare verify}, as a back-end developer runs them, and each way they refuse. */
class SignAndVerifyCommandsTest {
  private static final String APP_ID = "wxba6223c06417af7b";
  @TempDir static Path dir;
  private static Path key;
  private static Path publicKey;
  private static Path card;
  private static Path request;

  @BeforeAll
  static void files() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair pair = g.generateKeyPair();
    key = pem("key.pem", "PRIVATE KEY", pair.getPrivate().getEncoded());
    publicKey = pem("pub.pem", "PUBLIC KEY", pair.getPublic().getEncoded());
    BufferedImage image = new BufferedImage(250, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, 250, 200);
    graphics.dispose();
    card = dir.resolve("card.jpg");
    ImageIO.write(image, "jpg", card.toFile());
    request = dir.resolve("request.json");
    Files.writeString(request, "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/detail?id=7&q=中文\","
        + "\"title\":\"限时特惠 🎁\",\"imagePath\":\"wxfile://card.jpg\",\"webpageUrl\":\"https://www.qq.com\"}");
  }

  private static Path pem(String name, String label, byte[] der) throws Exception {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    Path file = dir.resolve(name);
    Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    return file;
  }

  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
          new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  private static Path signed() throws Exception {
    Run sign = new Run("sign", "--app-id", APP_ID, "--key", key.toString(), "--card", card.toString(), request.toString());
    assertThat(sign.exit).as(sign.err).isZero();
    assertThat(sign.out).contains("\"thumbDataHash\":\"").contains("\"msgSignature\":\"").endsWith("}" + System.lineSeparator());
    Path signed = dir.resolve("signed.json");
    Files.writeString(signed, sign.out);
    return signed;
  }

  @Test
  void signThenVerifyIsOk() throws Exception {
    Run verify = new Run("verify", "--app-id", APP_ID, "--public-key", publicKey.toString(), "--card", card.toString(),
        signed().toString());
    assertThat(verify.exit).as(verify.err).isZero();
    assertThat(verify.out).contains("OK").contains(APP_ID);
    Run zh = new Run("verify", "--lang", "zh-CN", "--app-id", APP_ID, "--public-key", publicKey.toString(), "--card",
        card.toString(), dir.resolve("signed.json").toString());
    assertThat(zh.out).contains("通过");
  }

  @Test
  void verifySaysWhichCheckFailed() throws Exception {
    Path signed = signed();
    Path other = dir.resolve("other.jpg");
    byte[] bytes = Files.readAllBytes(card);
    bytes[bytes.length / 2] ^= 1;
    Files.write(other, bytes);
    Run changedCard = new Run("verify", "--app-id", APP_ID, "--public-key", publicKey.toString(), "--card",
        other.toString(), signed.toString());
    assertThat(changedCard.exit).isEqualTo(1);
    assertThat(changedCard.err).contains("verify.card");
    Run otherApp = new Run("verify", "--app-id", "wx0123456789abcdef", "--public-key", publicKey.toString(), "--card",
        card.toString(), signed.toString());
    assertThat(otherApp.exit).isEqualTo(1);
    assertThat(otherApp.err).contains("verify.signature");
    Path changedTitle = dir.resolve("changed.json");
    Files.writeString(changedTitle, Files.readString(signed).replace("限时特惠", "限时特价"));
    Run changed = new Run("verify", "--lang", "zh-TW", "--app-id", APP_ID, "--public-key", publicKey.toString(), "--card",
        card.toString(), changedTitle.toString());
    assertThat(changed.exit).isEqualTo(1);
    assertThat(changed.err).contains("verify.signature").contains("簽名");
    Run unsigned = new Run("verify", "--app-id", APP_ID, "--public-key", publicKey.toString(), "--card", card.toString(),
        request.toString());
    assertThat(unsigned.exit).isEqualTo(1);
    assertThat(unsigned.err).contains("verify.unsigned");
  }

  @Test
  void eachInputThatCannotSignIsSaidWithoutTheKey() throws Exception {
    Run publicToSign = new Run("sign", "--app-id", APP_ID, "--key", publicKey.toString(), "--card", card.toString(),
        request.toString());
    assertThat(publicToSign.exit).isEqualTo(2);
    assertThat(publicToSign.err).contains("key.publicGiven");
    Run privateToVerify = new Run("verify", "--app-id", APP_ID, "--public-key", key.toString(), "--card", card.toString(),
        request.toString());
    assertThat(privateToVerify.exit).isEqualTo(2);
    assertThat(privateToVerify.err).contains("key.privateGiven").doesNotContain(Files.readString(key).substring(28, 60));
    Run missing = new Run("sign", "--lang", "zh-CN", "--app-id", APP_ID, "--key", dir.resolve("none.pem").toString(),
        "--card", card.toString(), request.toString());
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).contains("无法读取").contains("none.pem");
    Run appIdOfTheMiniProgram = new Run("sign", "--app-id", "gh_d43f693ca31f", "--key", key.toString(), "--card",
        card.toString(), request.toString());
    assertThat(appIdOfTheMiniProgram.exit).isEqualTo(2);
    assertThat(appIdOfTheMiniProgram.err).contains("signing.appId");
    Run noPassword = new Run("sign", "--app-id", APP_ID, "--key", key.toString(), "--key-password-env",
        "WXSHARE_NO_SUCH_VARIABLE", "--card", card.toString(), request.toString());
    assertThat(noPassword.exit).isEqualTo(2);
    assertThat(noPassword.err).contains("WXSHARE_NO_SUCH_VARIABLE");
    Path big = dir.resolve("big.jpg");
    Files.write(big, new byte[131073]);
    Run tooLarge = new Run("sign", "--app-id", APP_ID, "--key", key.toString(), "--card", big.toString(), request.toString());
    assertThat(tooLarge.exit).isEqualTo(2);
    assertThat(tooLarge.err).contains("131072");
    assertThat(publicToSign.out + missing.out + tooLarge.out).as("nothing on standard output").isEmpty();
  }

  @Test
  void anInvalidRequestIsListedAndNotSigned() throws Exception {
    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, "{\"userName\":\"wx1234567890abcdef\",\"path\":\"pages/a\",\"imagePath\":\"https://x/a.png\","
        + "\"webpageUrl\":\"https://www.qq.com\"}");
    Run sign = new Run("sign", "--app-id", APP_ID, "--key", key.toString(), "--card", card.toString(), invalid.toString());
    assertThat(sign.exit).isEqualTo(1);
    assertThat(sign.err).contains("/userName userName.appId").contains("/imagePath imagePath.remote");
    assertThat(sign.out).isEmpty();
  }
}
