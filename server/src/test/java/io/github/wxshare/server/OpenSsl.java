package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Debian's {@code openssl}, the independent check: run with a bounded wait, its output kept. */
final class OpenSsl {
  static final String INSTALL = "apt-get install -y openssl (.ci/run installs it)";

  private OpenSsl() {}

  /** Skips the calling test, saying why, when there is no {@code openssl} on the PATH. */
  static void assumeInstalled() {
    boolean found = false;
    try {
      found = run(null, "version").exit == 0;
    } catch (IllegalStateException e) {
      found = false;
    }
    Assumptions.assumeTrue(found, "openssl is not installed: " + INSTALL);
  }

  static final class Result {
    final int exit;
    final String output;

    Result(int exit, String output) {
      this.exit = exit;
      this.output = output;
    }
  }

  static Result run(Path dir, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(arguments));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readNBytes(1 << 20);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("openssl " + arguments[0] + " did not finish in 60 s");
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("openssl could not run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs and expects exit 0. */
  static String ok(Path dir, String... arguments) {
    Result r = run(dir, arguments);
    assertThat(r.exit).as("openssl %s: %s", String.join(" ", arguments), r.output).isZero();
    return r.output;
  }
}
