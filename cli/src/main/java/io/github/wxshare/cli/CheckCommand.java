package io.github.wxshare.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.internal.JsonOutput;
import io.github.wxshare.core.internal.Languages;
import io.github.wxshare.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Validates share-request JSON documents and reports every violation.",
      "A directory stands for the *.json files below it; - reads standard input.",
      "Exit codes: 0 all valid, 1 some invalid, 2 usage error or unreadable file."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  /**
   * {@code --lang}: a BCP 47 tag in English or Chinese ({@code en}, {@code en-US}, {@code zh},
   * {@code zh-CN}, {@code zh-Hans}, {@code zh-TW}, {@code zh-Hant}), read as the library reads a
   * locale ({@code Languages}); a tag of another language, or not a tag, is a usage error.
   */
  static final class LangConverter implements CommandLine.ITypeConverter<Locale> {
    private static final java.util.regex.Pattern TAG =
        java.util.regex.Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    @Override
    public Locale convert(String value) {
      Locale tag = Languages.locale(value);
      if (!TAG.matcher(value).matches() || !(tag.getLanguage().equals("en") || tag.getLanguage().equals("zh"))) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a language wxshare speaks: give a BCP 47 "
            + "tag in English or Chinese, such as en, en-US, zh, zh-CN, zh-Hans, zh-TW or zh-Hant");
      }
      return Languages.of(tag).locale;
    }
  }

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text: one line per violation and an OK line per valid file; json: one JSON object per file (JSON Lines). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = LangConverter.class,
      description = "Language of the messages, a BCP 47 tag: en, zh or zh-CN (Simplified Chinese), zh-TW or zh-Hant "
          + "(Traditional Chinese); codes and pointers never change. Default: ${DEFAULT-VALUE}.")
  Locale lang;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "65536",
      description = "Largest document accepted, in bytes; larger ones are json.tooLarge. Default: ${DEFAULT-VALUE}.")
  int maxBytes;

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

  @Override
  public Integer call() throws IOException {
    // Per process, not per file: one codec, one generator factory.
    ShareRequestJson codec;
    try {
      codec = ShareRequestJson.withMaxDocumentBytes(maxBytes);
    } catch (IllegalArgumentException e) {
      err.println("wxshare check: --max-bytes: " + e.getMessage());
      return 2;
    }
    Report report = format == Format.json ? new JsonReport(out, lang) : new TextReport(out, lang);
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    for (String arg : files) {
      List<String> names;
      try {
        names = expand(arg);
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        unreadable++;
        cannotRead(report, arg, e);
        continue;
      }
      for (String name : names) {
        ParsedShareRequest parsed;
        try {
          parsed = name.equals("-") ? codec.read(in) : read(codec, name);
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
          unreadable++;
          cannotRead(report, name, e);
          continue;
        }
        if (parsed.isValid()) {
          valid++;
        } else {
          invalid++;
        }
        report.document(name.equals("-") ? "<stdin>" : name, parsed, codec);
      }
    }
    out.flush();
    if (format == Format.text && valid + invalid + unreadable > 1) {
      err.println("wxshare check: " + (valid + invalid + unreadable) + " files: " + valid + " valid, " + invalid
          + " invalid" + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
    }
    return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
  }

  private void cannotRead(Report report, String name, Exception e) throws IOException {
    String reason = reason(e);
    report.unreadable(name, reason);
    err.println("wxshare check: cannot read " + TextReport.printable(name) + ": " + TextReport.printable(reason));
  }

  private static ParsedShareRequest read(ShareRequestJson codec, String name) throws IOException {
    try (InputStream file = Files.newInputStream(Paths.get(name))) {
      return codec.read(file);
    }
  }

  /** A directory becomes its *.json files, sorted; anything else stays as given. */
  private static List<String> expand(String arg) throws IOException {
    if (arg.equals("-")) {
      return List.of(arg);
    }
    Path path = Paths.get(arg);
    if (!Files.isDirectory(path)) {
      return List.of(arg);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
          .map(Path::toString).sorted().collect(Collectors.toList());
    }
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private abstract static class Report {
    final PrintStream out;
    final Locale locale;

    Report(PrintStream out, Locale locale) {
      this.out = out;
      this.locale = locale;
    }

    abstract void document(String name, ParsedShareRequest parsed, ShareRequestJson codec) throws IOException;

    abstract void unreadable(String name, String reason) throws IOException;
  }

  /** {@code FILE: OK}, or {@code FILE: POINTER: CODE: message} per violation. */
  private static final class TextReport extends Report {
    TextReport(PrintStream out, Locale locale) {
      super(out, locale);
    }

    @Override
    void document(String name, ParsedShareRequest parsed, ShareRequestJson codec) {
      String shown = printable(name);
      if (parsed.isValid()) {
        out.println(shown + ": OK");
        return;
      }
      for (Violation v : parsed.violations()) {
        out.println(shown + ": " + printable(v.pointer()) + ": " + v.code() + ": " + v.message(locale));
      }
    }

    /**
     * One line per violation, whatever the document holds: a key (and so a pointer) or a file name
     * may hold line breaks, which would forge lines ({@code x\nfile.json: OK}). Found by fuzzing.
     * Control characters and the Unicode line and paragraph separators become six characters (a
     * backslash, {@code u} and four hex digits), and a backslash is doubled, so the text stays
     * unambiguous. Messages quote values escaped already.
     */
    static String printable(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean escape = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\\';
        if (escape && b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        if (b != null) {
          if (c == '\\') {
            b.append("\\\\");
          } else if (escape) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
      return b == null ? s : b.toString();
    }

    @Override
    void unreadable(String name, String reason) {
      // said on standard error only
    }
  }

  /** One JSON object per document: {"file", "valid", "violations", "request"?}. */
  private static final class JsonReport extends Report {

    JsonReport(PrintStream out, Locale locale) {
      super(out, locale);
    }

    @Override
    void document(String name, ParsedShareRequest parsed, ShareRequestJson codec) throws IOException {
      try (JsonGenerator g = begin(name, parsed.isValid())) {
        JsonOutput.violations(g, parsed.violations(), locale);
        g.writeEndArray();
        if (parsed.isValid()) {
          g.writeFieldName("request");
          g.writeRawValue(codec.write(parsed.request()));
        }
        g.writeEndObject();
      }
      out.write('\n');
    }

    @Override
    void unreadable(String name, String reason) throws IOException {
      try (JsonGenerator g = begin(name, false)) {
        g.writeEndArray();
        g.writeStringField("error", "cannot read: " + reason);
        g.writeEndObject();
      }
      out.write('\n');
    }

    /** A generator positioned inside the line's "violations" array. */
    private JsonGenerator begin(String name, boolean valid) throws IOException {
      JsonGenerator g = JsonOutput.FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeBooleanField("valid", valid);
      g.writeArrayFieldStart("violations");
      return g;
    }
  }
}
