package io.github.wxshare.core;

import static io.github.wxshare.core.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ShareMiniProgramRequestTest {

  static Stream<RuleCases.Case> javaCases() {
    return RuleCases.all().stream().filter(c -> !c.jsonOnly);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaCases")
  void buildJudgesEveryCaseOfTheTable(RuleCases.Case c) {
    ShareMiniProgramRequest.Builder b = Fixtures.builderWith(c.field, c.java);
    if (c.code == null) {
      assertThat(b.build()).isNotNull();
    } else {
      InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class, b::build);
      assertThat(e).as("build() must reject %s", c).isNotNull();
      assertThat(e.violations()).extracting(Violation::pointer, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/" + c.field, c.code));
    }
  }

  @Test
  void defaultsAreThoseOfTheContract() {
    ShareMiniProgramRequest r = Fixtures.valid().build();
    assertThat(r.title()).isNull();
    assertThat(r.description()).isNull();
    assertThat(r.withShareTicket()).isFalse();
    assertThat(r.miniprogramType()).isEqualTo(MiniProgramType.RELEASE);
    assertThat(r.scene()).isEqualTo(ShareScene.SESSION);
  }

  @Test
  void emptyBuilderReportsEveryRequiredFieldAtOnce() {
    InvalidShareRequestException e =
        catchThrowableOfType(InvalidShareRequestException.class, () -> ShareMiniProgramRequest.builder().build());
    assertThat(codes(e.violations()))
        .containsExactly("userName.required", "path.required", "imagePath.required", "webpageUrl.required");
    assertThat(e.violations()).extracting(Violation::pointer)
        .containsExactly("/userName", "/path", "/imagePath", "/webpageUrl");
  }

  @Test
  void everyBadFieldIsReportedInFieldOrder() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class, () ->
        ShareMiniProgramRequest.builder()
            .userName("wx1234567890abcdef")
            .path("https://example.com")
            .title("x".repeat(600))
            .imagePath("https://cdn.example.com/a.png")
            .webpageUrl("www.qq.com")
            .build());
    assertThat(codes(e.violations())).containsExactly(
        "userName.appId", "path.url", "title.length", "imagePath.remote", "webpageUrl.scheme");
  }

  @Test
  void exceptionMessageListsEveryViolationInEnglishAndLocalisesOnRequest() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().userName("wx1234567890abcdef").webpageUrl("www.qq.com").build());
    assertThat(e.getMessage()).startsWith("Invalid share request (2 violations):")
        .contains("/userName: userName.appId: \"wx1234567890abcdef\" is an AppID")
        .contains("/webpageUrl: webpageUrl.scheme:")
        .contains("Did you mean https://www.qq.com?");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("是 AppID").contains("您是不是想写 https://www.qq.com？");
  }

  @Test
  void exceptionMessageIsRenderedOnceWhenAskedAndSurvivesSerialisation() throws Exception {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().userName("wx1234567890abcdef").build());
    String message = e.getMessage();
    assertThat(e.getMessage()).isSameAs(message);
    assertThat(e).hasMessage(message);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }
    InvalidShareRequestException back = (InvalidShareRequestException) copy;
    assertThat(back.getMessage()).isEqualTo(message);
    assertThat(back.getLocalizedMessage()).isEqualTo(message);
    assertThat(back.toString()).isEqualTo(InvalidShareRequestException.class.getName() + ": " + message);
    assertThat(back.getStackTrace()).isNotEmpty();
  }

  @Test
  void settersOfRequiredFieldsRejectNullAtOnce() {
    ShareMiniProgramRequest.Builder b = ShareMiniProgramRequest.builder();
    assertThatThrownBy(() -> b.userName(null)).isInstanceOf(NullPointerException.class).hasMessage("userName == null");
    assertThatThrownBy(() -> b.path(null)).hasMessage("path == null");
    assertThatThrownBy(() -> b.imagePath(null)).hasMessage("imagePath == null");
    assertThatThrownBy(() -> b.webpageUrl(null)).hasMessage("webpageUrl == null");
    assertThatThrownBy(() -> b.miniprogramType(null)).hasMessage("miniprogramType == null");
    assertThatThrownBy(() -> b.scene(null)).hasMessage("scene == null");
  }

  @Test
  void nullTitleAndDescriptionMeanAbsent() {
    ShareMiniProgramRequest r = Fixtures.valid().title("t").description("d").build();
    ShareMiniProgramRequest cleared = r.newBuilder().title(null).description(null).build();
    assertThat(cleared).isEqualTo(Fixtures.valid().build());
  }

  @Test
  void newBuilderCopiesEveryFieldAndLeavesTheOriginalAlone() {
    ShareMiniProgramRequest r = Fixtures.valid().title("t").description("d").withShareTicket(true)
        .miniprogramType(MiniProgramType.PREVIEW).build();
    ShareMiniProgramRequest copy = r.newBuilder().build();
    assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
    ShareMiniProgramRequest changed = r.newBuilder().path("pages/other/other").build();
    assertThat(changed.path()).isEqualTo("pages/other/other");
    assertThat(r.path()).isEqualTo("pages/index/index");
    assertThat(changed).isNotEqualTo(r);
  }

  @Test
  void equalsComparesEveryField() {
    ShareMiniProgramRequest r = Fixtures.valid().build();
    List<ShareMiniProgramRequest> variants = List.of(
        r.newBuilder().userName("gh_0123456789ab").build(),
        r.newBuilder().path("pages/a").build(),
        r.newBuilder().title("t").build(),
        r.newBuilder().description("d").build(),
        r.newBuilder().imagePath("/a.png").build(),
        r.newBuilder().webpageUrl("https://a.example").build(),
        r.newBuilder().withShareTicket(true).build(),
        r.newBuilder().miniprogramType(MiniProgramType.TEST).build());
    for (ShareMiniProgramRequest v : variants) {
      assertThat(v).isNotEqualTo(r);
    }
    assertThat(r).isEqualTo(Fixtures.valid().build()).isNotEqualTo(null).isNotEqualTo("r");
  }

  @Test
  void toStringNamesEveryField() {
    assertThat(Fixtures.valid().title("t").build().toString()).isEqualTo(
        "ShareMiniProgramRequest{userName=gh_d43f693ca31f, path=pages/index/index, title=t, description=null, "
            + "imagePath=/pages/thumb.png, webpageUrl=https://www.qq.com, withShareTicket=false, "
            + "miniprogramType=RELEASE, scene=SESSION, thumbDataHash=null, msgSignature=null}");
  }

  @Test
  void miniProgramTypeCodesMatchTheOpenSdk() {
    assertThat(MiniProgramType.RELEASE.code()).isZero();
    assertThat(MiniProgramType.TEST.code()).isEqualTo(1);
    assertThat(MiniProgramType.PREVIEW.code()).isEqualTo(2);
    for (MiniProgramType t : MiniProgramType.values()) {
      assertThat(MiniProgramType.ofCode(t.code())).isSameAs(t);
    }
    assertThatThrownBy(() -> MiniProgramType.ofCode(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 is not 0 (release), 1 (development) or 2 (trial)");
  }

  @Test
  void onlyTheChatSceneExists() {
    assertThat(ShareScene.values()).containsExactly(ShareScene.SESSION);
    assertThat(ShareScene.SESSION.code()).isZero();
  }

  @Test
  void userNameFormatOffersTheCorrectedId() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().userName("GH_D43F693CA31F@app").build());
    assertThat(e.violations().get(0).message(Locale.ROOT))
        .isEqualTo("\"GH_D43F693CA31F@app\" is not a Mini Program original id: use gh_ followed by 12 lower-case "
            + "hex digits, such as gh_d43f693ca31f (Mini Program admin console, Settings > Basic settings > "
            + "Account information). Did you mean gh_d43f693ca31f?");
  }

  @Test
  void appIdIsRejectedWithHint() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().userName("wx1234567890abcdef").build());
    assertThat(e.violations().get(0).message(Locale.ROOT)).isEqualTo(
        "\"wx1234567890abcdef\" is an AppID (wx and 16 hex digits), but sharing a card needs the Mini Program's "
            + "original id: gh_ followed by 12 lower-case hex digits, such as gh_d43f693ca31f, shown beside the "
            + "AppID in the Mini Program admin console.");
  }

  @Test
  void schemeLessUrlGetsTheHttpsSuggestion() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().webpageUrl("www.qq.com").build());
    assertThat(e.violations().get(0).message(Locale.ROOT)).isEqualTo(
        "\"www.qq.com\" is not an http or https URL: the fallback page that old WeChat versions open needs an "
            + "absolute URL with its scheme. Did you mean https://www.qq.com?");
  }

  @Test
  void missingSlashesAfterTheSchemeAreOffered() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().webpageUrl("http:192.168.1.140:8083/").build());
    assertThat(e.violations().get(0).code()).isEqualTo("webpageUrl.format");
    assertThat(e.violations().get(0).message(Locale.ROOT)).endsWith("Did you mean http://192.168.1.140:8083/?");
  }

  @Test
  void lengthMessagesGiveTheMeasureAndTheLimit() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().title("😀".repeat(129)).build());
    assertThat(e.violations().get(0).message(Locale.ROOT)).isEqualTo(
        "The text is 516 UTF-8 bytes long; at most 512 are allowed (a Chinese character takes 3 bytes, "
            + "an emoji 4). Shorten it.");
    assertThat(e.violations().get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "文本长度为 516 个 UTF-8 字节，最多允许 512 个（一个汉字占 3 字节，一个表情符号占 4 字节）。请缩短。");
  }

  @Test
  void messagesCutLongValuesAndEscapeControlCharacters() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> Fixtures.valid().path("pages/index?q=\u0000" + "x".repeat(200)).build());
    String message = e.violations().get(0).message(Locale.ROOT);
    assertThat(message).startsWith("\"pages/index?q=\\u0000xxx").contains("x\u2026\" is not a page route");
    assertThat(message).doesNotContain("\u0000");
  }
}
