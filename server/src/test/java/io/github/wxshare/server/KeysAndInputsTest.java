package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key and input that cannot sign gets its code and a message naming the fix; no message holds the key. */
class KeysAndInputsTest {
  @TempDir static Path dir;

  @BeforeAll
  static void keys() {
    OpenSsl.assumeInstalled();
    OpenSsl.ok(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.pem");
    OpenSsl.ok(dir, "pkey", "-in", "rsa.pem", "-pubout", "-out", "rsa.pub.pem");
    OpenSsl.ok(dir, "rsa", "-in", "rsa.pem", "-traditional", "-out", "rsa.pkcs1.pem");
    OpenSsl.ok(dir, "rsa", "-in", "rsa.pem", "-RSAPublicKey_out", "-out", "rsa.pkcs1.pub.pem");
    OpenSsl.ok(dir, "pkcs8", "-topk8", "-in", "rsa.pem", "-v2", "aes-256-cbc", "-passout", "pass:s3cret",
        "-out", "rsa.encrypted.pem");
    OpenSsl.ok(dir, "rsa", "-in", "rsa.pem", "-traditional", "-aes256", "-passout", "pass:s3cret", "-out",
        "rsa.legacy.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", "rsa1024.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "p256.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "ED25519", "-out", "ed25519.pem");
    // OpenSSL 3 writes an SM2 key from ecparam as PKCS#8; a P-256 one stays SEC 1.
    OpenSsl.ok(dir, "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "p256.sec1.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2", "-out", "sm2.pem");
    OpenSsl.ok(dir, "req", "-new", "-x509", "-key", "rsa.pem", "-subj", "/CN=wxshare", "-days", "1", "-out", "cert.pem");
  }

  @Test
  void theKeysOpenSslWritesAreRead() throws IOException {
    assertThat(SigningKey.fromPem(read("rsa.pem"))).hasToString("SigningKey{RSAwithSHA256, 2048 bits}");
    assertThat(SigningKey.fromPem(read("rsa.pkcs1.pem")).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256_PSS);
    assertThat(SigningKey.fromPem(read("rsa.encrypted.pem"), "s3cret".toCharArray()).toString())
        .isEqualTo("SigningKey{RSAwithSHA256, 2048 bits}");
    assertThat(SigningKey.fromPem(read("sm2.pem"))).hasToString("SigningKey{SM2withSM3, 256 bits}");
    assertThat(VerifyingKey.fromPem(read("rsa.pub.pem"))).hasToString("VerifyingKey{RSAwithSHA256, 2048 bits}");
    assertThat(VerifyingKey.fromPem(read("rsa.pkcs1.pub.pem")).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256_PSS);
    // Keys read from PKCS#1 sign what the PKCS#8 public key verifies.
    byte[] card = Fixtures.card(1);
    assertThat(ShareVerifier.of(Fixtures.APP_ID, VerifyingKey.fromPem(read("rsa.pkcs1.pub.pem")))
        .verify(ShareSigner.of(Fixtures.APP_ID, SigningKey.fromPem(read("rsa.pkcs1.pem"))).sign(Fixtures.bare(), card), card)
        .ok()).isTrue();
  }

  @Test
  void eachKeyThatCannotSignNamesTheFix() throws IOException {
    refused(() -> SigningKey.fromPem(read("rsa.pub.pem")), "key.publicGiven", "private key");
    refused(() -> SigningKey.fromPem(read("cert.pem")), "key.publicGiven", "private key");
    refused(() -> SigningKey.fromPem(read("rsa.encrypted.pem")), "key.encrypted", "password");
    refused(() -> SigningKey.fromPem(read("rsa.encrypted.pem"), "wrong".toCharArray()), "key.password", "password");
    refused(() -> SigningKey.fromPem(read("rsa.legacy.pem"), "s3cret".toCharArray()), "key.legacyEncrypted",
        "openssl pkcs8 -topk8");
    refused(() -> SigningKey.fromPem(read("rsa1024.pem")), "key.rsaSize", "1024 bits");
    refused(() -> SigningKey.fromPem(read("p256.pem")), "key.algorithm", "1.2.840.10045.3.1.7");
    refused(() -> SigningKey.fromPem(read("ed25519.pem")), "key.algorithm", "Ed25519");
    refused(() -> SigningKey.fromPem(read("p256.sec1.pem")), "key.sec1", "openssl pkcs8 -topk8 -nocrypt");
    refused(() -> SigningKey.fromPem("not a key"), "key.notPem", "-----BEGIN");
    refused(() -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), "key.malformed",
        "PRIVATE KEY");
    refused(() -> SigningKey.fromPem("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n"), "key.label", "X509 CRL");
    refused(() -> VerifyingKey.fromPem(read("rsa.pem")), "key.privateGiven", "-pubout");
    refused(() -> VerifyingKey.fromPem(read("cert.pem")), "key.certificate", "openssl x509");
  }

  @Test
  void messagesComeInEachLanguageAndHoldNoKeyMaterial() throws IOException {
    String pem = read("rsa1024.pem");
    ShareSigningException e = catchIt(() -> SigningKey.fromPem(pem));
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("1024 位");
    assertThat(e.message(Locale.TRADITIONAL_CHINESE)).contains("1024 位元");
    String body = pem.substring(pem.indexOf('\n') + 1, pem.indexOf('\n') + 41);
    for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
      assertThat(e.message(l)).doesNotContain(body);
    }
    ShareSigningException wrong = catchIt(() -> SigningKey.fromPem(read("rsa.encrypted.pem"), "wrong".toCharArray()));
    assertThat(wrong.getMessage()).doesNotContain("wrong").doesNotContain("s3cret");
    assertThat(wrong.getCause()).isNull();
  }

  @Test
  void theAppIdAndTheCardAreChecked() throws IOException {
    SigningKey key = SigningKey.fromPem(read("rsa.pem"));
    refused(() -> ShareSigner.of("gh_d43f693ca31f", key), "signing.appId", "\"gh_d43f693ca31f\"");
    refused(() -> ShareSigner.of("WXBA6223C06417AF7B", key), "signing.appId", "AppID");
    ShareSigner signer = ShareSigner.of(Fixtures.APP_ID, key);
    refused(() -> signer.sign(Fixtures.bare(), new byte[0]), "signing.cardSize", "0 bytes");
    byte[] large = new byte[131073];
    large[0] = (byte) 0xff;
    large[1] = (byte) 0xd8;
    large[2] = (byte) 0xff;
    refused(() -> signer.sign(Fixtures.bare(), large), "signing.cardSize", "131073");
    refused(() -> signer.sign(Fixtures.bare(), "GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
        "signing.cardFormat", "JPEG");
    assertThat(signer.toString()).isEqualTo("ShareSigner{appId=wxba6223c06417af7b, SigningKey{RSAwithSHA256, 2048 bits}}");
  }

  @Test
  void anSm2KeyWithoutBouncyCastleNamesTheArtifact() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    StringBuilder cp = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.contains("bcprov")) {
        cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(entry);
      }
    }
    command.add(cp.toString());
    command.add(WithoutBouncyCastle.class.getName());
    command.add(dir.resolve("sm2.pem").toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readNBytes(1 << 16);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8))
        .contains("key.sm2Unavailable").contains("org.bouncycastle:bcprov-jdk18on");
    assertThat(p.exitValue()).isZero();
  }

  /** Run in a JVM whose class path lacks bcprov: reads an SM2 key and an RSA key, prints what happened. */
  static final class WithoutBouncyCastle {
    public static void main(String[] args) throws IOException {
      try {
        SigningKey.fromPem(Files.readString(Path.of(args[0])));
        System.out.println("read: BouncyCastle was there");
      } catch (ShareSigningException e) {
        System.out.println(e.code() + ": " + e.getMessage());
      }
    }
  }

  private static void refused(ThrowingRunnable call, String code, String mentions) {
    ShareSigningException e = catchIt(call);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).contains(mentions);
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(e.getMessage()).doesNotContain("io.github.wxshare");
  }

  private static ShareSigningException catchIt(ThrowingRunnable call) {
    try {
      call.run();
    } catch (ShareSigningException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("not a ShareSigningException", e);
    }
    throw new AssertionError("nothing was refused");
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static String read(String file) throws IOException {
    return Files.readString(dir.resolve(file));
  }
}
