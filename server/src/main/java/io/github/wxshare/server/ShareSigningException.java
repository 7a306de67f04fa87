package io.github.wxshare.server;

import io.github.wxshare.core.internal.Messages;
import java.util.Locale;

/**
 * A key, an AppID or a card that cannot sign or verify a share (or an AppID that cannot decrypt open
 * data, {@code openData.appIdFormat}), with a stable {@link #code()} and a
 * message in English, Simplified or Traditional Chinese that says how to fix it. No message, code
 * or parameter ever holds key material: a key is described by its kind and size only.
 *
 * <p>Codes: {@code key.notPem}, {@code key.publicGiven}, {@code key.privateGiven},
 * {@code key.certificate}, {@code key.encrypted}, {@code key.password}, {@code key.legacyEncrypted},
 * {@code key.sec1}, {@code key.label}, {@code key.algorithm}, {@code key.rsaSize},
 * {@code key.sm2Unavailable}, {@code key.malformed}, {@code signing.appId}, {@code signing.cardSize},
 * {@code signing.cardFormat}.
 */
public final class ShareSigningException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String[] parameters;

  ShareSigningException(String code, String... parameters) {
    super(render(code, Locale.ENGLISH, parameters), null);
    this.code = code;
    this.parameters = parameters.clone();
  }

  /** The stable code, such as {@code key.rsaSize}. */
  public String code() {
    return code;
  }

  /** The message in {@code locale}'s language (English, Simplified or Traditional Chinese). */
  public String message(Locale locale) {
    return render(code, locale, parameters);
  }

  static String render(String code, Locale locale, String... parameters) {
    return Messages.render("{io.github.wxshare.server." + code + "}", locale, parameters);
  }
}
