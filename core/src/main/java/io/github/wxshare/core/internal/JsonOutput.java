package io.github.wxshare.core.internal;

import io.github.wxshare.core.Violation;
import java.util.List;
import java.util.Locale;

/**
 * The one shape of a violation in wxshare's JSON output ({@code wxshare check --format json} and
 * {@code sarif}, the web bridge's replies): {@code {"pointer", "code", "message"}}.
 */
public final class JsonOutput {
  private JsonOutput() {}

  /** Writes each violation as {@code {"pointer", "code", "message"}}, the message in {@code locale}. */
  public static void violations(JsonWriter w, List<Violation> violations, Locale locale) {
    for (Violation v : violations) {
      violation(w, v, v.message(locale), false);
    }
  }

  /**
   * Writes one violation as {@code {"pointer", "code", "message"}} with {@code message} as given,
   * and, with {@code place}, its {@code "line"} and {@code "column"}.
   */
  public static void violation(JsonWriter w, Violation v, String message, boolean place) {
    w.beginObject();
    w.name("pointer").value(v.pointer());
    w.name("code").value(v.code());
    w.name("message").value(message);
    if (place) {
      w.name("line").value(v.line());
      w.name("column").value(v.column());
    }
    w.endObject();
  }
}
