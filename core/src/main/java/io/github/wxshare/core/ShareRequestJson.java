package io.github.wxshare.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.JsonOutput;
import io.github.wxshare.core.internal.JsonStrings;
import io.github.wxshare.core.internal.JsonSyntax;
import io.github.wxshare.core.internal.KeyHints;
import io.github.wxshare.core.internal.Pointers;
import io.github.wxshare.core.internal.TextPositions;
import io.github.wxshare.core.internal.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes share requests as JSON, the wire form that the schema, the conformance vectors
 * and every binding share.
 *
 * <p>Reading never throws for bad input: it returns a {@link ParsedShareRequest} holding the request
 * or every violation at once, each with a JSON Pointer and a code: {@code json.syntax},
 * {@code json.notObject}, {@code json.tooLarge} (over {@link #maxDocumentBytes()}, 64 KiB by default),
 * {@code json.unknownProperty} (naming the right key for {@code WebpageUrl} and other mis-cased keys),
 * {@code json.duplicateKey}, {@code <field>.type}, then the field rules. Only a real I/O failure of
 * the caller's stream or reader surfaces, as an {@link IOException}; no Jackson exception escapes.
 *
 * <p>Writing produces the canonical form: keys in contract order, the defaults of {@code
 * withShareTicket}, {@code miniprogramType} and {@code scene} written out, absent optional fields left
 * out, {@code withShareTicket} as a boolean, compact UTF-8. {@code disableForward}, {@code
 * isUpdatableMessage} and {@code isSecretMessage} appear only when true and {@code extraInfo} only
 * with an entry (keys sorted), so a request without them is written as before they existed:
 * <pre>{@code
 * {"userName":"gh_d43f693ca31f","path":"pages/index/index","imagePath":"/pages/thumb.png",
 *  "webpageUrl":"https://www.qq.com","withShareTicket":false,"miniprogramType":0,"scene":0}
 * }</pre>
 * Reading the canonical form back gives an equal request.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class ShareRequestJson {
  /** The default bound on a document's size: 64 KiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024;

  /** The largest bound a codec accepts: 1 GiB, since a document is held in memory to be read. */
  public static final int MAX_DOCUMENT_BYTES_LIMIT = 1 << 30;

  private static final JsonFactory FACTORY = JsonOutput.FACTORY;
  private static final ShareRequestJson DEFAULT = new ShareRequestJson(DEFAULT_MAX_DOCUMENT_BYTES);
  private static final String KEY = "{io.github.wxshare.";


  private final int maxDocumentBytes;

  private ShareRequestJson(int maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** The codec with the default 64 KiB document bound. */
  public static ShareRequestJson create() {
    return DEFAULT;
  }

  /**
   * A codec that reports documents over {@code maxDocumentBytes} (UTF-8) as {@code json.tooLarge},
   * without reading past the bound.
   *
   * @throws IllegalArgumentException unless {@code maxDocumentBytes} is between 1 and
   *     {@link #MAX_DOCUMENT_BYTES_LIMIT}
   */
  public static ShareRequestJson withMaxDocumentBytes(int maxDocumentBytes) {
    if (maxDocumentBytes <= 0 || maxDocumentBytes > MAX_DOCUMENT_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxDocumentBytes must be between 1 and " + MAX_DOCUMENT_BYTES_LIMIT
          + " (1 GiB), was " + maxDocumentBytes);
    }
    return new ShareRequestJson(maxDocumentBytes);
  }

  /** The size bound of this codec, in bytes. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Reads one document from a string. */
  public ParsedShareRequest read(String json) {
    Objects.requireNonNull(json, "json == null");
    if (json.length() > maxDocumentBytes || Utf8.length(json) > maxDocumentBytes) {
      return tooLarge();
    }
    // RFC 8259 lets a parser ignore a byte order mark; Jackson skips it in bytes, not in strings.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      return parse(FACTORY.createParser(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String cannot fail to read
    }
  }

  /**
   * Reads one document from UTF-8 bytes; a UTF-8 byte order mark is skipped. UTF-16 and UTF-32,
   * which Jackson would otherwise detect from the first bytes, are {@code json.syntax}: RFC 8259
   * requires UTF-8 between systems, and the schema engines of other languages read UTF-8 only.
   */
  public ParsedShareRequest read(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    if (json.length > maxDocumentBytes) {
      return tooLarge();
    }
    if (json.length >= 2 && (json[0] == 0 || json[1] == 0 || (json[0] == (byte) 0xFE && json[1] == (byte) 0xFF)
        || (json[0] == (byte) 0xFF && json[1] == (byte) 0xFE))) {
      // Jackson's own test: a zero byte in the first two, or a UTF-16/32 byte order mark.
      return invalid(syntaxViolation(JsonSyntax.UTF16, 1, 1, "", "offset", "0"));
    }
    int malformed = Utf8.malformedAt(json);
    if (malformed >= 0) {
      // What comes before the malformed byte is well-formed: decode it to count lines and columns.
      int[] position = TextPositions.of(withoutBom(new String(json, 0, malformed, StandardCharsets.UTF_8)), Integer.MAX_VALUE);
      return invalid(syntaxViolation(JsonSyntax.NOT_UTF8, position[0], position[1],
          String.format(Locale.ROOT, "0x%02X", json[malformed] & 0xFF), "offset", String.valueOf(malformed)));
    }
    try {
      return parse(FACTORY.createParser(json), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
  }

  /**
   * Reads one document from a stream, at most {@link #maxDocumentBytes()} + 1 bytes of it. The
   * stream is not closed.
   *
   * @throws IOException only when the stream itself fails
   */
  public ParsedShareRequest read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    byte[] buffer = new byte[Math.min(maxDocumentBytes + 1, 8192)];
    int n = 0;
    int r;
    while ((r = in.read(buffer, n, buffer.length - n)) > 0) {
      n += r;
      if (n > maxDocumentBytes) {
        return tooLarge();
      }
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(maxDocumentBytes + 1, buffer.length * 2));
      }
    }
    return read(n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
  }

  /**
   * Reads one document from a reader, at most {@link #maxDocumentBytes()} + 1 characters of it. The
   * reader is not closed.
   *
   * @throws IOException only when the reader itself fails
   */
  public ParsedShareRequest read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    int r;
    while ((r = in.read(buffer)) > 0) {
      text.append(buffer, 0, r);
      if (text.length() > maxDocumentBytes) {
        return tooLarge();
      }
    }
    return read(text.toString());
  }

  /** The canonical JSON of {@code request}. */
  public String write(ShareMiniProgramRequest request) {
    // Through UTF-8 bytes: Jackson's character generator would escape emoji as surrogate pairs.
    return new String(writeBytes(request), StandardCharsets.UTF_8);
  }

  /** The canonical JSON of {@code request}, as UTF-8 bytes. */
  public byte[] writeBytes(ShareMiniProgramRequest request) {
    Objects.requireNonNull(request, "request == null");
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(request, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream cannot fail
    }
    return out.toByteArray();
  }

  /** Writes the canonical JSON of {@code request} to {@code out}, which is flushed, not closed. */
  public void write(ShareMiniProgramRequest request, Writer out) throws IOException {
    Objects.requireNonNull(out, "out == null");
    out.write(write(request));
    out.flush();
  }

  private static void write(ShareMiniProgramRequest r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Field.USER_NAME.serialized);
    g.writeString(r.userName());
    g.writeFieldName(Field.PATH.serialized);
    g.writeString(r.path());
    if (r.title() != null) {
      g.writeFieldName(Field.TITLE.serialized);
      g.writeString(r.title());
    }
    if (r.description() != null) {
      g.writeFieldName(Field.DESCRIPTION.serialized);
      g.writeString(r.description());
    }
    g.writeFieldName(Field.IMAGE_PATH.serialized);
    g.writeString(r.imagePath());
    g.writeFieldName(Field.WEBPAGE_URL.serialized);
    g.writeString(r.webpageUrl());
    g.writeFieldName(Field.WITH_SHARE_TICKET.serialized);
    g.writeBoolean(r.withShareTicket());
    g.writeFieldName(Field.MINIPROGRAM_TYPE.serialized);
    g.writeNumber(r.miniprogramType().code());
    g.writeFieldName(Field.SCENE.serialized);
    g.writeNumber(r.scene().code());
    // The later fields are written only when set, so that a request without them keeps its bytes.
    if (r.disableForward()) {
      g.writeFieldName(Field.DISABLE_FORWARD.serialized);
      g.writeBoolean(true);
    }
    if (r.updatableMessage()) {
      g.writeFieldName(Field.IS_UPDATABLE_MESSAGE.serialized);
      g.writeBoolean(true);
    }
    if (r.secretMessage()) {
      g.writeFieldName(Field.IS_SECRET_MESSAGE.serialized);
      g.writeBoolean(true);
    }
    if (!r.extraInfo().isEmpty()) {
      g.writeFieldName(Field.EXTRA_INFO.serialized);
      g.writeStartObject();
      for (Map.Entry<String, String> e : r.extraInfo().entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeString(e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * What {@code read} gives for a document over {@link #maxDocumentBytes()}: one {@code json.tooLarge}
   * violation, at line 1, column 1 as every finding about the whole document. For a reader that
   * measures the document itself and stops at the bound, as the Jackson modules do while a mapper
   * reads, and {@code wxshare check} does from a file's size.
   */
  public ParsedShareRequest tooLarge() {
    return invalid(Violation.create("", "json.tooLarge", KEY + "json.tooLarge}", "max", String.valueOf(maxDocumentBytes))
        .at(1, 1));
  }

  private static ParsedShareRequest invalid(Violation v) {
    List<Violation> list = new ArrayList<>(1);
    list.add(v);
    return new ParsedShareRequest(null, list);
  }

  /**
   * Reads the document {@code p} parses; {@code source} is its text (a String or UTF-8 bytes), read
   * again only for an invalid document, to say where each violation is.
   */
  private static ParsedShareRequest parse(JsonParser p, Object source) throws IOException {
    ParsedShareRequest parsed;
    try (JsonParser parser = p) {
      parsed = parseObject(parser, null);
    } catch (StreamConstraintsException e) {
      return invalid(Violation.create("", "json.tooLarge", KEY + "json.limit." + limit(e.getOriginalMessage()) + "}")
          .at(1, 1));
    } catch (JsonProcessingException e) {
      String text = text(source);
      JsonSyntax.Problem problem = JsonSyntax.find(text);
      if (problem == null) {
        ParsedShareRequest named = withLoneSurrogateNames(source);
        if (named != null) {
          return named;
        }
        // The parser refused what a strict reading accepts: say where, in our words.
        JsonLocation at = e.getLocation();
        long offset = at == null ? 0 : source instanceof String ? at.getCharOffset() : at.getByteOffset();
        int chars = source instanceof String || offset <= 0 ? (int) Math.max(0, offset)
            : new String((byte[]) source, 0, (int) Math.min(offset, ((byte[]) source).length), StandardCharsets.UTF_8).length();
        if (!(source instanceof String) && startsWithBom((byte[]) source)) {
          chars = Math.max(0, chars - 1);
        }
        problem = new JsonSyntax.Problem(JsonSyntax.UNREADABLE, chars, "");
      }
      int[] position = TextPositions.of(text, problem.offset);
      return invalid(syntaxViolation(problem.kind, position[0], position[1], problem.found));
    }
    return located(parsed, source);
  }

  /** {@code parsed}, or for an invalid document, its violations with their places in {@code source}. */
  private static ParsedShareRequest located(ParsedShareRequest parsed, Object source) {
    if (parsed.isValid()) {
      return parsed;
    }
    byte[] bytes = source instanceof byte[] ? (byte[]) source : ((String) source).getBytes(StandardCharsets.UTF_8);
    return new ParsedShareRequest(null, Locations.locate(parsed.violations(), bytes));
  }

  /**
   * A document that is JSON by RFC 8259 but has a key with a lone-surrogate escape, which Jackson
   * refuses in names (it allows them in strings): read with each such escape as U+FFFD, every key
   * that has one taken again from the document as written. So a key written {@code "a\}{@code ud800"}
   * in {@code extraInfo} is {@code extraInfo.format}, as it is in a value, and at the top level an unknown key. Null when
   * no key has one.
   */
  private static @Nullable ParsedShareRequest withLoneSurrogateNames(Object source) throws IOException {
    byte[] bytes = source instanceof byte[] ? (byte[]) source : ((String) source).getBytes(StandardCharsets.UTF_8);
    byte[] readable = JsonStrings.withoutLoneSurrogateNames(bytes);
    if (readable == null) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(readable)) {
      return located(parseObject(parser, bytes), bytes);
    } catch (JsonProcessingException e) {
      return null; // refused for another reason as well: said as the parser's refusal
    }
  }

  /** The current name; taken again from {@code asWritten} when the parser read it with a U+FFFD put in its place. */
  private static String name(JsonParser p, byte @Nullable [] asWritten) throws IOException {
    String name = p.currentName();
    if (asWritten == null || name.indexOf('\uFFFD') < 0) {
      return name;
    }
    return JsonStrings.decode(asWritten, (int) p.currentTokenLocation().getByteOffset());
  }

  /** A {@code json.syntax} violation of {@code kind} at a line and column, naming what was found there. */
  private static Violation syntaxViolation(String kind, int line, int column, String found, String... more) {
    String[] parameters = new String[6 + more.length];
    parameters[0] = "line";
    parameters[1] = String.valueOf(line);
    parameters[2] = "column";
    parameters[3] = String.valueOf(column);
    parameters[4] = "found";
    parameters[5] = found;
    System.arraycopy(more, 0, parameters, 6, more.length);
    return Violation.create("", "json.syntax", KEY + "json.syntax} " + KEY + "json.syntax." + kind + "}", parameters)
        .at(line, column);
  }

  /** Which of the parser's limits a document went past, as a message key's last part. */
  private static String limit(@Nullable String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return m.contains("nesting") ? "depth" : m.contains("number") ? "number" : m.contains("name") ? "name"
        : m.contains("string") ? "string" : "other";
  }

  /** The document's text as the parser saw it: a String as given, bytes decoded without a BOM. */
  private static String text(Object source) {
    if (source instanceof String) {
      return (String) source;
    }
    byte[] bytes = (byte[]) source;
    return withoutBom(new String(bytes, StandardCharsets.UTF_8));
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** True when {@code b} starts with the UTF-8 byte order mark, which the parser skips. */
  static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static ParsedShareRequest parseObject(JsonParser p, byte @Nullable [] asWritten) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw syntax(p, "the document is empty");
    }
    if (t != JsonToken.START_OBJECT) {
      String got = got(p, t);
      String text = gotText(p, t);
      p.skipChildren();
      expectEnd(p);
      return invalid(Violation.create("", "json.notObject", KEY + "json.notObject} " + got, "text", text));
    }
    ShareMiniProgramRequest.Builder b = ShareMiniProgramRequest.builder();
    List<Violation> unknown = new ArrayList<>(0);
    Duplicates duplicates = new Duplicates();
    List<Violation> types = new ArrayList<>(0);
    Set<String> unknownSeen = null;
    List<Integer> caseOf = null; // unknown keys that differ from a field's key only in case
    int seen = 0;
    int skip = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = name(p, asWritten);
      t = p.nextToken();
      Field field = Field.of(name);
      if (field == null) {
        if (unknownSeen == null) {
          unknownSeen = new HashSet<>();
        }
        if (unknownSeen.add(name)) {
          String hint = KeyHints.suggest(name, Field.KEYS);
          if (hint != null && hint.equalsIgnoreCase(name)) {
            if (caseOf == null) {
              caseOf = new ArrayList<>(1);
            }
            caseOf.add(unknown.size());
          }
          unknown.add(Violation.create(pointer(name), "json.unknownProperty",
              KEY + (hint == null ? "json.unknownProperty}" : "json.unknownProperty.suggest}"),
              "key", Display.quote(name), "suggestion", hint == null ? "" : hint));
        } else {
          duplicates.add(pointer(name), name);
        }
        p.skipChildren();
        continue;
      }
      int bit = field.bit;
      if ((seen & bit) != 0) {
        duplicates.add(pointer(name), name);
        skip |= bit;
        p.skipChildren();
        continue;
      }
      seen |= bit;
      if (t == JsonToken.VALUE_NULL) {
        continue; // absent: "required" for required fields, the default for the others
      }
      switch (field.kind) {
        case BOOLEAN:
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            b.withShareTicket(t == JsonToken.VALUE_TRUE);
          } else if (t == JsonToken.VALUE_STRING && (p.getText().equals("true") || p.getText().equals("false"))) {
            b.withShareTicket(p.getText().equals("true"));
          } else {
            types.add(typeError(p, t, name, "boolean"));
            skip |= bit;
          }
          break;
        case FLAG:
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            b.flag(field, t == JsonToken.VALUE_TRUE);
          } else {
            types.add(typeError(p, t, name, "flag"));
            skip |= bit;
          }
          break;
        case MAP:
          if (t != JsonToken.START_OBJECT) {
            types.add(typeError(p, t, name, "object"));
            skip |= bit;
          } else if (!readStrings(p, name, b, types, duplicates, asWritten)) {
            skip |= bit;
          }
          break;
        case INTEGER:
          Integer number = integer(p, t);
          if (number == null) {
            types.add(typeError(p, t, name, "integer"));
            skip |= bit;
          } else {
            b.rawNumber(field, number, numberText(p, t));
          }
          break;
        default:
          if (t != JsonToken.VALUE_STRING) {
            types.add(typeError(p, t, name, "string"));
            skip |= bit;
          } else {
            b.text(field, p.getText());
          }
      }
    }
    expectEnd(p);
    if (caseOf != null) {
      caseOfKeysPresent(unknown, caseOf, seen);
    }
    List<Violation> all = unknown;
    all.addAll(duplicates.list);
    all.addAll(types);
    ShareMiniProgramRequest request = b.buildOrNull(skip, all);
    return new ParsedShareRequest(all.isEmpty() ? request : null, all);
  }

  /**
   * An object of strings ({@code extraInfo}) into the builder; false, with the violation added, when
   * a value is not a string ({@code <field>.type}, once) or a key is given twice ({@code
   * json.duplicateKey} at {@code /<field>/<key>}). The parser is at the object's start.
   */
  private static boolean readStrings(JsonParser p, String name, ShareMiniProgramRequest.Builder b, List<Violation> types,
      Duplicates duplicates, byte @Nullable [] asWritten) throws IOException {
    Map<String, String> map = new HashMap<>(); // sorted once at the end: each entry costs one hash look-up
    Violation notString = null;
    boolean repeated = false;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = name(p, asWritten);
      t = p.nextToken();
      if (t != JsonToken.VALUE_STRING) {
        if (notString == null) {
          notString = Violation.create("/" + name, name + ".type", KEY + "type.stringValues} " + got(p, t),
              "key", Display.quote(key), "text", gotText(p, t));
        }
        p.skipChildren();
      } else if (map.containsKey(key)) {
        repeated = true;
        duplicates.add(pointer(name) + pointer(key), key);
      } else {
        map.put(key, p.getText());
      }
    }
    if (notString != null) {
      types.add(notString);
      return false;
    }
    if (repeated) {
      return false;
    }
    b.extraInfo = new TreeMap<>(map);
    return true;
  }

  /**
   * {@code "miniProgramType"} beside a correct {@code "miniprogramType"}: "did you mean" would name a
   * key the document has already, so the message says the two differ only in case.
   */
  private static void caseOfKeysPresent(List<Violation> unknown, List<Integer> caseOf, int seen) {
    for (int index : caseOf) {
      Violation v = unknown.get(index);
      String suggestion = v.parameter("suggestion");
      Field field = suggestion == null ? null : Field.of(suggestion);
      if (field != null && (seen & field.bit) != 0) {
        unknown.set(index, Violation.create(v.pointer(), v.code(), KEY + "json.unknownProperty.caseOf}",
            "key", v.parameter("key"), "suggestion", suggestion));
      }
    }
  }

  /**
   * One {@code json.duplicateKey} per key, however often it repeats, in the order first repeated;
   * each repeat costs one hash look-up, so 40,000 keys given twice cost what 80,000 distinct keys do.
   */
  private static final class Duplicates {
    final List<Violation> list = new ArrayList<>(0);
    private @Nullable Set<String> pointers;

    void add(String pointer, String name) {
      if (pointers == null) {
        pointers = new HashSet<>();
      }
      if (pointers.add(pointer)) {
        list.add(Violation.create(pointer, "json.duplicateKey", KEY + "json.duplicateKey}", "key", Display.quote(name)));
      }
    }
  }

  /** The field's pointer: built only for a violation, never for a field that is fine. */
  private static String pointer(String name) {
    return "/" + Pointers.escape(name);
  }

  /**
   * How the document wrote a number, for messages; null when that is the int's own decimal form
   * (a plain int token), so that a valid document does not copy it. "-0" is 0 and always valid.
   */
  private static @Nullable String numberText(JsonParser p, JsonToken t) throws IOException {
    return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT ? null : p.getText();
  }

  /**
   * The JSON Schema reading of "integer": any number with no fractional part ({@code 1}, {@code 1.0},
   * {@code 1e0}). Values beyond int are clamped, which keeps them out of every accepted range.
   */
  private static @Nullable Integer integer(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      switch (p.getNumberType()) {
        case INT: return p.getIntValue();
        case LONG: return p.getLongValue() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        default: return p.getBigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      }
    }
    if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    BigDecimal d;
    try {
      d = p.getDecimalValue();
    } catch (NumberFormatException e) {
      return beyondBigDecimal(p.getText());
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return Integer.MAX_VALUE;
    }
    if (d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      return Integer.MIN_VALUE;
    }
    return d.intValue();
  }

  /**
   * Found by fuzzing: {@code 1e99999999999} has an exponent no {@link BigDecimal} can hold, and
   * Jackson throws {@link NumberFormatException}. Decided from the text: a zero mantissa is 0, a
   * negative exponent makes a nonzero value smaller than any integer (a type error, as {@code
   * 1e-400} is), a positive one makes it beyond every accepted range.
   */
  private static @Nullable Integer beyondBigDecimal(String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0 || e + 1 >= number.length()) {
      return null;
    }
    boolean zero = true;
    for (int i = 0; i < e && zero; i++) {
      char c = number.charAt(i);
      zero = c < '1' || c > '9';
    }
    if (zero) {
      return 0;
    }
    if (number.charAt(e + 1) == '-') {
      return null;
    }
    return number.charAt(0) == '-' ? Integer.MIN_VALUE : Integer.MAX_VALUE;
  }

  private static Violation typeError(JsonParser p, JsonToken t, String field, String expected) throws IOException {
    String got = got(p, t);
    String text = gotText(p, t);
    p.skipChildren();
    return Violation.create("/" + field, field + ".type", KEY + "type." + expected + "} " + got, "text", text);
  }

  private static String got(JsonParser p, JsonToken t) {
    switch (t) {
      case VALUE_STRING: return KEY + "json.got.string}";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return KEY + "json.got.number}";
      case VALUE_TRUE:
      case VALUE_FALSE: return KEY + "json.got.boolean}";
      case VALUE_NULL: return KEY + "json.got.null}";
      case START_ARRAY: return KEY + "json.got.array}";
      default: return KEY + "json.got.object}";
    }
  }

  private static String gotText(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return Display.quote(p.getText());
    }
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      return "";
    }
    String text = p.getText();
    return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
  }

  private static void expectEnd(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw syntax(p, "unexpected content after the end of the JSON value");
    }
  }

  private static JsonProcessingException syntax(JsonParser p, String message) {
    return new com.fasterxml.jackson.core.JsonParseException(p, message);
  }
}
