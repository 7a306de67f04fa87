package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.FallbackWebpageUrl;

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
  protected Finding check(CharSequence value) {
    Finding encodingOrLength = encodingOrLength(value, true);
    if (encodingOrLength != null) {
      return encodingOrLength;
    }
    String s = value.toString();
    int colon;
    if (s.regionMatches(true, 0, "https:", 0, 6)) {
      colon = 5;
    } else if (s.regionMatches(true, 0, "http:", 0, 5)) {
      colon = 4;
    } else {
      String scheme = Text.scheme(s, s.length());
      boolean hostAndPort = scheme != null && s.length() > scheme.length() + 1
          && Character.isDigit(s.charAt(scheme.length() + 1));
      if (scheme != null && !hostAndPort) {
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

  /** RFC 3986 characters only, valid percent escapes, and a host after {@code scheme://}. */
  private static boolean wellFormed(String s, int colon) {
    if (!s.startsWith("//", colon + 1)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !Text.isHexDigit(s.charAt(i + 1)) || !Text.isHexDigit(s.charAt(i + 2))) {
          return false;
        }
      } else if (!isUriChar(c)) {
        return false;
      }
    }
    int start = colon + 3;
    int end = start;
    while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    int at = s.lastIndexOf('@', end - 1);
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
      int colon = s.indexOf(':', start);
      hostEnd = colon >= 0 && colon < end ? colon : end;
      if (hostEnd == start) {
        return false;
      }
      for (int i = start; i < hostEnd; i++) {
        char c = s.charAt(i);
        if (!(Text.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '~')) {
          return false;
        }
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

  private static boolean isUriChar(char c) {
    return Text.isAsciiLetter(c)
        || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
  }
}
