package io.github.wxshare.jackson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.jackson.cases.Engine;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** A plain Jackson 2 mapper that found the module through its service file. */
final class Jackson2Engine implements Engine {
  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  /** The same, refusing content after the value as the codec and Jackson 3 do. */
  private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ObjectMapper mapper;

  Jackson2Engine() {
    this(false);
  }

  Jackson2Engine(boolean failOnTrailingTokens) {
    this.mapper = failOnTrailingTokens ? STRICT : MAPPER;
  }

  @Override
  public String name() {
    return "Jackson 2";
  }

  private interface Read {
    Object run() throws IOException;
  }

  private Outcome outcome(Read read) {
    try {
      Object value = read.run();
      if (value instanceof Engine.Campaign) {
        return Outcome.read(((Engine.Campaign) value).share);
      }
      if (value instanceof List) {
        return Outcome.read((ShareMiniProgramRequest) ((List<?>) value).get(0));
      }
      return Outcome.read((ShareMiniProgramRequest) value);
    } catch (InvalidShareRequestJsonException e) {
      return Outcome.invalid(e.violations());
    } catch (JacksonException e) {
      return Outcome.refused(e);
    } catch (java.io.CharConversionException e) {
      // Jackson 2's own decoding of bytes that are not UTF-8, -16 or -32 (found by the fuzz
      // target): before any value, so the mapper's, as a JsonParseException would be.
      return Outcome.refused(e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public Outcome readRequest(byte[] document) {
    return outcome(() -> mapper.readValue(document, ShareMiniProgramRequest.class));
  }

  @Override
  public Outcome readCampaign(byte[] document) {
    return outcome(() -> mapper.readValue(document, Engine.Campaign.class));
  }

  @Override
  public Outcome readList(byte[] document) {
    return outcome(() -> mapper.readValue(document, new TypeReference<List<ShareMiniProgramRequest>>() {}));
  }

  @Override
  public ParsedShareRequest readParsed(byte[] document) throws Exception {
    try {
      return mapper.readValue(document, ParsedShareRequest.class);
    } catch (JacksonException notJson) {
      return io.github.wxshare.core.ShareRequestJson.create().read(document);
    }
  }

  @Override
  public byte[] write(Object value) throws Exception {
    return mapper.writeValueAsBytes(value);
  }

  @Override
  public byte[] write(Object value, Locale locale) throws Exception {
    return mapper.writer().with(locale).writeValueAsBytes(value);
  }

  @Override
  public String writePretty(Object value) throws Exception {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  @Override
  public ShareMiniProgramRequest throughTree(ShareMiniProgramRequest request) throws Exception {
    return mapper.treeToValue(mapper.valueToTree(request), ShareMiniProgramRequest.class);
  }

  @Override
  public <T> T read(String json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  public boolean refusesTrailingContent() {
    return mapper == STRICT;
  }

  @Override
  public Object readPlain(byte[] document) throws Exception {
    return mapper.readValue(document, Engine.PlainCampaign.class);
  }

  @Override
  public Outcome readRequestWithNestingDepth(byte[] document, int maxNestingDepth) {
    ObjectMapper deep = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build()).build()).findAndAddModules().build();
    return outcome(() -> deep.readValue(document, ShareMiniProgramRequest.class));
  }

  @Override
  public String messageOfInvalidMap(byte[] document) {
    try {
      mapper.readValue(document, new TypeReference<java.util.Map<String, ShareMiniProgramRequest>>() {});
    } catch (InvalidShareRequestJsonException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read as valid");
  }
}
