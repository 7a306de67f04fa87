package io.github.wxshare.server;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The private key a server signs shares with: RSA of at least 2048 bits (RSAwithSHA256, PSS) or SM2
 * (SM2withSM3, with BouncyCastle on the class path). It never belongs on a phone.
 *
 * <pre>{@code
 * SigningKey key = SigningKey.fromPem(Files.readString(Path.of("share-key.pem")));
 * }</pre>
 *
 * <p>Reads PKCS#8 ({@code PRIVATE KEY}), PKCS#8 encrypted with a password ({@code ENCRYPTED PRIVATE
 * KEY}, as {@code openssl genpkey -aes256} writes it) and PKCS#1 RSA ({@code RSA PRIVATE KEY}, the
 * form of WeChat's own sample key). Everything else is a {@link ShareSigningException} that names
 * the fix: a public key or certificate, an {@code EC PRIVATE KEY} (convert it to PKCS#8), OpenSSL's
 * legacy PEM encryption, an RSA key under 2048 bits, a key of another algorithm, an SM2 key without
 * BouncyCastle. {@code toString()} gives the algorithm and size only; no message holds the key.
 * Immutable and thread-safe.
 */
public final class SigningKey {
  private final PrivateKey key;
  private final SignatureAlgorithm algorithm;
  private final int bits;

  private SigningKey(KeyReader.Read<PrivateKey> read) {
    this.key = read.key;
    this.algorithm = read.algorithm;
    this.bits = read.bits;
  }

  /**
   * The first private key in {@code pem}.
   *
   * @throws ShareSigningException when it is not one that can sign a share; an encrypted key is
   *     {@code key.encrypted} (use {@link #fromPem(String, char[])})
   */
  public static SigningKey fromPem(String pem) {
    return fromPem(pem, null);
  }

  /**
   * The first private key in {@code pem}, decrypted with {@code password} when it is encrypted.
   *
   * @throws ShareSigningException when it is not one that can sign a share, or the password does
   *     not decrypt it ({@code key.password})
   */
  public static SigningKey fromPem(String pem, char @Nullable [] password) {
    Objects.requireNonNull(pem, "pem == null");
    return new SigningKey(KeyReader.privateKey(pem, password));
  }

  /**
   * A key from a key store or another provider.
   *
   * @throws ShareSigningException when it is not RSA of at least 2048 bits nor SM2
   */
  public static SigningKey of(PrivateKey key) {
    return new SigningKey(KeyReader.checked(Objects.requireNonNull(key, "key == null")));
  }

  /** What the key signs with; the public key registered with WeChat must be configured for the same. */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /** The signature over {@code data}. */
  byte[] sign(byte[] data) {
    try {
      if (algorithm == SignatureAlgorithm.SM2_SM3) {
        return io.github.wxshare.server.internal.Sm2.sign(key, data);
      }
      Signature s = rsaPss();
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      // The key was checked when it was read: this is the provider failing, not the caller.
      throw new IllegalStateException("the " + algorithm.wechatName() + " signature failed: "
          + e.getClass().getSimpleName(), null);
    }
  }

  /** RSASSA-PSS as WeChat's signing manual sets it: SHA-256, MGF1 with SHA-256, a salt of 32 bytes. */
  static Signature rsaPss() throws GeneralSecurityException {
    Signature s = Signature.getInstance("RSASSA-PSS");
    s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32,
        PSSParameterSpec.TRAILER_FIELD_BC));
    return s;
  }

  /** The algorithm and size, such as {@code SigningKey{RSAwithSHA256, 2048 bits}}; never the key. */
  @Override
  public String toString() {
    return "SigningKey{" + algorithm.wechatName() + ", " + bits + " bits}";
  }
}
