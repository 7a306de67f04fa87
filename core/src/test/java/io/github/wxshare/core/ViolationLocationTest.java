package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationLocationTest {
  private static final ShareRequestJson JSON = ShareRequestJson.create();

  private static List<Violation> read(String doc) {
    return JSON.read(doc.getBytes(StandardCharsets.UTF_8)).violations();
  }

  @Test
  void eachViolationPointsAtItsKeyOrValueInLinesAndCodePoints() {
    String doc = "{\r\n"
        + "  \"title\": \"\uD83D\uDE00\uD83D\uDE00\", \"userName\": \"wx1234567890abcdef\",\n"
        + "  \"MiniprogramType\": 1,\n"
        + "\t\"scene\": \"0\",\n"
        + "  \"path\": \"pages/a\", \"path\": \"pages/b\"\n"
        + "}";
    assertThat(read(doc)).extracting(Violation::pointer, Violation::code, Violation::line, Violation::column).containsExactly(
        tuple("/MiniprogramType", "json.unknownProperty", 3, 3),
        tuple("/path", "json.duplicateKey", 5, 22),
        tuple("/scene", "scene.type", 4, 11),
        tuple("/userName", "userName.appId", 2, 30),
        tuple("/imagePath", "imagePath.required", 1, 1),
        tuple("/webpageUrl", "webpageUrl.required", 1, 1));
  }

  @Test
  void aRequiredFieldTheDocumentLacksPointsAtItsOpeningBrace() {
    assertThat(read("\n\n   {\"userName\":\"gh_d43f693ca31f\"}")).extracting(Violation::line, Violation::column)
        .containsOnly(tuple(3, 4));
  }

  @Test
  void aNullValueIsWhereTheRequiredFieldWasGiven() {
    assertThat(read("{\"userName\":\"gh_d43f693ca31f\",\n \"path\": null}").get(0))
        .extracting(Violation::code, Violation::line, Violation::column).containsExactly("path.required", 2, 10);
  }

  @Test
  void syntaxErrorsAreWhereTheTextStopsBeingJson() {
    Violation v = read("{\n  \"userName\": \"gh_d43f693ca31f\",\n  // a comment\n}").get(0);
    assertThat(v).extracting(Violation::code, Violation::line, Violation::column).containsExactly("json.syntax", 3, 3);
    assertThat(JSON.read("\uFEFF{\"a\" 1}").violations().get(0)).extracting(Violation::line, Violation::column)
        .containsExactly(1, 6);
    byte[] withBom = "\uFEFF{\"a\" 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(withBom).violations().get(0)).extracting(Violation::line, Violation::column).containsExactly(1, 6);
  }

  @Test
  void findingsAboutTheWholeDocumentAreAtLineOneColumnOne() {
    assertThat(read("\n\n[1]").get(0)).extracting(Violation::code, Violation::line, Violation::column)
        .containsExactly("json.notObject", 1, 1);
    assertThat(ShareRequestJson.withMaxDocumentBytes(5).read("{\n\"a\":1}").violations().get(0))
        .extracting(Violation::code, Violation::line, Violation::column).containsExactly("json.tooLarge", 1, 1);
  }

  @Test
  void stringsAndBytesGiveTheSamePlaces() {
    String doc = "{\"title\":\"\u4e2d\u6587\", \"userName\": 1}";
    assertThat(JSON.read(doc).violations()).extracting(Violation::line, Violation::column)
        .isEqualTo(read(doc).stream().map(v -> tuple(v.line(), v.column())).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void violationsNotReadFromATextHaveNoPlaceAndThePlaceIsNotPartOfEquality() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> ShareMiniProgramRequest.builder().userName("wx1234567890abcdef").path("pages/index/index")
            .imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com").build());
    Violation built = e.violations().get(0);
    assertThat(built.line()).isZero();
    assertThat(built.column()).isZero();
    Violation read = read("{\"userName\":\"wx1234567890abcdef\",\"path\":\"pages/index/index\","
        + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"}").get(0);
    assertThat(read.line()).isEqualTo(1);
    assertThat(read.column()).isEqualTo(13);
    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(read.under("/shares/0")).extracting(Violation::line, Violation::column).containsExactly(0, 0);
    assertThat(read.under("")).extracting(Violation::line, Violation::column).containsExactly(0, 0);
  }

  @Test
  void withoutPlacesKeepsTheAnswerAndDropsOnlyThePlaces() {
    ParsedShareRequest placed = JSON.read("{\n \"userName\": 1}");
    ParsedShareRequest unplaced = placed.withoutPlaces();
    assertThat(unplaced.violations()).isEqualTo(placed.violations())
        .allMatch(v -> v.line() == 0 && v.column() == 0);
    assertThat(placed.violations().get(0).line()).isEqualTo(2);
    assertThat(unplaced.withoutPlaces()).isSameAs(unplaced);
    ParsedShareRequest valid = JSON.read(Fixtures.BASE_JSON);
    assertThat(valid.withoutPlaces()).isSameAs(valid);
  }
}
