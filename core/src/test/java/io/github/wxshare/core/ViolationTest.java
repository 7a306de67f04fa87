package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ViolationTest {
  private static Violation appId() {
    return ShareRequestJson.create().read(Fixtures.withField("userName", "\"wx1234567890abcdef\"")).violations().get(0);
  }

  @Test
  void violationsAreValuesAndPrintPointerCodeAndEnglishMessage() {
    assertThat(appId()).isEqualTo(appId()).hasSameHashCodeAs(appId());
    assertThat(appId()).isNotEqualTo(ShareRequestJson.create().read(Fixtures.withField("userName", "\"wx0000000000000000\""))
        .violations().get(0));
    assertThat(appId().toString()).startsWith("/userName userName.appId: \"wx1234567890abcdef\" is an AppID");
  }

  @Test
  void messageFollowsTheDefaultLocaleAndAnyOtherOnRequest() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(appId().message()).contains("是 AppID");
      Locale.setDefault(Locale.FRANCE);
      assertThat(appId().message()).contains("is an AppID");
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(appId().message(Locale.CHINA)).isEqualTo(appId().message(Locale.SIMPLIFIED_CHINESE));
    assertThat(appId().message(Locale.JAPANESE)).isEqualTo(appId().message(Locale.ENGLISH));
    assertThatThrownBy(() -> appId().message(null)).hasMessage("locale == null");
  }

  static final class Plain {
    @NotNull String name;
  }

  @Test
  void otherConstraintsGetTheAnnotationNameAsKind() {
    try (ValidatorFactory f = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      List<Violation> v = f.getValidator().validate(new Plain()).stream().map(Violation::of).toList();
      assertThat(v).extracting(Violation::pointer, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/name", "name.NotNull"));
      assertThat(v.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(v.get(0).message(Locale.ROOT));
    }
  }
}
