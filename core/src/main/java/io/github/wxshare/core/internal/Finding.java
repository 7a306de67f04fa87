package io.github.wxshare.core.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one rule found wrong with one value: the kind of problem (the part of the error code after
 * the field name) and what the messages need beyond the value itself.
 */
public final class Finding {
  private final String kind;
  private final @Nullable String suggestion;
  private final long actual;

  private Finding(String kind, @Nullable String suggestion, long actual) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.suggestion = suggestion;
    this.actual = actual;
  }

  public static Finding of(String kind) {
    return new Finding(kind, null, -1);
  }

  /** A problem with a corrected value to offer ("did you mean ...?"); {@code suggestion} may be null. */
  public static Finding suggest(String kind, @Nullable String suggestion) {
    return new Finding(kind, suggestion, -1);
  }

  /** A length problem, with the length the value has. */
  public static Finding length(long actual) {
    return new Finding("length", null, actual);
  }

  public String kind() {
    return kind;
  }

  /** The corrected value to offer, or null. */
  public @Nullable String suggestion() {
    return suggestion;
  }

  /** The measured length for {@code length} findings, otherwise -1. */
  public long actual() {
    return actual;
  }
}
