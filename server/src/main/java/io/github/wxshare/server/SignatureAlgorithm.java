package io.github.wxshare.server;

/**
 * The two algorithms WeChat's Open Platform takes for a share's signature, as configured with the
 * public key (management centre, the app's details, API security). The key decides which one.
 */
public enum SignatureAlgorithm {
  /** RSAwithSHA256: RSASSA-PSS, SHA-256, MGF1 with SHA-256, a 32-byte salt (so each signature differs). */
  RSA_SHA256_PSS("RSAwithSHA256"),
  /** SM2withSM3: SM2 over SM3 with the default user id {@code 1234567812345678}, the signature DER-encoded. Needs BouncyCastle. */
  SM2_SM3("SM2withSM3");

  private final String wechatName;

  SignatureAlgorithm(String wechatName) {
    this.wechatName = wechatName;
  }

  /** The name WeChat's documents and the Open Platform give it: {@code RSAwithSHA256} or {@code SM2withSM3}. */
  public String wechatName() {
    return wechatName;
  }
}
