package io.github.wxshare.core.internal;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Says, in the contract's own words, why a text is not one JSON value (RFC 8259) and where: the
 * first place a strict reading fails, and what kind of mistake it is. It runs only after the parser
 * has refused a document, so its cost is off the path of every valid one; its answer is the
 * message's, never the parser's wording (no feature names, no character codes).
 *
 * <p>Iterative, with an explicit stack, so any nesting depth is read in bounded stack space.
 */
public final class JsonSyntax {
  /** The kinds, each a message key {@code io.github.wxshare.json.syntax.<kind>}. */
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
  /** Bytes that are not UTF-8 (the caller's check, not this reading's). */
  public static final String NOT_UTF8 = "notUtf8";
  /** A document in UTF-16 or UTF-32 (the caller's check). */
  public static final String UTF16 = "utf16";
  /** The parser refused what this reading accepts (a limit, an exotic escape): no better words. */
  public static final String UNREADABLE = "unreadable";

  /** What is wrong, at which character offset of the text, and what stands there ({@code found}). */
  public static final class Problem {
    public final String kind;
    public final int offset;
    public final String found;

    public Problem(String kind, int offset, String found) {
      this.kind = kind;
      this.offset = offset;
      this.found = found;
    }
  }

  private static final int VALUE = 0;
  private static final int KEY = 1;
  private static final int AFTER = 2;

  private final String s;
  private final int n;

  private JsonSyntax(String s) {
    this.s = s;
    this.n = s.length();
  }

  /**
   * The first syntax problem of {@code text}, or null when it is one well-formed JSON value (with
   * whitespace around it). A byte order mark at the start is the caller's to remove.
   */
  public static @Nullable Problem find(String text) {
    return new JsonSyntax(text).scan();
  }

  private @Nullable Problem scan() {
    int i = ws(0);
    if (i == n) {
      return new Problem(EMPTY, 0, "");
    }
    char[] stack = new char[16];
    int depth = 0;
    int state = VALUE;
    boolean afterComma = false;
    while (true) {
      if (state == VALUE) {
        if (i == n) {
          return new Problem(END_OF_INPUT, n, "");
        }
        char c = s.charAt(i);
        if (c == '{' || c == '[') {
          if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = c;
          i = ws(i + 1);
          if (i < n && s.charAt(i) == (c == '{' ? '}' : ']')) {
            depth--;
            i = ws(i + 1);
            state = AFTER;
          } else {
            state = c == '{' ? KEY : VALUE;
          }
          afterComma = false;
          continue;
        }
        if (c == ']' && afterComma) {
          return new Problem(TRAILING_COMMA, i, found(i));
        }
        Problem p = value(i);
        if (p != null) {
          return p;
        }
        i = ws(end);
        state = AFTER;
      } else if (state == KEY) {
        if (i == n) {
          return new Problem(END_OF_INPUT, n, "");
        }
        char c = s.charAt(i);
        if (c == '}' && afterComma) {
          return new Problem(TRAILING_COMMA, i, found(i));
        }
        if (c != '"') {
          return c == '\'' ? new Problem(SINGLE_QUOTE, i, found(i))
              : c == '/' || c == '#' ? new Problem(COMMENT, i, found(i))
              : isWordStart(c) ? new Problem(UNQUOTED_KEY, i, Display.quote(word(i)))
              : new Problem(EXPECTED_KEY, i, found(i));
        }
        Problem p = string(i);
        if (p != null) {
          return p;
        }
        i = ws(end);
        if (i == n) {
          return new Problem(END_OF_INPUT, n, "");
        }
        if (s.charAt(i) != ':') {
          return s.charAt(i) == '/' || s.charAt(i) == '#' ? new Problem(COMMENT, i, found(i))
              : new Problem(EXPECTED_COLON, i, found(i));
        }
        i = ws(i + 1);
        state = VALUE;
        afterComma = false;
      } else {
        if (depth == 0) {
          if (i == n) {
            return null;
          }
          char c = s.charAt(i);
          return c == '/' || c == '#' ? new Problem(COMMENT, i, found(i)) : new Problem(TRAILING_CONTENT, i, found(i));
        }
        if (i == n) {
          return new Problem(END_OF_INPUT, n, "");
        }
        char open = stack[depth - 1];
        char c = s.charAt(i);
        if (c == ',') {
          i = ws(i + 1);
          state = open == '{' ? KEY : VALUE;
          afterComma = true;
        } else if (c == (open == '{' ? '}' : ']')) {
          depth--;
          i = ws(i + 1);
        } else if (c == '/' || c == '#') {
          return new Problem(COMMENT, i, found(i));
        } else {
          return new Problem(open == '{' ? EXPECTED_COMMA_OBJECT : EXPECTED_COMMA_ARRAY, i, found(i));
        }
      }
    }
  }

  private int end; // where the value or string just read ends

  /** A scalar value at {@code i}: a string, a number or a literal. */
  private @Nullable Problem value(int i) {
    char c = s.charAt(i);
    if (c == '"') {
      return string(i);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(i);
    }
    if (c == '+' || c == '.') {
      return new Problem(NUMBER, i, Display.quote(word(i)));
    }
    if (c == '\'') {
      return new Problem(SINGLE_QUOTE, i, found(i));
    }
    if (c == '/' || c == '#') {
      return new Problem(COMMENT, i, found(i));
    }
    if (isWordStart(c)) {
      String w = word(i);
      if (w.equals("true") || w.equals("false") || w.equals("null")) {
        end = i + w.length();
        return null;
      }
      return new Problem(LITERAL, i, Display.quote(w));
    }
    return new Problem(EXPECTED_VALUE, i, found(i));
  }

  private @Nullable Problem string(int start) {
    int i = start + 1;
    while (true) {
      if (i >= n) {
        return new Problem(UNCLOSED_STRING, start, "");
      }
      char c = s.charAt(i);
      if (c == '"') {
        end = i + 1;
        return null;
      }
      if (c < 0x20) {
        return new Problem(CONTROL, i, found(i));
      }
      if (c == '\\') {
        if (i + 1 >= n) {
          return new Problem(UNCLOSED_STRING, start, "");
        }
        char e = s.charAt(i + 1);
        if (e == 'u') {
          for (int k = i + 2; k < i + 6; k++) {
            if (k >= n || Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) > 'f') {
              return new Problem(ESCAPE, i, Display.quote(s.substring(i, Math.min(n, i + 6))));
            }
          }
          i += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          return new Problem(ESCAPE, i, Display.quote(s.substring(i, Math.min(n, i + 2))));
        }
        i += 2;
        continue;
      }
      i++;
    }
  }

  /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, not followed by a digit or letter. */
  private @Nullable Problem number(int start) {
    int i = start;
    if (s.charAt(i) == '-') {
      i++;
    }
    int digits = digits(i);
    boolean ok = digits > 0 && !(s.charAt(i) == '0' && digits > 1);
    i += digits;
    if (ok && i < n && s.charAt(i) == '.') {
      int fraction = digits(i + 1);
      ok = fraction > 0;
      i += 1 + fraction;
    }
    if (ok && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(i);
      ok = exponent > 0;
      i += exponent;
    }
    if (!ok || (i < n && (isWordStart(s.charAt(i)) || s.charAt(i) == '.'))) {
      return new Problem(NUMBER, start, Display.quote(word(start)));
    }
    end = i;
    return null;
  }

  private int digits(int i) {
    int k = i;
    while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k - i;
  }

  private int ws(int i) {
    while (i < n) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  }

  /** The run of word characters (and number punctuation) at {@code i}, at most 20 characters. */
  private String word(int i) {
    int k = i;
    while (k < n && k - i < 20) {
      char c = s.charAt(k);
      if (!(isWordStart(c) || c == '.' || c == '+' || c == '-')) {
        break;
      }
      k++;
    }
    return k == i ? s.substring(i, Math.min(n, i + 1)) : s.substring(i, k);
  }

  /** The character at {@code i} for a message: {@code "x"}, or {@code U+000A} for what cannot be seen. */
  private String found(int i) {
    int cp = s.codePointAt(i);
    if (cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD || Character.isWhitespace(cp)
        || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
        || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SPACE_SEPARATOR) {
      return String.format(Locale.ROOT, "U+%04X", cp);
    }
    return Display.quote(new String(Character.toChars(cp)));
  }
}
