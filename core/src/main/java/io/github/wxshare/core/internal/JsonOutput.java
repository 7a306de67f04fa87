package io.github.wxshare.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.wxshare.core.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How every wxshare writer writes JSON: one factory set-up, and one shape for a violation. The
 * codec's canonical form, {@code wxshare check --format json} and the web bridge's replies use it.
 */
public final class JsonOutput {
  /** Emoji are written as 4-byte UTF-8, not as escaped surrogate pairs. */
  public static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /**
   * {@link #FACTORY}, and every {@link Display#isUnsafe} character written as a six-character escape
   * (JSON escapes only the C0 controls): for JSON read on a terminal or in a CI log, such as
   * {@code wxshare check --format json} or {@code sarif}. The values read back are the same.
   */
  public static final JsonFactory PRINTABLE = new JsonFactoryBuilder(FACTORY).characterEscapes(new Unsafe()).build();

  private static final class Unsafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    Unsafe() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      if (!Display.isUnsafe(c)) {
        return null;
      }
      return new SerializedString(Display.escape(c));
    }
  }

  private JsonOutput() {}

  /** Writes each violation as {@code {"pointer", "code", "message"}}, the message in {@code locale}. */
  public static void violations(JsonGenerator g, List<Violation> violations, Locale locale) throws IOException {
    for (Violation v : violations) {
      violation(g, v, v.message(locale), false);
    }
  }

  /**
   * Writes one violation as {@code {"pointer", "code", "message"}} with {@code message} as given,
   * and, with {@code place}, its {@code "line"} and {@code "column"}.
   */
  public static void violation(JsonGenerator g, Violation v, String message, boolean place) throws IOException {
    g.writeStartObject();
    g.writeStringField("pointer", v.pointer());
    g.writeStringField("code", v.code());
    g.writeStringField("message", message);
    if (place) {
      g.writeNumberField("line", v.line());
      g.writeNumberField("column", v.column());
    }
    g.writeEndObject();
  }
}
