package io.github.wxshare.core.internal;

/** JSON Pointers (RFC 6901), as every violation's {@code pointer} is written. */
public final class Pointers {
  private Pointers() {}

  /** One reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Appends {@code /token}, escaped, to {@code pointer}. */
  public static StringBuilder append(StringBuilder pointer, String token) {
    return pointer.append('/').append(escape(token));
  }
}
