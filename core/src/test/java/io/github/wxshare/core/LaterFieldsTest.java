package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code disableForward}, {@code isUpdatableMessage}, {@code isSecretMessage} and {@code extraInfo}:
 * absent from the canonical form unless set, so a request without them keeps its bytes; written in
 * the contract's order when set; read back equal.
 */
class LaterFieldsTest {
  private static final ShareRequestJson JSON = ShareRequestJson.create();
  private static final String WITHOUT = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\",\"withShareTicket\":false,"
      + "\"miniprogramType\":0,\"scene\":0";

  @Test
  void unsetTheyAreAbsentAndFalseOrEmptyIsUnset() {
    assertThat(JSON.write(Fixtures.valid().build())).isEqualTo(WITHOUT + "}");
    ParsedShareRequest read = JSON.read(WITHOUT + ",\"disableForward\":false,\"isUpdatableMessage\":false,"
        + "\"isSecretMessage\":null,\"extraInfo\":{}}");
    assertThat(read.violations()).isEmpty();
    assertThat(JSON.write(read.request())).isEqualTo(WITHOUT + "}");
    assertThat(read.request()).isEqualTo(Fixtures.valid().build());
    assertThat(read.request().extraInfo()).isEmpty();
  }

  @Test
  void setTheyAreWrittenInTheContractsOrderWithExtraInfoSortedByKey() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("zeta", "最后");
    extra.put("activity_id", "42");
    ShareMiniProgramRequest r = Fixtures.valid().disableForward(true).updatableMessage(true).secretMessage(true)
        .extraInfo(extra).build();
    String canonical = JSON.write(r);
    assertThat(canonical).isEqualTo(WITHOUT + ",\"disableForward\":true,\"isUpdatableMessage\":true,"
        + "\"isSecretMessage\":true,\"extraInfo\":{\"activity_id\":\"42\",\"zeta\":\"最后\"}}");
    assertThat(JSON.read(canonical).request()).isEqualTo(r);
    assertThat(r.extraInfo()).containsExactly(Map.entry("activity_id", "42"), Map.entry("zeta", "最后"));
    assertThatThrownBy(() -> r.extraInfo().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    extra.put("later", "change");
    assertThat(r.extraInfo()).as("a copy").doesNotContainKey("later");
    assertThat(r.newBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.toString()).endsWith(", disableForward=true, isUpdatableMessage=true, isSecretMessage=true, "
        + "extraInfo={activity_id=42, zeta=最后}, thumbDataHash=null, msgSignature=null}");
  }

  @Test
  void theBuilderRefusesNullsInTheMapAtOnce() {
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> Fixtures.valid().extraInfo(nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("extraInfo has a null value for k");
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    assertThatThrownBy(() -> Fixtures.valid().extraInfo(nullKey)).hasMessage("extraInfo has a null key");
    assertThatThrownBy(() -> Fixtures.valid().extraInfo(null)).hasMessageStartingWith("extraInfo == null");
  }

  @Test
  void aKeyGivenTwiceInsideExtraInfoIsADuplicateKeyWhereItRepeats() {
    ParsedShareRequest read = JSON.read(WITHOUT + ",\n\"extraInfo\": {\"a\": \"1\",\n  \"a\": \"2\"}}");
    assertThat(read.violations()).hasSize(1);
    Violation v = read.violations().get(0);
    assertThat(v.pointer()).isEqualTo("/extraInfo/a");
    assertThat(v.code()).isEqualTo("json.duplicateKey");
    assertThat(v.line()).isEqualTo(3);
    assertThat(v.column()).isEqualTo(3);
  }

  @Test
  void messagesNameTheFieldTheKeyAndTheLimits() {
    List<Violation> v = JSON.read(WITHOUT + ",\"disableForward\":\"true\",\"extraInfo\":{\"a\":\"b\",\"n\":1}}")
        .violations();
    assertThat(v).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/disableForward", "disableForward.type"),
        org.assertj.core.groups.Tuple.tuple("/extraInfo", "extraInfo.type"));
    assertThat(v.get(0).message(Locale.ROOT)).isEqualTo("Expected true or false. Got the string \"true\".");
    assertThat(v.get(1).message(Locale.ROOT)).isEqualTo("Every value of extraInfo must be a string; the value of \"n\" "
        + "is not. Got the number 1.");
    assertThat(v.get(1).message(Locale.SIMPLIFIED_CHINESE)).startsWith("extraInfo 的每个值都必须是字符串；\"n\" 的值不是。");

    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= ShareMiniProgramRequest.MAX_EXTRA_INFO_ENTRIES; i++) {
      many.put("k" + i, "v");
    }
    String tooMany = catchViolation(Fixtures.valid().extraInfo(many)).message(Locale.ROOT);
    assertThat(tooMany).contains("at most " + ShareMiniProgramRequest.MAX_EXTRA_INFO_ENTRIES + " entries",
        "keys of at most " + ShareMiniProgramRequest.MAX_EXTRA_INFO_KEY_LENGTH + " characters",
        "values of at most " + ShareMiniProgramRequest.MAX_EXTRA_INFO_VALUE_LENGTH + " characters");
    assertThat(catchViolation(Fixtures.valid().extraInfo(Map.of("", "v"))).message(Locale.ROOT))
        .contains("the OpenSDK drops an entry with an empty key");
  }

  private static Violation catchViolation(ShareMiniProgramRequest.Builder b) {
    try {
      b.build();
      throw new AssertionError("built");
    } catch (InvalidShareRequestException e) {
      assertThat(e.violations()).hasSize(1);
      return e.violations().get(0);
    }
  }
}
