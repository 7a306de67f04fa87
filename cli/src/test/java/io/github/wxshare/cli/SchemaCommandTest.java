package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void schemaPrintsTheRepositorySchemaAndExitsZero() throws IOException {
    CheckCommandTest.Run run = CheckCommandTest.run("schema");
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(Files.readString(Paths.get("..", "json-schema", "share-mini-program-request.schema.json"),
        StandardCharsets.UTF_8));
  }

  @Test
  void schemaHelpNamesTheExtraKeyword() {
    CheckCommandTest.Run run = CheckCommandTest.run("schema", "--help");
    assertThat(run.code).isZero();
    assertThat(run.out).contains("Usage: wxshare schema").contains("x-maxUtf8Bytes");
  }

  @Test
  void schemaTakesNoArguments() {
    CheckCommandTest.Run run = CheckCommandTest.run("schema", "extra.json");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Unmatched argument at index 1: 'extra.json'");
  }
}
