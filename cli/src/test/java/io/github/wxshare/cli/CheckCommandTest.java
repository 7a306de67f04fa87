package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final Path EXAMPLES = Paths.get("..", "examples");

  /** What one run printed and returned. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static String[] examples(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of(options));
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      files.map(Path::toString).filter(n -> n.endsWith(".json")).sorted().forEach(args::add);
    }
    return args.toArray(new String[0]);
  }

  @Test
  void theReadmeShowsExactlyWhatCheckPrintsForTheExamples() throws IOException {
    Run run = run(examples("check"));
    String readme = new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
    String block = between(readme, "<!-- check-output:start -->", "<!-- check-output:end -->");
    String shown = between(block, "```text\n", "```");
    String expected = "$ ./wxshare check examples/*.json\n" + run.out.replace("../examples/", "examples/")
        + run.err.replace("../examples/", "examples/") + "$ echo $?\n" + run.code + "\n";
    assertThat(shown).isEqualTo(expected);
    assertThat(run.code).isEqualTo(1);
  }

  @Test
  void aMisspelledOptionGetsTheOptionMeantAndExitTwo() {
    Run run = run("check", "--fromat", "sarif", "../examples/minimal.json");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("Unknown option: '--fromat'\n"
        + "Did you mean: --format? ('wxshare check --help' lists every option.)\n");
    assertThat(run("check", "--max-byte=10", "../examples/minimal.json").err).contains("Did you mean: --max-bytes?");
    assertThat(run("thumbnail", "a.png", "-o", "b.jpg", "--fitt", "pad").err).contains("Did you mean: --fit?");
    Run far = run("check", "--quiet", "../examples/minimal.json");
    assertThat(far.code).isEqualTo(2);
    assertThat(far.err).startsWith("Unknown option: '--quiet'").doesNotContain("Did you mean").contains("Usage: wxshare check");
    assertThat(run("chek", "../examples/minimal.json").err).contains("Did you mean: wxshare check");
  }

  @Test
  void theReadmeShowsExactlyWhatJsonLinesLookLike() throws IOException {
    Run run = run("check", "--format", "json", "../examples/minimal.json");
    String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    String shown = between(readme, "```text\n  $ ./wxshare check --format json examples/minimal.json\n  ", "  ```");
    assertThat(shown).isEqualTo(run.out.replace("../examples/", "examples/"));
  }

  private static String between(String text, String start, String end) {
    int s = text.indexOf(start);
    assertThat(s).as("marker %s", start).isNotNegative();
    int e = text.indexOf(end, s + start.length());
    assertThat(e).as("marker %s", end).isNotNegative();
    return text.substring(s + start.length(), e);
  }

  @Test
  void validFilesPrintOkAndExitZero() {
    Run run = run("check", "../examples/minimal.json", "../examples/full.json");
    assertThat(run.out).isEqualTo("../examples/minimal.json: OK\n../examples/full.json: OK\n");
    assertThat(run.code).isZero();
  }

  @Test
  void invalidFilesPrintOneLinePerViolationAndExitOne() {
    Run run = run("check", "../examples/donut-shareMiniProgramMessage.json");
    assertThat(run.out.lines()).hasSize(4).allMatch(l -> l.matches("\\.\\./examples/donut-shareMiniProgramMessage\\.json:\\d+:\\d+: /.*"));
    assertThat(run.out).contains("donut-shareMiniProgramMessage.json:6:3: /WebpageUrl: json.unknownProperty: Unknown key "
        + "\"WebpageUrl\": did you mean webpageUrl?");
    assertThat(run.code).isEqualTo(1);
  }

  @Test
  void chineseMessagesKeepCodesAndPointers() {
    Run en = run("check", "../examples/common-mistakes.json");
    Run zh = run("check", "--lang", "zh", "../examples/common-mistakes.json");
    assertThat(zh.out).contains("/userName: userName.appId: \"wx1234567890abcdef\" 是 AppID");
    assertThat(prefixes(zh.out)).isEqualTo(prefixes(en.out));
  }

  @Test
  void langTakesBcp47TagsReadAsTheLibraryReadsThem() {
    String file = "../examples/common-mistakes.json";
    Run zh = run("check", "--lang", "zh", file);
    assertThat(run("check", "--lang", "zh-CN", file).out).isEqualTo(zh.out);
    assertThat(run("check", "--lang", "zh-Hans", file).out).isEqualTo(zh.out);
    assertThat(run("check", "--lang", "zh_SG", file).out).isEqualTo(zh.out);
    Run tw = run("check", "--lang", "zh-TW", file);
    assertThat(tw.out).contains("/userName: userName.appId: \"wx1234567890abcdef\" 是 AppID").contains("小程式原始 ID");
    assertThat(run("check", "--lang", "zh-Hant", file).out).isEqualTo(tw.out);
    assertThat(run("check", "--lang", "zh-HK", file).out).isEqualTo(tw.out);
    assertThat(prefixes(tw.out)).isEqualTo(prefixes(zh.out));
    assertThat(run("check", "--lang", "en-US", file).out).isEqualTo(run("check", file).out);
    Run fr = run("check", "--lang", "fr", file);
    assertThat(fr.code).isEqualTo(2);
    assertThat(fr.err).contains("'fr' is not a language wxshare speaks").contains("zh-TW");
    assertThat(run("check", "--lang", "zh!", file).code).isEqualTo(2);
  }

  private static List<String> prefixes(String out) {
    return out.lines().map(l -> l.substring(0, l.indexOf(": ", l.indexOf(": ", l.indexOf(": ") + 2) + 2)))
        .collect(Collectors.toList());
  }

  @Test
  void jsonLinesGiveOneObjectPerFileWithTheCanonicalRequest() throws IOException {
    Run run = run("check", "--format", "json", "../examples/full.json", "../examples/donut-shareMiniProgramMessage.json");
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode valid = mapper.readTree(lines.get(0));
    assertThat(valid.get("file").asText()).isEqualTo("../examples/full.json");
    assertThat(valid.get("valid").asBoolean()).isTrue();
    assertThat(valid.get("violations")).isEmpty();
    assertThat(valid.get("request").get("withShareTicket").isBoolean()).isTrue();
    assertThat(valid.get("request").get("title").asText()).isEqualTo("限时特惠 🎁 Limited offer");
    JsonNode invalid = mapper.readTree(lines.get(1));
    assertThat(invalid.get("valid").asBoolean()).isFalse();
    assertThat(invalid.has("request")).isFalse();
    assertThat(invalid.get("violations")).extracting(v -> v.get("pointer").asText() + " " + v.get("code").asText())
        .containsExactly("/WebpageUrl json.unknownProperty", "/MiniprogramType json.unknownProperty",
            "/userName userName.format", "/webpageUrl webpageUrl.required");
    assertThat(invalid.get("violations").get(0).get("message").asText()).contains("did you mean webpageUrl?");
    assertThat(run.err).isEmpty();
  }

  @Test
  void standardInputIsReadForDash() {
    Run run = run(new ByteArrayInputStream("{\"userName\":\"gh_d43f693ca31f\"}".getBytes(StandardCharsets.UTF_8)), "check", "-");
    assertThat(run.out).startsWith("<stdin>:1:1: /path: path.required: ");
    assertThat(run.code).isEqualTo(1);
  }

  @Test
  void aMissingFileIsReportedAndTheRestOfTheBatchStillChecked() {
    Run run = run("check", "../examples/minimal.json", "no/such/file.json", "../examples/donut-shareMiniProgramMessage.json");
    assertThat(run.out).startsWith("../examples/minimal.json: OK\n").contains("donut-shareMiniProgramMessage.json:6:3: /WebpageUrl");
    assertThat(run.err).contains("wxshare check: cannot read no/such/file.json: no such file")
        .contains("3 files: 1 valid, 1 invalid, 1 unreadable");
    assertThat(run("check", "--lang", "zh", "no/such/file.json", "../examples/minimal.json").err)
        .contains("wxshare check：无法读取 no/such/file.json：文件不存在").contains("2 个文件：1 个有效，0 个无效，1 个无法读取");
    assertThat(run.code).isEqualTo(2);
    Run json = run("check", "--format", "json", "no/such/file.json");
    assertThat(json.out).isEqualTo("{\"file\":\"no/such/file.json\",\"valid\":false,\"violations\":[],\"error\":\"cannot read: no such file\"}\n");
  }

  @Test
  void aDirectoryStandsForItsJsonFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.json"), "[]");
    Files.writeString(dir.resolve("1.json"), "{");
    Files.writeString(dir.resolve("notes.txt"), "not checked");
    Run run = run("check", dir.toString());
    assertThat(run.out.lines()).containsExactly(
        dir.resolve("1.json") + ":1:2: (document): json.syntax: Not valid JSON at line 1, column 2: the document ends "
            + "before its object or array is complete: add what is missing (a value, } or ]).",
        dir.resolve("b/2.json") + ":1:1: (document): json.notObject: A share request is a JSON object with the keys "
            + "userName, path, imagePath, webpageUrl and the optional ones. Got an array.");
  }

  @Test
  void aBadDocumentNeverStopsTheBatch(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    Files.write(dir.resolve("b.json"), "{\"a\":".concat("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("c.json"), new byte[70_000]);
    Files.copy(EXAMPLES.resolve("minimal.json"), dir.resolve("d.json"));
    Run run = run("check", "--format", "json", dir.toString());
    assertThat(run.out.lines()).hasSize(4);
    assertThat(run.out.lines().skip(3).findFirst().orElseThrow()).contains("\"valid\":true");
    assertThat(run.out).contains("json.tooLarge");
    assertThat(run.code).isEqualTo(1);
  }

  @Test
  void aNameNoFileCanHaveIsReportedAndTheBatchGoesOn() {
    Run run = run("check", "bad\u0000name.json", "../examples/minimal.json");
    assertThat(run.out).isEqualTo("../examples/minimal.json: OK\n");
    assertThat(run.err).contains("wxshare check: cannot read bad\\u0000name.json: ");
    assertThat(run.code).isEqualTo(2);
  }

  @Test
  void theSizeBoundIsConfigurable() {
    Run run = run("check", "--max-bytes", "50", "../examples/minimal.json");
    long size = EXAMPLES.resolve("minimal.json").toFile().length();
    assertThat(run.out).isEqualTo("../examples/minimal.json:1:1: (document): json.tooLarge: The document is " + size
        + " bytes, over the 50-byte bound: a share request is usually a few hundred bytes; if this one is meant to be "
        + "larger, raise the bound with --max-bytes " + size + ".\n");
    assertThat(run(new ByteArrayInputStream(new byte[100]), "check", "--max-bytes", "50", "-").out)
        .contains("json.tooLarge: The document is more than 50 bytes").contains("--max-bytes.");
    assertThat(run("check", "--max-bytes", "50", "--lang", "zh", "../examples/minimal.json").out)
        .contains("文档有 " + size + " 字节，超过了 50 字节的上限").contains("--max-bytes " + size);
    Run zero = run("check", "--max-bytes", "0", "x.json");
    assertThat(zero.code).isEqualTo(2);
    assertThat(zero.err).contains("'0' is not a size wxshare reads: give 1 to 1073741824 bytes").doesNotContain("maxDocumentBytes");
    assertThat(run("check", "--max-bytes", "2147483647", "x.json").code).isEqualTo(2);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run().code).isEqualTo(2);
    assertThat(run("check").code).isEqualTo(2);
    assertThat(run("check", "--lang", "fr", "x.json").code).isEqualTo(2);
    assertThat(run("check", "--format", "xml", "x.json").code).isEqualTo(2);
    assertThat(run("frobnicate").code).isEqualTo(2);
    Run help = run("check", "--help");
    assertThat(help.code).isZero();
    assertThat(help.out).contains("Exit codes: 0 all valid, 1 some invalid, 2 usage error, unreadable file, or an")
        .contains("--allow-empty").contains("text|json|github|sarif");
  }

  /** Found by fuzzing: a key with a line break forged a line of the text report. */
  @Test
  void aKeyWithLineBreaksCannotForgeALineOfTheTextReport() {
    String doc = "{\"x\\n<stdin>: OK\\r\\u2028\\\\\":1}";
    Run run = run(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "check", "-");
    assertThat(run.out.lines()).hasSize(5).allMatch(line -> line.matches("(?s)<stdin>:1:\\d+: /.*"));
    assertThat(run.out.lines().findFirst().orElseThrow())
        .startsWith("<stdin>:1:2: /x\\u000a<stdin>: OK\\u000d\\u2028\\\\: json.unknownProperty: ");
    assertThat(run.code).isEqualTo(1);
  }
}
