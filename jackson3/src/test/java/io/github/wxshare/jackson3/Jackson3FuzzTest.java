package io.github.wxshare.jackson3;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wxshare.jackson.cases.FuzzAgreement;

/**
 * Any bytes through a plain Jackson 3 mapper with the module and through {@code ShareRequestJson}:
 * the same verdict, pointers and codes ({@link FuzzAgreement}). The committed inputs, core's codec
 * target's, run in every build; {@code -P fuzz} mutates them.
 */
class Jackson3FuzzTest {
  private static final Jackson3Engine ENGINE = new Jackson3Engine();

  @FuzzTest(maxDuration = "2m")
  void anyBytesGetTheCodecsVerdict(byte[] bytes) throws Exception {
    FuzzAgreement.check(ENGINE, bytes);
  }
}
