package io.github.wxshare.server.internal;

import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The first PEM block of a text (RFC 7468): its label ({@code PRIVATE KEY}, {@code PUBLIC KEY}, ...),
 * whether it has RFC 1421 headers ({@code Proc-Type: 4,ENCRYPTED}, OpenSSL's legacy encryption),
 * and its bytes. Text before and after the block is ignored, as OpenSSL ignores it.
 */
public final class Pem {
  /** The longest PEM text read: an RSA-16384 private key is under 13 KB. */
  public static final int MAX_CHARS = 65536;

  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";

  public final String label;
  public final boolean headers;
  public final byte[] der;

  private Pem(String label, boolean headers, byte[] der) {
    this.label = label;
    this.headers = headers;
    this.der = der;
  }

  /** The first block, or null when the text has none (or its Base64 does not decode). */
  public static @Nullable Pem first(String text) {
    if (text.length() > MAX_CHARS) {
      return null;
    }
    int begin = text.indexOf(BEGIN);
    if (begin < 0) {
      return null;
    }
    int labelEnd = text.indexOf(DASHES, begin + BEGIN.length());
    if (labelEnd < 0) {
      return null;
    }
    String label = text.substring(begin + BEGIN.length(), labelEnd);
    String end = END + label + DASHES;
    int bodyStart = labelEnd + DASHES.length();
    int bodyEnd = text.indexOf(end, bodyStart);
    if (bodyEnd < 0 || label.length() > 64) {
      return null;
    }
    String body = text.substring(bodyStart, bodyEnd);
    boolean headers = body.indexOf(':') >= 0;
    if (headers) {
      return new Pem(label, true, new byte[0]);
    }
    StringBuilder base64 = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
        base64.append(c);
      }
    }
    try {
      return new Pem(label, false, Base64.getDecoder().decode(base64.toString()));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
