package io.github.wxshare.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.JsonOutput;
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
      // Written before the line's generator exists: a generator opened inside another one gets no
      // recycled buffers, and allocating them was a sixth of a 10,000-file run.
      String request = parsed.isValid() ? codec.write(parsed.request()) : null;
      try (JsonGenerator g = begin(to, name, parsed.isValid())) {
        for (Violation v : parsed.violations()) {
          JsonOutput.violation(g, v, message(v, tooLarge), true);
        }
        g.writeEndArray();
        if (request != null) {
          g.writeFieldName("request");
          g.writeRawValue(Display.unsafeEscaped(request)); // outside strings, JSON is ASCII: still the same JSON
        }
        g.writeEndObject();
      }
      to.write('\n');
    }

    @Override
    void unreadable(ByteArrayOutputStream to, String name, String reason) throws IOException {
      try (JsonGenerator g = begin(to, name, false)) {
        g.writeEndArray();
        g.writeStringField("error", Texts.of(lang, "error", "reason", reason));
        g.writeEndObject();
      }
      to.write('\n');
    }

    /** {@code {"file", "skipped": "<why>"}}: no "valid", since nothing was read. */
    @Override
    void skipped(ByteArrayOutputStream to, String name, String reason) throws IOException {
      try (JsonGenerator g = JsonOutput.PRINTABLE.createGenerator(to)) {
        g.writeStartObject();
        g.writeStringField("file", name);
        g.writeStringField("skipped", reason);
        g.writeEndObject();
      }
      to.write('\n');
    }

    /** A generator positioned inside the line's "violations" array. */
    private static JsonGenerator begin(OutputStream to, String name, boolean valid) throws IOException {
      JsonGenerator g = JsonOutput.PRINTABLE.createGenerator(to);
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeBooleanField("valid", valid);
      g.writeArrayFieldStart("violations");
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
        try (JsonGenerator g = JsonOutput.PRINTABLE.createGenerator(to)) {
          g.writeStartObject();
          g.writeStringField("ruleId", v.code());
          g.writeStringField("level", "error");
          g.writeObjectFieldStart("message");
          g.writeStringField("text", (v.pointer().isEmpty() ? DOCUMENT : Display.printable(v.pointer())) + ": "
              + message(v, tooLarge));
          g.writeEndObject();
          g.writeArrayFieldStart("locations");
          g.writeStartObject();
          g.writeObjectFieldStart("physicalLocation");
          g.writeObjectFieldStart("artifactLocation");
          g.writeStringField("uri", uri);
          g.writeEndObject();
          g.writeObjectFieldStart("region");
          g.writeNumberField("startLine", v.line());
          g.writeNumberField("startColumn", v.column());
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndArray();
          g.writeObjectFieldStart("properties");
          g.writeStringField("pointer", v.pointer());
          g.writeEndObject();
          g.writeEndObject();
        }
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
      ByteArrayOutputStream tail = new ByteArrayOutputStream();
      try (JsonGenerator g = JsonOutput.PRINTABLE.createGenerator(tail)) {
        g.writeStartObject(); // a throwaway wrapper: the log's remaining fields are written into it
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "wxshare");
        g.writeStringField("informationUri", "https://github.com/wxshare/wxshare");
        String version = Reports.class.getPackage().getImplementationVersion();
        if (version != null) {
          g.writeStringField("version", version);
        }
        g.writeArrayFieldStart("rules");
        for (String code : new TreeSet<>(codes)) {
          g.writeStartObject();
          g.writeStringField("id", code);
          g.writeObjectFieldStart("shortDescription");
          g.writeStringField("text", code);
          g.writeEndObject();
          g.writeStringField("helpUri", CONTRACT);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", total.unreadable == 0);
        g.writeArrayFieldStart("toolExecutionNotifications");
        notifications(g, "error", notifications);
        notifications(g, "note", notes);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byte[] fields = tail.toByteArray(); // {"tool":...,"invocations":[...]}: written without its braces
      out.print("],");
      out.write(fields, 1, fields.length - 2);
      out.print("}]}\n");
    }

    private static void notifications(JsonGenerator g, String level, Set<String> texts) throws IOException {
      for (String text : new TreeSet<>(texts)) {
        g.writeStartObject();
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeEndObject();
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
