package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.internal.Display;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Text made for logs and terminals never carries a raw control, line-separator or bidi character
 * from a key, a value or a name: {@code toString()}, every exception's message and summary. A
 * request may hold CR, LF and ESC in its title, and a document may hold them in its keys; an app
 * that logs either must not write forged lines ({@code \r\n2026 INFO forged}), retitle a terminal
 * or write to its clipboard (OSC 52).
 */
class TextForLogsTest {
  /** A forged log line, a title change, a bell, DEL, a C1 CSI, bidi overrides and a line separator. */
  static final String HOSTILE = "a\r\n2026-12-07 INFO forged: json.unknownProperty\u001b]0;owned\u0007\u001b]52;c;cHdu\u0007"
      + "\u007f\u009b2J\u202e\u2066\u2028z";

  private static final String BASE = "\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"";

  /** One line, with no character a terminal or a log viewer would act on. */
  static void assertOneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      assertThat(Display.isUnsafe(text.charAt(i))).as("U+%04X at %d of %s", (int) text.charAt(i), i, text).isFalse();
    }
  }

  /** A summary: its own line breaks, each followed by the two-space indent, and nothing else unsafe. */
  static void assertSummary(String text, int lines) {
    String[] parts = text.split("\n", -1);
    assertThat(parts).hasSize(lines);
    for (int i = 0; i < parts.length; i++) {
      assertOneLine(parts[i]);
      assertThat(parts[i]).startsWith(i == 0 ? "Invalid share request (" : "  ");
    }
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.append('"').toString();
  }

  @Test
  void aRequestHoldingControlsInItsTextIsOneLineInToString() {
    ShareMiniProgramRequest request = ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index/index")
        .title("t\r\nforged\u001b[2J").description("d\u202e").imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com")
        .extraInfo(Map.of("k\r\nforged", "v\u001b]52;c;x\u0007")).build();
    assertOneLine(request.toString());
    assertThat(request.toString()).contains("title=t\\u000d\\u000aforged\\u001b[2J").contains("description=d\\u202e")
        .contains("extraInfo={k\\u000d\\u000aforged=v\\u001b]52;c;x\\u0007}");
    assertThat(request.title()).isEqualTo("t\r\nforged\u001b[2J"); // the value itself is kept
  }

  @Test
  void everySummaryOfADocumentWithHostileKeysAndValuesIsPrintable() {
    String key = json(HOSTILE);
    String document = "{" + key + ":1," + key + ":2,\"title\":" + json(HOSTILE) + ",\"userName\":" + json(HOSTILE)
        + ",\"extraInfo\":{" + key + ":\"v\"," + key + ":\"w\"}," + BASE.substring(BASE.indexOf(",\"path\"") + 1) + "}";
    ParsedShareRequest parsed = ShareRequestJson.create().read(document);
    assertThat(parsed.isValid()).isFalse();
    int count = parsed.violations().size();
    assertThat(count).isGreaterThanOrEqualTo(4);
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class, parsed::request);
    assertSummary(e.getMessage(), count + 1);
    assertSummary(e.getLocalizedMessage(), count + 1);
    assertSummary(e.getMessage(Locale.SIMPLIFIED_CHINESE), count + 1);
    assertSummary(e.getMessage(Locale.TRADITIONAL_CHINESE), count + 1);
    assertSummary(e.toString().substring(e.getClass().getName().length() + 2), count + 1);
    for (Violation v : parsed.violations()) {
      assertOneLine(v.toString());
      for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        assertOneLine(v.message(locale));
      }
    }
  }

  @Test
  void theBuildersExceptionQuotesHostileValuesEscaped() {
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class,
        () -> ShareMiniProgramRequest.builder().userName(HOSTILE).path(HOSTILE).imagePath(HOSTILE).webpageUrl(HOSTILE)
            .build());
    assertSummary(e.getMessage(), e.violations().size() + 1);
    assertSummary(e.getMessage(Locale.CHINA), e.violations().size() + 1);
  }

  @Test
  void aSummaryListsAHundredViolationsAndCountsTheRest() {
    StringBuilder document = new StringBuilder("{");
    for (int i = 0; i < 250; i++) {
      document.append("\"k").append(i).append("\\r\\n\":0,");
    }
    ParsedShareRequest parsed = ShareRequestJson.create().read(document.append(BASE).append('}').toString());
    InvalidShareRequestException e = catchThrowableOfType(InvalidShareRequestException.class, parsed::request);
    assertThat(e.violations()).hasSize(250);
    assertSummary(e.getMessage(), 102);
    assertThat(e.getMessage()).startsWith("Invalid share request (250 violations):\n  /k0\\u000d\\u000a: ")
        .endsWith("\n  \u2026 150 more");
  }

  /** A provider's own message (a constraint that is not wxshare's) may quote the value raw: shown escaped. */
  @Test
  void aProvidersOwnMessageIsShownEscaped() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      var violations = factory.getValidator().validate(new Dto(HOSTILE));
      assertThat(violations).hasSize(1);
      Violation v = Violation.of(violations.iterator().next());
      assertThat(v.code()).isEqualTo("name.Pattern");
      assertOneLine(v.message(Locale.ROOT));
      assertOneLine(v.toString());
    }
  }

  static final class Dto {
    @Pattern(regexp = "[a-z]+", message = "bad name ${validatedValue}")
    final String name;

    Dto(String name) {
      this.name = name;
    }
  }

  @Test
  void aCardImageExceptionNamesAHostileImageOnOneLine() {
    CardImageException e = new CardImageException(HOSTILE, CardImageException.Reason.UNREADABLE, "no such file (" + HOSTILE + ")");
    assertOneLine(e.getMessage());
    assertThat(e.image()).isEqualTo(HOSTILE);
  }
}
