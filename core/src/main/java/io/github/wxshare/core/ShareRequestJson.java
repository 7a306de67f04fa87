package io.github.wxshare.core;

import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.core.internal.JsonReader;
import io.github.wxshare.core.internal.JsonWriter;
import io.github.wxshare.core.internal.KeyHints;
import io.github.wxshare.core.internal.Messages;
import io.github.wxshare.core.internal.Pointers;
import io.github.wxshare.core.internal.TextPositions;
import io.github.wxshare.core.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * the caller's stream or reader surfaces, as an {@link IOException}; no parser's exception escapes.
 *
 * <p>Writing produces the canonical form: keys in contract order ({@link #keys()}), the defaults of
 * {@code withShareTicket}, {@code miniprogramType} and {@code scene} written out, absent optional
 * fields left out, {@code withShareTicket} as a boolean, compact UTF-8. The fields added after the
 * first ones, such as {@code disableForward} and {@code extraInfo}, appear only when set (true, or
 * with an entry; {@code extraInfo}'s keys sorted), so a request without them is written as before
 * they existed:
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

  private static final ShareRequestJson DEFAULT = new ShareRequestJson(DEFAULT_MAX_DOCUMENT_BYTES);
  private static final String KEY = "{io.github.wxshare.";


  private final int maxDocumentBytes;

  private ShareRequestJson(int maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /**
   * The keys of a request, in the canonical form's order: {@code userName}, {@code path}, ...,
   * {@code extraInfo}. Every other key is {@code json.unknownProperty}.
   */
  public static List<String> keys() {
    return KEYS;
  }

  private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(Field.KEYS.clone()));
  /** The keys as the unknown-key message lists them. */
  private static final String KEY_LIST = Messages.list(Field.KEYS);

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
    // RFC 8259 lets a parser ignore a byte order mark.
    return parse(JsonReader.of(json.startsWith("\uFEFF") ? json.substring(1) : json));
  }

  /**
   * Reads one document from UTF-8 bytes; a UTF-8 byte order mark is skipped. UTF-16 and UTF-32
   * are {@code json.syntax}: RFC 8259 requires UTF-8 between systems, and the schema engines of
   * other languages read UTF-8 only.
   */
  public ParsedShareRequest read(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    if (json.length > maxDocumentBytes) {
      return tooLarge();
    }
    if (json.length >= 2 && (json[0] == 0 || json[1] == 0 || (json[0] == (byte) 0xFE && json[1] == (byte) 0xFF)
        || (json[0] == (byte) 0xFF && json[1] == (byte) 0xFE))) {
      // A zero byte in the first two, or a UTF-16/32 byte order mark.
      return invalid(syntaxViolation(JsonReader.UTF16, new int[] {1, 1}, "", "offset", "0"));
    }
    int bom = startsWithBom(json) ? 3 : 0;
    return parse(new JsonReader(json, bom, false));
  }

  /**
   * Reads one document from a stream, at most {@link #maxDocumentBytes()} + 1 bytes of it. The
   * stream is not closed.
   *
   * @throws IOException only when the stream itself fails
   */
  public ParsedShareRequest read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    byte[] bytes = BoundedRead.bytes(in, maxDocumentBytes);
    return bytes == null ? tooLarge() : read(bytes);
  }

  /**
   * Reads one document from a reader, at most {@link #maxDocumentBytes()} + 1 characters of it. The
   * reader is not closed.
   *
   * @throws IOException only when the reader itself fails
   */
  public ParsedShareRequest read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in == null");
    String text = BoundedRead.text(in, maxDocumentBytes);
    return text == null ? tooLarge() : read(text);
  }

  /** The canonical JSON of {@code request}. */
  public String write(ShareMiniProgramRequest request) {
    return new String(writeBytes(request), StandardCharsets.UTF_8);
  }

  /** The canonical JSON of {@code request}, as UTF-8 bytes. */
  public byte[] writeBytes(ShareMiniProgramRequest request) {
    Objects.requireNonNull(request, "request == null");
    return Field.write(request, JsonWriter.create()).toByteArray();
  }

  /** Writes the canonical JSON of {@code request} to {@code out}, which is flushed, not closed. */
  public void write(ShareMiniProgramRequest request, Writer out) throws IOException {
    Objects.requireNonNull(out, "out == null");
    out.write(write(request));
    out.flush();
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

  /** Reads the document, or names its first mistake. */
  private static ParsedShareRequest parse(JsonReader r) {
    try {
      return new Reading(r).read();
    } catch (JsonReader.Malformed m) {
      // Bytes that are not UTF-8 come first, wherever they are: the reader checks a string's bytes
      // as it scans it, and anything else it refuses may have been refused for them.
      int malformed = r.surrogates() ? -1 : Utf8.malformedAt(r.bytes());
      if (malformed >= 0) {
        byte[] json = r.bytes();
        return invalid(syntaxViolation(JsonReader.NOT_UTF8, TextPositions.of(json, r.start(), malformed),
            String.format(Locale.ROOT, "0x%02X", json[malformed] & 0xFF), "offset", String.valueOf(malformed)));
      }
      if (m.bound != null) {
        return invalid(Violation.create("", "json.tooLarge", KEY + "json.limit." + m.bound + "}").at(1, 1));
      }
      return invalid(syntaxViolation(Objects.requireNonNull(m.kind), TextPositions.of(r.bytes(), r.start(), m.offset),
          m.found));
    }
  }

  /** A {@code json.syntax} violation of {@code kind} at {@code {line, column}}, naming what was found there. */
  private static Violation syntaxViolation(String kind, int[] at, String found, String... more) {
    String[] parameters = new String[6 + more.length];
    parameters[0] = "line";
    parameters[1] = String.valueOf(at[0]);
    parameters[2] = "column";
    parameters[3] = String.valueOf(at[1]);
    parameters[4] = "found";
    parameters[5] = found;
    System.arraycopy(more, 0, parameters, 6, more.length);
    return Violation.create("", "json.syntax", KEY + "json.syntax} " + KEY + "json.syntax." + kind + "}", parameters)
        .at(at[0], at[1]);
  }

  /** True when {@code b} starts with the UTF-8 byte order mark, which is skipped. */
  static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** Violations found while reading, each with the byte offset it is placed at (-1: line 1, column 1). */
  private static final class Found {
    final List<Violation> list = new ArrayList<>(0);
    int[] offsets = new int[0];

    void add(Violation v, int offset) {
      if (offsets.length == list.size()) {
        offsets = Arrays.copyOf(offsets, Math.max(4, offsets.length * 2));
      }
      offsets[list.size()] = offset;
      list.add(v);
    }
  }

  /** One document's reading: one pass of the reader, straight into the builder. */
  private static final class Reading {
    private final JsonReader r;
    private final ShareMiniProgramRequest.Builder b = ShareMiniProgramRequest.builder();
    private final int[] valueAt = new int[Field.COUNT]; // where each field's (first) value starts
    private @Nullable Found unknown;
    private @Nullable Found duplicates;
    private @Nullable Set<String> repeated; // pointers reported as duplicates
    private @Nullable Found types;
    private @Nullable Set<String> unknownSeen;
    private @Nullable List<Integer> caseOf; // unknown keys that differ from a field's key only in case
    private long seen;
    private long skip;
    private int objectStart;

    Reading(JsonReader r) {
      this.r = r;
    }

    ParsedShareRequest read() throws JsonReader.Malformed {
      JsonReader.Token t = r.next();
      if (t != JsonReader.Token.BEGIN_OBJECT) {
        String got = got(t);
        String text = gotText(t);
        r.skipValue();
        r.end();
        return invalid(Violation.create("", "json.notObject", KEY + "json.notObject} " + got, "text", text).at(1, 1));
      }
      objectStart = r.tokenStart();
      // Keys are tried in the table's order first, as the canonical form writes them.
      Field expected = Field.ALL[0];
      while (true) {
        Field field;
        if (expected != null && r.nextNameIs(expected.member)) {
          field = expected;
        } else if (r.next() == JsonReader.Token.NAME) {
          field = Field.at(r);
        } else {
          break;
        }
        member(field);
        expected = field != null ? field.next() : expected;
      }
      r.end();
      if (unknown == null && duplicates == null && types == null) {
        List<Violation> all = new ArrayList<>(0);
        ShareMiniProgramRequest request = b.buildOrNull(skip, all);
        if (all.isEmpty() && request != null) {
          return new ParsedShareRequest(request, all);
        }
        return placed(all);
      }
      if (caseOf != null) {
        caseOfKeysPresent();
      }
      List<Violation> all = new ArrayList<>();
      b.buildOrNull(skip, all);
      return placed(all);
    }

    /** A member: the reader is on its name, whose field is {@code atKey} unless the key is unknown or escaped. */
    private void member(@Nullable Field atKey) throws JsonReader.Malformed {
      int keyAt = r.tokenStart();
      Field field = atKey;
      String name = field != null ? field.key : r.string();
      if (field == null && r.escaped()) {
        field = Field.of(name);
      }
      JsonReader.Token t = r.next();
      if (field == null) {
        if (unknownSeen == null) {
          unknownSeen = new HashSet<>();
        }
        if (unknownSeen.add(name)) {
          String hint = KeyHints.suggest(name, Field.KEYS);
          if (unknown == null) {
            unknown = new Found();
          }
          if (hint != null && hint.equalsIgnoreCase(name)) {
            if (caseOf == null) {
              caseOf = new ArrayList<>(1);
            }
            caseOf.add(unknown.list.size());
          }
          unknown.add(Violation.create(pointer(name), "json.unknownProperty",
              KEY + (hint == null ? "json.unknownProperty}" : "json.unknownProperty.suggest}"),
              "key", Display.quote(name), "suggestion", hint == null ? "" : hint, "keys", KEY_LIST), keyAt);
        } else {
          duplicate(pointer(name), name, keyAt);
        }
        r.skipValue();
        return;
      }
      long bit = field.bit;
      if ((seen & bit) != 0) {
        duplicate(field.pointer, name, keyAt);
        skip |= bit;
        r.skipValue();
        return;
      }
      seen |= bit;
      valueAt[field.ordinal()] = r.tokenStart();
      if (t == JsonReader.Token.NULL) {
        return; // absent: "required" for required fields, the default for the others
      }
      switch (field.kind) {
        case BOOLEAN_OR_TEXT:
          if (t == JsonReader.Token.TRUE || t == JsonReader.Token.FALSE) {
            b.flag(field, t == JsonReader.Token.TRUE);
            return;
          }
          if (t == JsonReader.Token.STRING) { // "true" or "false", as Donut types withShareTicket
            String text = r.string();
            if (text.equals("true") || text.equals("false")) {
              b.flag(field, text.equals("true"));
              return;
            }
          }
          typeError(field, t, "boolean");
          return;
        case FLAG:
          if (t == JsonReader.Token.TRUE || t == JsonReader.Token.FALSE) {
            b.flag(field, t == JsonReader.Token.TRUE);
          } else {
            typeError(field, t, "flag");
          }
          return;
        case MAP:
          if (t != JsonReader.Token.BEGIN_OBJECT) {
            typeError(field, t, "object");
          } else if (!readStrings(field)) {
            skip |= bit;
          }
          return;
        case INTEGER:
          if (t != JsonReader.Token.NUMBER) {
            typeError(field, t, "integer");
            return;
          }
          int small = r.smallInt();
          if (small != Integer.MIN_VALUE) {
            b.rawNumber(field, small, null);
            return;
          }
          String text = r.text();
          Integer number = integer(text, r.fraction());
          if (number == null) {
            typeError(field, t, "integer");
          } else {
            b.rawNumber(field, number, !r.fraction() && fitsInt(text) ? null : text);
          }
          return;
        default:
          if (t != JsonReader.Token.STRING) {
            typeError(field, t, "string");
          } else {
            b.text(field, r.string());
          }
      }
    }

    private void duplicate(String pointer, String name, int keyAt) {
      if (repeated == null) {
        repeated = new HashSet<>();
      }
      if (repeated.add(pointer)) {
        if (duplicates == null) {
          duplicates = new Found();
        }
        duplicates.add(Violation.create(pointer, "json.duplicateKey", KEY + "json.duplicateKey}", "key", Display.quote(name)),
            keyAt);
      }
    }

    private void typeError(Field field, JsonReader.Token t, String expected) throws JsonReader.Malformed {
      int at = r.tokenStart();
      String got = got(t);
      String text = gotText(t);
      r.skipValue();
      if (types == null) {
        types = new Found();
      }
      types.add(Violation.create(field.pointer, field.key + ".type", KEY + "type." + expected + "} " + got, "text", text), at);
      skip |= field.bit;
    }

    /**
     * An object of strings ({@code extraInfo}) into the builder; false, with the violation added, when
     * a value is not a string ({@code <field>.type}, once) or a key is given twice ({@code
     * json.duplicateKey} at {@code /<field>/<key>}). The reader is at the object's start.
     */
    private boolean readStrings(Field field) throws JsonReader.Malformed {
      int at = r.tokenStart();
      Map<String, String> map = new HashMap<>(); // sorted once at the end: each entry costs one hash look-up
      Violation notString = null;
      boolean twice = false;
      while (r.next() == JsonReader.Token.NAME) {
        int keyAt = r.tokenStart();
        String key = r.string();
        JsonReader.Token t = r.next();
        if (t != JsonReader.Token.STRING) {
          if (notString == null) {
            notString = Violation.create(field.pointer, field.key + ".type", KEY + "type.stringValues} " + got(t),
                "key", Display.quote(key), "text", gotText(t));
          }
          r.skipValue();
        } else if (map.containsKey(key)) {
          twice = true;
          duplicate(field.pointer + pointer(key), key, keyAt);
        } else {
          map.put(key, r.string());
        }
      }
      if (notString != null) {
        if (types == null) {
          types = new Found();
        }
        types.add(notString, at);
        return false;
      }
      if (twice) {
        return false;
      }
      b.extraInfo = new TreeMap<>(map);
      return true;
    }

    /**
     * {@code "miniProgramType"} beside a correct {@code "miniprogramType"}: "did you mean" would name a
     * key the document has already, so the message says the two differ only in case.
     */
    private void caseOfKeysPresent() {
      Found found = Objects.requireNonNull(unknown);
      for (int index : Objects.requireNonNull(caseOf)) {
        Violation v = found.list.get(index);
        String suggestion = v.parameter("suggestion");
        Field field = suggestion == null ? null : Field.of(suggestion);
        if (field != null && (seen & field.bit) != 0) {
          found.list.set(index, Violation.create(v.pointer(), v.code(), KEY + "json.unknownProperty.caseOf}",
              "key", v.parameter("key"), "suggestion", suggestion));
        }
      }
    }

    /**
     * Every violation with its line and column: where the reader saw it, or, for a rule's, the
     * field's value (the opening brace when the field is missing).
     */
    private ParsedShareRequest placed(List<Violation> rules) {
      List<Violation> all = new ArrayList<>();
      int[] offsets = new int[count(unknown) + count(duplicates) + count(types) + rules.size()];
      int k = 0;
      for (Found f : new Found[] {unknown, duplicates, types}) {
        if (f != null) {
          all.addAll(f.list);
          System.arraycopy(f.offsets, 0, offsets, k, f.list.size());
          k += f.list.size();
        }
      }
      for (Violation v : rules) {
        Field field = Field.ofPointer(v.pointer());
        offsets[k++] = field == null ? -1 : (seen & field.bit) != 0 ? valueAt[field.ordinal()] : objectStart;
        all.add(v);
      }
      int[][] positions = TextPositions.of(r.bytes(), r.start(), offsets);
      List<Violation> located = new ArrayList<>(all.size());
      for (int i = 0; i < offsets.length; i++) {
        located.add(positions[i] == null ? all.get(i).at(1, 1) : all.get(i).at(positions[i][0], positions[i][1]));
      }
      return new ParsedShareRequest(null, located);
    }

    private static int count(@Nullable Found f) {
      return f == null ? 0 : f.list.size();
    }

    private String got(JsonReader.Token t) {
      switch (t) {
        case STRING: return KEY + "json.got.string}";
        case NUMBER: return KEY + "json.got.number}";
        case TRUE:
        case FALSE: return KEY + "json.got.boolean}";
        case NULL: return KEY + "json.got.null}";
        case BEGIN_ARRAY: return KEY + "json.got.array}";
        default: return KEY + "json.got.object}";
      }
    }

    private String gotText(JsonReader.Token t) throws JsonReader.Malformed {
      if (t == JsonReader.Token.STRING) {
        return Display.quote(r.string());
      }
      if (t == JsonReader.Token.BEGIN_ARRAY || t == JsonReader.Token.BEGIN_OBJECT) {
        return "";
      }
      String text = r.text();
      return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }
  }

  /** The field's pointer: built only for a violation, never for a field that is fine. */
  private static String pointer(String name) {
    return "/" + Pointers.escape(name);
  }

  /** True when an integer written {@code text} is within int: such a number is shown as its value, not as written. */
  private static boolean fitsInt(String text) {
    try {
      Integer.parseInt(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The JSON Schema reading of "integer": any number with no fractional part ({@code 1}, {@code 1.0},
   * {@code 1e0}). Values beyond int are clamped, which keeps them out of every accepted range.
   */
  private static @Nullable Integer integer(String text, boolean fraction) {
    if (!fraction) {
      if (fitsInt(text)) {
        return Integer.parseInt(text);
      }
      return text.charAt(0) == '-' ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return beyondBigDecimal(text);
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
   * Found by fuzzing: {@code 1e99999999999} has an exponent no {@link BigDecimal} can hold. Decided
   * from the text: a zero mantissa is 0, a negative exponent makes a nonzero value smaller than any
   * integer (a type error, as {@code 1e-400} is), a positive one makes it beyond every accepted range.
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
}
