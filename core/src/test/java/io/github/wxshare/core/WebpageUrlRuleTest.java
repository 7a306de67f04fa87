package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code webpageUrl} rule against a reference written as one regular expression of RFC 3986's
 * grammar (scheme, user info up to the last {@code @}, a registered name or an IPv6 literal, a port
 * of at most 65535, then path, query and fragment in URI characters or percent escapes), on URLs
 * generated piece by piece with every piece sometimes wrong.
 */
class WebpageUrlRuleTest {
  private static final String URIC = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2}";
  private static final Pattern ALL_URIC = Pattern.compile("(?:" + URIC + ")*");
  private static final Pattern URL = Pattern.compile(
      "(?i:https?)://(?:[^/?#]*@)?(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~-]+)(?::([0-9]{1,5}))?(?:[/?#].*)?",
      Pattern.DOTALL);

  static String code(String url) {
    return Fixtures.codeOf("webpageUrl", url);
  }

  static String expected(String url) {
    if (url.isBlank() || url.codePoints().allMatch(c -> io.github.wxshare.core.internal.Text.isWhitespace(c))) {
      return "webpageUrl.required";
    }
    if (!StandardCharsets.UTF_8.newEncoder().canEncode(url)) {
      return "webpageUrl.format";
    }
    if (url.getBytes(StandardCharsets.UTF_8).length > 1024) {
      return "webpageUrl.length";
    }
    if (!url.regionMatches(true, 0, "http:", 0, 5) && !url.regionMatches(true, 0, "https:", 0, 6)) {
      return "webpageUrl.scheme";
    }
    Matcher m = URL.matcher(url);
    boolean ok = ALL_URIC.matcher(url).matches() && m.matches()
        && (m.group(1) == null || Integer.parseInt(m.group(1)) <= 65535);
    return ok ? null : "webpageUrl.format";
  }

  static String generate(Random r) {
    StringBuilder s = new StringBuilder();
    s.append(Fixtures.pick(r, "https", "http", "HTTPS", "hTtP", "ftp", "", "https", "http", "javascript", "httpx",
        // U+017F upper-cases to S: regionMatches(true, ...) takes it for "https", the grammar does not
        "http\u017f", "htTp\u017f"));
    s.append(Fixtures.pick(r, "://", "://", "://", "://", ":", ":/", "", "//"));
    if (r.nextInt(4) == 0) {
      s.append(Fixtures.pick(r, "user", "u:p", "a@b", "", "%41")).append('@');
    }
    switch (r.nextInt(8)) {
      case 0: s.append('[').append(Fixtures.pick(r, "::1", "2001:db8::1", "", "::g", "1.2.3.4", "::1")).append(Fixtures.pick(r, "]", "]", "")); break;
      case 1: s.append(Fixtures.pick(r, "", "-", "_~.", "a b", "中文.com", "x\"y")); break;
      default: s.append(Fixtures.pick(r, "www.qq.com", "localhost", "127.0.0.1", "a", "EXAMPLE.org", "x-y_z~.w"));
    }
    if (r.nextInt(3) == 0) {
      s.append(':').append(Fixtures.pick(r, "", "0", "80", "65535", "65536", "99999", "123456", "8a", "08080", "9", "1999"));
    }
    for (int parts = r.nextInt(4); parts > 0; parts--) {
      s.append(Fixtures.pick(r, "/", "?", "#", "/", "")).append(Fixtures.pick(r, "path", "a=b&c=d", "%20", "%2", "%G0", "%", " ", "<",
          "中", "[x]", "@", ":", "'()*+,;=", "!$", "\\", "^", "`", "{", "|", "}", "\u007f", "\u0000", "😀", "\ud800", "\u0080", "\u00ff", "~"));
    }
    return s.toString();
  }

  @Test
  void theRuleMatchesTheGrammarOnGeneratedUrls() {
    int valid = Fixtures.agreeOnGenerated(9, 100_000, WebpageUrlRuleTest::generate, WebpageUrlRuleTest::code,
        WebpageUrlRuleTest::expected);
    assertThat(valid).as("valid URLs generated").isBetween(5_000, 90_000);
  }

  @Test
  void lengthIsCountedInUtf8BytesUpTo1024() {
    String base = "https://x.com/";
    assertThat(code(base + "a".repeat(1024 - base.length()))).isNull();
    assertThat(code(base + "a".repeat(1025 - base.length()))).isEqualTo("webpageUrl.length");
    assertThat(code(base + "%E4%B8%AD".repeat(100))).isNull();
  }

  @Test
  void theFixIsSuggestedWhenItWouldBeValid() {
    for (List<String> c : List.of(
        List.of("www.qq.com", "https://www.qq.com"), List.of("//www.qq.com/x", "https://www.qq.com/x"),
        List.of("localhost:8080/x", "https://localhost:8080/x"), List.of("qq.com:443", "https://qq.com:443"),
        List.of("http:192.168.1.140:8083/", "http://192.168.1.140:8083/"), List.of("HTTPS:www.qq.com", "HTTPS://www.qq.com"))) {
      InvalidShareRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidShareRequestException.class,
          () -> Fixtures.valid().webpageUrl(c.get(0)).build());
      assertThat(e.violations().get(0).message(Locale.ROOT)).as(c.get(0)).endsWith("Did you mean " + c.get(1) + "?");
    }
    for (String noFix : List.of("ftp://x.com", "javascript:alert(1)", "www.qq .com", "http:/x", "a:b", "mailto:x@y.z",
        "localhost:", "localhost:x")) {
      InvalidShareRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidShareRequestException.class,
          () -> Fixtures.valid().webpageUrl(noFix).build());
      assertThat(e.violations().get(0).message(Locale.ROOT)).as(noFix).doesNotContain("Did you mean");
    }
  }
}
