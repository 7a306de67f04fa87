package io.github.wxshare.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.jackson.cases.Engine;
import java.util.List;
import java.util.Locale;

/** A plain Jackson 3 mapper that found the module through its service file. */
final class Jackson3Engine implements Engine {
  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Override
  public String name() {
    return "Jackson 3";
  }

  private interface Read {
    Object run();
  }

  private static Outcome outcome(Read read) {
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
    }
  }

  @Override
  public Outcome readRequest(byte[] document) {
    return outcome(() -> MAPPER.readValue(document, ShareMiniProgramRequest.class));
  }

  @Override
  public Outcome readCampaign(byte[] document) {
    return outcome(() -> MAPPER.readValue(document, Engine.Campaign.class));
  }

  @Override
  public Outcome readList(byte[] document) {
    return outcome(() -> MAPPER.readValue(document, new TypeReference<List<ShareMiniProgramRequest>>() {}));
  }

  @Override
  public ParsedShareRequest readParsed(byte[] document) throws Exception {
    try {
      return MAPPER.readValue(document, ParsedShareRequest.class);
    } catch (JacksonException notJson) {
      return io.github.wxshare.core.ShareRequestJson.create().read(document);
    }
  }

  @Override
  public byte[] write(Object value) throws Exception {
    return MAPPER.writeValueAsBytes(value);
  }

  @Override
  public byte[] write(Object value, Locale locale) throws Exception {
    return MAPPER.writer().with(locale).writeValueAsBytes(value);
  }

  @Override
  public String writePretty(Object value) throws Exception {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  @Override
  public ShareMiniProgramRequest throughTree(ShareMiniProgramRequest request) throws Exception {
    return MAPPER.treeToValue(MAPPER.valueToTree(request), ShareMiniProgramRequest.class);
  }

  @Override
  public <T> T read(String json, Class<T> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Override
  public boolean refusesTrailingContent() {
    return true;
  }

  @Override
  public Object readPlain(byte[] document) {
    return MAPPER.readValue(document, Engine.PlainCampaign.class);
  }

  @Override
  public Outcome readRequestWithNestingDepth(byte[] document, int maxNestingDepth) {
    JsonMapper deep = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build()).build()).findAndAddModules().build();
    return outcome(() -> deep.readValue(document, ShareMiniProgramRequest.class));
  }

  @Override
  public String messageOfInvalidMap(byte[] document) {
    try {
      MAPPER.readValue(document, new TypeReference<java.util.Map<String, ShareMiniProgramRequest>>() {});
    } catch (InvalidShareRequestJsonException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read as valid");
  }
}
