package io.github.wxshare.server;

import io.github.wxshare.server.internal.Der;
import io.github.wxshare.server.internal.Pem;
import io.github.wxshare.server.internal.Sm2;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Reads keys from PEM and checks that a key can sign or verify a share: RSA of at least 2048 bits,
 * or SM2 (with BouncyCastle). Each refusal is a {@link ShareSigningException} whose message names
 * the fix; none holds any part of the key.
 */
final class KeyReader {
  static final int MIN_RSA_BITS = 2048;

  private KeyReader() {}

  /** A private key and the algorithm it signs with. */
  static final class Read<K extends Key> {
    final K key;
    final SignatureAlgorithm algorithm;
    final int bits;

    Read(K key, SignatureAlgorithm algorithm, int bits) {
      this.key = key;
      this.algorithm = algorithm;
      this.bits = bits;
    }
  }

  static Read<PrivateKey> privateKey(String pem, char @Nullable [] password) {
    Pem block = block(pem);
    switch (block.label) {
      case "PRIVATE KEY":
        return privateKey(block.der);
      case "RSA PRIVATE KEY":
        if (block.headers) {
          throw new ShareSigningException("key.legacyEncrypted");
        }
        return privateKey(Der.pkcs1ToPkcs8(block.der));
      case "ENCRYPTED PRIVATE KEY":
        if (password == null) {
          throw new ShareSigningException("key.encrypted");
        }
        return privateKey(decrypt(block.der, password));
      case "EC PRIVATE KEY":
        throw new ShareSigningException(block.headers ? "key.legacyEncrypted" : "key.sec1");
      case "PUBLIC KEY":
      case "RSA PUBLIC KEY":
      case "CERTIFICATE":
        throw new ShareSigningException("key.publicGiven");
      default:
        throw new ShareSigningException("key.label", "label", block.label);
    }
  }

  static Read<PublicKey> publicKey(String pem) {
    Pem block = block(pem);
    switch (block.label) {
      case "PUBLIC KEY":
        return publicKey(block.der);
      case "RSA PUBLIC KEY":
        return publicKey(Der.pkcs1PublicToSpki(block.der));
      case "CERTIFICATE":
        throw new ShareSigningException("key.certificate");
      case "PRIVATE KEY":
      case "RSA PRIVATE KEY":
      case "ENCRYPTED PRIVATE KEY":
      case "EC PRIVATE KEY":
        throw new ShareSigningException("key.privateGiven");
      default:
        throw new ShareSigningException("key.label", "label", block.label);
    }
  }

  private static Pem block(String pem) {
    Pem block = Pem.first(pem);
    if (block == null) {
      throw new ShareSigningException("key.notPem");
    }
    return block;
  }

  /** A PKCS#8 PrivateKeyInfo; the bytes are wiped once read. */
  static Read<PrivateKey> privateKey(byte[] pkcs8) {
    try {
      return parse(pkcs8, true, der -> Sm2.privateKey(der),
          (der, name) -> KeyFactory.getInstance(name).generatePrivate(new PKCS8EncodedKeySpec(der)));
    } finally {
      Der.wipe(pkcs8);
    }
  }

  /** A SubjectPublicKeyInfo. */
  static Read<PublicKey> publicKey(byte[] spki) {
    return parse(spki, false, der -> Sm2.publicKey(der),
        (der, name) -> KeyFactory.getInstance(name).generatePublic(new X509EncodedKeySpec(der)));
  }

  /** How one kind of key (private or public) is made from its DER, by BouncyCastle or by the JDK. */
  private interface Sm2Parse<K extends Key> {
    K parse(byte[] der) throws GeneralSecurityException;
  }

  private interface JdkParse<K extends Key> {
    K parse(byte[] der, String keyFactory) throws GeneralSecurityException;
  }

  /** SM2 through BouncyCastle (when present), RSA through the JDK, anything else {@code key.algorithm}. */
  private static <K extends Key> Read<K> parse(byte[] der, boolean privateKey, Sm2Parse<K> sm2, JdkParse<K> jdk) {
    try {
      Der.KeyAlgorithm algorithm = Der.algorithm(der, privateKey);
      if (isSm2(algorithm)) {
        requireBouncyCastle();
        return checked(sm2.parse(der));
      }
      if (Der.RSA.equals(algorithm.oid) || Der.RSA_PSS.equals(algorithm.oid)) {
        return checked(jdk.parse(der, Der.RSA.equals(algorithm.oid) ? "RSA" : "RSASSA-PSS"));
      }
      throw new ShareSigningException("key.algorithm", "algorithm", describe(algorithm));
    } catch (Der.Malformed | GeneralSecurityException e) {
      throw new ShareSigningException("key.malformed", "label", privateKey ? "PRIVATE KEY" : "PUBLIC KEY");
    }
  }

  /** A key from the app's own key store or provider, checked as a PEM one is. */
  static <K extends Key> Read<K> checked(K key) {
    if (key instanceof RSAKey) {
      int bits = ((RSAKey) key).getModulus().bitLength();
      if (bits < MIN_RSA_BITS) {
        throw new ShareSigningException("key.rsaSize", "bits", String.valueOf(bits));
      }
      return new Read<>(key, SignatureAlgorithm.RSA_SHA256_PSS, bits);
    }
    byte[] encoded = key.getEncoded();
    if (encoded != null) {
      try {
        Der.KeyAlgorithm algorithm = Der.algorithm(encoded, key instanceof PrivateKey);
        if (isSm2(algorithm)) {
          return new Read<>(key, SignatureAlgorithm.SM2_SM3, 256);
        }
        throw new ShareSigningException("key.algorithm", "algorithm", describe(algorithm));
      } catch (Der.Malformed e) {
        // fall through: a key without a standard encoding
      } finally {
        if (key instanceof PrivateKey) {
          Der.wipe(encoded);
        }
      }
    }
    throw new ShareSigningException("key.algorithm", "algorithm", String.valueOf(key.getAlgorithm()));
  }

  private static boolean isSm2(Der.KeyAlgorithm algorithm) {
    return Der.SM2.equals(algorithm.oid) || (Der.EC.equals(algorithm.oid) && Der.SM2.equals(algorithm.curve));
  }

  private static void requireBouncyCastle() {
    if (!Sm2.Presence.available()) {
      throw new ShareSigningException("key.sm2Unavailable");
    }
  }

  /** The kind of key, for messages: "an EC key on curve 1.2.840.10045.3.1.7", never its contents. */
  private static String describe(Der.KeyAlgorithm algorithm) {
    switch (algorithm.oid) {
      case Der.EC:
        return "EC (curve " + algorithm.curve + ")";
      case "1.3.101.112":
        return "Ed25519";
      case "1.3.101.113":
        return "Ed448";
      case "1.2.840.10040.4.1":
        return "DSA";
      default:
        return algorithm.oid;
    }
  }

  /** An EncryptedPrivateKeyInfo (PBES2 as OpenSSL writes it, or a PBES1 scheme the JDK knows). */
  private static byte[] decrypt(byte[] der, char[] password) {
    PBEKeySpec spec = new PBEKeySpec(password);
    try {
      EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
      AlgorithmParameters parameters = info.getAlgParameters();
      // PBES2's parameters name the real scheme ("PBEWithHmacSHA256AndAES_256"); PBES1's name is the algorithm's.
      String name = info.getAlgName();
      boolean pbes2 = name.equals("PBES2") || name.equals("1.2.840.113549.1.5.13");
      String scheme = pbes2 && parameters != null ? parameters.toString() : name;
      Cipher cipher = Cipher.getInstance(scheme);
      cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(scheme).generateSecret(spec), parameters);
      return info.getKeySpec(cipher).getEncoded();
    } catch (java.io.IOException e) {
      throw new ShareSigningException("key.malformed", "label", "ENCRYPTED PRIVATE KEY");
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new ShareSigningException("key.password");
    } finally {
      spec.clearPassword();
      Arrays.fill(der, (byte) 0);
    }
  }
}
