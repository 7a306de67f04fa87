package io.github.wxshare.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.Violation;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The serializers: each writes what the codec and {@code wxshare check --format json} write. */
final class Writers {
  private static final JsonFactory CANONICAL = new JsonFactory();

  private Writers() {}

  /**
   * The canonical form: raw into a compact JSON generator, so the bytes are the codec's (emoji as
   * UTF-8, not as escaped surrogates); as tokens into anything else (a pretty printer, a token
   * buffer, YAML, CBOR), which then formats the same values its own way.
   */
  static void request(ShareRequestJson codec, ShareMiniProgramRequest value, JsonGenerator g) throws IOException {
    String canonical = codec.write(value);
    if (g instanceof JsonGeneratorImpl && g.getPrettyPrinter() == null) {
      g.writeRawValue(canonical);
      return;
    }
    try (JsonParser p = CANONICAL.createParser(canonical)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }

  static Locale locale(@Nullable Supplier<Locale> messageLocale, SerializerProvider provider) {
    Locale locale = messageLocale == null ? null : messageLocale.get();
    return locale != null ? locale : provider.getLocale();
  }

  static void violation(Violation v, Locale locale, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("pointer", v.pointer());
    g.writeStringField("code", v.code());
    g.writeStringField("message", v.message(locale));
    g.writeEndObject();
  }

  static final class Request extends StdSerializer<ShareMiniProgramRequest> {
    private static final long serialVersionUID = 1L;
    private final transient ShareRequestJson codec;

    Request(ShareRequestJson codec) {
      super(ShareMiniProgramRequest.class);
      this.codec = codec;
    }

    @Override
    public void serialize(ShareMiniProgramRequest value, JsonGenerator g, SerializerProvider provider) throws IOException {
      request(codec, value, g);
    }
  }

  static final class Parsed extends StdSerializer<ParsedShareRequest> {
    private static final long serialVersionUID = 1L;
    private final transient ShareRequestJson codec;
    private final transient @Nullable Supplier<Locale> messageLocale;

    Parsed(ShareRequestJson codec, @Nullable Supplier<Locale> messageLocale) {
      super(ParsedShareRequest.class);
      this.codec = codec;
      this.messageLocale = messageLocale;
    }

    @Override
    public void serialize(ParsedShareRequest value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeBooleanField("valid", value.isValid());
      if (value.isValid()) {
        g.writeFieldName("request");
        request(codec, value.request(), g);
      } else {
        Locale locale = locale(messageLocale, provider);
        g.writeArrayFieldStart("violations");
        for (Violation v : value.violations()) {
          violation(v, locale, g);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class Violations extends StdSerializer<Violation> {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Supplier<Locale> messageLocale;

    Violations(@Nullable Supplier<Locale> messageLocale) {
      super(Violation.class);
      this.messageLocale = messageLocale;
    }

    @Override
    public void serialize(Violation value, JsonGenerator g, SerializerProvider provider) throws IOException {
      violation(value, locale(messageLocale, provider), g);
    }
  }

  static final class Result extends StdSerializer<ShareResult> {
    private static final long serialVersionUID = 1L;

    Result() {
      super(ShareResult.class);
    }

    @Override
    public void serialize(ShareResult value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("status", value.status().name());
      if (value.errCode().isPresent()) {
        g.writeNumberField("errCode", value.errCode().getAsInt());
      }
      String errStr = value.errStr();
      if (errStr != null) {
        g.writeStringField("errStr", errStr);
      }
      String transaction = value.transaction();
      if (transaction != null) {
        g.writeStringField("transaction", transaction);
      }
      g.writeEndObject();
    }
  }

  static final class Type extends StdSerializer<MiniProgramType> {
    private static final long serialVersionUID = 1L;

    Type() {
      super(MiniProgramType.class);
    }

    @Override
    public void serialize(MiniProgramType value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(value.code());
    }
  }

  static final class Scene extends StdSerializer<ShareScene> {
    private static final long serialVersionUID = 1L;

    Scene() {
      super(ShareScene.class);
    }

    @Override
    public void serialize(ShareScene value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeNumber(value.code());
    }
  }
}
