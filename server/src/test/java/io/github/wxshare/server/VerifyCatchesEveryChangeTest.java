package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.internal.SignedCards;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Changing any signed field, one byte of the card, or the AppID makes {@code verify} fail, and says which check. */
class VerifyCatchesEveryChangeTest {
  private static KeyPair rsa;
  private static ShareSigner signer;
  private static ShareVerifier verifier;
  private static byte[] card;
  private static ShareMiniProgramRequest signed;

  @BeforeAll
  static void sign() throws NoSuchAlgorithmException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    rsa = g.generateKeyPair();
    signer = ShareSigner.of(Fixtures.APP_ID, SigningKey.of(rsa.getPrivate()));
    verifier = ShareVerifier.of(Fixtures.APP_ID, VerifyingKey.of(rsa.getPublic()));
    card = Fixtures.card(7);
    signed = signer.sign(Fixtures.cjk(), card);
  }

  @Test
  void theSignedShareVerifiesAndEachSignatureDiffers() {
    assertThat(verifier.verify(signed, card).ok()).isTrue();
    ShareMiniProgramRequest again = signer.sign(Fixtures.cjk(), card);
    assertThat(again.msgSignature()).as("PSS is randomised").isNotEqualTo(signed.msgSignature());
    assertThat(again.thumbDataHash()).isEqualTo(signed.thumbDataHash());
    assertThat(verifier.verify(again, card).ok()).isTrue();
    assertThat(signed.msgSignature()).hasSize(344); // 256 bytes in standard Base64
  }

  @Test
  void everySignedFieldChangedFailsTheSignature() {
    for (UnaryOperator<ShareMiniProgramRequest.Builder> change : java.util.List.<UnaryOperator<ShareMiniProgramRequest.Builder>>of(
        b -> b.title("限时特惠 🎁 Limited offer!"), b -> b.title(null), b -> b.description("other"), b -> b.description(null),
        b -> b.path("/pages/detail/detail?id=8&q=中文🎁"), b -> b.userName("gh_0123456789ab"))) {
      ShareMiniProgramRequest changed = change.apply(signed.newBuilder()).build();
      assertThat(verifier.verify(changed, card).code()).as(changed.toString()).isEqualTo("verify.signature");
    }
  }

  @Test
  void fieldsOutsideTheRuleMayChange() {
    ShareMiniProgramRequest changed = signed.newBuilder().webpageUrl("https://example.com").withShareTicket(true).build();
    assertThat(verifier.verify(changed, card).ok()).as("webpageUrl and the flags are not signed by the rule").isTrue();
  }

  @Test
  void oneByteOfTheCardChangedFailsTheHashAndNamesBoth() {
    for (int at : new int[] {0, card.length / 2, card.length - 1}) {
      byte[] other = card.clone();
      other[at] ^= 1;
      Verification v = verifier.verify(signed, other);
      assertThat(v.code()).isEqualTo("verify.card");
      assertThat(v.message(Locale.ENGLISH)).contains(signed.thumbDataHash()).contains(SignedCards.sha256(other));
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("卡片").contains(signed.thumbDataHash());
    }
    byte[] other = Fixtures.card(8);
    ShareMiniProgramRequest rehashed = signed.newBuilder().thumbDataHash(SignedCards.sha256(other)).build();
    assertThat(verifier.verify(rehashed, other).code()).as("a new hash under the old signature")
        .isEqualTo("verify.signature");
  }

  @Test
  void anotherAppIdOrKeyFails() throws NoSuchAlgorithmException {
    assertThat(ShareVerifier.of("wx0123456789abcdef", VerifyingKey.of(rsa.getPublic())).verify(signed, card).code())
        .isEqualTo("verify.signature");
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    assertThat(ShareVerifier.of(Fixtures.APP_ID, VerifyingKey.of(g.generateKeyPair().getPublic())).verify(signed, card)
        .message(Locale.TRADITIONAL_CHINESE)).contains("wxba6223c06417af7b").contains("簽名");
  }

  @Test
  void anUnsignedShareIsSaidSo() {
    Verification v = verifier.verify(Fixtures.cjk(), card);
    assertThat(v.ok()).isFalse();
    assertThat(v.code()).isEqualTo("verify.unsigned");
    assertThat(v.toString()).contains("thumbDataHash");
  }
}
