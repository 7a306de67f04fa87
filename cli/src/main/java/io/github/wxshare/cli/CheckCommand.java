package io.github.wxshare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wxshare check} as picocli reads it: help, usage errors and suggestions. A plain command
 * line skips this class ({@link CheckArgs}); both end in {@link Check} with the same
 * {@link CheckOptions}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validates share-request JSON documents and reports every violation at its line and column.",
      "A directory stands for the *.json files below it (any case), sorted; - reads standard input. A walk visits "
          + "each directory once and at most " + Walk.MAX_ENTRIES + " entries; links to directories, and links to files "
          + "outside the directory named, are reported as skipped unless --follow-links is given.",
      "Exit codes: 0 all valid, 1 some invalid, 2 usage error, unreadable file, or an argument with no document."
    })
final class CheckCommand implements Callable<Integer> {
  static final class LangConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return orRefuse(CheckOptions.lang(value), "'" + value + "' is not a language wxshare speaks: give a BCP 47 tag in "
          + "English or Chinese, such as en, en-US, zh, zh-CN, zh-Hans, zh-TW or zh-Hant");
    }
  }

  static final class MaxBytesConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return orRefuse(CheckOptions.maxBytes(value), "'" + value + "' is not a size wxshare reads: give 1 to "
          + io.github.wxshare.core.ShareRequestJson.MAX_DOCUMENT_BYTES_LIMIT + " bytes");
    }
  }

  /** {@code value} as read, or picocli's usage error with {@code message} when it is no value. */
  private static <T> T orRefuse(@Nullable T value, String message) {
    if (value == null) {
      throw new CommandLine.TypeConversionException(message);
    }
    return value;
  }

  @Option(names = CheckOptions.FORMAT, paramLabel = "text|json|github|sarif", defaultValue = "text",
      description = "text: FILE:LINE:COLUMN: POINTER: CODE: message per violation and FILE: OK per valid file; "
          + "json: one JSON object per file (JSON Lines); github: GitHub Actions annotations; sarif: one SARIF 2.1.0 log. "
          + "Default: ${DEFAULT-VALUE}.")
  CheckOptions.Format format;

  @Option(names = CheckOptions.LANG, paramLabel = "TAG", defaultValue = "en", converter = LangConverter.class,
      description = "Language of the messages and the summary, a BCP 47 tag: en, zh or zh-CN (Simplified Chinese), "
          + "zh-TW or zh-Hant (Traditional Chinese); codes and pointers never change. Default: ${DEFAULT-VALUE}.")
  Locale lang;

  @Option(names = CheckOptions.MAX_BYTES, paramLabel = "N", defaultValue = "65536", converter = MaxBytesConverter.class,
      description = "Largest document accepted, in bytes; larger ones are json.tooLarge. Default: ${DEFAULT-VALUE}.")
  int maxBytes;

  @Option(names = CheckOptions.ALLOW_EMPTY,
      description = "A directory with no *.json file is fine (exit 0); without it, it is a usage error (exit 2).")
  boolean allowEmpty;

  @Option(names = CheckOptions.FOLLOW_LINKS,
      description = "Walk links to directories and read links to files outside the directory named; each directory "
          + "is still walked once. Without it, such links are reported as skipped.")
  boolean followLinks;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON documents, directories of them, or - for standard input.")
  List<String> files;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  CheckCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** What this command line asked, as {@link CheckArgs} would give it. */
  CheckOptions options() {
    return new CheckOptions(format, lang, maxBytes, allowEmpty, followLinks, files);
  }

  @Override
  public Integer call() throws IOException {
    return new Check(options(), in, out, err).run();
  }
}
