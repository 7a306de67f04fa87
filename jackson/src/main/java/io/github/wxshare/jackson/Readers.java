package io.github.wxshare.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
  static ParsedShareRequest read(JsonParser p, ShareRequestJson codec) throws IOException {
    return new Source(p).read(codec);
  }

  /** A Jackson 2 parser as core's token copy reads it. */
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
    protected @Nullable Kind advance() throws IOException {
      return kind(p.nextToken());
    }

    @Override
    protected String text() throws IOException {
      JsonToken t = p.currentToken();
      return t == JsonToken.VALUE_EMBEDDED_OBJECT ? String.valueOf(p.getEmbeddedObject()) : p.getText();
    }

    @Override
    protected int textLength() throws IOException {
      return p.getTextLength();
    }

    @Override
    protected long offset() {
      JsonLocation at = p.currentTokenLocation();
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
        case FIELD_NAME: return Kind.NAME;
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
  static void refuseTrailingContent(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    if (p.getParsingContext().inRoot() && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      JsonToken next = p.nextToken();
      if (next != null) {
        ctxt.reportTrailingTokens(type, p, next);
      }
    }
  }

  static final class Request extends StdDeserializer<ShareMiniProgramRequest> {
    private static final long serialVersionUID = 1L;
    private final transient ShareRequestJson codec;

    Request(ShareRequestJson codec) {
      super(ShareMiniProgramRequest.class);
      this.codec = codec;
    }

    @Override
    public ShareMiniProgramRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ParsedShareRequest parsed = read(p, codec);
      if (!parsed.isValid()) {
        refuseTrailingContent(p, ctxt, ShareMiniProgramRequest.class);
        throw invalid(p, parsed);
      }
      return parsed.request();
    }

    /** {@code null} as the whole document is {@code json.notObject}, as for the codec; as a property, null. */
    @Override
    public @Nullable ShareMiniProgramRequest getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      if (p != null && p.getParsingContext().inRoot()) {
        try {
          refuseTrailingContent(p, ctxt, ShareMiniProgramRequest.class);
        } catch (JsonMappingException e) {
          throw e;
        } catch (IOException e) {
          throw JsonMappingException.from(p, "cannot read past null", e);
        }
        throw invalid(p, codec.read("null"));
      }
      return null;
    }
  }

  static final class Parsed extends StdDeserializer<ParsedShareRequest> {
    private static final long serialVersionUID = 1L;
    private final transient ShareRequestJson codec;

    Parsed(ShareRequestJson codec) {
      super(ParsedShareRequest.class);
      this.codec = codec;
    }

    @Override
    public ParsedShareRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, codec);
    }

    @Override
    public @Nullable ParsedShareRequest getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      JsonParser p = ctxt.getParser();
      return p != null && p.getParsingContext().inRoot() ? codec.read("null").withoutPlaces() : null;
    }
  }

  static final class Type extends StdDeserializer<MiniProgramType> {
    private static final long serialVersionUID = 1L;

    Type() {
      super(MiniProgramType.class);
    }

    @Override
    public MiniProgramType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
        int code = p.getIntValue();
        if (code >= 0 && code <= 2) {
          return MiniProgramType.ofCode(code);
        }
      }
      return (MiniProgramType) ctxt.handleUnexpectedToken(MiniProgramType.class, p.currentToken(), p,
          "a Mini Program type is the number 0 (release), 1 (development) or 2 (trial); got %s", p.getText());
    }
  }

  static final class Scene extends StdDeserializer<ShareScene> {
    private static final long serialVersionUID = 1L;

    Scene() {
      super(ShareScene.class);
    }

    @Override
    public ShareScene deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          && p.getIntValue() == 0) {
        return ShareScene.SESSION;
      }
      return (ShareScene) ctxt.handleUnexpectedToken(ShareScene.class, p.currentToken(), p,
          "a share scene is the number 0 (a chat, WXSceneSession): a Mini Program card goes to no other scene; got %s",
          p.getText());
    }
  }
}
