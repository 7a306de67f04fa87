package io.github.wxshare.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.internal.TokenCopy;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The deserializers: a request is read by {@code ShareRequestJson} itself, never field by field. */
final class Readers {
  private Readers() {}

  /** The value at the parser, read by {@code codec} (core's {@code TokenCopy}). */
  static ParsedShareRequest read(JsonParser p, ShareRequestJson codec) {
    try {
      return new Source(p).read(codec);
    } catch (IOException e) {
      // Only the copy's own generator, writing to a StringWriter, throws IOException (it has no
      // nesting limit, and the tokens come well-formed); the parser's failures are
      // JacksonExceptions, unchecked in Jackson 3. Should it happen all the same, it is a Jackson
      // exception of this read, never an UncheckedIOException.
      throw DatabindException.from(p, "cannot copy the share request's tokens", e);
    }
  }

  /** A Jackson 3 parser as core's token copy reads it. */
  private static final class Source extends TokenCopy {
    private final JsonParser p;

    Source(JsonParser p) {
      this.p = p;
    }

    @Override
    protected @Nullable Kind current() {
      return kind(p.currentToken());
    }

    @Override
    protected @Nullable Kind advance() {
      return kind(p.nextToken());
    }

    @Override
    protected String text() {
      JsonToken t = p.currentToken();
      return t == JsonToken.VALUE_EMBEDDED_OBJECT ? String.valueOf(p.getEmbeddedObject()) : p.getString();
    }

    @Override
    protected int textLength() {
      return p.getStringLength();
    }

    @Override
    protected long offset() {
      TokenStreamLocation at = p.currentTokenLocation();
      return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }

    private static @Nullable Kind kind(@Nullable JsonToken t) {
      if (t == null) {
        return null;
      }
      switch (t) {
        case START_OBJECT: return Kind.START_OBJECT;
        case END_OBJECT: return Kind.END_OBJECT;
        case START_ARRAY: return Kind.START_ARRAY;
        case END_ARRAY: return Kind.END_ARRAY;
        case PROPERTY_NAME: return Kind.NAME;
        case VALUE_STRING: return Kind.STRING;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: return Kind.NUMBER;
        case VALUE_TRUE: return Kind.TRUE;
        case VALUE_FALSE: return Kind.FALSE;
        case VALUE_NULL: return Kind.NULL;
        default: return Kind.OTHER;
      }
    }
  }

  static InvalidShareRequestJsonException invalid(JsonParser p, ParsedShareRequest parsed) {
    return new InvalidShareRequestJsonException(p, parsed.violations());
  }

  /**
   * Before an invalid whole document is reported for its value: when the mapper refuses content
   * after the value ({@code FAIL_ON_TRAILING_TOKENS}) and there is some, that refusal comes first,
   * as the codec reports such a document as not JSON rather than judging its first value. Only
   * when the value is invalid anyway, so a valid value's next token is never taken from the mapper.
   */
  static void refuseTrailingContent(JsonParser p, DeserializationContext ctxt, Class<?> type) {
    if (p.streamReadContext().inRoot() && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      JsonToken next = p.nextToken();
      if (next != null) {
        ctxt.reportTrailingTokens(type, p, next);
      }
    }
  }

  static final class Request extends StdDeserializer<ShareMiniProgramRequest> {
    private final ShareRequestJson codec;

    Request(ShareRequestJson codec) {
      super(ShareMiniProgramRequest.class);
      this.codec = codec;
    }

    @Override
    public ShareMiniProgramRequest deserialize(JsonParser p, DeserializationContext ctxt) {
      ParsedShareRequest parsed = read(p, codec);
      if (!parsed.isValid()) {
        refuseTrailingContent(p, ctxt, ShareMiniProgramRequest.class);
        throw invalid(p, parsed);
      }
      return parsed.request();
    }

    /** {@code null} as the whole document is {@code json.notObject}, as for the codec; as a property, null. */
    @Override
    public @Nullable ShareMiniProgramRequest getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      if (p != null && p.streamReadContext().inRoot()) {
        refuseTrailingContent(p, ctxt, ShareMiniProgramRequest.class);
        throw invalid(p, codec.read("null"));
      }
      return null;
    }
  }

  static final class Parsed extends StdDeserializer<ParsedShareRequest> {
    private final ShareRequestJson codec;

    Parsed(ShareRequestJson codec) {
      super(ParsedShareRequest.class);
      this.codec = codec;
    }

    @Override
    public ParsedShareRequest deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, codec);
    }

    @Override
    public @Nullable ParsedShareRequest getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      return p != null && p.streamReadContext().inRoot() ? codec.read("null").withoutPlaces() : null;
    }
  }

  static final class Type extends StdDeserializer<MiniProgramType> {

    Type() {
      super(MiniProgramType.class);
    }

    @Override
    public MiniProgramType deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
        int code = p.getIntValue();
        if (code >= 0 && code <= 2) {
          return MiniProgramType.ofCode(code);
        }
      }
      return (MiniProgramType) ctxt.handleUnexpectedToken(ctxt.constructType(MiniProgramType.class), p.currentToken(), p,
          "a Mini Program type is the number 0 (release), 1 (development) or 2 (trial); got %s", p.getString());
    }
  }

  static final class Scene extends StdDeserializer<ShareScene> {

    Scene() {
      super(ShareScene.class);
    }

    @Override
    public ShareScene deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          && p.getIntValue() == 0) {
        return ShareScene.SESSION;
      }
      return (ShareScene) ctxt.handleUnexpectedToken(ctxt.constructType(ShareScene.class), p.currentToken(), p,
          "a share scene is the number 0 (a chat, WXSceneSession): a Mini Program card goes to no other scene; got %s",
          p.getString());
    }
  }
}
