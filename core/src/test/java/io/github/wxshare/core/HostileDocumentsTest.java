package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken documents: each gets its contract code, and a document over the bound is refused
 * after reading at most the bound plus one byte, however long the stream, so memory stays bounded.
 */
class HostileDocumentsTest {
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final ShareRequestJson RAISED = ShareRequestJson.withMaxDocumentBytes(32 << 20);
  private static final String BASE = Fixtures.BASE_JSON;

  /** A stream of {@code size} bytes, made as it is read: a document that is never in memory whole. */
  static final class Endless extends InputStream {
    private final byte[] head;
    private final long size;
    long read;

    Endless(String head, long size) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      int b = read < head.length ? head[(int) read] : 'a';
      read++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }

  }

  @ParameterizedTest
  @ValueSource(longs = {65_537L, 10_000_000L, 1L << 30})
  void aDocumentOverTheBoundIsTooLargeAfterReadingTheBoundPlusOneByte(long size) throws IOException {
    Endless in = new Endless("{\"userName\":\"", size);
    ParsedShareRequest parsed = CODEC.read(in);
    assertThat(parsed.violations()).extracting(Violation::pointer, Violation::code).containsExactly(tuple("", "json.tooLarge"));
    assertThat(in.read).as("bytes read of %d", size).isEqualTo(65_537L);

    long[] chars = {0};
    Reader reader = new Reader() {
      @Override
      public int read(char[] b, int off, int len) {
        if (chars[0] >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - chars[0]);
        Arrays.fill(b, off, off + n, 'a');
        chars[0] += n;
        return n;
      }

      @Override
      public void close() {}
    };
    assertThat(CODEC.read(reader).violations()).extracting(Violation::code).containsExactly("json.tooLarge");
    assertThat(chars[0]).as("characters read of %d", size).isLessThanOrEqualTo(65_536L + 4096);
  }

  @Test
  void aDocumentOfExactlyTheBoundIsParsed() throws IOException {
    String doc = BASE.substring(0, BASE.length() - 1) + ",\"x\":\"" + "a".repeat(65_536 - BASE.length() - 7) + "\"}";
    assertThat(doc.getBytes(StandardCharsets.UTF_8)).hasSize(65_536);
    Endless in = new Endless(doc, doc.length());
    assertThat(CODEC.read(in).violations()).extracting(Violation::code).containsExactly("json.unknownProperty");
    assertThat(CODEC.read(doc + " ").violations()).extracting(Violation::code).containsExactly("json.tooLarge");
  }

  static Stream<Arguments> hostile() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    StringBuilder keys = new StringBuilder("{");
    for (int i = 0; i < 1_000_000; i++) {
      keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
    }
    String millionKeys = keys.append('}').toString();
    String body = BASE.substring(1, BASE.length() - 1);
    return Stream.of(
        // Under a raised bound, so that Jackson's nesting limit decides, not the size.
        Arguments.of("nesting 100,000 deep", deep, List.of("json.tooLarge"), RAISED),
        Arguments.of("objects nested 100,000 deep", deepObject, List.of("json.tooLarge"), RAISED),
        Arguments.of("a million keys", millionKeys, List.of("json.tooLarge"), CODEC),
        Arguments.of("a raw NUL byte", BASE.replace("index/index", "index\u0000index"), List.of("json.syntax"), CODEC),
        Arguments.of("an escaped NUL", BASE.replace("index/index", "index\\u0000index"), List.of("path.format"), CODEC),
        Arguments.of("a lone high surrogate", BASE.replace("index/index", "\\ud800"), List.of("path.format"), CODEC),
        Arguments.of("a lone low surrogate in a title", "{\"title\":\"\\udc00\"," + body + "}", List.of("title.format"), CODEC),
        Arguments.of("a UTF-8 byte order mark", "\uFEFF" + BASE, List.of(), CODEC),
        Arguments.of("trailing garbage", BASE + " x", List.of("json.syntax"), CODEC),
        Arguments.of("a second document", BASE + BASE, List.of("json.syntax"), CODEC),
        Arguments.of("a block comment", "/* hi */" + BASE, List.of("json.syntax"), CODEC),
        Arguments.of("a line comment", "{// hi\n" + body + "}", List.of("json.syntax"), CODEC),
        Arguments.of("a duplicate key", "{\"path\":\"a\"," + body + "}", List.of("json.duplicateKey"), CODEC),
        Arguments.of("single quotes", BASE.replace('"', '\''), List.of("json.syntax"), CODEC),
        Arguments.of("NaN", "{\"scene\":NaN," + body + "}", List.of("json.syntax"), CODEC),
        Arguments.of("a number of 2000 digits", "{\"scene\":" + "9".repeat(2000) + "," + body + "}", List.of("json.tooLarge"), CODEC),
        Arguments.of("an empty document", "", List.of("json.syntax"), CODEC),
        Arguments.of("an array", "[" + BASE + "]", List.of("json.notObject"), CODEC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void eachHostileDocumentGetsItsCodeAsBytesStreamAndText(String what, String doc, List<String> codes,
      ShareRequestJson codec) throws IOException {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(Fixtures.codes(codec.read(bytes).violations())).as("%s, as bytes", what).containsExactlyElementsOf(codes);
    assertThat(Fixtures.codes(codec.read(new java.io.ByteArrayInputStream(bytes)).violations())).as("%s, streamed", what)
        .containsExactlyElementsOf(codes);
    assertThat(Fixtures.codes(codec.read(doc).violations())).as("%s, as text", what).containsExactlyElementsOf(codes);
  }

  @Test
  void aMillionKeysUnderARaisedBoundAreEachReportedOnce() {
    StringBuilder keys = new StringBuilder("{");
    for (int i = 0; i < 1_000_000; i++) {
      keys.append(i == 0 ? "" : ",").append("\"path\":0");
    }
    ParsedShareRequest parsed = RAISED.read(keys.append('}').toString());
    // The same key a million times: one duplicate report, not a million.
    assertThat(parsed.violations()).extracting(Violation::pointer, Violation::code)
        .contains(tuple("/path", "json.duplicateKey")).hasSizeLessThanOrEqualTo(5);
  }
}
