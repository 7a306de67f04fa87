package io.github.wxshare.server;

import io.github.wxshare.core.internal.RuleValidator;
import io.github.wxshare.core.internal.SignedCards;

/** The signer's checks of its inputs: the card (as {@link SignedCards} says a signed card is) and the AppID. */
final class Cards {
  private Cards() {}

  /** Refuses a card the app could not send as it is: empty, over 131072 bytes, or neither JPEG nor PNG. */
  static void check(byte[] card) {
    if (!SignedCards.fits(card)) {
      throw new ShareSigningException("signing.cardSize", "actual", String.valueOf(card.length));
    }
    if (!SignedCards.isJpegOrPng(card)) {
      throw new ShareSigningException("signing.cardFormat");
    }
  }

  /** {@code wx} and 16 lower-case hex digits, as the Open Platform shows an app's AppID. */
  static String appId(String appId) {
    return appId(appId, "signing.appId");
  }

  /** The same check, refused with {@code code}: the signer's and the open-data decrypter's words differ. */
  static String appId(String appId, String code) {
    boolean ok = appId.length() == 18 && appId.startsWith("wx");
    for (int i = 2; ok && i < 18; i++) {
      char c = appId.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      throw new ShareSigningException(code, "value", RuleValidator.display(appId));
    }
    return appId;
  }
}
