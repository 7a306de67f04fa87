package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShareRequestSchemaTest {
  @Test
  void textIsTheBytesAsUtf8() {
    assertThat(ShareRequestSchema.text()).isEqualTo(new String(ShareRequestSchema.bytes(), StandardCharsets.UTF_8))
        .startsWith("{").contains("\"$id\": \"" + ShareRequestSchema.ID + "\"");
  }

  @Test
  void bytesAreACopyEachTime() {
    byte[] first = ShareRequestSchema.bytes();
    first[0] = 'x';
    assertThat(ShareRequestSchema.bytes()[0]).isEqualTo((byte) '{');
  }

  @Test
  void everyListedVectorFileIsInTheJar() {
    for (String file : ShareRequestSchema.VECTOR_FILES) {
      assertThat(ShareRequestSchema.vectors(file)).as(file).startsWith("[");
    }
    assertThat(ShareRequestSchema.class.getResource(ShareRequestSchema.VECTORS_DIRECTORY + "vectors.schema.json")).isNotNull();
    assertThat(ShareRequestSchema.class.getResource(ShareRequestSchema.VECTORS_DIRECTORY + "README.md")).isNotNull();
  }

  @Test
  void anUnknownVectorFileIsRefusedWithTheList() {
    assertThatThrownBy(() -> ShareRequestSchema.vectors("userName.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no vector file userName.json; the files are " + ShareRequestSchema.VECTOR_FILES);
    assertThat(ShareRequestSchema.VECTOR_FILES).startsWith("document", "userName", "path").endsWith("msgSignature");
  }
}
