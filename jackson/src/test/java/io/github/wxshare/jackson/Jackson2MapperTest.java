package io.github.wxshare.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.jackson.cases.Engine;
import io.github.wxshare.jackson.cases.MapperCases;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared cases on Jackson 2, and what is Jackson 2's own. */
class Jackson2MapperTest extends MapperCases {
  private static final String TRAILING = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"} x";

  @Override
  protected Engine engine() {
    return new Jackson2Engine();
  }

  @Test
  void findAndRegisterModulesFindsTheModuleAndAPlainMapperWithoutItSaysWhy() {
    assertThat(Jackson2Engine.MAPPER.getRegisteredModuleIds()).contains(WxShareModule.class.getName());
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(
        ShareRequestJson.create().read("{\"userName\":\"gh_d43f693ca31f\",\"path\":\"p\",\"imagePath\":\"/a.png\","
            + "\"webpageUrl\":\"https://a.b\"}").request()))
        .hasMessageContaining("No serializer found");
  }

  @Test
  void withFailOnTrailingTokensJackson2RefusesContentAfterTheValueAsTheCodecDoes() throws Exception {
    ObjectMapper strict = JsonMapper.builder().addModule(new WxShareModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    assertThatThrownBy(() -> strict.readValue(TRAILING, ShareMiniProgramRequest.class))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class).hasMessageContaining("'x'");
    assertThat(Jackson2Engine.MAPPER.readValue(TRAILING, ShareMiniProgramRequest.class)).isNotNull();
  }

  @Test
  void theExceptionIsAMismatchedInputExceptionWhoseMessageListsEveryViolation() {
    assertThatThrownBy(() -> Jackson2Engine.MAPPER.readValue("{\"userName\":\"wx1234567890abcdef\"}",
        ShareMiniProgramRequest.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("Invalid share request (4 violations):\n  /userName: userName.appId:")
        .satisfies(e -> assertThat(((InvalidShareRequestJsonException) e).getMessage(Locale.SIMPLIFIED_CHINESE))
            .contains("/userName: userName.appId: \"wx1234567890abcdef\" 是 AppID"));
  }

  @Test
  void aSmallerBoundComesFromTheCodecGiven() throws Exception {
    ObjectMapper small = JsonMapper.builder().addModule(new WxShareModule().codec(ShareRequestJson.withMaxDocumentBytes(50)))
        .build();
    assertThatThrownBy(() -> small.readValue("{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
        + "\"imagePath\":\"/pages/thumb.png\"}", ShareMiniProgramRequest.class))
        .isInstanceOfSatisfying(InvalidShareRequestJsonException.class,
            e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("json.tooLarge"));
  }

  @Test
  void messageLocaleSuppliesTheLanguageOfEachWrite() throws Exception {
    Locale[] current = {Locale.ENGLISH};
    ObjectMapper mapper = JsonMapper.builder().addModule(new WxShareModule().messageLocale(() -> current[0])).build();
    Object violation = ShareRequestJson.create().read("[]").violations().get(0);
    assertThat(mapper.writeValueAsString(violation)).contains("A share request is a JSON object");
    current[0] = Locale.forLanguageTag("zh-HK");
    assertThat(mapper.writeValueAsString(violation)).contains("分享請求應為 JSON 物件");
  }
}
