package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's bounds on strings and keys are counted in UTF-16 units, however the text is
 * written: plain, escaped or in multi-byte sequences. The unit before the bound is read whole; the
 * one past it is the bound; a string past it that is only skipped costs no bound.
 */
class JsonReaderBoundsTest {
  private static String repeat(String unit, int times) {
    return unit.repeat(times);
  }

  private static JsonReader reader(String json) {
    return new JsonReader(json.getBytes(StandardCharsets.UTF_8), 0, false);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "plain, a, a, 1",
    "two-byte, é, é, 1",
    "three-byte, 中, 中, 1",
    "four-byte, 😀, 😀, 2",
    "escaped, \\n, '\n', 1",
    "escaped code unit, \\u4e2d, 中, 1"
  })
  void aStringOfTheBoundIsReadAndOneUnitMoreIsTheBound(String what, String written, String read, int units)
      throws JsonReader.Malformed {
    int times = JsonReader.MAX_STRING_LENGTH / units;
    JsonReader atBound = reader("[\"" + repeat(written, times) + "\"]");
    atBound.next();
    assertThat(atBound.next()).isEqualTo(JsonReader.Token.STRING);
    String s = atBound.string();
    assertThat(s).as(what).hasSize(times * units);
    assertThat(s.substring(0, read.length())).isEqualTo(read);
    assertThat(s.substring(s.length() - read.length())).isEqualTo(read);

    JsonReader over = reader("[\"" + repeat(written, times + 1) + "\"]");
    over.next();
    over.next();
    JsonReader.Malformed m = catchThrowableOfType(JsonReader.Malformed.class, over::string);
    assertThat(m.bound).as(what).isEqualTo(JsonReader.STRING_LENGTH);
    assertThat(m.offset).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"plain, a", "three-byte, 中", "escaped, \\t"})
  void aStringPastTheBoundThatIsOnlySkippedCostsNoBound(String what, String written) throws JsonReader.Malformed {
    JsonReader r = reader("[\"" + repeat(written, JsonReader.MAX_STRING_LENGTH + 1) + "\",\"after\"]");
    r.next();
    assertThat(r.next()).isEqualTo(JsonReader.Token.STRING);
    assertThat(r.next()).as(what).isEqualTo(JsonReader.Token.STRING);
    assertThat(r.string()).isEqualTo("after");
    assertThat(r.next()).isEqualTo(JsonReader.Token.END_ARRAY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"plain, a, 1", "two-byte, é, 1", "four-byte, 😀, 2", "escaped, \\u0061, 1"})
  void aKeyOfTheBoundIsReadAndOneUnitMoreIsTheBound(String what, String written, int units) throws JsonReader.Malformed {
    int times = JsonReader.MAX_NAME_LENGTH / units;
    JsonReader atBound = reader("{\"" + repeat(written, times) + "\":1}");
    atBound.next();
    assertThat(atBound.next()).isEqualTo(JsonReader.Token.NAME);
    assertThat(atBound.string()).as(what).hasSize(times * units);

    JsonReader over = reader("{\"" + repeat(written, times + 1) + "\":1}");
    over.next();
    JsonReader.Malformed m = catchThrowableOfType(JsonReader.Malformed.class, over::next);
    assertThat(m.bound).as(what).isEqualTo(JsonReader.NAME_LENGTH);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"after plain bytes, abc", "after a sequence, 中", "after an escape, \\n"})
  void bytesThatAreNotUtf8AreNamedWhereTheyStand(String what, String before) {
    byte[] prefix = ("[\"" + before).getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[prefix.length + 3];
    System.arraycopy(prefix, 0, json, 0, prefix.length);
    json[prefix.length] = (byte) 0xC0; // never starts a sequence
    json[prefix.length + 1] = '"';
    json[prefix.length + 2] = ']';
    JsonReader r = new JsonReader(json, 0, false);
    JsonReader.Malformed m = catchThrowableOfType(JsonReader.Malformed.class, () -> {
      r.next();
      r.next();
    });
    assertThat(m.kind).as(what).isEqualTo(JsonReader.NOT_UTF8);
    assertThat(m.offset).isEqualTo(prefix.length);
    assertThat(m.found).isEqualTo("0xC0");
  }
}
