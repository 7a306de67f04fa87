package io.github.wxshare.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM2withSM3 through BouncyCastle's provider, used as an object and never registered: the JVM's
 * provider list is the app's. The only class that names BouncyCastle; loaded when an SM2 key is,
 * so an app that signs with RSA runs without the jar ({@link Presence} asks first).
 */
public final class Sm2 {
  /** GM/T 0009's default user id, which WeChat's signing manual leaves as it is. */
  public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

  private static final Provider PROVIDER = new BouncyCastleProvider();

  /** Whether BouncyCastle is on the class path; asked before this class is first used. */
  public static final class Presence {
    private Presence() {}

    public static boolean available() {
      try {
        Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider", false, Presence.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }

  private Sm2() {}

  public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  public static PublicKey publicKey(byte[] spki) throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", PROVIDER).generatePublic(new X509EncodedKeySpec(spki));
  }

  public static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature s = signature();
    s.initSign(key);
    s.update(data);
    return s.sign();
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
    Signature s = signature();
    s.initVerify(key);
    s.update(data);
    return s.verify(signature);
  }

  private static Signature signature() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SM3withSM2", PROVIDER);
    s.setParameter(new SM2ParameterSpec(USER_ID));
    return s;
  }
}
