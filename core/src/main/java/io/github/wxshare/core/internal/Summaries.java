package io.github.wxshare.core.internal;

import io.github.wxshare.core.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How every wxshare exception sums up its violations, and how many of them an answer lists: once.
 */
public final class Summaries {
  /**
   * The most violations a summary, a problem document or a reply to a page lists; they give the
   * total beside, and the exception or the parsed request keeps every one. A 64 KiB document can
   * hold thousands of violations: an answer listing each would be far larger than the question.
   */
  public static final int LISTED = 100;

  private Summaries() {}

  /**
   * {@code Invalid share request (2 violations):} and one indented line per violation (the first
   * {@link #LISTED}, then how many more), in {@code locale}; pointers {@link Display#printable}.
   */
  public static String of(List<Violation> violations, Locale locale) {
    StringBuilder b = new StringBuilder("Invalid share request (")
        .append(violations.size()).append(violations.size() == 1 ? " violation):" : " violations):");
    for (Violation v : listed(violations)) {
      b.append("\n  ").append(Display.printable(v.pointer())).append(": ").append(v.code()).append(": ")
          .append(v.message(locale));
    }
    if (violations.size() > LISTED) {
      b.append("\n  \u2026 ").append(violations.size() - LISTED).append(" more");
    }
    return b.toString();
  }

  /**
   * A mapper exception's message, {@code full}, that starts with the summary {@code own}: what the
   * mapper added after it (where it was, and the path through the app's own classes, whose property
   * names come from the document) with every {@link Display#isUnsafe} character escaped, its own
   * line break before {@code at [Source} kept. For the Jackson modules' exceptions.
   */
  public static String withMapperText(String own, String full) {
    if (!full.startsWith(own)) {
      return Display.unsafeEscaped(full);
    }
    String added = full.substring(own.length());
    String at = "\n at ";
    return added.startsWith(at) ? own + at + Display.unsafeEscaped(added.substring(at.length()))
        : own + Display.unsafeEscaped(added);
  }

  /** The violations an answer lists: the first {@link #LISTED}. */
  public static List<Violation> listed(List<Violation> violations) {
    return violations.size() <= LISTED ? violations : violations.subList(0, LISTED);
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
