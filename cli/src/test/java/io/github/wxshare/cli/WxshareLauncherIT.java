package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, for real: {@code ./wxshare check examples/*.json} through the shell,
 * the launcher script and the shaded jar that {@code package} built.
 */
class WxshareLauncherIT {
  @Test
  void theLauncherPrintsWhatTheReadmeSays() throws IOException, InterruptedException {
    Path root = Paths.get("..").toAbsolutePath().normalize();
    File out = File.createTempFile("wxshare", ".out");
    File err = File.createTempFile("wxshare", ".err");
    Process p = new ProcessBuilder("sh", "-c", "./wxshare check examples/*.json; echo \"exit $?\" >&2")
        .directory(root.toFile()).redirectOutput(out).redirectError(err).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
    assertThat(stderr).as("the jar from package is fresh: no rebuild").doesNotContain("building the CLI jar");
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```text\n$ ./wxshare check examples/*.json\n");
    int end = readme.indexOf("$ echo $?\n", start);
    String shown = readme.substring(start + "```text\n$ ./wxshare check examples/*.json\n".length(), end);
    assertThat(stdout + stderr.replace("exit 1\n", "")).isEqualTo(shown);
    assertThat(stderr).endsWith("exit 1\n");
  }

  @Test
  void theJarKnowsItsVersion() throws IOException, InterruptedException {
    Path root = Paths.get("..").toAbsolutePath().normalize();
    Process p = new ProcessBuilder("sh", "-c", "./wxshare --version").directory(root.toFile())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).matches("wxshare \\d+\\.\\d+\\.\\d+\\S*\n");
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void theLauncherPrintsThePublishedSchemaByteForByte() throws IOException, InterruptedException {
    Path root = Paths.get("..").toAbsolutePath().normalize();
    Process p = new ProcessBuilder("sh", "-c", "./wxshare schema").directory(root.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(output).isEqualTo(java.nio.file.Files.readAllBytes(root.resolve("json-schema/share-mini-program-request.schema.json")));
  }
}
