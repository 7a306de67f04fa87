package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.internal.Display;
import java.util.List;
import java.util.Locale;

/** What every fuzz target in core asserts of an answer, whatever the input was. */
final class FuzzChecks {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private FuzzChecks() {}

  /**
   * A refusal is a non-empty list of violations, each with a JSON pointer, a code of the contract
   * and a message in both languages that quotes no unfilled template parameter.
   */
  static void checkViolations(List<Violation> violations) {
    assertThat(violations).as("a refusal lists its violations").isNotEmpty();
    for (Violation v : violations) {
      assertThat(v.pointer()).as("pointer of %s", v).matches("|(/[^/]*)+");
      assertThat(ErrorCatalogueTest.CODES).as("code of %s", v).contains(v.code());
      for (Locale locale : new Locale[] {Locale.ROOT, ZH}) {
        String message = v.message(locale);
        assertThat(message).as("message of %s", v).isNotBlank().doesNotContain("{io.github.wxshare.");
        assertPrintable(message);
      }
      assertPrintable(v.toString());
    }
    String summary = new InvalidShareRequestException(violations).getMessage();
    assertThat(summary.chars().filter(c -> c == '\n').count()).as("one line per violation listed")
        .isEqualTo(Math.min(violations.size(), 100) + (violations.size() > 100 ? 1 : 0));
    assertPrintable(summary.replace("\n", ""));
  }

  /** No control, line-separator or bidi character from the document reaches text made for logs. */
  static void assertPrintable(String text) {
    assertThat(text.chars().filter(Display::isUnsafe).count()).as("raw unsafe characters in %s", text).isZero();
  }

  /** A parsed document is a request or a refusal, never both and never neither. */
  static void checkParsed(ParsedShareRequest parsed, ShareRequestJson codec) {
    if (parsed.isValid()) {
      assertThat(parsed.violations()).isEmpty();
      checkRoundTrip(parsed.request(), codec);
    } else {
      checkViolations(parsed.violations());
    }
  }

  /** The request, or null for a refusal ({@link ParsedShareRequest#request()} throws then). */
  static ShareMiniProgramRequest requestOrNull(ParsedShareRequest parsed) {
    return parsed.isValid() ? parsed.request() : null;
  }

  /** An accepted request is written canonically, and reads back as itself. */
  static void checkRoundTrip(ShareMiniProgramRequest request, ShareRequestJson codec) {
    byte[] written = codec.writeBytes(request);
    ParsedShareRequest again = codec.read(written);
    assertThat(again.violations()).as("what %s wrote", request).isEmpty();
    assertThat(again.request()).isEqualTo(request);
    assertThat(codec.writeBytes(again.request())).as("the canonical form is stable").isEqualTo(written);
    assertThat(request.newBuilder().build()).isEqualTo(request);
    assertPrintable(request.toString());
  }
}
