package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The start-up path and picocli read one table of command lines alike: whatever {@link CheckArgs}
 * takes, picocli reads to the same options; whatever picocli refuses, {@link CheckArgs} declines,
 * so picocli's own usage error is what the user sees.
 */
class CheckArgsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "check a.json",
      "check a.json b.json dir",
      "check -",
      "check --format json a.json",
      "check --format=json a.json",
      "check --format JSON a.json",
      "check --format sarif --lang zh-CN a.json",
      "check --format github --lang=zh-TW --max-bytes 100 a.json",
      "check --lang en-US a.json",
      "check --lang zh_Hant a.json",
      "check --max-bytes=1073741824 a.json",
      "check --allow-empty dir",
      "check --follow-links dir",
      "check --allow-empty --follow-links --format json dir a.json",
      "check -- --format",
      "check a.json -- -x",
      // declined by the start-up path, answered by picocli
      "check",
      "check --help",
      "check -h a.json",
      "check -V",
      "check --fromat json a.json",
      "check --format xml a.json",
      "check --format json --format text a.json",
      "check --lang fr a.json",
      "check --lang a.json",
      "check --max-bytes 0 a.json",
      "check --max-bytes 1073741825 a.json",
      "check --max-bytes -5 a.json",
      "check --max-bytes ten a.json",
      "check --allow-empty --allow-empty dir",
      "check --follow-links --follow-links dir",
      "check --format",
      "check -x a.json",
      "check @args.txt",
      "schema",
      "thumbnail a.png -o b.jpg",
  })
  void theStartUpPathReadsExactlyWhatPicocliReads(String line) {
    String[] args = line.split(" ");
    CheckOptions fast = CheckArgs.parse(args);
    CheckOptions slow = picocli(args);
    if (fast != null) {
      assertThat(slow).as(line).isEqualTo(fast);
    }
    if (slow == null) {
      assertThat(fast).as(line).isNull();
    }
    if (!line.contains("--help") && !line.contains("-h") && !line.contains("-V") && !line.contains("@") && slow != null
        && args[0].equals("check")) {
      assertThat(fast).as("a plain line takes the start-up path: " + line).isNotNull();
    }
  }

  /** The options picocli reads from {@code args}, or null when it refuses them or runs no check. */
  private static CheckOptions picocli(String[] args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CommandLine cli = Commands.commandLine(new ByteArrayInputStream(new byte[0]), sink, sink);
    try {
      CommandLine.ParseResult result = cli.parseArgs(args);
      if (!result.hasSubcommand() || !result.subcommand().commandSpec().name().equals("check")
          || result.subcommand().isUsageHelpRequested() || result.subcommand().isVersionHelpRequested()) {
        return null;
      }
      CheckCommand command = result.subcommand().commandSpec().commandLine().getCommand();
      return command.options();
    } catch (CommandLine.ParameterException e) {
      return null;
    }
  }

  @org.junit.jupiter.api.Test
  void defaultsAreTheHelpsDefaults() {
    CheckOptions fast = CheckArgs.parse(new String[] {"check", "a.json"});
    assertThat(fast.format).isEqualTo(CheckOptions.Format.text);
    assertThat(fast.lang).isEqualTo(Locale.ENGLISH);
    assertThat(fast.maxBytes).isEqualTo(65536);
    assertThat(fast.allowEmpty).isFalse();
  }
}
