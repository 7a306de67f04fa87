package io.github.wxshare.server.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Just enough DER to tell which key a PKCS#8 or SubjectPublicKeyInfo structure holds (its algorithm
 * and curve identifiers) and to wrap a PKCS#1 RSA key as PKCS#8. Reads are bounded by the input:
 * every length is checked against what is left, so hostile bytes fail with {@link Malformed}.
 */
public final class Der {
  /** rsaEncryption. */
  public static final String RSA = "1.2.840.113549.1.1.1";
  /** id-RSASSA-PSS: an RSA key restricted to PSS. */
  public static final String RSA_PSS = "1.2.840.113549.1.1.10";
  /** id-ecPublicKey. */
  public static final String EC = "1.2.840.10045.2.1";
  /** sm2p256v1, as the curve of an EC key or (OpenSSL 3's SM2 keys) as the algorithm itself. */
  public static final String SM2 = "1.2.156.10197.1.301";

  private static final int SEQUENCE = 0x30;
  /** AlgorithmIdentifier {rsaEncryption, NULL}, as PKCS#8 and SubjectPublicKeyInfo carry it. */
  private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
      (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
  private static final int OID = 0x06;

  /** Bytes that are not the DER they should be. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String what) {
      super(what, null, false, false);
    }
  }

  private Der() {}

  /** The algorithm of a key structure and, for EC, its curve (else null). */
  public static final class KeyAlgorithm {
    public final String oid;
    public final @Nullable String curve;

    KeyAlgorithm(String oid, @Nullable String curve) {
      this.oid = oid;
      this.curve = curve;
    }
  }

  /**
   * The algorithm identifier of a PKCS#8 PrivateKeyInfo ({@code SEQUENCE {INTEGER, AlgorithmIdentifier,
   * OCTET STRING, ...}}) or, when {@code privateKey} is false, of a SubjectPublicKeyInfo
   * ({@code SEQUENCE {AlgorithmIdentifier, BIT STRING}}).
   */
  public static KeyAlgorithm algorithm(byte[] der, boolean privateKey) throws Malformed {
    int[] at = {0};
    int end = enter(der, at, SEQUENCE, der.length);
    if (privateKey) {
      skip(der, at, 0x02, end); // version
    }
    int algEnd = enter(der, at, SEQUENCE, end);
    String oid = oid(der, at, algEnd);
    String curve = null; // an EC key's named curve; RSA's NULL parameter is not an identifier
    if (at[0] < algEnd && der[at[0]] == OID) {
      curve = oid(der, at, algEnd);
    }
    return new KeyAlgorithm(oid, curve);
  }

  /** PKCS#1 RSAPrivateKey wrapped as PKCS#8 with rsaEncryption, as OpenSSL's {@code pkcs8 -topk8} does. */
  public static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    byte[] version = {0x02, 0x01, 0x00};
    byte[] octets = tlv(0x04, pkcs1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(version);
    body.writeBytes(RSA_ALGORITHM);
    body.writeBytes(octets);
    return tlv(SEQUENCE, body.toByteArray());
  }

  /** PKCS#1 RSAPublicKey wrapped as SubjectPublicKeyInfo with rsaEncryption. */
  public static byte[] pkcs1PublicToSpki(byte[] pkcs1) {
    byte[] bits = new byte[pkcs1.length + 1]; // no unused bits
    System.arraycopy(pkcs1, 0, bits, 1, pkcs1.length);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(RSA_ALGORITHM);
    body.writeBytes(tlv(0x03, bits));
    return tlv(SEQUENCE, body.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
    out.write(tag);
    int n = value.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(n >>> (8 * i));
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  /** Reads a tag and length at {@code at}, leaves {@code at} on the content, returns the content's end. */
  private static int enter(byte[] der, int[] at, int tag, int limit) throws Malformed {
    int i = at[0];
    if (i + 2 > limit || (der[i] & 0xff) != tag) {
      throw new Malformed("expected tag " + tag);
    }
    int length = der[i + 1] & 0xff;
    i += 2;
    if (length >= 0x80) {
      int bytes = length & 0x7f;
      if (bytes == 0 || bytes > 3 || i + bytes > limit) {
        throw new Malformed("length");
      }
      length = 0;
      for (int k = 0; k < bytes; k++) {
        length = (length << 8) | (der[i++] & 0xff);
      }
    }
    if (length > limit - i) {
      throw new Malformed("length past the end");
    }
    at[0] = i;
    return i + length;
  }

  private static void skip(byte[] der, int[] at, int tag, int limit) throws Malformed {
    at[0] = enter(der, at, tag, limit);
  }

  private static String oid(byte[] der, int[] at, int limit) throws Malformed {
    int end = enter(der, at, OID, limit);
    int start = at[0];
    if (end == start || end - start > 32) {
      throw new Malformed("object identifier");
    }
    StringBuilder b = new StringBuilder();
    long value = 0;
    boolean first = true;
    for (int i = start; i < end; i++) {
      value = (value << 7) | (der[i] & 0x7f);
      if ((der[i] & 0x80) == 0) {
        if (first) {
          int head = (int) Math.min(value / 40, 2);
          b.append(head).append('.').append(value - 40L * head);
          first = false;
        } else {
          b.append('.').append(value);
        }
        value = 0;
      } else if (value > (1L << 48)) {
        throw new Malformed("object identifier");
      }
    }
    at[0] = end;
    return b.toString();
  }

  /** Zeroes a copy of key bytes once it is no longer needed. */
  public static void wipe(byte[] bytes) {
    Arrays.fill(bytes, (byte) 0);
  }
}
