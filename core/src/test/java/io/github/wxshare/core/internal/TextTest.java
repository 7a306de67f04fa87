package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The text helpers against plain reference definitions (the JDK's Unicode tables, regular
 * expressions, its UTF-8 encoder and decoder), over every code point or many random strings, so
 * that a fast path that is off by one anywhere shows up.
 */
class TextTest {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  /** Random strings weighted to the edges: ASCII edges, C1 controls, 2- and 3-byte, pairs and halves. */
  static String randomText(Random r, int maxLength) {
    char[] pool = {0, 0x1F, ' ', '!', '"', '\\', '/', '0', '9', ':', '@', 'A', 'F', 'G', 'Z', '[', '`', 'a', 'f', 'g', 'z',
        '{', '~', 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0x7FF, 0x800, 0x3000, 0xFFFF, '+', '-', '.', '\t', '\n', '\r', 0x202E, 0x2028, 0x2066, 0x200F};
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0: s.append("😀"); break;
        case 1: s.append((char) (0xD800 + r.nextInt(0x800))); break;
        case 2: s.append((char) r.nextInt(0x10000)); break;
        default: s.append(pool[r.nextInt(pool.length)]);
      }
    }
    return s.toString();
  }

  @Test
  void whitespaceIsUnicodeWhiteSpaceAndControlIsCategoryCc() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = new String(Character.toChars(c));
      assertThat(Text.isWhitespace(c)).as("U+%04X", c).isEqualTo(WHITE_SPACE.matcher(s).matches());
      assertThat(Text.isControl(c)).as("U+%04X", c).isEqualTo(Character.getType(c) == Character.CONTROL);
    }
  }

  @Test
  void asciiClassesAndLowerCaseAreAsciiOnly() {
    for (char c = 0; c < 0xFFFF; c++) {
      assertThat(Text.isAsciiLetter(c)).as("U+%04X", (int) c).isEqualTo((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
      assertThat(Text.isHexDigit(c)).as("U+%04X", (int) c).isEqualTo("0123456789abcdefABCDEF".indexOf(c) >= 0);
      String one = String.valueOf(c);
      String lower = c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : one;
      assertThat(Text.asciiLowerCase(one)).isEqualTo(lower);
    }
    String mixed = "HeLLo İ WORLD Ω";
    assertThat(Text.asciiLowerCase(mixed)).isEqualTo("hello İ world Ω");
    String unchanged = "already lower ω";
    assertThat(Text.asciiLowerCase(unchanged)).isSameAs(unchanged);
  }

  @Test
  void lengthsAgreeWithTheJdksUtf8Encoder() {
    Random r = new Random(1);
    for (int n = 0; n < 100_000; n++) {
      String s = randomText(r, 12);
      long measured = Utf8.measure(s);
      boolean wellFormed = StandardCharsets.UTF_8.newEncoder().canEncode(s);
      if (!wellFormed) {
        assertThat(measured).as("%s", escape(s)).isEqualTo(-1);
        continue;
      }
      long bytes = s.getBytes(StandardCharsets.UTF_8).length;
      assertThat(Utf8.length(s)).as("%s", escape(s)).isEqualTo(bytes);
      assertThat(Utf8.measuredBytes(measured)).as("%s", escape(s)).isEqualTo(bytes);
      assertThat(Utf8.measuredCodePoints(measured)).as("%s", escape(s)).isEqualTo(s.codePointCount(0, s.length()));
      boolean control = s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
      assertThat((measured & Utf8.HAS_CONTROL) != 0).as("%s", escape(s)).isEqualTo(control);
    }
    // A lone surrogate is counted as the 3 bytes a lenient encoder would write.
    assertThat(Utf8.length("\ud800")).isEqualTo(3);
    assertThat(Utf8.length("a\udc00\ud800")).isEqualTo(7);
  }

  @Test
  void schemesAreRfc3986Schemes() {
    Random r = new Random(2);
    for (int n = 0; n < 100_000; n++) {
      String s = randomText(r, 8);
      int end = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
      java.util.regex.Matcher m = SCHEME.matcher(s).region(0, end);
      int expected = m.lookingAt() ? m.end() - 1 : -1;
      assertThat(Text.schemeEnd(s, end)).as("%s up to %d", escape(s), end).isEqualTo(expected);
    }
    assertThat(Text.schemeEnd("https://x", 9)).isEqualTo(5);
    assertThat(Text.schemeEnd("a:", 2)).isEqualTo(1);
    assertThat(Text.schemeEnd("https://x", 5)).isEqualTo(-1);
    assertThat(Text.schemeEnd("a0:", 3)).isEqualTo(2);
    assertThat(Text.schemeEnd("a9:", 3)).isEqualTo(2);
    assertThat(Text.schemeEnd("a/:", 3)).isEqualTo(-1);
    assertThat(Text.schemeEnd("a@:", 3)).isEqualTo(-1);
  }

  @Test
  void regionsCompareIgnoringAsciiCase() {
    Random r = new Random(3);
    String[] words = {"http", "https", "file", "content", "wxfile", "png", "jpeg"};
    for (int n = 0; n < 100_000; n++) {
      String word = words[r.nextInt(words.length)];
      String s = r.nextBoolean() ? randomText(r, 6) + flipCase(r, word) + randomText(r, 3) : randomText(r, 10);
      int offset = r.nextInt(s.length() + 3) - 1;
      boolean expected = offset >= 0 && offset + word.length() <= s.length()
          && s.regionMatches(true, offset, word, 0, word.length())
          && s.substring(offset, offset + word.length()).chars().allMatch(c -> c < 0x80);
      assertThat(Text.regionEqualsAsciiIgnoreCase(s, offset, word)).as("%s at %d", escape(s), offset).isEqualTo(expected);
    }
  }

  @Test
  void stripRemovesUnicodeWhiteSpaceAtBothEnds() {
    Random r = new Random(4);
    for (int n = 0; n < 50_000; n++) {
      String s = randomText(r, 8);
      String expected = s.replaceAll("^\\p{IsWhite_Space}+", "").replaceAll("\\p{IsWhite_Space}+$", "");
      assertThat(Text.strip(s)).as("%s", escape(s)).isEqualTo(expected);
      assertThat(Text.isBlank(s)).isEqualTo(expected.isEmpty());
    }
    assertThat(Text.isBlank(null)).isTrue();
  }

  @Test
  void quotingEscapesAndCutsAtEightyCodePoints() {
    Random r = new Random(5);
    for (int n = 0; n < 100_000; n++) {
      String s = randomText(r, 90);
      if (r.nextInt(4) == 0) {
        s = "a".repeat(70 + r.nextInt(15)) + s.substring(0, Math.min(s.length(), r.nextInt(4)));
      }
      assertThat(Display.quote(s)).as("%s", escape(s)).isEqualTo(referenceQuote(s));
    }
    assertThat(Display.quote("😀".repeat(80))).isEqualTo("\"" + "😀".repeat(80) + "\"");
    assertThat(Display.quote("😀".repeat(81))).isEqualTo("\"" + "😀".repeat(80) + "\u2026\"");
    assertThat(Display.quote("a".repeat(79) + "\"")).isEqualTo("\"" + "a".repeat(79) + "\\\"\"");
  }

  /** The line and paragraph separators and the bidi controls: escaped as the controls are. */
  private static final String LOG_UNSAFE = "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

  /** The quoting rule, written the slow way: escape, and show at most 80 code points. */
  private static String referenceQuote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < s.length(); shown++) {
      if (shown == 80) {
        return b.append("\u2026\"").toString();
      }
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        b.append(c).append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"') {
        b.append("\\\"");
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) || LOG_UNSAFE.indexOf(c) >= 0) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
      i++;
    }
    return b.append('"').toString();
  }

  @Test
  void theFirstMalformedUtf8ByteIsWhereTheJdksDecoderStops() {
    Random r = new Random(6);
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[r.nextInt(8)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(128) : 0x80 + r.nextInt(128));
      }
      assertThat(Utf8.malformedAt(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(referenceMalformedAt(b));
    }
  }

  @Test
  void theEdgesOfEachSequenceLengthAreWellFormed() {
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: the first and last of each range.
    for (String ok : new String[] {"c280", "dfbf", "e0a080", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f48fbfbf"}) {
      byte[] b = java.util.HexFormat.of().parseHex("41" + ok + "42");
      assertThat(Utf8.malformedAt(b)).as(ok).isEqualTo(-1);
      assertThat(referenceMalformedAt(b)).as(ok).isEqualTo(-1);
    }
    // One step past each: overlong, a surrogate, beyond U+10FFFF.
    for (String bad : new String[] {"c1bf", "e09fbf", "eda080", "f08fbfbf", "f4908080", "f5808080"}) {
      byte[] b = java.util.HexFormat.of().parseHex("41" + bad + "42");
      assertThat(Utf8.malformedAt(b)).as(bad).isEqualTo(1);
    }
  }

  private static int referenceMalformedAt(byte[] b) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length * 2 + 2);
    CoderResult result = d.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = d.flush(out);
    return result.isError() || in.hasRemaining() ? in.position() : -1;
  }

  private static String flipCase(Random r, String word) {
    StringBuilder s = new StringBuilder();
    for (char c : word.toCharArray()) {
      s.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return s.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return b.toString();
  }
}
