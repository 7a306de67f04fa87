package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.Utf8Length;
import io.github.wxshare.core.internal.Languages;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One choice of language for every tag, and a provider's violations rendered in each language. */
class LanguagesTest {
  // Hibernate Validator in its default (English) locale: the provider's messages are English;
  // Violation.of must still speak every language.
  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
      "zh, SIMPLIFIED_CHINESE", "zh-CN, SIMPLIFIED_CHINESE", "zh-Hans, SIMPLIFIED_CHINESE",
      "zh-SG, SIMPLIFIED_CHINESE", "zh-Hans-TW, SIMPLIFIED_CHINESE", "zh-Hant, TRADITIONAL_CHINESE",
      "zh-TW, TRADITIONAL_CHINESE", "zh-HK, TRADITIONAL_CHINESE", "zh-MO, TRADITIONAL_CHINESE",
      "zh-Hant-CN, TRADITIONAL_CHINESE", "en, ENGLISH", "en-US, ENGLISH", "fr-FR, ENGLISH", "ja, ENGLISH",
      "'', ENGLISH", "not a tag, ENGLISH"})
  void aTagReadsOneLanguage(String tag, Languages expected) {
    assertThat(Languages.ofTag(tag)).isEqualTo(expected);
    assertThat(Languages.of(Locale.forLanguageTag(tag))).isEqualTo(expected);
  }

  @Test
  void aTagWrittenWithUnderscoresReadsAsItsHyphenatedForm() {
    assertThat(Languages.ofTag("zh_TW")).isEqualTo(Languages.TRADITIONAL_CHINESE);
    assertThat(Languages.ofTag("zh_CN")).isEqualTo(Languages.SIMPLIFIED_CHINESE);
    assertThat(Languages.ofTag(" zh-HK ")).isEqualTo(Languages.TRADITIONAL_CHINESE);
    assertThat(Languages.ofTag(null)).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void javasOwnChineseLocalesReadAsTheirTagsDo() {
    assertThat(Languages.of(Locale.CHINESE)).isEqualTo(Languages.SIMPLIFIED_CHINESE);
    assertThat(Languages.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Languages.SIMPLIFIED_CHINESE);
    assertThat(Languages.of(Locale.CHINA)).isEqualTo(Languages.SIMPLIFIED_CHINESE);
    assertThat(Languages.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Languages.TRADITIONAL_CHINESE);
    assertThat(Languages.of(Locale.TAIWAN)).isEqualTo(Languages.TRADITIONAL_CHINESE);
    assertThat(Languages.of(new Locale("zh", "HK"))).isEqualTo(Languages.TRADITIONAL_CHINESE);
    assertThat(Languages.of(Locale.ROOT)).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void aViolationSpeaksEachLanguageWithWeChatsOwnTerms() {
    Violation v = appIdViolation();
    assertThat(v.message(Locale.forLanguageTag("zh-SG"))).isEqualTo(v.message(Locale.CHINESE))
        .startsWith("\"wx1234567890abcdef\" 是 AppID").contains("小程序原始 ID");
    assertThat(v.message(Locale.forLanguageTag("zh-HK"))).isEqualTo(v.message(Locale.TAIWAN))
        .isEqualTo(v.message(Locale.forLanguageTag("zh-Hant")))
        .startsWith("\"wx1234567890abcdef\" 是 AppID").contains("小程式原始 ID").contains("管理後台");
    assertThat(v.message(Locale.forLanguageTag("en-US"))).startsWith("\"wx1234567890abcdef\" is an AppID");
  }

  static final class Form {
    @Required @MiniProgramUserName String miniProgram = "wx1234567890abcdef";
    @Required @MiniProgramPath String landingPage = "https://example.com/pages/index";
    @MiniProgramPath(maxLength = 5) String shortPage = "pages/index";
    @Utf8Length(max = 3) String headline = "双十一";
    @Required String owner = " ";
  }

  @Test
  void aProvidersViolationRendersOurMessageInEveryLanguageAsBuildWould() {
    List<Violation> found = VALIDATOR.validate(new Form()).stream().map(Violation::of)
        .sorted(Comparator.comparing(Violation::pointer)).collect(Collectors.toList());
    assertThat(found).extracting(Violation::pointer, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/headline", "headline.length"),
        org.assertj.core.groups.Tuple.tuple("/landingPage", "landingPage.url"),
        org.assertj.core.groups.Tuple.tuple("/miniProgram", "miniProgram.appId"),
        org.assertj.core.groups.Tuple.tuple("/owner", "owner.required"),
        org.assertj.core.groups.Tuple.tuple("/shortPage", "shortPage.length"));
    Violation built = appIdViolation();
    Violation fromProvider = found.get(2);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
      assertThat(fromProvider.message(locale)).isEqualTo(built.message(locale));
    }
    assertThat(found.get(0).message(Locale.ENGLISH)).startsWith("The text is 9 UTF-8 bytes long; at most 3 are allowed");
    assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).startsWith("文本长度为 9 个 UTF-8 字节，最多允许 3 个");
    assertThat(found.get(4).message(Locale.TRADITIONAL_CHINESE)).startsWith("頁面路徑長度為 11 個字元，最多允許 5 個");
    for (Violation v : found) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        // A constraint reused on a user's field never names a field of the contract's.
        assertThat(v.message(locale)).as(v.code()).doesNotContain("{").doesNotContainPattern(
            "\\b(userName|path|imagePath|webpageUrl|title|description)\\b");
      }
    }
  }

  @Test
  void aConstraintThatIsNotOursKeepsTheProvidersMessage() {
    final class Other {
      @jakarta.validation.constraints.NotNull String name;
    }
    Violation v = Violation.of(VALIDATOR.validate(new Other()).iterator().next());
    assertThat(v.code()).isEqualTo("name.NotNull");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(v.message(Locale.ENGLISH)).isEqualTo("must not be null");
  }

  private static Violation appIdViolation() {
    try {
      Fixtures.builderWith("userName", "wx1234567890abcdef").build();
      throw new AssertionError("expected a violation");
    } catch (InvalidShareRequestException e) {
      return e.violations().get(0);
    }
  }
}
