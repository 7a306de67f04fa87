package io.github.wxshare.server;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.internal.SignedCards;
import java.util.Base64;
import java.util.Objects;

/**
 * Checks a signed share as WeChat will, with the app's public key: the card's SHA-256 is the
 * request's {@code thumbDataHash}, and {@code msgSignature} is the key's signature over the signed
 * fields for this AppID. For tests, and for servers that check the shares they stored. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Verification v = ShareVerifier.of("wxba6223c06417af7b", VerifyingKey.fromPem(publicPem)).verify(signed, card);
 * if (!v.ok()) System.err.println(v.message(Locale.ENGLISH));
 * }</pre>
 */
public final class ShareVerifier {
  private final String appId;
  private final VerifyingKey key;

  private ShareVerifier(String appId, VerifyingKey key) {
    this.appId = appId;
    this.key = key;
  }

  /**
   * A verifier for the app {@code appId}.
   *
   * @throws ShareSigningException when {@code appId} is not {@code wx} and 16 lower-case hex digits
   */
  public static ShareVerifier of(String appId, VerifyingKey key) {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(key, "key == null");
    return new ShareVerifier(Cards.appId(appId), key);
  }

  /** The checks in order: signed at all, the card's hash, the signature. */
  public Verification verify(ShareMiniProgramRequest signed, byte[] card) {
    Objects.requireNonNull(signed, "signed == null");
    Objects.requireNonNull(card, "card == null");
    String hash = signed.thumbDataHash();
    String signature = signed.msgSignature();
    if (hash == null || signature == null) {
      return Verification.failed("verify.unsigned");
    }
    String actual = SignedCards.sha256(card);
    if (!actual.equals(hash)) {
      return Verification.failed("verify.card", "actual", actual, "expected", hash);
    }
    byte[] bytes = Base64.getDecoder().decode(signature); // the request's rule admits standard Base64 only
    boolean valid = key.verify(SigningString.of(appId, signed, hash), bytes);
    return valid ? Verification.ok0() : Verification.failed("verify.signature", "appId", appId);
  }

  @Override
  public String toString() {
    return "ShareVerifier{appId=" + appId + ", " + key + "}";
  }
}
