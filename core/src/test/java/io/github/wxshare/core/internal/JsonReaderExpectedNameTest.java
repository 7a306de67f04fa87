package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonReader#nextNameIs}: the reader moves onto the expected key only when the document
 * writes exactly that key and its colon next; in every other case it stays put, and {@code next()}
 * reads what is there as it would have.
 */
class JsonReaderExpectedNameTest {
  private static final byte[] PATH = "\"path\":".getBytes(StandardCharsets.UTF_8);

  private static JsonReader reader(String json) {
    return new JsonReader(json.getBytes(StandardCharsets.UTF_8), 0, false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"path\":\"/a\"}", "{ \n\t\"path\":\"/a\"}", "{\"x\":1 ,\r\n \"path\":\"/a\"}"})
  void theExpectedKeyIsReadAsNextWouldReadIt(String json) throws JsonReader.Malformed {
    JsonReader r = reader(json);
    r.next();
    if (json.contains("\"x\"")) {
      r.next();
      r.next();
    }
    int at = json.indexOf("\"path\"");
    assertThat(r.nextNameIs(PATH)).isTrue();
    assertThat(r.tokenStart()).isEqualTo(at);
    assertThat(r.string()).isEqualTo("path");
    assertThat(r.escaped()).isFalse();
    assertThat(r.next()).isEqualTo(JsonReader.Token.STRING);
    assertThat(r.string()).isEqualTo("/a");
    assertThat(r.next()).isEqualTo(JsonReader.Token.END_OBJECT);
    assertThat(r.next()).isEqualTo(JsonReader.Token.END_DOCUMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"title\":\"t\"}", // another key
    "{\"pathX\":\"/a\"}", // a longer key that starts alike
    "{\"pat\":\"/a\"}", // a shorter one
    "{\"path\" :\"/a\"}", // a space before the colon: next() reads it
    "{\"p\\u0061th\":\"/a\"}", // escaped: next() decodes it
    "{\"path\"", // cut off
    "{}"
  })
  void anyOtherNextTokenLeavesTheReaderWhereItWas(String json) throws JsonReader.Malformed {
    JsonReader r = reader(json);
    r.next();
    int before = r.position();
    assertThat(r.nextNameIs(PATH)).isFalse();
    assertThat(r.position()).isEqualTo(before);
    JsonReader fresh = reader(json);
    fresh.next();
    Object expected = token(fresh);
    assertThat(token(r)).isEqualTo(expected);
  }

  @Test
  void outsideAnObjectOrWhereAValueIsDueNoKeyIsExpected() throws JsonReader.Malformed {
    JsonReader array = reader("[\"path\":1]");
    array.next();
    assertThat(array.nextNameIs(PATH)).isFalse();
    JsonReader value = reader("{\"a\":\"path\":1}");
    value.next();
    value.next();
    assertThat(value.nextNameIs(PATH)).isFalse();
    assertThat(value.next()).isEqualTo(JsonReader.Token.STRING);
    JsonReader document = reader("\"path\":1");
    assertThat(document.nextNameIs(PATH)).isFalse();
  }

  /** The next token and its text, or the mistake's kind and place. */
  private static Object token(JsonReader r) {
    try {
      JsonReader.Token t = r.next();
      return t == JsonReader.Token.NAME || t == JsonReader.Token.STRING ? t + " " + r.string() : t;
    } catch (JsonReader.Malformed m) {
      return m.kind + "@" + m.offset;
    }
  }
}
