package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code imagePath} rule against a reference written the slow way (regular expressions and
 * substrings, in the order the README's decisions give), on paths generated piece by piece.
 */
class ImagePathRuleTest {
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Set<String> RASTER = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "heic", "heif", "avif");

  static String code(String path) {
    return Fixtures.codeOf("imagePath", path);
  }

  static String expected(String s) {
    if (s.codePoints().allMatch(c -> io.github.wxshare.core.internal.Text.isWhitespace(c))) {
      return "imagePath.required";
    }
    if (!StandardCharsets.UTF_8.newEncoder().canEncode(s)) {
      return "imagePath.format";
    }
    if (s.codePointCount(0, s.length()) > 4096) {
      return "imagePath.length";
    }
    if (s.startsWith("//")) {
      return "imagePath.remote";
    }
    String path = s;
    Matcher m = SCHEME.matcher(s);
    boolean uri = m.lookingAt();
    if (uri) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      if (scheme.equals("http") || scheme.equals("https")) {
        return "imagePath.remote";
      }
      if (!Set.of("wxfile", "file", "content").contains(scheme)) {
        return "imagePath.scheme";
      }
      path = s.substring(m.end()).replaceAll("[?#].*", "");
      if (path.replace("/", "").isEmpty()) {
        return "imagePath.format";
      }
    }
    if (s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
      return "imagePath.format";
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0 && dot < name.length() - 1) {
      String ext = name.substring(dot + 1);
      boolean ascii = ext.chars().allMatch(c -> c < 0x80);
      return ascii && RASTER.contains(ext.toLowerCase(Locale.ROOT)) ? null : "imagePath.format";
    }
    return null;
  }

  static String generate(Random r) {
    StringBuilder s = new StringBuilder();
    s.append(Fixtures.pick(r, "", "", "/", "file://", "file:", "FILE:///", "content://", "wxfile://", "http://", "HTTPS://", "ftp:",
        "C:\\", "//", "data:", "x+y:", "1a:"));
    for (int d = r.nextInt(3); d > 0; d--) {
      s.append(Fixtures.pick(r, "pages/", "a.b/", "./", "../", "中文/", "", "/", "sp ace/", ".x/"));
    }
    s.append(Fixtures.pick(r, "thumb", "", ".", "a.b", "x.", "😀", "\u0001", "\u0085", "\ud800", "Q", "\u007f", "\u0080", " ", "\u0020.", "\u007e"));
    s.append(Fixtures.pick(r, ".png", ".PNG", ".jpeg", ".JpG", ".txt", ".svg", ".webp", ".heic", ".avif", ".heif", ".bmp", ".gif",
        ".png?x=1", ".png#f", "?q.png", "#a.jpg", ".p\u0130g", ".", "", ".png/", ".j\u00adpg"));
    if (r.nextInt(5) == 0) {
      s.append(Fixtures.pick(r, "?v=2", "#x", "/", ".txt", " "));
    }
    return s.toString();
  }

  @Test
  void theRuleMatchesTheReferenceOnGeneratedPaths() {
    int valid = Fixtures.agreeOnGenerated(10, 100_000, ImagePathRuleTest::generate, ImagePathRuleTest::code,
        ImagePathRuleTest::expected);
    assertThat(valid).as("valid paths generated").isBetween(5_000, 90_000);
  }

  @Test
  void lengthIsCountedInCodePointsUpTo4096() {
    assertThat(code("/" + "😀".repeat(4091) + ".png")).isNull();
    assertThat(code("/" + "😀".repeat(4092) + ".png")).isEqualTo("imagePath.length");
    assertThat(code("/" + "a".repeat(4091) + ".png")).isNull();
    assertThat(code("/" + "a".repeat(4092) + ".png")).isEqualTo("imagePath.length");
  }
}
