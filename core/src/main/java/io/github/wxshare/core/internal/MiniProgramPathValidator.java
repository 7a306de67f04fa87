package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.MiniProgramPath;

/**
 * {@code path}: a page route with an optional query, or a query alone. Checked in this order:
 * encoding, length, a URL in place of a route, then the route's and the query's characters.
 */
public final class MiniProgramPathValidator extends RuleValidator<MiniProgramPath, CharSequence> {
  private static final Finding URL = Finding.of("url");

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

  @Override
  protected Finding check(CharSequence value) {
    Finding encodingOrLength = encodingOrLength(value, false);
    if (encodingOrLength != null) {
      return encodingOrLength;
    }
    String s = value.toString();
    int query = s.indexOf('?');
    int routeEnd = query < 0 ? s.length() : query;
    if (Text.scheme(s, routeEnd) != null) {
      return URL;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Text.isControl(c) || (i < routeEnd && Text.isWhitespace(c))) {
        String stripped = Text.strip(s);
        return Finding.suggest("format", !stripped.equals(s) && check(stripped) == null ? stripped : null);
      }
    }
    int segmentStart = 0;
    for (int i = 0; i <= routeEnd; i++) {
      if (i == routeEnd || s.charAt(i) == '/') {
        int n = i - segmentStart;
        if ((n == 1 || n == 2) && s.charAt(segmentStart) == '.' && s.charAt(i - 1) == '.') {
          return FORMAT;
        }
        segmentStart = i + 1;
      }
    }
    return null;
  }
}
