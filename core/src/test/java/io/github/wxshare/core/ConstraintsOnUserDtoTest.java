package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.wxshare.core.constraints.ChatScene;
import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import io.github.wxshare.core.constraints.LocalImagePath;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramTypeCode;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.Utf8Length;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A user's own classes reuse wxshare's constraints and get the same codes. */
class ConstraintsOnUserDtoTest {
  /** What a back end might accept from its admin UI before it builds share requests. */
  static final class CampaignForm {
    @Required @MiniProgramUserName String miniProgram;
    @Required @MiniProgramPath String landingPage;
    @Utf8Length(max = 64) String headline;
    @LocalImagePath String cover;
    @FallbackWebpageUrl String fallback;
    @MiniProgramTypeCode Integer version;
    @ChatScene int scene;
    List<@Required @MiniProgramPath(maxLength = 100) String> extraPages = List.of();
    List<@Valid CampaignForm> children = List.of();
  }

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static List<Violation> validate(Object bean) {
    return VALIDATOR.validate(bean).stream().map(Violation::of)
        .sorted(java.util.Comparator.comparing(Violation::pointer)).collect(Collectors.toList());
  }

  static final class NegativeLimits {
    @Utf8Length(max = -1) String headline = "x";
    @MiniProgramPath(maxLength = -5) String page = "pages/a";
  }

  @Test
  void aNegativeLimitIsRefusedAsHibernateValidatorRefusesItsOwn() {
    assertThatThrownBy(() -> VALIDATOR.validate(new NegativeLimits()))
        .isInstanceOf(jakarta.validation.ConstraintDeclarationException.class)
        .hasMessageMatching("@(Utf8Length\\(max = -1\\): max|MiniProgramPath\\(maxLength = -5\\): maxLength) must be 0 or more");
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.Utf8LengthValidator(-1))
        .isInstanceOf(jakarta.validation.ConstraintDeclarationException.class)
        .hasMessage("@Utf8Length(max = -1): max must be 0 or more");
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.LocalImagePathValidator(-2))
        .hasMessage("@LocalImagePath(maxLength = -2): maxLength must be 0 or more");
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.FallbackWebpageUrlValidator(-3))
        .hasMessage("@FallbackWebpageUrl(maxBytes = -3): maxBytes must be 0 or more");
    assertThat(new io.github.wxshare.core.internal.Utf8LengthValidator(0).find("")).isNull();
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.ExtraInfoValidator(-1, 64, 1024))
        .hasMessage("@ExtraInfo(maxEntries = -1): maxEntries must be 0 or more");
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.ExtraInfoValidator(32, -4, 1024))
        .hasMessage("@ExtraInfo(maxKeyLength = -4): maxKeyLength must be 0 or more");
    assertThatThrownBy(() -> new io.github.wxshare.core.internal.ExtraInfoValidator(32, 64, -5))
        .hasMessage("@ExtraInfo(maxValueLength = -5): maxValueLength must be 0 or more");
  }

  @Test
  void aValidFormHasNoViolations() {
    CampaignForm form = new CampaignForm();
    form.miniProgram = "gh_d43f693ca31f";
    form.landingPage = "pages/sale/sale?id=9";
    form.headline = "双十一";
    form.cover = "/pages/cover.jpg";
    form.fallback = "https://example.com/sale";
    form.version = 2;
    assertThat(validate(form)).isEmpty();
  }

  @Test
  void aUsersFieldsGetCodesNamedAfterThem() {
    CampaignForm form = new CampaignForm();
    form.miniProgram = "wx1234567890abcdef";
    form.landingPage = "   ";
    form.headline = "中".repeat(22);
    form.cover = "https://cdn.example.com/cover.jpg";
    form.fallback = "example.com";
    form.version = 7;
    form.scene = 1;
    assertThat(validate(form)).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/cover", "cover.remote"),
        tuple("/fallback", "fallback.scheme"),
        tuple("/headline", "headline.length"),
        tuple("/landingPage", "landingPage.required"),
        tuple("/miniProgram", "miniProgram.appId"),
        tuple("/scene", "scene.unsupported"),
        tuple("/version", "version.range"));
  }

  @Test
  void containerElementsAndNestedBeansGetPointersWithIndexes() {
    CampaignForm child = new CampaignForm();
    child.miniProgram = "gh_d43f693ca31f";
    child.landingPage = "http://x";
    CampaignForm form = new CampaignForm();
    form.miniProgram = "gh_d43f693ca31f";
    form.landingPage = "pages/a";
    form.extraPages = List.of("pages/b", "pages/./c");
    form.children = List.of(child);
    assertThat(validate(form)).extracting(Violation::pointer, Violation::code).containsExactly(
        tuple("/children/0/landingPage", "landingPage.url"),
        tuple("/extraPages/1", "extraPages.format"));
  }

  static final class CustomMessage {
    @MiniProgramUserName(message = "pick a real mini program") String id = "nope";
  }

  @Test
  void aCustomMessageIsKeptAndTheCodeStillNamesTheKind() {
    List<Violation> v = validate(new CustomMessage());
    assertThat(v).extracting(Violation::code).containsExactly("id.format");
    assertThat(v.get(0).message()).isEqualTo("pick a real mini program");
  }
}
