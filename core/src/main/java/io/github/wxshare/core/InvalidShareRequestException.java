package io.github.wxshare.core;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import io.github.wxshare.core.internal.Summaries;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link ShareMiniProgramRequest.Builder#build()} (and
 * {@link ParsedShareRequest#request()}) when a request breaks the contract. It lists every
 * violation at once, not just the first.
 *
 * <p>{@link #getMessage()} is English, for logs; {@link #getLocalizedMessage()} uses the default
 * locale; {@link #violations()} gives the pointers and codes to act on.
 */
public final class InvalidShareRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;
  // The English summary, rendered on first use: a caller that acts on the codes never pays for
  // the messages. Serialised, so that a deserialised exception still has its message.
  private @Nullable String message;

  InvalidShareRequestException(List<Violation> violations) {
    super((String) null);
    this.violations = Collections.unmodifiableList(violations);
  }

  /** The summary in English: one line per violation. */
  @Override
  public @Nullable String getMessage() {
    String m = message;
    if (m == null && violations != null) {
      m = Summaries.of(violations, Locale.ROOT);
      message = m; // a benign race: every thread renders the same text
    }
    return m;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    getMessage();
    out.defaultWriteObject();
  }

  /** Every violation, in field order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** The summary in {@code locale}: one line per violation. */
  public String getMessage(Locale locale) {
    return Summaries.of(violations, locale);
  }

  /** The summary in the default locale; after deserialisation, which keeps no violations, the English one. */
  @Override
  public @Nullable String getLocalizedMessage() {
    return violations == null ? getMessage() : getMessage(Locale.getDefault());
  }
}
