package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.ShareResult.Status;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShareResultTest {
  @ParameterizedTest
  @CsvSource({"0, SENT", "-1, FAILED", "-2, CANCELLED", "-3, FAILED", "-4, DENIED", "-5, UNSUPPORTED", "-6, BANNED",
      "-7, FAILED", "42, FAILED"})
  void weChatCodesMapToTheContractsOutcomes(int errCode, Status status) {
    ShareResult r = ShareResult.fromResponse(errCode, "text", "tx-1");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.errCode()).isEqualTo(OptionalInt.of(errCode));
    assertThat(r.errStr()).isEqualTo("text");
    assertThat(r.transaction()).isEqualTo("tx-1");
  }

  @Test
  void localOutcomesCarryNoErrCode() {
    assertThat(ShareResult.notInstalled().status()).isEqualTo(Status.NOT_INSTALLED);
    assertThat(ShareResult.notInstalled().errCode()).isEmpty();
    assertThat(ShareResult.unsupported("withShareTicket needs WeChat 6.5.13").errStr()).contains("6.5.13");
    ShareResult rejected = ShareResult.rejectedLocally("tx-2", "checkArgs failed");
    assertThat(rejected.status()).isEqualTo(Status.REJECTED_LOCALLY);
    assertThat(rejected.transaction()).isEqualTo("tx-2");
    assertThat(ShareResult.timedOut("tx-3").status()).isEqualTo(Status.TIMED_OUT);
    assertThatThrownBy(() -> ShareResult.timedOut(null)).hasMessage("transaction == null");
  }

  @Test
  void resultsAreValues() {
    assertThat(ShareResult.fromResponse(-2, null, "a")).isEqualTo(ShareResult.fromResponse(-2, null, "a"))
        .hasSameHashCodeAs(ShareResult.fromResponse(-2, null, "a"))
        .isNotEqualTo(ShareResult.fromResponse(-2, null, "b"));
    assertThat(ShareResult.fromResponse(-2, null, "a").toString())
        .isEqualTo("ShareResult{status=CANCELLED, errCode=-2, errStr=null, transaction=a}");
  }
}
