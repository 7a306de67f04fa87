package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.internal.Text;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code path} rule against a reference written the slow way, on paths generated piece by piece. */
class PathRuleTest {
  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  static InvalidShareRequestException failure(String path) {
    try {
      Fixtures.valid().path(path).build();
      return null;
    } catch (InvalidShareRequestException e) {
      return e;
    }
  }

  static String code(String path) {
    return Fixtures.codeOf("path", path);
  }

  static String expected(String s) {
    if (s.codePoints().allMatch(Text::isWhitespace)) {
      return "path.required";
    }
    if (!StandardCharsets.UTF_8.newEncoder().canEncode(s)) {
      return "path.format";
    }
    if (s.codePointCount(0, s.length()) > 10240) {
      return "path.length";
    }
    int q = s.indexOf('?');
    String route = q < 0 ? s : s.substring(0, q);
    if (URL.matcher(route).matches()) {
      return "path.url";
    }
    boolean control = s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    boolean space = route.codePoints().anyMatch(Text::isWhitespace);
    boolean dots = Arrays.stream(route.split("/", -1)).anyMatch(seg -> seg.equals(".") || seg.equals(".."));
    if (control || space || dots || s.equals("?")) {
      return "path.format";
    }
    // What the OpenSDK 6.8.34 does to the path (BaseWXApiImplV10.sendReq): split at every ?, keep two parts.
    String[] parts = s.split("\\?");
    String rejoined = parts.length > 1 ? parts[0] + "?" + parts[1] : parts.length == 1 ? parts[0] : null;
    String withoutEmptyQuery = s.endsWith("?") && s.indexOf('?') == s.length() - 1 ? s.substring(0, s.length() - 1) : s;
    return withoutEmptyQuery.equals(rejoined) ? null : "path.questionMark";
  }

  static String generate(Random r) {
    StringBuilder s = new StringBuilder(Fixtures.pick(r, "", "", "/", "pages/", "https:", "a:", "1:", "//", " ", "x+y.z-1:"));
    for (int n = r.nextInt(4); n > 0; n--) {
      s.append(Fixtures.pick(r, "index", ".", "..", ".x", "..x", "x.", "a b", "中文", "\u3000", "\t", "😀", "\ud800", "\u0085", "\u00a0", "", "a:b", "\u007f", "\u0080", "\u0020", "~"));
      s.append(Fixtures.pick(r, "/", "/", "", "?", "?q=1 2", "?./..", "?x\u0001", "#f", "?", "??"));
    }
    s.append(Fixtures.pick(r, "", "", " ", "\n", ".", "/.."));
    return s.toString();
  }

  @Test
  void theRuleMatchesTheReferenceOnGeneratedPaths() {
    int valid = Fixtures.agreeOnGenerated(11, 100_000, PathRuleTest::generate, PathRuleTest::code,
        PathRuleTest::expected);
    assertThat(valid).as("valid paths generated").isBetween(5_000, 90_000);
  }

  @Test
  void blanksAroundAValidPathAreOfferedAsTheFix() {
    assertThat(failure(" pages/a ").violations().get(0).message(Locale.ROOT)).endsWith("Did you mean pages/a?");
    assertThat(failure("\tpages/a?x=1").violations().get(0).message(Locale.ROOT)).endsWith("Did you mean pages/a?x=1?");
    assertThat(failure("pages/a b").violations().get(0).message(Locale.ROOT)).doesNotContain("Did you mean");
    assertThat(failure(" pages/../a ").violations().get(0).message(Locale.ROOT)).doesNotContain("Did you mean");
  }

  @Test
  void aSecondQuestionMarkIsRefusedWithEachLaterOneEncodedAsTheFix() {
    InvalidShareRequestException e = failure("pages/a?x=1?y=2");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).code()).isEqualTo("path.questionMark");
    assertThat(e.violations().get(0).message(Locale.ROOT)).contains("%3F").endsWith("Did you mean pages/a?x=1%3Fy=2?");
    assertThat(failure("?a?b?c").violations().get(0).message(Locale.ROOT)).endsWith("Did you mean ?a%3Fb%3Fc?");
    assertThat(failure("pages/a?x=" + "?".repeat(10238)).violations().get(0).message(Locale.ROOT))
        .as("no fix that would be too long").doesNotContain("Did you mean");
    assertThat(code("pages/a?x=1%3Fy=2")).isNull();
  }

  @Test
  void lengthIsCountedInCodePointsUpTo10240() {
    assertThat(code("😀".repeat(10240))).isNull();
    assertThat(code("😀".repeat(10241))).isEqualTo("path.length");
    assertThat(code("a".repeat(10241))).isEqualTo("path.length");
  }
}
