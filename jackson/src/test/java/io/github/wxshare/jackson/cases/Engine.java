package io.github.wxshare.jackson.cases;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.Violation;
import java.util.List;
import java.util.Locale;

/**
 * A plain mapper of one Jackson line with the wxshare module found on the class path, as the case
 * table drives it. Each Jackson module's tests implement it in a few lines; the cases are shared.
 */
public interface Engine {
  /** What the mapper made of a document read as a {@code ShareMiniProgramRequest}. */
  final class Outcome {
    /** The request read, or null. */
    public final ShareMiniProgramRequest request;
    /** The violations of the module's exception (pointers in the whole document), or null. */
    public final List<Violation> violations;
    /** Jackson's own exception for input that is not JSON as the mapper reads it, or null. */
    public final Exception refused;

    private Outcome(ShareMiniProgramRequest request, List<Violation> violations, Exception refused) {
      this.request = request;
      this.violations = violations;
      this.refused = refused;
    }

    public static Outcome read(ShareMiniProgramRequest request) {
      return new Outcome(request, null, null);
    }

    public static Outcome invalid(List<Violation> violations) {
      return new Outcome(null, violations, null);
    }

    public static Outcome refused(Exception e) {
      return new Outcome(null, null, e);
    }

    @Override
    public String toString() {
      return request != null ? "read " + request : violations != null ? "invalid " + violations : "refused: " + refused;
    }
  }

  /** The name of the Jackson line, for messages. */
  String name();

  /** {@code mapper.readValue(document, ShareMiniProgramRequest.class)}. */
  Outcome readRequest(byte[] document);

  /** {@code mapper.readValue(document, Campaign.class)}: the request as the property {@code share}. */
  Outcome readCampaign(byte[] document);

  /** {@code mapper.readValue(document, new TypeReference<List<ShareMiniProgramRequest>>() {})}. */
  Outcome readList(byte[] document);

  /** {@code mapper.readValue(document, ParsedShareRequest.class)}. */
  ParsedShareRequest readParsed(byte[] document) throws Exception;

  /** {@code mapper.writeValueAsBytes(value)}. */
  byte[] write(Object value) throws Exception;

  /** The same, from a mapper whose violation messages are in {@code locale}. */
  byte[] write(Object value, Locale locale) throws Exception;

  /** {@code mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value)}. */
  String writePretty(Object value) throws Exception;

  /** Through the mapper's token buffer and back: {@code treeToValue(valueToTree(request))}. */
  ShareMiniProgramRequest throughTree(ShareMiniProgramRequest request) throws Exception;

  /** {@code mapper.readValue(json, type)} for the enum types and other small values. */
  <T> T read(String json, Class<T> type) throws Exception;

  /** True when this line's plain mapper refuses content after the value (Jackson 3), false when it reads past it (Jackson 2). */
  boolean refusesTrailingContent();

  /** {@code mapper.readValue(document, PlainCampaign.class)}: Jackson alone, the same shape with a plain class. */
  Object readPlain(byte[] document) throws Exception;

  /**
   * {@code readValue(document, ShareMiniProgramRequest.class)} from a mapper whose parser allows
   * {@code maxNestingDepth} levels (Jackson's default is 1000).
   */
  Outcome readRequestWithNestingDepth(byte[] document, int maxNestingDepth);

  /** The module's exception's {@code getMessage()} for {@code readValue(document, Map<String, ShareMiniProgramRequest>)}. */
  String messageOfInvalidMap(byte[] document);

  /** The same shape as {@link Campaign}, {@code share} a plain class: what Jackson alone costs. */
  final class PlainCampaign {
    public String name;
    public PlainShare share;
  }

  /** A plain class with a title. */
  final class PlainShare {
    public String title;
  }

  /** Campaign, a user's own class with a request inside. */
  final class Campaign {
    public String name;
    public ShareMiniProgramRequest share;
  }
}
