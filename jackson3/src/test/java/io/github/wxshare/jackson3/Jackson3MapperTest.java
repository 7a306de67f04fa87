package io.github.wxshare.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.jackson.cases.Engine;
import io.github.wxshare.jackson.cases.MapperCases;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shared cases on Jackson 3, and what is Jackson 3's own. */
class Jackson3MapperTest extends MapperCases {
  @Override
  protected Engine engine() {
    return new Jackson3Engine();
  }

  @Test
  void findAndAddModulesFindsTheModuleThatAMapperWithoutItLacks() {
    assertThat(Jackson3Engine.MAPPER.registeredModules()).anyMatch(m -> m instanceof WxShareModule);
    ShareMiniProgramRequest request = ShareRequestJson.create().read("{\"userName\":\"gh_d43f693ca31f\",\"path\":\"p\","
        + "\"imagePath\":\"/a.png\",\"webpageUrl\":\"https://a.b\"}").request();
    // Without the module, Jackson 3 writes the request as a bean with no properties.
    assertThat(JsonMapper.builder().build().writeValueAsString(request)).isEqualTo("{}");
    assertThat(Jackson3Engine.MAPPER.writeValueAsString(request)).isEqualTo(ShareRequestJson.create().write(request));
  }

  @Test
  void theExceptionIsAMismatchedInputExceptionWhoseMessageListsEveryViolation() {
    assertThatThrownBy(() -> Jackson3Engine.MAPPER.readValue("{\"userName\":\"wx1234567890abcdef\"}",
        ShareMiniProgramRequest.class))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("Invalid share request (4 violations):\n  /userName: userName.appId:")
        .satisfies(e -> assertThat(((InvalidShareRequestJsonException) e).getMessage(Locale.TRADITIONAL_CHINESE))
            .contains("/userName: userName.appId: \"wx1234567890abcdef\" 是 AppID"));
  }

  @Test
  void messageLocaleSuppliesTheLanguageOfEachWrite() {
    Locale[] current = {Locale.ENGLISH};
    JsonMapper mapper = JsonMapper.builder().addModule(new WxShareModule().messageLocale(() -> current[0])).build();
    Object violation = ShareRequestJson.create().read("[]").violations().get(0);
    assertThat(mapper.writeValueAsString(violation)).contains("A share request is a JSON object");
    current[0] = Locale.forLanguageTag("zh-Hans");
    assertThat(mapper.writeValueAsString(violation)).contains("分享请求应为 JSON 对象");
  }
}
