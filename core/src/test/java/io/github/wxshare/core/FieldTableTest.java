package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The field table is the one list the reader, the writer, the rules and the messages go through. */
class FieldTableTest {
  private static final ShareRequestJson CODEC = ShareRequestJson.create();

  @Test
  void eachBooleanFieldReadFromADocumentSetsItselfAndNoOther() {
    for (Field set : Field.ALL) {
      if (set.kind != Field.Kind.FLAG && set.kind != Field.Kind.BOOLEAN_OR_TEXT) {
        continue;
      }
      String json = Fixtures.BASE_JSON.replace("}", ",\"" + set.key + "\":true}");
      ShareMiniProgramRequest r = CODEC.read(json).request();
      for (Field other : Field.ALL) {
        if (other.kind == Field.Kind.FLAG || other.kind == Field.Kind.BOOLEAN_OR_TEXT) {
          assertThat(r.value(other)).as("%s after %s: true", other.key, set.key).isEqualTo(other == set);
        }
      }
    }
  }

  @Test
  void theKeysAreTheTablesInItsOrderAndTheCanonicalFormWritesThemSo() {
    List<String> keys = new ArrayList<>();
    for (Field f : Field.ALL) {
      keys.add(f.key);
    }
    assertThat(ShareRequestJson.keys()).containsExactlyElementsOf(keys);
    assertThat(Field.COUNT).isLessThanOrEqualTo(64);
    ShareMiniProgramRequest full = ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index")
        .title("t").description("d").imagePath("/a.png").webpageUrl("https://www.qq.com").disableForward(true)
        .updatableMessage(true).secretMessage(true).extraInfo(java.util.Map.of("k", "v"))
        .thumbDataHash("3f0a7c1e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a").msgSignature("c2lnbmVk").build();
    String written = CODEC.write(full);
    int at = -1;
    for (String key : keys) {
      int next = written.indexOf("\"" + key + "\":");
      assertThat(next).as("%s in %s", key, written).isGreaterThan(at);
      at = next;
    }
    assertThat(CODEC.read(written).request()).isEqualTo(full).hasSameHashCodeAs(full);
  }

  @Test
  void theUnknownKeyMessageListsEveryKeyOfTheTableInEachLanguage() {
    Violation v = CODEC.read(Fixtures.BASE_JSON.replace("}", ",\"zzzzzzzzzzzz\":1}")).violations().get(0);
    assertThat(v.code()).isEqualTo("json.unknownProperty");
    assertThat(v.message(Locale.ENGLISH)).endsWith("isSecretMessage, extraInfo, thumbDataHash and msgSignature.");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("thumbDataHash \u548c msgSignature");
    for (Locale language : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE}) {
      for (String key : ShareRequestJson.keys()) {
        assertThat(v.message(language)).as("%s in %s", key, language).contains(key);
      }
    }
  }
}
