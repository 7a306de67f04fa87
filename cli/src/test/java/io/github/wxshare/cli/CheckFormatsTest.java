package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github} and {@code --format sarif}, an empty batch, and a batch large enough for two threads. */
class CheckFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void githubAnnotationsPutEachFindingOnItsLine() {
    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "github",
        "../examples/donut-shareMiniProgramMessage.json", "../examples/full.json");
    String file = "../examples/donut-shareMiniProgramMessage.json";
    assertThat(run.out.lines()).containsExactly(
        "::error file=" + file + ",line=6,col=3,title=wxshare json.unknownProperty::/WebpageUrl: Unknown key \"WebpageUrl\": "
            + "did you mean webpageUrl? Keys are case-sensitive and spelled exactly so.",
        "::error file=" + file + ",line=8,col=3,title=wxshare json.unknownProperty::/MiniprogramType: Unknown key "
            + "\"MiniprogramType\": did you mean miniprogramType? Keys are case-sensitive and spelled exactly so.",
        "::error file=" + file + ",line=2,col=15,title=wxshare userName.format::/userName: \"Mini Program original id \" is "
            + "not a Mini Program original id: use gh_ followed by 12 lower-case hex digits, such as gh_d43f693ca31f (Mini "
            + "Program admin console, Settings > Basic settings > Account information).",
        "::error file=" + file + ",line=1,col=1,title=wxshare webpageUrl.required::/webpageUrl: A value is required: the "
            + "field is missing, null, empty or whitespace only.");
    assertThat(run.err).isEqualTo("wxshare check: 2 files: 1 valid, 1 invalid\n");
    assertThat(run.code).isEqualTo(1);
  }

  @Test
  void githubEscapesWhatWouldEndAPropertyOrTheMessage(@TempDir Path dir) throws IOException {
    Path odd = Files.writeString(dir.resolve("a,b:100%.json"), "{\"x\\n%\":1}");
    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "github", odd.toString());
    String first = run.out.lines().findFirst().orElseThrow();
    assertThat(first).startsWith("::error file=" + odd.toString().replace(":", "%3A").replace("a,b%3A100%", "a%2Cb%3A100%25")
        + ",line=1,col=2,title=wxshare json.unknownProperty::/x\\u000a%25: Unknown key \"x\\n%25\"");
    assertThat(run.out.lines()).hasSize(5);
    // A backslash in a name stays one, as the runner matches a (Windows) path; the message doubles it.
    Path backslash = Files.writeString(dir.resolve("w\\x.json"), "{\"x\":1}");
    assertThat(CheckCommandTest.run("check", "--format", "github", backslash.toString()).out.lines().findFirst().orElseThrow())
        .startsWith("::error file=" + backslash.toString().replace(":", "%3A") + ",line=1,col=2,");
  }

  @Test
  void sarifIsOneLogValidAgainstThePublishedSchemaWithTheTextReportsPlaces(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("syntax.json"), "{\n  \"userName\": \"gh_d43f693ca31f\",\n  // no comments\n}");
    Files.writeString(dir.resolve("中文 名.json"), "{\"title\": \"\uD83D\uDE00\", \"userName\": 1}");
    String[] files = {"../examples/common-mistakes.json", "../examples/full.json",
        "../examples/donut-shareMiniProgramMessage.json", dir.toString(), "no/such/file.json"};
    CheckCommandTest.Run sarif = CheckCommandTest.run(args("sarif", files));
    assertThat(sarif.code).isEqualTo(2);
    Path log = dir.resolve("check.sarif");
    Files.writeString(log, sarif.out);
    assertThat(validate(log)).startsWith("valid ");

    JsonNode run = MAPPER.readTree(sarif.out).get("runs").get(0);
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
    assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .isEqualTo("wxshare check: cannot read no/such/file.json: no such file");
    List<String> fromSarif = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      JsonNode where = r.get("locations").get(0).get("physicalLocation");
      fromSarif.add(where.get("artifactLocation").get("uri").asText() + ":" + where.get("region").get("startLine") + ":"
          + where.get("region").get("startColumn") + ": " + r.get("ruleId").asText());
    }
    List<String> fromText = new ArrayList<>();
    for (String line : CheckCommandTest.run(args("text", files)).out.lines().toList()) {
      if (!line.endsWith(": OK")) {
        String[] parts = line.split(": ", 4);
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("(.*):(\\d+):(\\d+)").matcher(parts[0]);
        assertThat(place.matches()).isTrue();
        String file = place.group(1);
        String uri = Paths.get(file).isAbsolute() ? Paths.get(file).toUri().toASCIIString() : file;
        fromText.add(uri + ":" + place.group(2) + ":" + place.group(3) + ": " + parts[2]);
      }
    }
    assertThat(fromSarif).isEqualTo(fromText).hasSize(17).anyMatch(l -> l.contains("%E4%B8%AD%E6%96%87%20%E5%90%8D.json:1:28: userName.type"));
    assertThat(run.get("tool").get("driver").get("rules")).extracting(r -> r.get("id").asText())
        .contains("json.syntax", "userName.appId", "userName.type").doesNotHaveDuplicates();
  }

  @Test
  void anEmptySarifLogIsValidToo(@TempDir Path dir) throws Exception {
    CheckCommandTest.Run run = CheckCommandTest.run("check", "--format", "sarif", "../examples/full.json");
    assertThat(run.code).isZero();
    Path log = Files.writeString(dir.resolve("empty.sarif"), run.out);
    assertThat(validate(log)).startsWith("valid ");
    assertThat(MAPPER.readTree(run.out).get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void theValidatorRefusesALogThatIsNotSarif(@TempDir Path dir) throws Exception {
    Path log = Files.writeString(dir.resolve("bad.sarif"), "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"message\":{}}]}]}");
    assertThat(validate(log)).startsWith("invalid ").contains("tool");
  }

  private static String[] args(String format, String... files) {
    List<String> args = new ArrayList<>(List.of("check", "--format", format));
    args.addAll(List.of(files));
    return args.toArray(new String[0]);
  }

  /** {@code node validate-sarif.mjs}: Ajv with the published SARIF 2.1.0 schema. */
  private static String validate(Path log) throws Exception {
    Path scripts = Paths.get("src", "test", "js").toAbsolutePath();
    Process p = new ProcessBuilder("node", scripts.resolve("validate-sarif.mjs").toString(), log.toString())
        .directory(scripts.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aDirectoryWithNoDocumentIsAUsageErrorUnlessAllowed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a document");
    CheckCommandTest.Run run = CheckCommandTest.run("check", "../examples/minimal.json", dir.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("wxshare check: " + dir + " holds no *.json file, so nothing would be checked: name the "
        + "files or a directory that holds them, or add --allow-empty if an empty batch is fine.\n");
    assertThat(CheckCommandTest.run("check", "--lang", "zh", dir.toString()).err).contains("中没有 *.json 文件");
    CheckCommandTest.Run allowed = CheckCommandTest.run("check", "--allow-empty", dir.toString());
    assertThat(allowed.code).isZero();
    assertThat(allowed.out).isEmpty();
  }

  @Test
  void aBatchOnTwoThreadsReportsInTheOrderOfOneThread(@TempDir Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    String[] samples = {
        Files.readString(Paths.get("..", "examples", "minimal.json")),
        Files.readString(Paths.get("..", "examples", "common-mistakes.json")),
        "{\"userName\": ", "[]", "{\"title\":\"\\u4e2d\",\"scene\":1}"};
    for (int i = 0; i < Check.PARALLEL_FROM + 300; i++) {
      String name = String.format("%05d.json", i);
      Files.writeString(dir.resolve(name), samples[i % samples.length]);
      names.add(dir.resolve(name).toString());
    }
    for (String format : List.of("text", "json", "github")) {
      CheckCommandTest.Run batch = CheckCommandTest.run("check", "--format", format, dir.toString());
      StringBuilder oneByOne = new StringBuilder();
      for (String name : names) {
        oneByOne.append(CheckCommandTest.run("check", "--format", format, name).out);
      }
      assertThat(batch.out).as(format).isEqualTo(oneByOne.toString());
      assertThat(batch.code).isEqualTo(1);
    }
    CheckCommandTest.Run stdin = CheckCommandTest.run(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
        "check", dir.toString(), "-");
    assertThat(stdin.out).endsWith("<stdin>:1:1: (document): json.notObject: A share request is a JSON object with the "
        + "keys userName, path, imagePath, webpageUrl and the optional ones. Got an array.\n");
  }
}
