package io.github.wxshare.cli;

import io.github.wxshare.schema.ShareRequestSchema;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code wxshare schema}: prints the published JSON Schema, byte for byte. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of a share request, exactly as published in wxshare-json-schema.",
      "It uses one extra keyword, x-maxUtf8Bytes (a string's UTF-8 length in bytes is at most its value); "
          + "see json-schema/vectors/README.md."
    })
final class SchemaCommand implements Callable<Integer> {
  private final PrintStream out;

  SchemaCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    byte[] schema = ShareRequestSchema.bytes();
    out.write(schema, 0, schema.length);
    out.flush();
    return 0;
  }
}
