package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * This module README's JavaScript example, run as a user runs it: the code block, with Ajv from the
 * committed lock file, next to the published schema; its output is the block shown below it.
 */
class ReadmeAjvExampleTest {
  private static final String START = "<!-- ajv-example:start -->\n```js\n";
  private static final String END = "<!-- ajv-example:end -->";

  private record Result(int code, String out, String err) {}

  private static String[] example() throws IOException {
    String readme = Files.readString(Vectors.MODULE.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    String block = readme.substring(start + START.length(), readme.indexOf(END, start));
    String code = block.substring(0, block.indexOf("```\n"));
    String output = block.substring(block.indexOf("```text\n") + "```text\n".length(), block.lastIndexOf("```\n"));
    return new String[] {code, output};
  }

  /** Runs {@code code} as an ES module beside the runner (so that "ajv" resolves), in the schema's folder. */
  private static Result node(String code) throws IOException, InterruptedException {
    Path script = Files.createTempFile(AjvEngine.SCRIPT_DIRECTORY, "readme-example", ".mjs");
    try {
      Files.writeString(script, code, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("node", script.toString()).directory(Vectors.MODULE.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Result(p.exitValue(), out, err);
    } finally {
      Files.delete(script);
    }
  }

  @Test
  void theExamplePrintsWhatTheReadmeShows() throws IOException, InterruptedException {
    String[] example = example();
    Result run = node(example[0]);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(example[1]);
  }

  @Test
  void withoutTheExtraKeywordAjvRefusesToCompileTheSchema() throws IOException, InterruptedException {
    String code = example()[0];
    int from = code.indexOf("ajv.addKeyword(");
    String without = code.substring(0, from) + code.substring(code.indexOf("});\n", from) + 4);
    Result run = node(without);
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("strict mode: unknown keyword: \"x-maxUtf8Bytes\"");
  }
}
