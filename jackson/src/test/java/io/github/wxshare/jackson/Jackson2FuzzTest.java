package io.github.wxshare.jackson;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wxshare.jackson.cases.FuzzAgreement;

/**
 * Any bytes through a Jackson 2 mapper with the module and through {@code ShareRequestJson}: the same
 * verdict, pointers and codes ({@link FuzzAgreement}). The mapper refuses trailing content, as the
 * codec does (Jackson 2's default reads past it; the README says so). The committed inputs, core's
 * codec target's, run in every build; {@code -P fuzz} mutates them.
 */
class Jackson2FuzzTest {
  private static final Jackson2Engine STRICT = new Jackson2Engine(true);

  @FuzzTest(maxDuration = "2m")
  void anyBytesGetTheCodecsVerdict(byte[] bytes) throws Exception {
    FuzzAgreement.check(STRICT, bytes);
  }
}
