package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * wxshare's reader against Jackson's, strict, on arbitrary bytes ({@link ReaderAgreement}): the
 * same verdict and the same first mistake; and the reader of text gives the verdict the reader of
 * bytes gives. The committed inputs in {@code JsonReaderFuzzTestInputs/} run in every build; {@code
 * -P fuzz} mutates them (CONTRIBUTING).
 */
class JsonReaderFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readersAgree(byte[] bytes) {
    ReaderAgreement.Verdict ours = ReaderAgreement.check(bytes);
    if (ours == null) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonReader r = JsonReader.of(text);
    boolean accepted;
    try {
      while (r.next() != JsonReader.Token.END_DOCUMENT) {
        // every token
      }
      accepted = true;
    } catch (JsonReader.Malformed e) {
      accepted = false;
    }
    assertThat(accepted).as("text and bytes").isEqualTo(ours.accepted);
  }
}
