package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The codec at its edges: buffer sizes and bounds, number forms, what one bad key hides, writers. */
class ShareRequestJsonEdgesTest {
  private static final ShareRequestJson JSON = ShareRequestJson.create();

  /** A document of exactly {@code bytes} UTF-8 bytes, valid but for one unknown key. */
  static String documentOf(int bytes) {
    String base = Fixtures.BASE_JSON;
    String doc = base.substring(0, base.length() - 1) + ",\"x\":\"\"}";
    return doc.substring(0, doc.length() - 2) + "a".repeat(bytes - doc.length()) + "\"}";
  }

  /** A stream that hands out at most {@code chunk} bytes a call. */
  static InputStream trickle(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {8191, 8192, 8193, 16384, 16385, 20000})
  void aStreamIsReadWholeUpToTheBoundAndNoFurther(int bound) throws IOException {
    ShareRequestJson codec = ShareRequestJson.withMaxDocumentBytes(bound);
    for (int chunk : new int[] {1, 1000, 8192, 1 << 20}) {
      byte[] exact = documentOf(bound).getBytes(StandardCharsets.UTF_8);
      assertThat(codec.read(trickle(exact, chunk)).violations()).as("%d bytes in chunks of %d", bound, chunk)
          .extracting(Violation::code).containsExactly("json.unknownProperty");
      byte[] over = documentOf(bound + 1).getBytes(StandardCharsets.UTF_8);
      assertThat(codec.read(trickle(over, chunk)).violations()).extracting(Violation::code).containsExactly("json.tooLarge");
      assertThat(codec.read(new StringReader(documentOf(bound))).violations()).extracting(Violation::code)
          .containsExactly("json.unknownProperty");
      assertThat(codec.read(new StringReader(documentOf(bound + 1))).violations()).extracting(Violation::code)
          .containsExactly("json.tooLarge");
    }
    assertThat(codec.read(documentOf(bound + 1).getBytes(StandardCharsets.UTF_8)).violations().get(0).message(Locale.ROOT))
        .contains(String.valueOf(bound));
  }

  @Test
  void smallBoundsAreKeptToo() throws IOException {
    ShareRequestJson one = ShareRequestJson.withMaxDocumentBytes(1);
    assertThat(one.read(new ByteArrayInputStream(new byte[] {'{'})).violations()).extracting(Violation::code)
        .containsExactly("json.syntax");
    assertThat(one.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))).violations())
        .extracting(Violation::code).containsExactly("json.tooLarge");
    Reader chars = new StringReader("{}");
    assertThat(one.read(chars).violations()).extracting(Violation::code).containsExactly("json.tooLarge");
  }

  @Test
  void writingToAWriterWritesTheCanonicalFormAndFlushes() throws IOException {
    ShareMiniProgramRequest r = Fixtures.valid().title("标题 😀").build();
    boolean[] flushed = {false};
    StringWriter out = new StringWriter() {
      @Override
      public void flush() {
        flushed[0] = true;
      }
    };
    JSON.write(r, out);
    assertThat(out.toString()).isEqualTo(JSON.write(r)).endsWith("\"scene\":0}");
    assertThat(flushed[0]).isTrue();
  }

  @Test
  void twoBytesWithAZeroAreNotUtf8() {
    for (byte[] b : new byte[][] {{'{', 0}, {0, '{'}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}}) {
      assertThat(JSON.read(b).violations().get(0).message(Locale.ROOT)).as(java.util.HexFormat.of().formatHex(b))
          .contains("not UTF-8 (its first bytes read as UTF-16 or UTF-32)");
    }
    assertThat(JSON.read(new byte[] {(byte) 0xFE, 'x'}).violations().get(0).message(Locale.ROOT))
        .contains("offset 0 (0xFE) is not well-formed UTF-8");
    assertThat(JSON.read(new byte[] {'x', (byte) 0xFF}).violations().get(0).message(Locale.ROOT))
        .contains("line 1, column 2: the byte at offset 1 (0xFF) is not well-formed UTF-8");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3000000000 | miniprogramType.range | 3000000000",
      "-3000000000 | miniprogramType.range | -3000000000",
      "99999999999999999999 | miniprogramType.range | 99999999999999999999",
      "-99999999999999999999 | miniprogramType.range | -99999999999999999999",
      "2147483647.0 | miniprogramType.range | 2147483647.0",
      "2147483648.0 | miniprogramType.range | 2147483648.0",
      "-2147483648.0 | miniprogramType.range | -2147483648.0",
      "-2147483649.0 | miniprogramType.range | -2147483649.0",
      "1E1 | miniprogramType.range | 1E1",
      "2.50 | miniprogramType.type | 2.50",
      "5E+99999999999 | miniprogramType.range | 5E+99999999999",
      "9e99999999999 | miniprogramType.range | 9e99999999999",
      "0.9e99999999999 | miniprogramType.range | 0.9e99999999999",
      "-5e99999999999 | miniprogramType.range | -5e99999999999",
      "1234567890123456789012345678901234567890.5 | miniprogramType.type | 1234567890123456789012345678901234567890\u2026",
      "12345678901234567890123456789012345678.5 | miniprogramType.type | 12345678901234567890123456789012345678.5."})
  void numbersBeyondIntAreOutOfRangeAndShownAsWritten(String number, String code, String shown) {
    List<Violation> v = JSON.read(Fixtures.withField("miniprogramType", number)).violations();
    assertThat(v).extracting(Violation::code).containsExactly(code);
    assertThat(v.get(0).message(Locale.ROOT)).contains(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "20E-1", "0.0", "-0.0", "0e-99999999999", "-0.000e99999999999", "2", "-0"})
  void integralNumbersInOtherFormsAreTheirValue(String number) {
    ParsedShareRequest parsed = JSON.read(Fixtures.withField("miniprogramType", number));
    assertThat(parsed.violations()).isEmpty();
    assertThat(parsed.request().miniprogramType().code()).isEqualTo(number.startsWith("2") ? 2 : 0);
  }

  @Test
  void aValueThatIsNotJudgedHidesNothingElse() {
    // A key given twice is judged once, as a duplicate: neither of its values is checked.
    String twice = "{\"userName\":\"bad\",\"userName\":\"also bad\",\"path\":\"pages/a\",\"imagePath\":\"/a.png\","
        + "\"webpageUrl\":\"https://www.qq.com\"}";
    assertThat(JSON.read(twice).violations()).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/userName", "json.duplicateKey"));
    // A wrong type is that field's one violation.
    for (String field : new String[] {"withShareTicket", "miniprogramType", "scene"}) {
      assertThat(JSON.read(Fixtures.withField(field, "\"x\"")).violations()).extracting(Violation::code)
          .containsExactly(field + ".type");
      assertThat(JSON.read(Fixtures.withField(field, "[1]") .replace("}", ",\"" + field + "\":[2]}")).violations())
          .extracting(Violation::code).contains("json.duplicateKey");
    }
  }

  @Test
  void typeErrorsNameWhatTheyGot() {
    assertThat(JSON.read(Fixtures.withField("userName", "{}")).violations().get(0).message(Locale.ROOT))
        .isEqualTo("Expected a string. Got an object.");
    assertThat(JSON.read(Fixtures.withField("userName", "true")).violations().get(0).message(Locale.ROOT))
        .isEqualTo("Expected a string. Got true.");
    assertThat(JSON.read(Fixtures.withField("scene", "null")).violations()).isEmpty();
  }

  @Test
  void whatFollowsAValueThatIsNotAnObjectIsASyntaxError() {
    assertThat(Fixtures.codes(JSON.read("[1]").violations())).containsExactly("json.notObject");
    assertThat(Fixtures.codes(JSON.read("[1] 2").violations())).containsExactly("json.syntax");
    assertThat(Fixtures.codes(JSON.read("\"x\" {}").violations())).containsExactly("json.syntax");
  }

  @Test
  void keysMatchWhetherOrNotTheParserInternedThem() throws IOException {
    // Keys built at run time, never interned, in a document read from characters.
    StringBuilder doc = new StringBuilder("{");
    String[] keys = {"userName", "path", "imagePath", "webpageUrl"};
    String[] values = {"gh_d43f693ca31f", "pages/index/index", "/pages/thumb.png", "https://www.qq.com"};
    for (int i = 0; i < keys.length; i++) {
      doc.append(i == 0 ? "" : ",").append('"').append(new String(keys[i].toCharArray())).append("\":\"")
          .append(values[i]).append('"');
    }
    assertThat(JSON.read(new StringReader(doc.append('}').toString())).isValid()).isTrue();
  }

  /**
   * RFC 8259 allows a lone-surrogate escape in a key, and Jackson refuses it in names: in
   * {@code extraInfo} it is {@code extraInfo.format}, as in a value, and at the top level an
   * unknown key named as written; the places are those of the document as written.
   */
  @Test
  void keysInAnyOrderAndAnySpacingReadAsTheCanonicalOrder() {
    List<String> members = List.of("\"userName\":\"gh_d43f693ca31f\"", "\"path\":\"/pages/a?q=中文\"",
        "\"title\":\"限时 🎁\"", "\"imagePath\":\"wxfile://t.jpg\"", "\"webpageUrl\":\"https://www.qq.com/\"",
        "\"withShareTicket\":true", "\"miniprogramType\":2", "\"scene\":0", "\"disableForward\":true");
    ShareMiniProgramRequest canonical = JSON.read("{" + String.join(",", members) + "}").request();
    assertThat(canonical).isNotNull();
    assertThat(new String(JSON.writeBytes(canonical), StandardCharsets.UTF_8))
        .startsWith("{" + String.join(",", members.subList(0, 3)) + ",");
    List<String> reversed = new java.util.ArrayList<>(members);
    java.util.Collections.reverse(reversed);
    String spaced = "{ " + String.join(" ,\n ", members).replace("\":", "\" : ") + " }";
    String shuffled = "{" + String.join(",", members.subList(4, 9)) + "," + String.join(",", members.subList(0, 4)) + "}";
    for (String doc : List.of("{" + String.join(",", reversed) + "}", spaced, shuffled)) {
      assertThat(JSON.read(doc).request()).as(doc).isEqualTo(canonical);
    }
  }

  @Test
  void aLoneSurrogateEscapeInAKeyIsJudgedLikeOneInAValue() {
    String base = "\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\",\"imagePath\":\"/pages/thumb.png\","
        + "\"webpageUrl\":\"https://www.qq.com\"";
    for (String key : List.of("a\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud83d\\ude00\\ud800")) {
      String inKey = "{" + base + ",\n\"extraInfo\":{\"" + key + "\":\"v\"}}";
      String inValue = "{" + base + ",\n\"extraInfo\":{\"k\":\"" + key + "\"}}";
      for (ParsedShareRequest parsed : List.of(JSON.read(inKey), JSON.read(inKey.getBytes(StandardCharsets.UTF_8)))) {
        assertThat(parsed.violations()).as(key).extracting(Violation::pointer, Violation::code, Violation::line, Violation::column)
            .containsExactly(tuple("/extraInfo", "extraInfo.format", 2, 13));
        assertThat(parsed.violations()).isEqualTo(JSON.read(inValue).violations());
      }
    }
    ParsedShareRequest top = JSON.read("{" + base + ",\"x\\ud800\":1,\"x\\ud800\":2}");
    assertThat(top.violations()).extracting(Violation::pointer, Violation::code)
        .containsExactly(tuple("/x\ud800", "json.unknownProperty"), tuple("/x\ud800", "json.duplicateKey"));
    assertThat(top.violations().get(0).message(Locale.ROOT)).contains("\"x\\ud800\"");
    assertThat(top.violations().get(0).toString()).startsWith("/x\\ud800 json.unknownProperty");
    // A paired escape is no lone surrogate, and a lone one in a key of a document that is not JSON stays json.syntax.
    assertThat(JSON.read("{" + base + ",\"extraInfo\":{\"\\ud83d\\ude00\":\"v\"}}").isValid()).isTrue();
    assertThat(JSON.read("{\"a\\ud800\":1,}").violations()).extracting(Violation::code).containsExactly("json.syntax");
  }
}
