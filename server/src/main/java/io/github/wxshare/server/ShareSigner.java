package io.github.wxshare.server;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.internal.SignedCards;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs shares for one app (OpenSDK 6.8.18 or later, iOS 1.9.9): the request comes back with
 * {@code thumbDataHash}, the SHA-256 of the exact card bytes, and {@code msgSignature}, the
 * signature over the card's fields by WeChat's rule ({@code appid}, {@code title},
 * {@code description}, {@code thumbDataHash}, {@code userName}, {@code path}). The app must then
 * send those very card bytes: the Android transport checks them against {@code thumbDataHash}.
 *
 * <pre>{@code
 * ShareSigner signer = ShareSigner.of("wxba6223c06417af7b", SigningKey.fromPem(pem));
 * byte[] card = ImageIoCardImages.render(Path.of("product.jpg"), CardImagePolicy.DEFAULT).bytes();
 * ShareMiniProgramRequest signed = signer.sign(request, card);
 * }</pre>
 *
 * <p>The AppID is the mobile app's, the one that shares, not the Mini Program's; it is signed but
 * not written into the message. Immutable and thread-safe.
 */
public final class ShareSigner {
  private final String appId;
  private final SigningKey key;

  private ShareSigner(String appId, SigningKey key) {
    this.appId = appId;
    this.key = key;
  }

  /**
   * A signer for the app {@code appId} with {@code key}.
   *
   * @throws ShareSigningException when {@code appId} is not {@code wx} and 16 lower-case hex digits
   */
  public static ShareSigner of(String appId, SigningKey key) {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(key, "key == null");
    return new ShareSigner(Cards.appId(appId), key);
  }

  /**
   * {@code request} signed for {@code card}: a copy with {@code thumbDataHash} and {@code
   * msgSignature} set (replacing any it had). RSA-PSS signatures differ on every call; each verifies.
   *
   * @param card the card image's exact bytes, JPEG or PNG, 1 to 131072 bytes, as the app will send them
   * @throws ShareSigningException when the card is empty, too large, or neither JPEG nor PNG
   */
  public ShareMiniProgramRequest sign(ShareMiniProgramRequest request, byte[] card) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(card, "card == null");
    Cards.check(card);
    String hash = SignedCards.sha256(card);
    byte[] signature = key.sign(SigningString.of(appId, request, hash));
    return request.newBuilder().thumbDataHash(hash).msgSignature(Base64.getEncoder().encodeToString(signature)).build();
  }

  /** The AppID the shares are signed for. */
  public String appId() {
    return appId;
  }

  /** The algorithm of the signing key. */
  public SignatureAlgorithm algorithm() {
    return key.algorithm();
  }

  @Override
  public String toString() {
    return "ShareSigner{appId=" + appId + ", " + key + "}";
  }
}
