package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.Engine.Answer;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Differential fuzzing of two engines of one rule: the codec and the published JSON Schema (run by
 * networknt with the schema's extra keyword) on arbitrary bytes. Both give the same verdict and
 * point at the same fields, except where the vectors README says a schema cannot decide by design
 * (a document over the size bound, a key given twice). Bytes that are not UTF-8 are {@code
 * json.syntax} for the codec, as they are for a schema engine that reads UTF-8 text. Inputs:
 * {@code SchemaAgreementFuzzTestInputs/}.
 */
class SchemaAgreementFuzzTest {
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final NetworkntEngine NETWORKNT = new NetworkntEngine();

  @FuzzTest(maxDuration = "2m")
  void codecAndSchemaAgreeOnAnyBytes(byte[] bytes) {
    ParsedShareRequest parsed = CODEC.read(bytes);
    Set<Expected> expected = new LinkedHashSet<>();
    for (Violation v : parsed.violations()) {
      expected.add(new Expected(v.pointer(), v.code()));
    }
    if (expected.stream().anyMatch(e -> e.code().equals("json.duplicateKey") || e.code().equals("json.tooLarge"))) {
      return; // outside a schema by design: the vectors' "limits"
    }
    String text = utf8(bytes);
    if (text == null || (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0))) {
      assertThat(expected).extracting(Expected::code).as("bytes that are not UTF-8 JSON").containsExactly("json.syntax");
      return;
    }
    Vector vector = new Vector("fuzz", "fuzz", "fuzz", null, text, parsed.isValid(), expected, Map.of(), List.of());
    Answer networknt;
    try {
      networknt = NETWORKNT.judge(vector);
    } catch (NumberFormatException e) {
      // Found by this test: jackson-databind cannot hold 1e40333... as a BigDecimal and throws
      // before networknt sees the document. No valid request has such a number; the codec refuses it.
      assertThat(parsed.isValid()).as("a number a schema engine cannot read: %s", e.getMessage()).isFalse();
      return;
    }
    // Whether the extra keyword decided it is the vectors' business, not this test's.
    Answer answer = new Answer(networknt.valid(), networknt.pointers(), null, null, networknt.note());
    assertThat(FourEnginesAgreeTest.disagreement(vector, expected, answer))
        .as("networknt on %s, where the codec says %s", text, expected).isNull();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
