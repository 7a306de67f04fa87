package io.github.wxshare.core;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

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

  InvalidShareRequestException(List<Violation> violations) {
    super(summary(violations, Locale.ROOT));
    this.violations = Collections.unmodifiableList(violations);
  }

  /** Every violation, in field order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** The summary in {@code locale}: one line per violation. */
  public String getMessage(Locale locale) {
    return summary(violations, locale);
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }

  private static String summary(List<Violation> violations, Locale locale) {
    StringBuilder b = new StringBuilder("Invalid share request (")
        .append(violations.size()).append(violations.size() == 1 ? " violation):" : " violations):");
    for (Violation v : violations) {
      b.append("\n  ").append(v.pointer()).append(": ").append(v.code()).append(": ").append(v.message(locale));
    }
    return b.toString();
  }
}
