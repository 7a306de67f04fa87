package io.github.wxshare.server;

import java.util.Locale;

/**
 * Open data that cannot be trusted, with a stable {@link #code()} and a message in English,
 * Simplified or Traditional Chinese that says what to fix. No message, code or parameter ever holds
 * the session key, the iv, the data or what it decrypts to.
 *
 * <p>Codes: {@code openData.base64} (a value that is not standard Base64), {@code openData.spaces}
 * (spaces where a URL decoder turned each {@code +} into one), {@code openData.keyLength},
 * {@code openData.ivLength}, {@code openData.dataLength} (empty, not whole 16-byte blocks, or over
 * the bound), {@code openData.undecryptable} (a wrong session key, changed data and bad padding
 * alike: one answer, so that no one can use it as a padding oracle), {@code openData.appId}
 * (decrypted, but for another AppID), {@code openData.stale}, {@code openData.future} (the
 * watermark's timestamp outside the window).
 */
public final class OpenDataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String[] parameters;

  OpenDataException(String code, String... parameters) {
    super(ShareSigningException.render(code, Locale.ENGLISH, parameters), null, false, false);
    this.code = code;
    this.parameters = parameters.clone();
  }

  /** The stable code, such as {@code openData.undecryptable}. */
  public String code() {
    return code;
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return ShareSigningException.render(code, locale, parameters);
  }
}
