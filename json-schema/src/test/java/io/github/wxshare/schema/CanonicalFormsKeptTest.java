package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of every valid data vector and valid example as it was before the request
 * gained {@code disableForward}, {@code isUpdatableMessage}, {@code isSecretMessage} and
 * {@code extraInfo} ({@code canonical-forms.tsv}, written by the core of that day): those fields
 * are absent unless set, so each document keeps its exact bytes.
 */
class CanonicalFormsKeptTest {
  @Test
  void everyDocumentThatHadACanonicalFormKeepsItsBytes() throws IOException {
    String table;
    try (InputStream in = CanonicalFormsKeptTest.class.getResourceAsStream("/canonical-forms.tsv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ShareRequestJson codec = ShareRequestJson.create();
    List<String> changed = new ArrayList<>();
    int vectors = 0;
    int examples = 0;
    for (String line : table.split("\n")) {
      String[] cell = line.split("\t", 3);
      String name = cell[0].substring(0, cell[0].length() - ".json".length());
      String text;
      if (ShareRequestSchema.VECTOR_FILES.contains(name)) {
        text = Vectors.all().stream().filter(v -> v.file().equals(name) && v.description().equals(cell[1]))
            .findFirst().orElseThrow(() -> new AssertionError("no vector " + cell[0] + ": " + cell[1])).text();
        vectors++;
      } else {
        text = Files.readString(Vectors.MODULE.resolve("../examples").resolve(cell[0]));
        examples++;
      }
      ParsedShareRequest read = codec.read(text);
      String now = read.isValid() ? codec.write(read.request()) : "invalid " + read.violations();
      if (!now.equals(cell[2])) {
        changed.add(cell[0] + ": " + cell[1] + "\n  was " + cell[2] + "\n  now " + now);
      }
    }
    assertThat(changed).isEmpty();
    assertThat(vectors).isEqualTo(97);
    assertThat(examples).isEqualTo(4);
  }
}
