package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.schema.Vectors.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement of {@link FourEnginesAgreeTest} means something only if a wrong schema makes the
 * engines disagree. Each test here puts one of the known traps into the published schema and shows
 * which vectors catch it, in java.util.regex (networknt) and in ECMA-262 (Ajv).
 */
class VectorsCatchSchemaTrapsTest {
  private static final String SCHEMA = ShareRequestSchema.text();

  @TempDir Path temp;

  private static String replace(String schema, String from, String to) {
    assertThat(schema).as("the schema holds the text the trap replaces").contains(from);
    return schema.replace(from, to);
  }

  /** The descriptions of the vectors an engine with this schema gets wrong. */
  private static List<String> caught(Engine engine) {
    List<String> out = new ArrayList<>();
    for (Vector v : Vectors.all()) {
      if (engine.outside(v) == null && FourEnginesAgreeTest.disagreement(v, engine.expects(v), engine.judge(v)) != null) {
        out.add(v.file() + ": " + v.description());
      }
    }
    return out;
  }

  private Engine ajv(String schema) throws IOException {
    Path file = temp.resolve("trap.schema.json");
    Files.writeString(file, schema, StandardCharsets.UTF_8);
    return new AjvEngine(file, "{}");
  }

  @Test
  void anEndAnchorDollarMatchesBeforeAFinalNewlineInJavaAndAVectorSaysSo() {
    // In java.util.regex, $ also matches before a final line terminator. networknt rewrites $ to \z
    // for this reason; a binding that hands the pattern to java.util.regex (or Python's re) itself
    // does not, and "a trailing newline" is the vector that catches it.
    assertThat(java.util.regex.Pattern.compile("^gh_[0-9a-f]{12}$").matcher("gh_d43f693ca31f\n").find()).isTrue();
    assertThat(Vectors.all()).filteredOn(v -> v.description().equals("a trailing newline") && v.file().equals("userName"))
        .singleElement().satisfies(v -> {
          assertThat(v.valid()).isFalse();
          assertThat(v.data().get("userName").textValue()).isEqualTo("gh_d43f693ca31f\n");
        });
    String trap = replace(replace(SCHEMA, "\"minLength\": 15,\n      \"maxLength\": 15,\n", ""),
        "\"^gh_[0-9a-f]{12}\"", "\"^gh_[0-9a-f]{12}$\"");
    assertThat(caught(new NetworkntEngine(trap))).as("networknt rewrites $").isEmpty();
  }

  @Test
  void anUnanchoredPatternIsCaught() throws IOException {
    String trap = replace(replace(SCHEMA, "\"minLength\": 15,\n      \"maxLength\": 15,\n", ""),
        "\"^gh_[0-9a-f]{12}\"", "\"gh_[0-9a-f]{12}\"");
    assertThat(caught(new NetworkntEngine(trap))).contains("userName: the @app suffix", "userName: 13 hex digits",
        "userName: a leading space", "userName: a trailing newline");
    assertThat(caught(ajv(trap))).contains("userName: the @app suffix", "userName: 13 hex digits");
  }

  @Test
  void minLengthOneInPlaceOfNotBlankIsCaught() throws IOException {
    String trap = replace(SCHEMA, "\"pattern\": \"[^\\\\t-\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]\"",
        "\"minLength\": 1");
    // Only imagePath: whitespace in a path's route is refused anyway, and the other required strings have patterns.
    assertThat(caught(new NetworkntEngine(trap))).containsExactly("imagePath: imagePath a space");
    assertThat(caught(ajv(trap))).containsExactly("imagePath: imagePath a space");
  }

  @Test
  void ignoringTheExtraKeywordIsCaughtOnTheVectorsThatRequireIt() {
    String trap = SCHEMA.replace("\"x-maxUtf8Bytes\"", "\"x-ignored\"");
    assertThat(caught(new NetworkntEngine(trap))).containsExactlyInAnyOrder(
        "title: 171 Chinese characters (513 bytes)", "title: 129 emoji (516 bytes)",
        "title: 511 letters and an e-acute (513 bytes)",
        "description: 342 Chinese characters (1026 bytes)", "description: 257 emoji (1028 bytes)",
        "description: 1023 letters and an e-acute (1025 bytes)");
  }

  @Test
  void withoutTheUnicodeFlagEveryEmojiLooksLikeALoneSurrogate() {
    // Ajv's unicodeRegExp: false compiles patterns without ECMA-262's u flag, as some bindings do:
    // an emoji is then two surrogates, and the lone-surrogate rule refuses it.
    assertThat(caught(new AjvEngine(Vectors.SCHEMA, "{\"unicodeRegExp\": false}")))
        .contains("title: 128 emoji (512 bytes)", "path: 10240 emoji (code points, 40960 bytes)", "path: an emoji segment");
  }
}
