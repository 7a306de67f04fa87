package io.github.wxshare.server;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ShareVerifier#verify} found: {@link #ok()}, or the first check that failed with a
 * message in English, Simplified or Traditional Chinese. Codes: {@code verify.unsigned},
 * {@code verify.card} (names both hashes), {@code verify.signature}.
 */
public final class Verification {
  private static final Verification OK = new Verification(null, new String[0]);

  private final @Nullable String code;
  private final String[] parameters;

  private Verification(@Nullable String code, String[] parameters) {
    this.code = code;
    this.parameters = parameters;
  }

  static Verification ok0() {
    return OK;
  }

  static Verification failed(String code, String... parameters) {
    return new Verification(Objects.requireNonNull(code), parameters.clone());
  }

  /** Whether every check passed: the card is the one signed, and the signature covers these fields. */
  public boolean ok() {
    return code == null;
  }

  /** The failed check's code, or null when {@link #ok()}. */
  public @Nullable String code() {
    return code;
  }

  /** What failed, in {@code locale}'s language; "OK" when nothing did. */
  public String message(Locale locale) {
    return code == null ? "OK" : ShareSigningException.render(code, locale, parameters);
  }

  @Override
  public String toString() {
    return code == null ? "Verification{ok}" : "Verification{" + code + ": " + message(Locale.ENGLISH) + "}";
  }
}
