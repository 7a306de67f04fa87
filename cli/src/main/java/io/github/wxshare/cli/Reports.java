package io.github.wxshare.cli;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.JsonOutput;
import io.github.wxshare.core.internal.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The four report formats of {@code wxshare check}. A report writes each document's part into the
 * chunk buffer it is given (from any thread); {@link Report#write} puts chunks on standard output
 * in order.
 */
final class Reports {
  /** How the empty pointer, the document itself, is shown where a pointer stands. */
  static final String DOCUMENT = "(document)";

  private Reports() {}

  static Report of(CheckOptions.Format format, Locale lang, ShareRequestJson codec) {
    switch (format) {
      case json: return new JsonReport(lang, codec);
      case github: return new GithubReport(lang);
      case sarif: return new SarifReport(lang);
      default: return new TextReport(lang);
    }
  }

  abstract static class Report {
    final Locale lang;

    Report(Locale lang) {
      this.lang = lang;
    }

    void begin(PrintStream out) {}

    /** One document's part; {@code tooLarge} is the CLI's own message for a document over --max-bytes. */
    abstract void document(ByteArrayOutputStream to, String name, ParsedShareRequest parsed, @Nullable String tooLarge)
        throws IOException;

    abstract void unreadable(ByteArrayOutputStream to, String name, String reason) throws IOException;

    /** An entry the walk did not visit, and why ({@code reason} in the run's language). */
    abstract void skipped(ByteArrayOutputStream to, String name, String reason) throws IOException;

    void write(PrintStream out, ByteArrayOutputStream chunk) {
      try {
        chunk.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintStream does not throw
      }
    }

    void end(PrintStream out, Check.Chunk total) {}

    String message(Violation v, @Nullable String tooLarge) {
      return tooLarge != null && v.code().equals("json.tooLarge") ? tooLarge : v.message(lang);
    }
  }

  private static void append(OutputStream to, String text) throws IOException {
    to.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code FILE: OK}, or {@code FILE:LINE:COLUMN: POINTER: CODE: message} per violation: the form
   * editors and CI problem matchers read. The empty pointer is shown as {@code (document)}.
   */
  static final class TextReport extends Report {
    private static final String NEWLINE = System.lineSeparator();

    TextReport(Locale lang) {
      super(lang);
    }

    @Override
    void document(ByteArrayOutputStream to, String name, ParsedShareRequest parsed, @Nullable String tooLarge)
        throws IOException {
      String shown = Display.printable(name);
      if (parsed.isValid()) {
        append(to, shown + ": OK" + NEWLINE);
        return;
      }
      StringBuilder b = new StringBuilder(256);
      for (Violation v : parsed.violations()) {
        b.setLength(0); // a line at a time: a document of 100,000 findings is never one string
        b.append(shown).append(':').append(v.line()).append(':').append(v.column()).append(": ")
            .append(v.pointer().isEmpty() ? DOCUMENT : Display.printable(v.pointer())).append(": ").append(v.code()).append(": ")
            .append(message(v, tooLarge)).append(NEWLINE);
        append(to, b.toString());
      }
    }

    @Override
    void unreadable(ByteArrayOutputStream to, String name, String reason) {
      // said on standard error only
    }

    @Override
    void skipped(ByteArrayOutputStream to, String name, String reason) {
      // said on standard error only, as a note
    }
  }

  /** One JSON object per document (JSON Lines): {@code {"file", "valid", "violations", "request"?}}. */
  static final class JsonReport extends Report {
    private final ShareRequestJson codec;

    JsonReport(Locale lang, ShareRequestJson codec) {
      super(lang);
      this.codec = codec;
    }

    @Override
    void document(ByteArrayOutputStream to, String name, ParsedShareRequest parsed, @Nullable String tooLarge)
        throws IOException {
      JsonWriter g = begin(name, parsed.isValid());
      for (Violation v : parsed.violations()) {
        JsonOutput.violation(g, v, message(v, tooLarge), true);
      }
      g.endArray();
      if (parsed.isValid()) {
        // Outside strings, JSON is ASCII: still the same JSON.
        g.name("request").raw(Display.unsafeEscaped(codec.write(parsed.request())));
      }
      g.endObject();
      to.write(g.toByteArray());
      to.write('\n');
    }

    @Override
    void unreadable(ByteArrayOutputStream to, String name, String reason) throws IOException {
      JsonWriter g = begin(name, false);
      g.endArray();
      g.name("error").value(Texts.of(lang, "error", "reason", reason));
      g.endObject();
      to.write(g.toByteArray());
      to.write('\n');
    }

    /** {@code {"file", "skipped": "<why>"}}: no "valid", since nothing was read. */
    @Override
    void skipped(ByteArrayOutputStream to, String name, String reason) throws IOException {
      JsonWriter g = JsonWriter.printable();
      g.beginObject();
      g.name("file").value(name);
      g.name("skipped").value(reason);
      g.endObject();
      to.write(g.toByteArray());
      to.write('\n');
    }

    /** A generator positioned inside the line's "violations" array. */
    private static JsonWriter begin(String name, boolean valid) {
      JsonWriter g = JsonWriter.printable();
      g.beginObject();
      g.name("file").value(name);
      g.name("valid").value(valid);
      g.name("violations").beginArray();
      return g;
    }
  }

  /**
   * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=CODE::POINTER: message},
   * so that a pull request shows each finding on its line. Valid documents print nothing.
   */
  static final class GithubReport extends Report {
    GithubReport(Locale lang) {
      super(lang);
    }

    @Override
    void document(ByteArrayOutputStream to, String name, ParsedShareRequest parsed, @Nullable String tooLarge)
        throws IOException {
      StringBuilder b = new StringBuilder(256);
      for (Violation v : parsed.violations()) {
        b.append("::error file=").append(file(name)).append(",line=").append(v.line())
            .append(",col=").append(v.column()).append(",title=").append(property("wxshare " + v.code())).append("::")
            .append(data((v.pointer().isEmpty() ? DOCUMENT : Display.printable(v.pointer())) + ": " + message(v, tooLarge)))
            .append('\n');
      }
      append(to, b.toString());
    }

    @Override
    void unreadable(ByteArrayOutputStream to, String name, String reason) throws IOException {
      String shown = Display.printable(name);
      append(to, "::error file=" + file(name) + ",title=" + property("wxshare")
          + "::" + data(Texts.of(lang, "cannotRead", "file", shown, "reason", reason)) + "\n");
    }

    @Override
    void skipped(ByteArrayOutputStream to, String name, String reason) throws IOException {
      String shown = Display.printable(name);
      append(to, "::notice file=" + file(name) + ",title=" + property("wxshare")
          + "::" + data(Texts.of(lang, "skipped", "file", shown, "reason", reason)) + "\n");
    }

    /**
     * A command's message: {@code %}, CR and LF escaped, as the runner reads them (names and pointers
     * come {@link Display#printable} already, messages with their values quoted).
     */
    static String data(String s) {
      return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * The file a command is about: a path as the runner matches it (a Windows path keeps its single
     * backslashes), with unsafe characters escaped as everywhere else.
     */
    static String file(String name) {
      return property(Display.unsafeEscaped(name));
    }

    /** A command's property value: also {@code :} and {@code ,}. */
    static String property(String s) {
      return data(s).replace(":", "%3A").replace(",", "%2C");
    }
  }

  /**
   * One SARIF 2.1.0 log for the whole run: a result per violation with its file, line and column
   * (columns in Unicode code points), the contract's codes as rules, and unreadable files as the
   * run's notifications. Results are written as they come; the rules and the invocation follow them.
   */
  static final class SarifReport extends Report {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String CONTRACT = "https://github.com/wxshare/wxshare/blob/main/docs/contract.md#error-codes";
    private final Set<String> codes = ConcurrentHashMap.newKeySet();
    private final Set<String> notifications = ConcurrentHashMap.newKeySet();
    private final Set<String> notes = ConcurrentHashMap.newKeySet();
    private boolean wroteResult;

    SarifReport(Locale lang) {
      super(lang);
    }

    @Override
    void begin(PrintStream out) {
      out.print("{\"$schema\":\"" + SCHEMA + "\",\"version\":\"2.1.0\",\"runs\":[{\"columnKind\":\"unicodeCodePoints\","
          + "\"results\":[");
    }

    @Override
    void document(ByteArrayOutputStream to, String name, ParsedShareRequest parsed, @Nullable String tooLarge)
        throws IOException {
      if (parsed.isValid()) {
        return;
      }
      String uri = uri(name);
      for (Violation v : parsed.violations()) {
        codes.add(v.code());
        to.write(',');
        JsonWriter g = JsonWriter.printable();
        g.beginObject();
        g.name("ruleId").value(v.code());
        g.name("level").value("error");
        g.name("message").beginObject();
        g.name("text").value((v.pointer().isEmpty() ? DOCUMENT : Display.printable(v.pointer())) + ": "
            + message(v, tooLarge));
        g.endObject();
        g.name("locations").beginArray();
        g.beginObject();
        g.name("physicalLocation").beginObject();
        g.name("artifactLocation").beginObject();
        g.name("uri").value(uri);
        g.endObject();
        g.name("region").beginObject();
        g.name("startLine").value(v.line());
        g.name("startColumn").value(v.column());
        g.endObject();
        g.endObject();
        g.endObject();
        g.endArray();
        g.name("properties").beginObject();
        g.name("pointer").value(v.pointer());
        g.endObject();
        g.endObject();
        to.write(g.toByteArray());
      }
    }

    @Override
    void unreadable(ByteArrayOutputStream to, String name, String reason) {
      notifications.add(Texts.of(lang, "cannotRead", "file", Display.printable(name), "reason", reason));
    }

    @Override
    void skipped(ByteArrayOutputStream to, String name, String reason) {
      notes.add(Texts.of(lang, "skipped", "file", Display.printable(name), "reason", reason));
    }

    @Override
    void write(PrintStream out, ByteArrayOutputStream chunk) {
      byte[] bytes = chunk.toByteArray();
      if (bytes.length == 0) {
        return;
      }
      int skip = wroteResult ? 0 : 1; // every result starts with a comma; the first one's is left out
      out.write(bytes, skip, bytes.length - skip);
      wroteResult = true;
    }

    @Override
    void end(PrintStream out, Check.Chunk total) {
      JsonWriter g = JsonWriter.printable();
      g.beginObject(); // a throwaway wrapper: the log's remaining fields are written into it
      g.name("tool").beginObject();
      g.name("driver").beginObject();
      g.name("name").value("wxshare");
      g.name("informationUri").value("https://github.com/wxshare/wxshare");
      String version = Reports.class.getPackage().getImplementationVersion();
      if (version != null) {
        g.name("version").value(version);
      }
      g.name("rules").beginArray();
      for (String code : new TreeSet<>(codes)) {
        g.beginObject();
        g.name("id").value(code);
        g.name("shortDescription").beginObject();
        g.name("text").value(code);
        g.endObject();
        g.name("helpUri").value(CONTRACT);
        g.endObject();
      }
      g.endArray();
      g.endObject();
      g.endObject();
      g.name("invocations").beginArray();
      g.beginObject();
      g.name("executionSuccessful").value(total.unreadable == 0);
      g.name("toolExecutionNotifications").beginArray();
      notifications(g, "error", notifications);
      notifications(g, "note", notes);
      g.endArray();
      g.endObject();
      g.endArray();
      g.endObject();
      byte[] fields = g.toByteArray(); // {"tool":...,"invocations":[...]}: written without its braces
      out.print("],");
      out.write(fields, 1, fields.length - 2);
      out.print("}]}\n");
    }

    private static void notifications(JsonWriter g, String level, Set<String> texts) {
      for (String text : new TreeSet<>(texts)) {
        g.beginObject();
        g.name("level").value(level);
        g.name("message").beginObject();
        g.name("text").value(text);
        g.endObject();
        g.endObject();
      }
    }

    /** A file name as a URI reference: relative names percent-encoded, absolute ones as file: URIs. */
    static String uri(String name) {
      if (name.equals("<stdin>")) {
        return "stdin";
      }
      try {
        if (Paths.get(name).isAbsolute()) {
          return Paths.get(name).toUri().toASCIIString();
        }
      } catch (RuntimeException e) {
        // not a path of this system: encoded as text below
      }
      StringBuilder b = new StringBuilder(name.length() + 8);
      for (byte c : name.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
            || c == '~' || c == '/') {
          b.append((char) c);
        } else {
          b.append('%').append(String.format(Locale.ROOT, "%02X", c & 0xFF));
        }
      }
      return b.toString();
    }
  }
}
