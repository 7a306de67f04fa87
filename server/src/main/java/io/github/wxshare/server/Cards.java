package io.github.wxshare.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** What a signed card must be, and its hash as the signing rule writes it. */
final class Cards {
  /** The OpenSDK's limit on {@code thumbData} for a Mini Program card. */
  static final int MAX_BYTES = 131072;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Cards() {}

  /** Refuses a card the app could not send as it is: empty, over 131072 bytes, or neither JPEG nor PNG. */
  static void check(byte[] card) {
    if (card.length == 0 || card.length > MAX_BYTES) {
      throw new ShareSigningException("signing.cardSize", "actual", String.valueOf(card.length));
    }
    boolean jpeg = card.length >= 3 && (card[0] & 0xff) == 0xff && (card[1] & 0xff) == 0xd8 && (card[2] & 0xff) == 0xff;
    boolean png = card.length >= 8 && (card[0] & 0xff) == 0x89 && card[1] == 'P' && card[2] == 'N' && card[3] == 'G'
        && card[4] == 0x0d && card[5] == 0x0a && card[6] == 0x1a && card[7] == 0x0a;
    if (!jpeg && !png) {
      throw new ShareSigningException("signing.cardFormat");
    }
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
  static String sha256(byte[] bytes) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  /** {@code wx} and 16 lower-case hex digits, as the Open Platform shows an app's AppID. */
  static String appId(String appId) {
    boolean ok = appId.length() == 18 && appId.startsWith("wx");
    for (int i = 2; ok && i < 18; i++) {
      char c = appId.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
    if (!ok) {
      throw new ShareSigningException("signing.appId", "value", io.github.wxshare.core.internal.RuleValidator.display(appId));
    }
    return appId;
  }
}
