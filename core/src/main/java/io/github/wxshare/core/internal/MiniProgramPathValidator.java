package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.MiniProgramPath;
import org.jspecify.annotations.Nullable;

/**
 * {@code path}: a page route with an optional query, or a query alone. Checked in this order:
 * encoding, length, a URL in place of a route, the route's and the query's characters, then a
 * second {@code ?}: the OpenSDK splits the path at every {@code ?} and keeps two parts, so the
 * query would lose everything after it ({@code questionMark}, offering the path with each later
 * {@code ?} written {@code %3F}). A path that is {@code ?} alone is {@code format}: the OpenSDK's
 * split leaves nothing of it and {@code sendReq} throws.
 */
public final class MiniProgramPathValidator extends RuleValidator<MiniProgramPath, CharSequence> {
  private static final Finding URL = Finding.of("url");
  private static final String QUESTION_MARK = "questionMark";

  public MiniProgramPathValidator() {
    super("MiniProgramPath", "maxLength");
  }

  /** For the builder: the same rule with its parameter given directly. */
  public MiniProgramPathValidator(int maxLength) {
    this();
    limit(maxLength);
  }

  @Override
  public void initialize(MiniProgramPath annotation) {
    message(annotation.message());
    limit(annotation.maxLength());
  }

  /**
   * One pass gathers what the checks need (surrogates, code points, the route's end, bad
   * characters, dot segments); the findings then come in the documented order.
   */
  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    int n = s.length();
    int codePoints = n;
    int routeEnd = -1; // the first '?', once seen
    int segmentStart = 0;
    boolean badChar = false; // a control character anywhere, or whitespace in the route
    boolean dotSegment = false;
    boolean secondMark = false; // a '?' after the first
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte k = CLASSES[c];
        if (k == PLAIN) {
          continue;
        }
        if (k == MARK && routeEnd >= 0) {
          secondMark = true;
        } else if (k == BAD || (k == SPACE && routeEnd < 0)) {
          badChar = true;
        } else if (routeEnd < 0) { // k == SLASH or MARK: a route segment ends
          dotSegment |= isDotSegment(s, segmentStart, i);
          segmentStart = i + 1;
          if (k == MARK) {
            routeEnd = i;
          }
        }
      } else if (Character.isSurrogate(c)) {
        if (!Utf8.isPaired(s, i, c)) {
          return FORMAT; // no UTF-8 form
        }
        codePoints -= Character.isHighSurrogate(c) ? 1 : 0; // a pair is one code point
      } else if (Text.isControl(c) || (routeEnd < 0 && Text.isWhitespace(c))) {
        badChar = true;
      }
    }
    if (routeEnd < 0) {
      dotSegment |= isDotSegment(s, segmentStart, n);
      routeEnd = n;
    }
    if (codePoints > attributeValue()) {
      return Finding.length(codePoints);
    }
    if (Text.schemeEnd(s, routeEnd) >= 0) {
      return URL;
    }
    if (badChar) {
      String stripped = Text.strip(s);
      return Finding.suggest("format", !stripped.equals(s) && check(stripped) == null ? stripped : null);
    }
    if (dotSegment || n == 1 && routeEnd == 0) {
      return FORMAT; // a . or .. segment, or "?" alone
    }
    if (secondMark) {
      String encoded = s.substring(0, routeEnd + 1) + s.substring(routeEnd + 1).replace("?", "%3F");
      return Finding.suggest(QUESTION_MARK, check(encoded) == null ? encoded : null);
    }
    return null;
  }

  // Each ASCII character's class, by code: one load and one test for the usual character.
  private static final byte PLAIN = 0; // a printable character with no role here
  private static final byte SLASH = 1;
  private static final byte MARK = 2; // '?'
  private static final byte SPACE = 3; // whitespace that is not a control: bad in the route only
  private static final byte BAD = 4; // a control character, anywhere
  private static final byte[] CLASSES = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      CLASSES[c] = Text.isControl(c) ? BAD : Text.isWhitespace(c) ? SPACE : PLAIN;
    }
    CLASSES['/'] = SLASH;
    CLASSES['?'] = MARK;
  }

  /** A route segment {@code .} or {@code ..}: what a page route never holds. */
  private static boolean isDotSegment(String s, int start, int end) {
    int n = end - start;
    return (n == 1 || n == 2) && s.charAt(start) == '.' && s.charAt(end - 1) == '.';
  }
}
