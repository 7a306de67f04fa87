package io.github.wxshare.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * wxshare's one JSON grammar: a strict RFC 8259 pull reader over UTF-8 bytes. Every token is
 * checked as it is read, so the first mistake of a document is found in the one pass that reads it,
 * named in the contract's words ({@link Malformed#kind}), with its byte offset; and every bound is
 * the reader's own: nesting depth, digits of a number, length of a key and of a string (a string's
 * bound is a mistake only when {@link #string()} asks for it, so a value that is only skipped is no
 * bound; a string that is not plain ASCII is decoded as it is checked, into a buffer that stops
 * growing at the bound).
 *
 * <p>Its grammar is RFC 8259 and nothing else: no comments, no single quotes, no unquoted keys, no
 * trailing commas, no leading zeros, no {@code NaN}, no control characters in strings, exactly one
 * value with whitespace around it. Escapes for lone surrogates are read as such (RFC 8259 allows
 * them). A byte order mark is the caller's to skip. Bytes that are not UTF-8 are {@link #NOT_UTF8}
 * inside a string (checked as the string is scanned) and a syntax mistake outside one; a caller that
 * must name every malformed byte as such looks for the first one ({@link Utf8#malformedAt}) when
 * the reader refuses a document. Text ({@link #of(String)}) is read as its UTF-8 bytes,
 * a lone surrogate as the three bytes a surrogate would take, so both sources share one grammar.
 *
 * <p>Iterative with an explicit stack: any nesting is read in bounded stack space, and time and
 * memory are linear in the document's size. Not thread-safe; one reader per document.
 */
public final class JsonReader {
  /** Containers nested deeper than this are a bound ({@code depth}). */
  public static final int MAX_DEPTH = 1000;
  /** A number with more digits (integer, fraction and exponent together) is a bound ({@code number}). */
  public static final int MAX_NUMBER_DIGITS = 1000;
  /** A key longer than this, in UTF-16 units, is a bound ({@code name}). */
  public static final int MAX_NAME_LENGTH = 50_000;
  /** A string decoded to more UTF-16 units than this is a bound ({@code string}). */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  /** What the reader stands on after {@link #next()}. */
  public enum Token { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, NAME, STRING, NUMBER, TRUE, FALSE, NULL, END_DOCUMENT }

  /** The syntax kinds, each a message key {@code io.github.wxshare.json.syntax.<kind>}. */
  public static final String EMPTY = "empty";
  public static final String EXPECTED_VALUE = "expectedValue";
  public static final String EXPECTED_KEY = "expectedKey";
  public static final String UNQUOTED_KEY = "unquotedKey";
  public static final String EXPECTED_COLON = "expectedColon";
  public static final String EXPECTED_COMMA_OBJECT = "expectedCommaObject";
  public static final String EXPECTED_COMMA_ARRAY = "expectedCommaArray";
  public static final String TRAILING_COMMA = "trailingComma";
  public static final String COMMENT = "comment";
  public static final String SINGLE_QUOTE = "singleQuote";
  public static final String LITERAL = "literal";
  public static final String NUMBER = "number";
  public static final String CONTROL = "control";
  public static final String ESCAPE = "escape";
  public static final String UNCLOSED_STRING = "unclosedString";
  public static final String END_OF_INPUT = "endOfInput";
  public static final String TRAILING_CONTENT = "trailingContent";
  /** Bytes that are not UTF-8 (the caller's check). */
  public static final String NOT_UTF8 = "notUtf8";
  /** A document in UTF-16 or UTF-32 (the caller's check). */
  public static final String UTF16 = "utf16";

  /** The bounds, each a message key {@code io.github.wxshare.json.limit.<bound>}. */
  public static final String DEPTH = "depth";
  public static final String NUMBER_DIGITS = "number";
  public static final String NAME_LENGTH = "name";
  public static final String STRING_LENGTH = "string";

  /**
   * The first mistake of a document: a syntax {@link #kind} at a byte {@link #offset}, with what
   * stands there ({@link #found}, ready for a message), or a {@link #bound} the document went past.
   */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    /** The syntax kind, or null when a bound was passed. */
    public final @Nullable String kind;
    /** The bound passed ({@link #DEPTH}, {@link #NUMBER_DIGITS}, {@link #NAME_LENGTH}, {@link #STRING_LENGTH}), or null. */
    public final @Nullable String bound;
    /** Where, in bytes from the start of the array. */
    public final int offset;
    /** What stands there, for a message: {@code "x"}, {@code U+000A}, or empty. */
    public final String found;

    Malformed(@Nullable String kind, @Nullable String bound, int offset, String found) {
      super(kind != null ? kind : bound, null, false, false);
      this.kind = kind;
      this.bound = bound;
      this.offset = offset;
      this.found = found;
    }
  }

  /** The bytes a string holds as they are: not a quote, a backslash, a control character or a non-ASCII byte. */
  private static final boolean[] PLAIN = new boolean[256];
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final char[] NO_CHARS = {};
  /** The least room {@link #scanDecoding} decodes into before it checks again. */
  private static final int MIN_ROOM = 64;

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  // What the innermost scope expects next.
  private static final byte DOCUMENT = 0;
  private static final byte DOCUMENT_DONE = 1;
  private static final byte OBJECT_FIRST = 2; // after {: a key or }
  private static final byte OBJECT_NAME = 3; // after a comma: a key
  private static final byte OBJECT_VALUE = 4; // after a key and its colon
  private static final byte OBJECT_AFTER = 5; // after a member: a comma or }
  private static final byte ARRAY_FIRST = 6; // after [: a value or ]
  private static final byte ARRAY_VALUE = 7; // after a comma: a value
  private static final byte ARRAY_AFTER = 8; // after an item: a comma or ]

  private final byte[] b;
  private final int n;
  private final int start;
  private final boolean surrogates;
  private int p;
  private byte[] scopes = new byte[16];
  private int depth; // open containers; scopes[depth] is the innermost scope
  private @Nullable Token token;
  private int tokenStart;
  private int tokenEnd;
  private boolean escaped; // the current string or name has a backslash
  private boolean plain; // the current string or name is plain bytes, its text as written; else see decoded
  private char[] decoded = NO_CHARS; // the current string or name, decoded, unless it is plain bytes
  private int decodedLength; // its length in chars (more than MAX_STRING_LENGTH: decoding stopped there)
  private boolean fraction; // the current number has a fraction or an exponent

  /**
   * Reads {@code b} from {@code start} (after a byte order mark, if any) to its end. With {@code
   * surrogates}, the three-byte encodings of surrogates (as {@link #of(String)} writes lone ones) are
   * decoded to the surrogate; without it, {@code b} must be well-formed UTF-8.
   */
  public JsonReader(byte[] b, int start, boolean surrogates) {
    this.b = b;
    this.n = b.length;
    this.start = start;
    this.p = start;
    this.surrogates = surrogates;
    scopes[0] = DOCUMENT;
  }

  /** A reader of {@code text}, as UTF-8, with each lone surrogate as its three bytes. */
  public static JsonReader of(String text) {
    boolean lone = false;
    for (int i = 0, len = text.length(); i < len && !lone; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        lone = !(Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1)));
        i += lone ? 0 : 1;
      }
    }
    return new JsonReader(lone ? wtf8(text) : text.getBytes(StandardCharsets.UTF_8), 0, lone);
  }

  /** The bytes the reader reads. */
  public byte[] bytes() {
    return b;
  }

  /** True when the reader reads text ({@link #of(String)}) with lone surrogates, so its bytes are not UTF-8 by design. */
  public boolean surrogates() {
    return surrogates;
  }

  /** Where the document starts: after a byte order mark. */
  public int start() {
    return start;
  }

  /** Moves to the next token. */
  public Token next() throws Malformed {
    while (true) {
      switch (scopes[depth]) {
        case DOCUMENT:
          ws();
          if (p == n) {
            throw new Malformed(EMPTY, null, start, "");
          }
          scopes[depth] = DOCUMENT_DONE;
          return value();
        case DOCUMENT_DONE:
          ws();
          if (p == n) {
            tokenStart = p;
            return token = Token.END_DOCUMENT;
          }
          throw syntax(isComment(b[p]) ? COMMENT : TRAILING_CONTENT, p);
        case OBJECT_FIRST:
          ws();
          endOfInput();
          if (b[p] == '}') {
            return close(Token.END_OBJECT);
          }
          return name();
        case OBJECT_NAME:
          ws();
          endOfInput();
          if (b[p] == '}') {
            throw syntax(TRAILING_COMMA, p);
          }
          return name();
        case OBJECT_VALUE:
          ws();
          endOfInput();
          scopes[depth] = OBJECT_AFTER;
          return value();
        case ARRAY_FIRST:
          ws();
          endOfInput();
          if (b[p] == ']') {
            return close(Token.END_ARRAY);
          }
          scopes[depth] = ARRAY_AFTER;
          return value();
        case ARRAY_VALUE:
          ws();
          endOfInput();
          if (b[p] == ']') {
            throw syntax(TRAILING_COMMA, p);
          }
          scopes[depth] = ARRAY_AFTER;
          return value();
        default: { // OBJECT_AFTER, ARRAY_AFTER
          boolean object = scopes[depth] == OBJECT_AFTER;
          ws();
          endOfInput();
          byte c = b[p];
          if (c == ',') {
            p++;
            scopes[depth] = object ? OBJECT_NAME : ARRAY_VALUE;
            continue;
          }
          if (c == (object ? '}' : ']')) {
            return close(object ? Token.END_OBJECT : Token.END_ARRAY);
          }
          throw syntax(isComment(c) ? COMMENT : object ? EXPECTED_COMMA_OBJECT : EXPECTED_COMMA_ARRAY, p);
        }
      }
    }
  }

  /**
   * Moves to the next token when it is the name whose quoted form and colon are exactly {@code
   * member} ({@code "key":}, no escape, nothing between the closing quote and the colon), and says
   * so; otherwise moves nowhere and answers false, and {@link #next()} reads what is there. A reader
   * of a document whose keys come in a known order asks this first: one comparison of bytes instead
   * of scanning a name and then looking it up.
   */
  public boolean nextNameIs(byte[] member) {
    byte scope = scopes[depth];
    int q = skipWs(p);
    if (scope == OBJECT_AFTER) {
      if (q == n || b[q] != ',') {
        return false;
      }
      q = skipWs(q + 1);
    } else if (scope != OBJECT_FIRST && scope != OBJECT_NAME) {
      return false;
    }
    int length = member.length;
    if (length > n - q) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (b[q + k] != member[k]) {
        return false;
      }
    }
    tokenStart = q;
    tokenEnd = q + length - 1;
    p = q + length;
    escaped = false;
    plain = true;
    scopes[depth] = OBJECT_VALUE;
    token = Token.NAME;
    return true;
  }

  /** Where the current token starts, in bytes: its quote, its first digit, its bracket. */
  public int tokenStart() {
    return tokenStart;
  }

  /** Where the reader stands, in bytes: just after the current token. */
  public int position() {
    return p;
  }

  /** Skips the value that starts at the current token (the whole object or array); a scalar is read already. */
  public void skipValue() throws Malformed {
    if (token != Token.BEGIN_OBJECT && token != Token.BEGIN_ARRAY) {
      return;
    }
    int level = depth - 1;
    while (depth > level) {
      next();
    }
  }

  /** Reads the end of the document: anything after the value is {@link #TRAILING_CONTENT}. */
  public void end() throws Malformed {
    if (next() != Token.END_DOCUMENT) {
      throw syntax(TRAILING_CONTENT, tokenStart);
    }
  }

  /** True when the current name or string, as written without escapes, is exactly {@code key}'s bytes. */
  public boolean is(byte[] key) {
    int len = tokenEnd - tokenStart - 2;
    if (escaped || len != key.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (b[tokenStart + 1 + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /** The current name's or string's length as written, in bytes, without its quotes. */
  public int rawLength() {
    return tokenEnd - tokenStart - 2;
  }

  /** True when the current name or string has an escape, so {@link #is} cannot decide. */
  public boolean escaped() {
    return escaped;
  }

  /**
   * The current name or string, decoded.
   *
   * @throws Malformed for a string over {@link #MAX_STRING_LENGTH}
   */
  public String string() throws Malformed {
    if (length() > MAX_STRING_LENGTH) { // a name is never as long (MAX_NAME_LENGTH)
      throw new Malformed(null, STRING_LENGTH, tokenStart, "");
    }
    return decode();
  }

  /** The current number as written, or the literal {@code true}, {@code false} or {@code null}. */
  public String text() {
    return new String(b, tokenStart, tokenEnd - tokenStart, StandardCharsets.ISO_8859_1);
  }

  /** True when the current number has a fraction or an exponent. */
  public boolean fraction() {
    return fraction;
  }

  /**
   * The current number when it is an integer of at most nine digits (so it fits an int), else
   * {@link Integer#MIN_VALUE}: the fast path for the small numbers of a request.
   */
  public int smallInt() {
    int i = tokenStart;
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    if (fraction || tokenEnd - i > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (; i < tokenEnd; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return negative ? -v : v;
  }

  private Token close(Token t) {
    tokenStart = p;
    p++;
    depth--;
    return token = t;
  }

  private void endOfInput() throws Malformed {
    if (p == n) {
      throw new Malformed(END_OF_INPUT, null, n, "");
    }
  }

  /** A key, its colon, and the scope set for its value. */
  private Token name() throws Malformed {
    byte c = b[p];
    if (c != '"') {
      throw c == '\'' ? syntax(SINGLE_QUOTE, p)
          : isComment(c) ? syntax(COMMENT, p)
          : isWordStart(c) ? new Malformed(UNQUOTED_KEY, null, p, Display.quote(word(p)))
          : syntax(EXPECTED_KEY, p);
    }
    scanString();
    if (length() > MAX_NAME_LENGTH) {
      throw new Malformed(null, NAME_LENGTH, tokenStart, "");
    }
    ws();
    endOfInput();
    if (b[p] != ':') {
      throw syntax(isComment(b[p]) ? COMMENT : EXPECTED_COLON, p);
    }
    p++;
    scopes[depth] = OBJECT_VALUE;
    return token = Token.NAME;
  }

  /** A value at {@code p} (not at the end); the scope is set for what follows it. */
  private Token value() throws Malformed {
    byte c = b[p];
    switch (c) {
      case '{':
        return open(OBJECT_FIRST, Token.BEGIN_OBJECT);
      case '[':
        return open(ARRAY_FIRST, Token.BEGIN_ARRAY);
      case '"':
        scanString();
        return token = Token.STRING;
      case '+':
      case '.':
        throw new Malformed(NUMBER, null, p, Display.quote(word(p)));
      case '\'':
        throw syntax(SINGLE_QUOTE, p);
      case '/':
      case '#':
        throw syntax(COMMENT, p);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
          return token = Token.NUMBER;
        }
        if (isWordStart(c)) {
          return literal();
        }
        throw syntax(EXPECTED_VALUE, p);
    }
  }

  private Token open(byte scope, Token t) throws Malformed {
    if (depth == MAX_DEPTH) {
      throw new Malformed(null, DEPTH, p, "");
    }
    if (++depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
    }
    scopes[depth] = scope;
    tokenStart = p;
    p++;
    return token = t;
  }

  private Token literal() throws Malformed {
    byte c = b[p];
    Token t = c == 't' ? Token.TRUE : c == 'f' ? Token.FALSE : c == 'n' ? Token.NULL : null;
    byte[] expected = c == 't' ? TRUE : c == 'f' ? FALSE : NULL;
    int end = p + expected.length;
    if (t == null || !matches(expected, end)) {
      throw new Malformed(LITERAL, null, p, Display.quote(word(p)));
    }
    tokenStart = p;
    p = end;
    tokenEnd = p;
    return token = t;
  }

  /**
   * True when the literal {@code expected}, whose first byte is at {@code p}, stands there whole and
   * no word character or number punctuation follows it (what {@link #word} would read is exactly it).
   */
  private boolean matches(byte[] expected, int end) {
    if (end > n || (end < n && isWordPart(b[end]))) {
      return false;
    }
    for (int k = 1; k < expected.length; k++) {
      if (b[p + k] != expected[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A string or name at {@code p} (its quote), checked; {@code p} ends after its closing quote. The
   * usual string, plain bytes only, is scanned and nothing more ({@link #decode} copies it); any
   * other is decoded as it is checked ({@link #scanDecoding}), so its bytes are read once.
   */
  private void scanString() throws Malformed {
    int open = p;
    int i = p + 1;
    // Plain bytes (not a quote, a backslash, a control character or a non-ASCII byte): one load each.
    while (i < n && PLAIN[b[i] & 0xFF]) {
      i++;
    }
    plain = i < n && b[i] == '"';
    if (plain) {
      escaped = false;
    } else {
      i = scanDecoding(open);
    }
    tokenStart = open;
    tokenEnd = i + 1;
    p = i + 1;
  }

  /**
   * The string opened at {@code open}, which is not plain bytes only: checked and decoded into
   * {@link #decoded}, in one pass over its bytes from the start; the index of its closing quote.
   * The buffer's room is checked once per run of bytes it can hold, not per byte. Past {@link
   * #MAX_STRING_LENGTH} chars, decoding starts over at the buffer's start, so a string longer than
   * any may be costs that bound in memory and nothing more.
   */
  private int scanDecoding(int open) throws Malformed {
    boolean backslash = false;
    boolean over = false;
    byte[] b = this.b; // locals: the calls below would make the JIT load the fields again
    int n = this.n;
    int j = 0;
    int i = open + 1;
    while (true) {
      if (j > MAX_STRING_LENGTH) { // too long for any string: only the check goes on
        over = true;
        j = 0;
      }
      // j is at most the bound here, so the buffer never grows past the bound and MIN_ROOM.
      if (decoded.length - j < MIN_ROOM) {
        decoded = Arrays.copyOf(decoded, Math.min(Math.max(decoded.length * 2, j + MIN_ROOM), MAX_STRING_LENGTH + MIN_ROOM));
      }
      char[] out = decoded;
      // Each byte decodes to at most one char; - 2: a four-byte sequence begun at end - 1 gives two.
      int end = Math.min(n, i + out.length - j - 2);
      while (i < end) {
        int c = b[i];
        if (c >= 0) {
          if (!PLAIN[c]) {
            break;
          }
          out[j++] = (char) c;
          i++;
        } else {
          // Text's bytes (surrogates) are the reader's own encoding: a surrogate's three bytes decode to it.
          int length = surrogates ? (c >= (byte) 0xF0 ? 4 : c >= (byte) 0xE0 ? 3 : 2) : Utf8.sequence(b, i, n);
          if (length < 0) {
            throw new Malformed(NOT_UTF8, null, i, String.format(java.util.Locale.ROOT, "0x%02X", c & 0xFF));
          }
          j = Utf8.decode(b, i, length, out, j);
          i += length;
        }
      }
      if (i >= n) {
        throw new Malformed(UNCLOSED_STRING, null, open, "");
      }
      if (i >= end) {
        continue;
      }
      byte c = b[i];
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw syntax(CONTROL, i);
      }
      // A backslash.
      backslash = true;
      if (i + 1 >= n) {
        throw new Malformed(UNCLOSED_STRING, null, open, "");
      }
      byte e = b[i + 1];
      char unescaped;
      int length = 2;
      switch (e) {
        case '"': case '\\': case '/': unescaped = (char) e; break;
        case 'b': unescaped = '\b'; break;
        case 'f': unescaped = '\f'; break;
        case 'n': unescaped = '\n'; break;
        case 'r': unescaped = '\r'; break;
        case 't': unescaped = '\t'; break;
        case 'u': {
          int v = 0;
          for (int k = i + 2; k < i + 6; k++) {
            int h = k < n ? hex(b[k]) : -1;
            if (h < 0) {
              throw new Malformed(ESCAPE, null, i, Display.quote(chars(i, 6)));
            }
            v = v << 4 | h;
          }
          unescaped = (char) v;
          length = 6;
          break;
        }
        default:
          throw new Malformed(ESCAPE, null, i, Display.quote(chars(i, 2)));
      }
      out[j++] = unescaped;
      i += length;
    }
    escaped = backslash;
    decodedLength = over ? MAX_STRING_LENGTH + 1 : j; // a j past the bound (the last run) is past it too
    return i;
  }

  /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, not followed by a digit, letter or point. */
  private void number() throws Malformed {
    int from = p;
    int i = p;
    if (b[i] == '-') {
      i++;
    }
    int digits = digits(i);
    boolean ok = digits > 0 && !(b[i] == '0' && digits > 1);
    int all = digits;
    i += digits;
    boolean frac = false;
    if (ok && i < n && b[i] == '.') {
      int f = digits(i + 1);
      ok = f > 0;
      i += 1 + f;
      all += f;
      frac = true;
    }
    if (ok && i < n && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < n && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int e = digits(i);
      ok = e > 0;
      i += e;
      all += e;
      frac = true;
    }
    if (!ok || (i < n && (isWordStart(b[i]) || b[i] == '.'))) {
      throw new Malformed(NUMBER, null, from, Display.quote(word(from)));
    }
    if (all > MAX_NUMBER_DIGITS) {
      throw new Malformed(null, NUMBER_DIGITS, from, "");
    }
    tokenStart = from;
    tokenEnd = i;
    p = i;
    fraction = frac;
  }

  private int digits(int i) {
    int k = i;
    while (k < n && b[k] >= '0' && b[k] <= '9') {
      k++;
    }
    return k - i;
  }

  private void ws() {
    p = skipWs(p);
  }

  /** The first index from {@code i} that is not whitespace. */
  private int skipWs(int i) {
    while (i < n) {
      byte c = b[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  private static boolean isComment(byte c) {
    return c == '/' || c == '#';
  }

  private static boolean isWordStart(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  }

  /** A byte of what {@link #word} reads: a word character or number punctuation. */
  private static boolean isWordPart(byte c) {
    return isWordStart(c) || c == '.' || c == '+' || c == '-';
  }

  private static int hex(byte c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /** The run of word characters (and number punctuation) at {@code i}, at most 20; the character there when none. */
  private String word(int i) {
    int k = i;
    while (k < n && k - i < 20) {
      if (!isWordPart(b[k])) {
        break;
      }
      k++;
    }
    return k == i ? chars(i, 1) : new String(b, i, k - i, StandardCharsets.ISO_8859_1);
  }

  /** At most {@code count} UTF-16 units of the text at {@code i}. */
  private String chars(int i, int count) {
    String s = decodeRaw(i, Math.min(n, i + 4 * count));
    return s.substring(0, Math.min(count, s.length()));
  }

  private Malformed syntax(String kind, int at) {
    return new Malformed(kind, null, at, found(at));
  }

  /** The character at {@code i} for a message: {@code "x"}, or {@code U+000A} for what cannot be seen. */
  private String found(int i) {
    String s = chars(i, 2);
    int cp = s.codePointAt(0);
    int type = Character.getType(cp);
    if (cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD || Character.isWhitespace(cp)
        || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
        || type == Character.SPACE_SEPARATOR) {
      return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }
    return Display.quote(new String(Character.toChars(cp)));
  }

  /** The current string's or name's length in UTF-16 units (more than {@link #MAX_STRING_LENGTH}: longer than that). */
  private int length() {
    return plain ? tokenEnd - tokenStart - 2 : decodedLength;
  }

  /** The current string or name, decoded (which {@link #scanString} has done unless it is plain bytes). */
  private String decode() {
    if (plain) {
      return new String(b, tokenStart + 1, tokenEnd - tokenStart - 2, StandardCharsets.ISO_8859_1);
    }
    return new String(decoded, 0, decodedLength);
  }

  /** Bytes without escapes as text; with {@link #surrogates}, a surrogate's three bytes as that surrogate. */
  private String decodeRaw(int from, int to) {
    if (!surrogates) {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    StringBuilder s = new StringBuilder(to - from);
    int run = from;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xFF) == 0xED && i + 2 < to && (b[i + 1] & 0xE0) == 0xA0) {
        s.append(new String(b, run, i - run, StandardCharsets.UTF_8));
        s.append((char) (0xD000 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F)));
        i += 2;
        run = i + 1;
      }
    }
    return s.append(new String(b, run, to - run, StandardCharsets.UTF_8)).toString();
  }

  /** UTF-8 of {@code text}, each lone surrogate as the three bytes a surrogate code point would take. */
  private static byte[] wtf8(String text) {
    ByteSink out = new ByteSink(text.length() + 16);
    out.utf8(text, 0, text.length());
    return out.toByteArray();
  }
}
