package io.github.wxshare.android;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's shipped examples, which are the two reference documents' parameters. */
final class Fixtures {
  private Fixtures() {}

  /** {@code examples/cordova-shareMiniProgram.json}: valid as the Cordova document writes it. */
  static String cordovaExample() {
    return example("cordova-shareMiniProgram.json");
  }

  /** {@code examples/donut-shareMiniProgramMessage.json}: the Donut document's example, four violations. */
  static String donutExample() {
    return example("donut-shareMiniProgramMessage.json");
  }

  private static String example(String name) {
    try {
      return new String(Files.readAllBytes(Path.of("..", "examples", name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
