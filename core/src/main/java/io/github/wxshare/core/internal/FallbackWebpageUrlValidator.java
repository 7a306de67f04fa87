package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@code webpageUrl}: an absolute http or https URL with a host. Checked in this order: encoding,
 * UTF-8 length, the scheme (with the fix offered: {@code www.qq.com} becomes
 * {@code https://www.qq.com}), then the characters and the authority.
 */
public final class FallbackWebpageUrlValidator extends RuleValidator<FallbackWebpageUrl, CharSequence> {
  public FallbackWebpageUrlValidator() {
    super("FallbackWebpageUrl", "maxBytes");
  }

  /** For the builder: the same rule with its parameter given directly. */
  public FallbackWebpageUrlValidator(int maxBytes) {
    this();
    limit(maxBytes);
  }

  @Override
  public void initialize(FallbackWebpageUrl annotation) {
    message(annotation.message());
    limit(annotation.maxBytes());
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    int colon = httpColon(s);
    // The usual case in one pass: a well-formed http(s) URL is ASCII, so it has no surrogates and
    // one UTF-8 byte a char, and only its length is left to check. Anything else takes the checks
    // below, in their documented order.
    if (colon > 0 && s.length() <= attributeValue() && wellFormed(s, colon)) {
      return null;
    }
    Finding encodingOrLength = encodingOrLength(value, true);
    if (encodingOrLength != null) {
      return encodingOrLength;
    }
    if (colon < 0) {
      int schemeEnd = Text.schemeEnd(s, s.length());
      boolean hostAndPort = schemeEnd >= 0 && s.length() > schemeEnd + 1 && Character.isDigit(s.charAt(schemeEnd + 1));
      if (schemeEnd >= 0 && !hostAndPort) {
        return Finding.of("scheme"); // ftp:, mailto:, javascript: ...
      }
      String fixed = "https://" + (s.startsWith("//") ? s.substring(2) : s);
      return Finding.suggest("scheme", wellFormed(fixed, 5) ? fixed : null);
    }
    if (!s.startsWith("//", colon + 1)) {
      String fixed = s.substring(0, colon + 1) + "//" + s.substring(colon + 1);
      return Finding.suggest("format", wellFormed(fixed, colon) ? fixed : null);
    }
    return wellFormed(s, colon) ? null : FORMAT;
  }

  /**
   * The index of the colon after a leading {@code https} or {@code http} in any case, or -1. ASCII
   * letters first, the usual case; then {@code regionMatches(true, ...)}, whose case folding also
   * lets {@code httpſ:} through (U+017F upper-cases to {@code S}), for {@link #wellFormed} to refuse.
   */
  private static int httpColon(String s) {
    if (s.length() > 4 && (s.charAt(0) | 0x20) == 'h' && (s.charAt(1) | 0x20) == 't' && (s.charAt(2) | 0x20) == 't'
        && (s.charAt(3) | 0x20) == 'p') {
      char c = s.charAt(4);
      if (c == ':') {
        return 4;
      }
      if ((c | 0x20) == 's' && s.length() > 5 && s.charAt(5) == ':') {
        return 5;
      }
    }
    if (s.regionMatches(true, 0, "https:", 0, 6)) {
      return 5;
    }
    return s.regionMatches(true, 0, "http:", 0, 5) ? 4 : -1;
  }

  /**
   * RFC 3986 characters only, valid percent escapes, and a host after {@code scheme://}: one pass
   * over the characters that also finds the authority's end and its last {@code @}. {@code colon}
   * is {@link #httpColon}'s, so the scheme is letters unless case folding let a non-ASCII one in.
   */
  private static boolean wellFormed(String s, int colon) {
    if (!s.startsWith("//", colon + 1)) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    int n = s.length();
    int start = colon + 3;
    int end = -1; // the authority ends at the first '/', '?' or '#' after "//"
    int at = -1; // the last '@' in the authority: user info ends there
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      byte k = c < 0x80 ? CLASSES[c] : NOT_URI;
      if (k == PLAIN) {
        continue;
      }
      if (k == NOT_URI) {
        return false;
      }
      if (k == PERCENT) {
        if (i + 2 >= n || !Text.isHexDigit(s.charAt(i + 1)) || !Text.isHexDigit(s.charAt(i + 2))) {
          return false;
        }
      } else if (end < 0) {
        if (k == AUTHORITY_END) {
          end = i;
        } else {
          at = i; // k == AT
        }
      }
    }
    if (end < 0) {
      end = n;
    }
    if (at >= start) {
      start = at + 1;
    }
    return isHostAndPort(s, start, end);
  }

  private static boolean isHostAndPort(String s, int start, int end) {
    int hostEnd;
    int portStart;
    if (start < end && s.charAt(start) == '[') {
      int close = s.indexOf(']', start);
      if (close < 0 || close >= end || close == start + 1) {
        return false;
      }
      for (int i = start + 1; i < close; i++) {
        char c = s.charAt(i);
        if (!(Text.isHexDigit(c) || c == ':' || c == '.')) {
          return false;
        }
      }
      hostEnd = close + 1;
      if (hostEnd == end) {
        return true;
      }
      if (s.charAt(hostEnd) != ':') {
        return false;
      }
      portStart = hostEnd + 1;
    } else {
      hostEnd = start;
      while (hostEnd < end && s.charAt(hostEnd) != ':') {
        char c = s.charAt(hostEnd);
        if (!(Text.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '~')) {
          return false;
        }
        hostEnd++;
      }
      if (hostEnd == start) {
        return false;
      }
      if (hostEnd == end) {
        return true;
      }
      portStart = hostEnd + 1;
    }
    int digits = end - portStart;
    if (digits < 1 || digits > 5) {
      return false;
    }
    for (int i = portStart; i < end; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(s.substring(portStart, end)) <= 65535;
  }

  // Each ASCII character's class, by code: one load and one test for the usual character, rather
  // than a chain of tests whose branches a URL's mix of letters and punctuation mispredicts.
  private static final byte NOT_URI = 0;
  private static final byte PLAIN = 1; // an RFC 3986 unreserved or reserved character with no role here
  private static final byte PERCENT = 2;
  private static final byte AUTHORITY_END = 3; // '/', '?', '#'
  private static final byte AT = 4;
  private static final byte[] CLASSES = new byte[0x80];

  static {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";
    for (int i = 0; i < chars.length(); i++) {
      CLASSES[chars.charAt(i)] = PLAIN;
    }
    CLASSES['%'] = PERCENT;
    CLASSES['/'] = AUTHORITY_END;
    CLASSES['?'] = AUTHORITY_END;
    CLASSES['#'] = AUTHORITY_END;
    CLASSES['@'] = AT;
  }
}
