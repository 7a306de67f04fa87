package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code wxshare check} run over a directory of hostile documents, a valid one first and last:
 * every file gets its line and its contract code (docs/contract.md), the run goes on past each, and the valid last file is
 * still judged valid. The 1 GB file is sparse: it costs no disk, and check reads 64 KiB + 1 of it.
 */
class CheckHostileBatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void aBatchOfHostileDocumentsGoesOnPastEachWithItsCode() throws IOException {
    byte[] minimal = Files.readAllBytes(Paths.get("..", "examples", "minimal.json"));
    String base = new String(minimal, StandardCharsets.UTF_8).strip();
    String body = base.substring(1, base.length() - 1);
    Map<String, String> expected = new LinkedHashMap<>();
    write("00-valid.json", minimal, expected, "");
    write("01-64KiB-plus-one.json", ("{\"title\":\"" + "a".repeat(65_537 - 12) + "\"}").getBytes(StandardCharsets.UTF_8),
        expected, "json.tooLarge");
    write("02-10MB.json", ("[" + "0,".repeat(5_000_000) + "0]").getBytes(StandardCharsets.UTF_8), expected, "json.tooLarge");
    Path gigabyte = dir.resolve("03-1GB.json");
    try (RandomAccessFile f = new RandomAccessFile(gigabyte.toFile(), "rw")) {
      f.setLength(1L << 30);
    }
    expected.put(gigabyte.toString(), "json.tooLarge");
    write("04-nesting-100000.json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
        expected, "json.tooLarge");
    write("05-nesting-10000.json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8),
        expected, "json.tooLarge");
    StringBuilder keys = new StringBuilder("{");
    for (int i = 0; i < 1_000_000; i++) {
      keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
    }
    write("06-million-keys.json", keys.append('}').toString().getBytes(StandardCharsets.UTF_8), expected, "json.tooLarge");
    write("07-nul.json", base.replace("index/index", "index\u0000index").getBytes(StandardCharsets.UTF_8), expected,
        "json.syntax");
    write("08-invalid-utf8.json", concat(base.substring(0, 20), new byte[] {(byte) 0xC0, (byte) 0xAF}, base.substring(20)),
        expected, "json.syntax");
    write("09-lone-surrogate.json", ("{\"title\":\"\\ud800\"," + body + "}").getBytes(StandardCharsets.UTF_8), expected,
        "title.format");
    write("10-bom.json", concat("\uFEFF", new byte[0], base), expected, "");
    write("11-trailing-garbage.json", (base + " garbage").getBytes(StandardCharsets.UTF_8), expected, "json.syntax");
    write("12-comment.json", ("/* c */" + base).getBytes(StandardCharsets.UTF_8), expected, "json.syntax");
    write("13-duplicate-key.json", ("{\"path\":\"a\"," + body + "}").getBytes(StandardCharsets.UTF_8), expected,
        "json.duplicateKey");
    write("14-empty.json", new byte[0], expected, "json.syntax");
    write("15-utf16.json", base.getBytes(StandardCharsets.UTF_16), expected, "json.syntax");
    write("99-valid.json", minimal, expected, "");

    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "json", dir.toString());
    assertThat(run.code).isEqualTo(1);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(expected.size());
    Map<String, String> got = new LinkedHashMap<>();
    for (String line : lines) {
      JsonNode report = MAPPER.readTree(line);
      List<String> codes = new ArrayList<>();
      report.get("violations").forEach(v -> codes.add(v.get("code").asText()));
      assertThat(report.get("valid").asBoolean()).isEqualTo(codes.isEmpty());
      got.put(report.get("file").asText(), String.join(",", codes));
    }
    assertThat(got).containsExactlyEntriesOf(expected);

    CheckCommandTest.Run text = CheckCommandTest.run("check", dir.toString());
    assertThat(text.code).isEqualTo(1);
    assertThat(text.err).endsWith("wxshare check: 17 files: 3 valid, 14 invalid\n");
  }

  private void write(String name, byte[] bytes, Map<String, String> expected, String codes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    expected.put(file.toString(), codes);
  }

  private static byte[] concat(String head, byte[] middle, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[h.length + middle.length + t.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(middle, 0, out, h.length, middle.length);
    System.arraycopy(t, 0, out, h.length + middle.length, t.length);
    return out;
  }
}
