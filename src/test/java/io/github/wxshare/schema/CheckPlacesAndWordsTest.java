package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wxshare.cli.Main;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.Vectors.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's two promises over every conformance vector, as raw documents: each violation's line and
 * column point at its key or value, and nothing {@code wxshare check} prints in any of its
 * languages carries the parser's words or a Java name.
 */
class CheckPlacesAndWordsTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ShareRequestJson CODEC = ShareRequestJson.create();

  /** The vector as a file would hold it: its document, or its data pretty-printed over several lines. */
  private static String raw(Vector v) throws IOException {
    return v.document() != null ? v.document() : Vectors.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v.data());
  }

  @Test
  void everyViolationOfEveryVectorPointsAtItsKeyOrItsValue() throws IOException {
    int checked = 0;
    int keys = 0;
    int values = 0;
    int braces = 0;
    int documents = 0;
    List<String> failures = new ArrayList<>();
    for (Vector v : Vectors.all()) {
      String text = raw(v);
      if (text.length() > CODEC.maxDocumentBytes()) {
        continue;
      }
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      Map<String, Integer[]> fields = firstOccurrences(body);
      for (Violation violation : CODEC.read(text.getBytes(StandardCharsets.UTF_8)).violations()) {
        checked++;
        String where = v.id() + ": " + violation.pointer() + " " + violation.code() + " at " + violation.line() + ":"
            + violation.column();
        if (violation.line() < 1 || violation.column() < 1) {
          failures.add(where + ": no place");
          continue;
        }
        int offset = offset(body, violation.line(), violation.column());
        if (violation.pointer().isEmpty()) {
          documents++;
          boolean ok = violation.code().equals("json.syntax") ? offset >= 0 && offset <= body.length()
              : violation.line() == 1 && violation.column() == 1;
          if (!ok) {
            failures.add(where + ": a document finding out of place");
          }
          continue;
        }
        // "/extraInfo/a": a key inside extraInfo; the field is the first segment, the key named the last.
        String[] segments = violation.pointer().substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
          segments[i] = segments[i].replace("~1", "/").replace("~0", "~");
        }
        String key = segments[0];
        String named = segments[segments.length - 1];
        Integer[] at = fields.get(key);
        String expected;
        if (violation.code().equals("json.unknownProperty") || violation.code().equals("json.duplicateKey")) {
          keys++;
          expected = at == null ? null : key;
          if (at == null || !named.equals(stringAt(body, offset))) {
            failures.add(where + ": not at the key " + named);
          }
        } else if (at == null) {
          braces++;
          if (offset < 0 || body.charAt(offset) != '{') {
            failures.add(where + ": a missing field, not at the opening brace");
          }
        } else {
          values++;
          if (offset != at[1]) {
            failures.add(where + ": not at the value of " + key + " (offset " + offset + ", the value is at " + at[1] + ")");
          }
        }
      }
    }
    System.out.printf("%nwxshare places: %d violations of %d vectors: %d at their key, %d at their value, %d at the "
        + "opening brace (a missing field), %d about the whole document%n", checked, Vectors.all().size(), keys, values,
        braces, documents);
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(200);
    assertThat(keys).isPositive();
    assertThat(values).isPositive();
    assertThat(braces).isPositive();
  }

  /** Top-level key -> {key offset, value offset} of its first occurrence (char offsets in {@code text}). */
  private static Map<String, Integer[]> firstOccurrences(String text) {
    Map<String, Integer[]> out = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        int key = (int) p.currentTokenLocation().getCharOffset();
        String name = p.currentName();
        p.nextToken();
        out.putIfAbsent(name, new Integer[] {key, (int) p.currentTokenLocation().getCharOffset()});
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: only document findings
    }
    return out;
  }

  /** The char offset of a 1-based line and a 1-based column counted in code points; -1 when past the text. */
  static int offset(String text, int line, int column) {
    int i = 0;
    for (int l = 1; l < line; l++) {
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (i >= text.length()) {
        return -1;
      }
      i += text.startsWith("\r\n", i) ? 2 : 1;
    }
    for (int c = 1; c < column; c++) {
      if (i >= text.length()) {
        return -1;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  private static String stringAt(String text, int offset) {
    try (JsonParser p = FACTORY.createParser(text.substring(offset))) {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static final Pattern FORBIDDEN = Pattern.compile(
      "Feature '|\\(code |Exception|java\\.|javax\\.|com\\.fasterxml|jackson|StreamReadConstraints|maxDocumentBytes|maxBytes"
          + "|minWidth|minQuality|\\[Source", Pattern.CASE_INSENSITIVE);
  /** A Java-style name: lower case, then an upper-case letter (maxBytes, getMessage). */
  private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
  private static final Set<String> CONTRACT_KEYS = contractKeys();

  /** The request's keys, the mis-cased key messages name, and WeChat's own names (wx.downloadFile). */
  private static Set<String> contractKeys() {
    Set<String> keys = new java.util.HashSet<>(ShareRequestJson.keys());
    keys.addAll(List.of("miniProgramType", "WXSceneSession", "downloadFile"));
    return keys;
  }

  @Test
  void nothingCheckPrintsForTheVectorsHasTheParsersWordsOrAJavaName(@TempDir Path dir) throws IOException {
    List<String> failures = new ArrayList<>();
    int runs = 0;
    int lines = 0;
    for (Vector v : Vectors.all()) {
      String text = raw(v);
      Set<String> ownKeys = Set.of(text); // a message quotes the document's keys and values: their words are the user's
      for (String lang : List.of("en", "zh-CN", "zh-TW")) {
        for (String format : List.of("text", "json")) {
          String printed = check(text.getBytes(StandardCharsets.UTF_8), "check", "--lang", lang, "--format", format, "-");
          runs++;
          lines += printed.split("\n").length;
          String problem = problem(printed, ownKeys);
          if (problem != null) {
            failures.add(v.id() + " (" + lang + ", " + format + "): " + problem);
          }
        }
      }
    }
    // What check prints of its own: a missing file, an empty directory, a bound, a document over it.
    Path empty = Files.createDirectory(dir.resolve("empty"));
    for (String lang : List.of("en", "zh-CN", "zh-TW")) {
      for (String[] args : List.of(new String[] {"check", "--lang", lang, "no/such/file.json", "-"},
          new String[] {"check", "--lang", lang, empty.toString()},
          new String[] {"check", "--lang", lang, "--max-bytes", "10", "-"},
          new String[] {"check", "--lang", lang, "--format", "sarif", "-"},
          new String[] {"check", "--lang", lang, "--format", "github", "no/such/file.json", "-"})) {
        String printed = check("{\"userName\": 1}".getBytes(StandardCharsets.UTF_8), args);
        runs++;
        String problem = problem(printed, Set.of());
        if (problem != null) {
          failures.add(String.join(" ", args) + ": " + problem);
        }
      }
    }
    System.out.printf("%nwxshare check's words: %d runs over %d vectors (en, zh-CN, zh-TW; text and json), %d lines "
        + "read%n", runs, Vectors.all().size(), lines);
    assertThat(failures).isEmpty();
  }

  private static String problem(String printed, Set<String> documentTexts) {
    Matcher bad = FORBIDDEN.matcher(printed);
    if (bad.find()) {
      return "contains " + bad.group() + ": " + printed;
    }
    // JSON Lines and SARIF name their own fields in camel case; messages are what is read here.
    String words = printed.replaceAll("\"(columnKind|ruleId|startLine|startColumn|artifactLocation|physicalLocation"
        + "|shortDescription|helpUri|informationUri|toolExecutionNotifications|executionSuccessful|unicodeCodePoints)\"", "")
        .replaceAll("\\b(json|" + String.join("|", ShareRequestJson.keys()) + ")"
            + "\\.[a-zA-Z]+\\b", "(code)"); // the contract's codes, such as json.unknownProperty
    Matcher camel = CAMEL.matcher(words);
    while (camel.find()) {
      String name = camel.group();
      if (!CONTRACT_KEYS.contains(name) && documentTexts.stream().noneMatch(k -> k.contains(name))) {
        return "names " + name + ": " + printed;
      }
    }
    return null;
  }

  private static String check(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    Main.run(args, new ByteArrayInputStream(stdin), stream, stream);
    return out.toString(StandardCharsets.UTF_8);
  }
}
