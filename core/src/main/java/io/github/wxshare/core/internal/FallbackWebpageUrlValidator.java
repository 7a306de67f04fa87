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

  /** The index of the colon after a leading {@code https} or {@code http} in any case, or -1. */
  private static int httpColon(String s) {
    if (s.regionMatches(true, 0, "https:", 0, 6)) {
      return 5;
    }
    return s.regionMatches(true, 0, "http:", 0, 5) ? 4 : -1;
  }

  /**
   * RFC 3986 characters only, valid percent escapes, and a host after {@code scheme://}: one pass
   * over the characters that also finds the authority's end and its last {@code @}.
   */
  private static boolean wellFormed(String s, int colon) {
    if (!s.startsWith("//", colon + 1)) {
      return false;
    }
    int n = s.length();
    int start = colon + 3;
    int end = -1; // the authority ends at the first '/', '?' or '#' after "//"
    int at = -1; // the last '@' in the authority: user info ends there
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !Text.isHexDigit(s.charAt(i + 1)) || !Text.isHexDigit(s.charAt(i + 2))) {
          return false;
        }
      } else if (!isUriChar(c)) {
        return false;
      }
      if (end < 0 && i >= start) {
        if (isAuthorityEnd(c)) {
          end = i;
        } else if (c == '@') {
          at = i;
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

  private static boolean isAuthorityEnd(char c) {
    return c == '/' || c == '?' || c == '#';
  }

  // RFC 3986 unreserved and reserved characters, by ASCII code: a table, not a chain of tests or
  // a bit mask, because a URL mixes letters and punctuation and branches on them mispredict.
  private static final boolean[] URI_CHARS = new boolean[128];

  static {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";
    for (int i = 0; i < chars.length(); i++) {
      URI_CHARS[chars.charAt(i)] = true;
    }
  }

  private static boolean isUriChar(char c) {
    return c < 128 && URI_CHARS[c];
  }
}
