package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.constraints.ChatScene;
import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import io.github.wxshare.core.constraints.LocalImagePath;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramTypeCode;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.Utf8Length;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A user's own {@code message} on any wxshare constraint replaces wxshare's message. */
class CustomMessagesTest {
  static final class Form {
    @Required(message = "mine: required") String required = " ";
    @MiniProgramUserName(message = "mine: userName") String userName = "wx1234567890abcdef";
    @MiniProgramPath(message = "mine: path") String path = "https://x";
    @LocalImagePath(message = "mine: imagePath") String imagePath = "http://x/a.png";
    @FallbackWebpageUrl(message = "mine: webpageUrl") String webpageUrl = "www.qq.com";
    @Utf8Length(max = 1, message = "mine: length") String title = "ab";
    @MiniProgramTypeCode(message = "mine: type") Integer type = 3;
    @ChatScene(message = "mine: scene") int scene = 1;
  }

  @Test
  void everyConstraintTakesTheUsersMessage() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Map<String, String> messages = new TreeMap<>();
      for (ConstraintViolation<Form> v : factory.getValidator().validate(new Form())) {
        messages.put(v.getPropertyPath().toString(), v.getMessage());
      }
      assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
          "required", "mine: required", "userName", "mine: userName", "path", "mine: path",
          "imagePath", "mine: imagePath", "webpageUrl", "mine: webpageUrl", "title", "mine: length",
          "type", "mine: type", "scene", "mine: scene"));
    }
  }
}
