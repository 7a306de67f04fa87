package io.github.wxshare.server;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;

/**
 * The public key that WeChat holds for an app (registered in the Open Platform), to check a signed
 * share as WeChat will: in tests, and on servers that check what they stored. Reads
 * SubjectPublicKeyInfo ({@code PUBLIC KEY}) and PKCS#1 ({@code RSA PUBLIC KEY}); a private key or a
 * certificate is a {@link ShareSigningException} that says how to get the public key. Immutable and
 * thread-safe.
 */
public final class VerifyingKey {
  private final PublicKey key;
  private final SignatureAlgorithm algorithm;
  private final int bits;

  private VerifyingKey(KeyReader.Read<PublicKey> read) {
    this.key = read.key;
    this.algorithm = read.algorithm;
    this.bits = read.bits;
  }

  /**
   * The first public key in {@code pem}.
   *
   * @throws ShareSigningException when it is not an RSA (2048 bits or more) or SM2 public key
   */
  public static VerifyingKey fromPem(String pem) {
    return new VerifyingKey(KeyReader.publicKey(Objects.requireNonNull(pem, "pem == null")));
  }

  /**
   * A public key from a certificate, a key store or another provider.
   *
   * @throws ShareSigningException when it is not an RSA (2048 bits or more) or SM2 public key
   */
  public static VerifyingKey of(PublicKey key) {
    return new VerifyingKey(KeyReader.checked(Objects.requireNonNull(key, "key == null")));
  }

  /** What the key verifies. */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /** Whether {@code signature} is this key's over {@code data}; a malformed signature is false. */
  boolean verify(byte[] data, byte[] signature) {
    try {
      if (algorithm == SignatureAlgorithm.SM2_SM3) {
        return io.github.wxshare.server.internal.Sm2.verify(key, data, signature);
      }
      Signature s = SigningKey.rsaPss();
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException malformed) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "VerifyingKey{" + algorithm.wechatName() + ", " + bits + " bits}";
  }
}
