package io.github.wxshare.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.Violation;
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
  static void request(ShareRequestJson codec, ShareMiniProgramRequest value, JsonGenerator g) {
    String canonical = codec.write(value);
    if (g instanceof JsonGeneratorBase && g.getPrettyPrinter() == null) {
      g.writeRawValue(canonical);
      return;
    }
    try (JsonParser p = CANONICAL.createParser(ObjectReadContext.empty(), canonical)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }

  static Locale locale(@Nullable Supplier<Locale> messageLocale, SerializationContext provider) {
    Locale locale = messageLocale == null ? null : messageLocale.get();
    return locale != null ? locale : provider.getLocale();
  }

  static void violation(Violation v, Locale locale, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("pointer", v.pointer());
    g.writeStringProperty("code", v.code());
    g.writeStringProperty("message", v.message(locale));
    g.writeEndObject();
  }

  static final class Request extends StdSerializer<ShareMiniProgramRequest> {
    private final ShareRequestJson codec;

    Request(ShareRequestJson codec) {
      super(ShareMiniProgramRequest.class);
      this.codec = codec;
    }

    @Override
    public void serialize(ShareMiniProgramRequest value, JsonGenerator g, SerializationContext provider) {
      request(codec, value, g);
    }
  }

  static final class Parsed extends StdSerializer<ParsedShareRequest> {
    private final ShareRequestJson codec;
    private final @Nullable Supplier<Locale> messageLocale;

    Parsed(ShareRequestJson codec, @Nullable Supplier<Locale> messageLocale) {
      super(ParsedShareRequest.class);
      this.codec = codec;
      this.messageLocale = messageLocale;
    }

    @Override
    public void serialize(ParsedShareRequest value, JsonGenerator g, SerializationContext provider) {
      g.writeStartObject();
      g.writeBooleanProperty("valid", value.isValid());
      if (value.isValid()) {
        g.writeName("request");
        request(codec, value.request(), g);
      } else {
        Locale locale = locale(messageLocale, provider);
        g.writeArrayPropertyStart("violations");
        for (Violation v : value.violations()) {
          violation(v, locale, g);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class Violations extends StdSerializer<Violation> {
    private final @Nullable Supplier<Locale> messageLocale;

    Violations(@Nullable Supplier<Locale> messageLocale) {
      super(Violation.class);
      this.messageLocale = messageLocale;
    }

    @Override
    public void serialize(Violation value, JsonGenerator g, SerializationContext provider) {
      violation(value, locale(messageLocale, provider), g);
    }
  }

  static final class Result extends StdSerializer<ShareResult> {

    Result() {
      super(ShareResult.class);
    }

    @Override
    public void serialize(ShareResult value, JsonGenerator g, SerializationContext provider) {
      g.writeStartObject();
      g.writeStringProperty("status", value.status().name());
      if (value.errCode().isPresent()) {
        g.writeNumberProperty("errCode", value.errCode().getAsInt());
      }
      String errStr = value.errStr();
      if (errStr != null) {
        g.writeStringProperty("errStr", errStr);
      }
      String transaction = value.transaction();
      if (transaction != null) {
        g.writeStringProperty("transaction", transaction);
      }
      g.writeEndObject();
    }
  }

  static final class Type extends StdSerializer<MiniProgramType> {

    Type() {
      super(MiniProgramType.class);
    }

    @Override
    public void serialize(MiniProgramType value, JsonGenerator g, SerializationContext provider) {
      g.writeNumber(value.code());
    }
  }

  static final class Scene extends StdSerializer<ShareScene> {

    Scene() {
      super(ShareScene.class);
    }

    @Override
    public void serialize(ShareScene value, JsonGenerator g, SerializationContext provider) {
      g.writeNumber(value.code());
    }
  }
}
