package io.github.wxshare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The start-up path: reads a plain {@code check} command line without building picocli's model,
 * which costs about a tenth of a second before the first file is read. It takes only what it reads
 * exactly as picocli would ({@code CheckArgsTest} runs both over one table of lines) and declines
 * everything else (help, a misspelt or repeated option, a bad value, {@code @file}, no file) by
 * answering null, so picocli gives its own help, usage errors and suggestions.
 */
final class CheckArgs {
  private CheckArgs() {}

  static @Nullable CheckOptions parse(String[] args) {
    if (args.length < 2 || !args[0].equals("check")) {
      return null;
    }
    CheckOptions.Format format = null;
    Locale lang = null;
    Integer maxBytes = null;
    boolean allowEmpty = false;
    boolean followLinks = false;
    List<String> files = new ArrayList<>();
    boolean onlyFiles = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (onlyFiles || arg.equals("-") || (!arg.startsWith("-") && !arg.startsWith("@"))) {
        if (arg.startsWith("@") && !onlyFiles) {
          return null;
        }
        files.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyFiles = true;
        continue;
      }
      if (arg.equals(CheckOptions.ALLOW_EMPTY)) {
        if (allowEmpty) {
          return null;
        }
        allowEmpty = true;
        continue;
      }
      if (arg.equals(CheckOptions.FOLLOW_LINKS)) {
        if (followLinks) {
          return null;
        }
        followLinks = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      switch (name) {
        case CheckOptions.FORMAT:
          if (format != null || (format = CheckOptions.format(value)) == null) {
            return null;
          }
          break;
        case CheckOptions.LANG:
          if (lang != null || (lang = CheckOptions.lang(value)) == null) {
            return null;
          }
          break;
        case CheckOptions.MAX_BYTES:
          if (maxBytes != null || (maxBytes = CheckOptions.maxBytes(value)) == null) {
            return null;
          }
          break;
        default:
          return null;
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    return new CheckOptions(format == null ? CheckOptions.Format.text : format, lang == null ? Locale.ENGLISH : lang,
        maxBytes == null ? io.github.wxshare.core.ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES : maxBytes, allowEmpty, followLinks, files);
  }
}
