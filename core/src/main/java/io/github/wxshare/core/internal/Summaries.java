package io.github.wxshare.core.internal;

import io.github.wxshare.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How every wxshare exception sums up its violations, and moves them under a pointer: once. */
public final class Summaries {
  private Summaries() {}

  /** {@code Invalid share request (2 violations):} and one indented line per violation, in {@code locale}. */
  public static String of(List<Violation> violations, Locale locale) {
    StringBuilder b = new StringBuilder("Invalid share request (")
        .append(violations.size()).append(violations.size() == 1 ? " violation):" : " violations):");
    for (Violation v : violations) {
      b.append("\n  ").append(v.pointer()).append(": ").append(v.code()).append(": ").append(v.message(locale));
    }
    return b.toString();
  }

  /** Each violation under {@code pointer} ({@link Violation#under}); the list itself when the pointer is {@code ""}. */
  public static List<Violation> under(List<Violation> violations, String pointer) {
    if (pointer.isEmpty()) {
      return violations;
    }
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      out.add(v.under(pointer));
    }
    return Collections.unmodifiableList(out);
  }
}
