package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's examples print what the README says they print. */
class ReadmeExamplesTest {
  @Test
  void theErrorExampleOutputIsTrue() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class, () ->
        ShareMiniProgramRequest.builder()
            .userName("wx1234567890abcdef").path("pages/index/index")
            .imagePath("/pages/thumb.png").webpageUrl("www.qq.com").build());
    List<String> lines = new ArrayList<>();
    e.violations().forEach(v -> lines.add(v.pointer() + " " + v.code() + ": " + v.message(Locale.ENGLISH)));
    e.violations().forEach(v -> lines.add(v.pointer() + " " + v.code() + ": " + v.message(Locale.SIMPLIFIED_CHINESE)));
    String readme = Fixtures.repoFile("README.md");
    int start = readme.indexOf("<!-- error-example:start -->\n```text\n");
    int end = readme.indexOf("```\n<!-- error-example:end -->");
    assertThat(start).isPositive();
    assertThat(readme.substring(start + "<!-- error-example:start -->\n```text\n".length(), end))
        .isEqualTo(String.join("\n", lines) + "\n");
  }
}
