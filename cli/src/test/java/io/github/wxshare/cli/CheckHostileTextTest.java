package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.internal.Display;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No key, value or file name can forge a line, move the cursor, retitle the terminal, write to its
 * clipboard or reorder what the reader of a CI log sees, in any report format: every control
 * (C0, DEL, C1), line separator and bidi control in them is escaped. Line breaks are the report's own.
 */
class CheckHostileTextTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A forged line, OSC title and clipboard sequences, a bell, DEL, a C1 CSI, bidi overrides, a line separator. */
  private static final String HOSTILE = "\r\n2026 INFO forged\u001b]0;t\u0007\u001b]52;c;cHdu\u0007\u007f\u009b2J\u202e\u2066\u2028";

  @TempDir
  Path dir;

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.append('"').toString();
  }

  private Path tree() throws IOException {
    Path tree = Files.createDirectory(dir.resolve("t"));
    String key = json("k" + HOSTILE);
    Files.writeString(tree.resolve("a" + HOSTILE + ".json"), "{" + key + ":1," + key + ":2,\"title\":" + json(HOSTILE)
        + ",\"userName\":" + json(HOSTILE) + ",\"extraInfo\":{" + key + ":\"v\"," + key + ":\"w\"},\"path\":\"p\"}");
    Files.copy(Paths.get("..", "examples", "minimal.json"), tree.resolve("b" + HOSTILE + ".json"));
    Files.createSymbolicLink(tree.resolve("c" + HOSTILE + ".json"), Paths.get("."));
    Files.createSymbolicLink(tree.resolve("d" + HOSTILE + ".json"), Paths.get("no such file"));
    return tree;
  }

  private static void assertNoUnsafeButLineBreaks(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      assertThat(c != '\n' && Display.isUnsafe(c)).as("U+%04X at %d of %s", (int) c, i, output).isFalse();
    }
  }

  @Test
  void noFormatPrintsARawControlFromAKeyAValueOrAName() throws IOException {
    Path tree = tree();
    String shownTree = Display.printable(tree.toString());
    for (String format : List.of("text", "json", "github", "sarif")) {
      CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", format, tree.toString());
      assertThat(run.code).as(format).isEqualTo(2); // the dangling link cannot be read
      assertNoUnsafeButLineBreaks(run.out);
      assertNoUnsafeButLineBreaks(run.err);
      assertThat(run.err.lines()).as(format).allMatch(line -> line.startsWith("wxshare check: "));
      switch (format) {
        case "text":
          assertThat(run.out.lines()).allMatch(line -> line.startsWith(shownTree + "/"));
          assertThat(run.out).contains("/k\\u000d\\u000a2026 INFO forged\\u001b]0;t\\u0007");
          break;
        case "json":
          for (String line : run.out.lines().toArray(String[]::new)) {
            JsonNode node = MAPPER.readTree(line);
            assertThat(node.get("file").asText()).startsWith(tree.toString()); // the name itself, JSON-escaped
          }
          assertThat(run.out).contains("\\u202e").contains("\\u009b");
          break;
        case "github":
          assertThat(run.out.lines()).allMatch(line -> line.startsWith("::error file=") || line.startsWith("::notice file="));
          break;
        default:
          assertThat(run.out.lines()).hasSize(1);
          assertThat(MAPPER.readTree(run.out).get("runs").get(0).get("results").size()).isGreaterThanOrEqualTo(4);
      }
    }
  }

  @Test
  void aValidRequestWithControlsInItsTitleIsWrittenEscapedInJsonLines() throws IOException {
    Path file = dir.resolve("title.json");
    String minimal = Files.readString(Paths.get("..", "examples", "minimal.json")).strip();
    Files.writeString(file, "{\"title\":" + json("t\u009b2J\u202e") + "," + minimal.substring(1));
    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", file.toString());
    assertThat(run.code).isZero();
    assertNoUnsafeButLineBreaks(run.out);
    assertThat(MAPPER.readTree(run.out).get("request").get("title").asText()).isEqualTo("t\u009b2J\u202e");
  }
}
