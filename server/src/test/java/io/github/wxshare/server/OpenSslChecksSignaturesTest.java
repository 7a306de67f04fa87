package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareMiniProgramRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpenSSL, not wxshare, decides: keys made by {@code openssl genpkey}, read by wxshare; each share
 * signed by wxshare is verified by OpenSSL over a signing string that this test builds from the
 * published rule by itself (and over the card's hash from {@code openssl dgst}); each signature
 * OpenSSL makes over that string is accepted by wxshare's verifier.
 */
class OpenSslChecksSignaturesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void keys() {
    OpenSsl.assumeInstalled();
    OpenSsl.ok(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.pem");
    OpenSsl.ok(dir, "pkey", "-in", "rsa.pem", "-pubout", "-out", "rsa.pub.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2", "-out", "sm2.pem");
    OpenSsl.ok(dir, "pkey", "-in", "sm2.pem", "-pubout", "-out", "sm2.pub.pem");
  }

  static Stream<Arguments> shares() {
    return Stream.of("rsa", "sm2").flatMap(key -> Stream.of(
        Arguments.of(key, "CJK and emoji in title and path", Fixtures.cjk()),
        Arguments.of(key, "no title, no description", Fixtures.bare()),
        Arguments.of(key, "every field", Fixtures.full())));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("shares")
  void openSslVerifiesWhatWxshareSigns(String key, String what, ShareMiniProgramRequest request) throws IOException {
    byte[] card = Fixtures.card(what.length());
    Files.write(dir.resolve("card.jpg"), card);
    ShareMiniProgramRequest signed = ShareSigner.of(Fixtures.APP_ID, SigningKey.fromPem(read(key + ".pem")))
        .sign(request, card);

    String hash = OpenSsl.ok(dir, "dgst", "-sha256", "-r", "card.jpg").split(" ")[0];
    assertThat(signed.thumbDataHash()).isEqualTo(hash);
    String message = publishedRule(Fixtures.APP_ID, request, hash);
    Files.writeString(dir.resolve("message.txt"), message, StandardCharsets.US_ASCII);
    Files.write(dir.resolve("signature.bin"), Base64.getDecoder().decode(signed.msgSignature()));
    assertThat(verify(key, "message.txt").exit).as("OpenSSL verifies").isZero();

    Files.writeString(dir.resolve("changed.txt"), message.replace("&path=", "&path=A"), StandardCharsets.US_ASCII);
    assertThat(verify(key, "changed.txt").exit).as("and refuses another message").isNotZero();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("shares")
  void wxshareAcceptsWhatOpenSslSigns(String key, String what, ShareMiniProgramRequest request) throws IOException {
    byte[] card = Fixtures.card(what.length() + 1);
    Files.write(dir.resolve("card2.jpg"), card);
    String hash = OpenSsl.ok(dir, "dgst", "-sha256", "-r", "card2.jpg").split(" ")[0];
    Files.writeString(dir.resolve("message2.txt"), publishedRule(Fixtures.APP_ID, request, hash), StandardCharsets.US_ASCII);
    if (key.equals("rsa")) {
      OpenSsl.ok(dir, "dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32",
          "-sigopt", "rsa_mgf1_md:sha256", "-sign", "rsa.pem", "-out", "signature2.bin", "message2.txt");
    } else {
      OpenSsl.ok(dir, "pkeyutl", "-sign", "-in", "message2.txt", "-rawin", "-digest", "sm3", "-inkey", "sm2.pem",
          "-pkeyopt", "distid:1234567812345678", "-out", "signature2.bin");
    }
    ShareMiniProgramRequest signed = request.newBuilder().thumbDataHash(hash)
        .msgSignature(Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("signature2.bin")))).build();
    ShareVerifier verifier = ShareVerifier.of(Fixtures.APP_ID, VerifyingKey.fromPem(read(key + ".pub.pem")));
    assertThat(verifier.verify(signed, card).ok()).isTrue();
    assertThat(verifier.verify(signed.newBuilder().title("changed").build(), card).code()).isEqualTo("verify.signature");
  }

  /**
   * WeChat's rule as published, written out by hand: the six keys in ASCII order (appid,
   * description, path, thumbDataHash, title, userName), each {@code key=} standard Base64 of the
   * UTF-8 value, joined with {@code &}; an absent title or description is the empty value.
   */
  static String publishedRule(String appId, ShareMiniProgramRequest r, String thumbDataHash) {
    return "appid=" + base64(appId)
        + "&description=" + base64(r.description() == null ? "" : r.description())
        + "&path=" + base64(r.path())
        + "&thumbDataHash=" + base64(thumbDataHash)
        + "&title=" + base64(r.title() == null ? "" : r.title())
        + "&userName=" + base64(r.userName());
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static OpenSsl.Result verify(String key, String message) {
    if (key.equals("rsa")) {
      return OpenSsl.run(dir, "dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32",
          "-sigopt", "rsa_mgf1_md:sha256", "-verify", "rsa.pub.pem", "-signature", "signature.bin", message);
    }
    return OpenSsl.run(dir, "pkeyutl", "-verify", "-in", message, "-rawin", "-digest", "sm3", "-pubin", "-inkey",
        "sm2.pub.pem", "-sigfile", "signature.bin", "-pkeyopt", "distid:1234567812345678");
  }

  static String read(String file) throws IOException {
    return Files.readString(dir.resolve(file));
  }

}
