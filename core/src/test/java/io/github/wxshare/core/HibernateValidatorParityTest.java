package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate Validator 9.1, running the annotations on {@link ShareMiniProgramRequest}'s fields, gives
 * the pointers and codes that {@code build()} gives, for every case of the table.
 */
class HibernateValidatorParityTest {
  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static Stream<RuleCases.Case> javaCases() {
    return RuleCases.all().stream().filter(c -> !c.jsonOnly);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaCases")
  void hibernateValidatorAgreesWithBuild(RuleCases.Case c) {
    List<Violation> hv = VALIDATOR.validateValue(ShareMiniProgramRequest.class, c.field, c.java).stream()
        .map(Violation::of).collect(Collectors.toList());
    List<Violation> built;
    try {
      Fixtures.builderWith(c.field, c.java).build();
      built = List.of();
    } catch (InvalidShareRequestException e) {
      built = e.violations();
    }
    assertThat(hv).extracting(Violation::pointer, Violation::code)
        .as("Hibernate Validator on %s", c)
        .containsExactlyElementsOf(built.stream()
            .map(v -> org.assertj.core.groups.Tuple.tuple(v.pointer(), v.code())).collect(Collectors.toList()));
    assertThat(Fixtures.codes(hv)).containsExactlyElementsOf(c.code == null ? List.of() : List.of(c.code));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
      assertThat(hv).extracting(v -> v.message(locale)).as("messages in %s for %s", locale, c)
          .containsExactlyElementsOf(built.stream().map(v -> v.message(locale)).collect(Collectors.toList()));
    }
  }

  @Test
  void requiredFieldsThatAreNullAreRequired() {
    for (String field : List.of("userName", "path", "imagePath", "webpageUrl")) {
      Set<ConstraintViolation<ShareMiniProgramRequest>> v = VALIDATOR.validateValue(ShareMiniProgramRequest.class, field, null);
      assertThat(v).extracting(cv -> Violation.of(cv).code()).containsExactly(field + ".required");
    }
    assertThat(VALIDATOR.validateValue(ShareMiniProgramRequest.class, "title", null)).isEmpty();
  }

  @Test
  void everyBuiltRequestIsValidForHibernateValidator() {
    assertThat(VALIDATOR.validate(Fixtures.valid().title("t").withShareTicket(true).build())).isEmpty();
  }

  @Test
  void hibernateValidatorMessagesNameTheValueAndTheFixAsBuildDoes() {
    Violation hv = Violation.of(VALIDATOR.validateValue(ShareMiniProgramRequest.class, "webpageUrl", "www.qq.com")
        .iterator().next());
    Violation built = RequestRules.check(Fixtures.builderWith("webpageUrl", "www.qq.com"), 0).get(0);
    assertThat(hv.message(Locale.ROOT)).isEqualTo(built.message(Locale.ROOT))
        .isEqualTo("\"www.qq.com\" is not an http or https URL: the fallback page that old WeChat versions open "
            + "needs an absolute URL with its scheme. Did you mean https://www.qq.com?");
  }

  @Test
  void hibernateValidatorLengthMessagesQuoteTheAnnotationLimit() {
    Violation hv = Violation.of(VALIDATOR.validateValue(ShareMiniProgramRequest.class, "title", "中".repeat(171))
        .iterator().next());
    assertThat(hv.message(Locale.ROOT)).startsWith("The text is 513 UTF-8 bytes long; at most 512 are allowed");
  }

  @Test
  void hibernateValidatorMessagesAreChineseInAChineseLocale() {
    Validator zh = FACTORY.usingContext().messageInterpolator(new ParameterMessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
      }
    }).getValidator();
    ConstraintViolation<ShareMiniProgramRequest> v =
        zh.validateValue(ShareMiniProgramRequest.class, "userName", "wx1234567890abcdef").iterator().next();
    assertThat(v.getMessage()).startsWith("\"wx1234567890abcdef\" 是 AppID");
    assertThat(Violation.of(v).code()).isEqualTo("userName.appId");
  }

  @Test
  void valuesThatLookLikeTemplatesAreNotInterpolated() {
    ConstraintViolation<ShareMiniProgramRequest> v = VALIDATOR
        .validateValue(ShareMiniProgramRequest.class, "userName", "{max} ${1+1} \\{x}").iterator().next();
    assertThat(v.getMessage()).startsWith("\"{max} ${1+1} \\\\{x}\" is not a Mini Program original id");
  }
}
