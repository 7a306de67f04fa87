package io.github.wxshare.core.internal;

import io.github.wxshare.core.image.CardImagePolicy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a signed share's card is, once, for the server that signs it and the transport that sends
 * it: JPEG or PNG bytes, 1 to 131072 of them, sent as they are, and named by their SHA-256 in
 * lower-case hex ({@code thumbDataHash}).
 */
public final class SignedCards {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SignedCards() {}

  /** Within the OpenSDK's {@code thumbData} limit: 1 to 131072 bytes. */
  public static boolean fits(byte[] card) {
    return card.length >= 1 && card.length <= CardImagePolicy.MAX_BYTES;
  }

  /** Starts as a JPEG ({@code FF D8 FF}) or a PNG (its eight-byte signature) does. */
  public static boolean isJpegOrPng(byte[] card) {
    boolean jpeg = card.length >= 3 && (card[0] & 0xff) == 0xff && (card[1] & 0xff) == 0xd8 && (card[2] & 0xff) == 0xff;
    boolean png = card.length >= 8 && (card[0] & 0xff) == 0x89 && card[1] == 'P' && card[2] == 'N' && card[3] == 'G'
        && card[4] == 0x0d && card[5] == 0x0a && card[6] == 0x1a && card[7] == 0x0a;
    return jpeg || png;
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits: {@code thumbDataHash}. */
  public static String sha256(byte[] bytes) {
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
}
