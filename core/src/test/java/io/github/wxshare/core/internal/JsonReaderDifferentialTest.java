package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * wxshare's reader and Jackson's, strict, on every conformance vector's request (the documents as
 * written, and the data objects as the vector files write them), on every committed fuzz input, and
 * on 20,000 seeded one-byte edits of the vectors: the same verdict, and the same first mistake
 * ({@link ReaderAgreement}).
 */
class JsonReaderDifferentialTest {
  private static final Path VECTORS = Paths.get("../json-schema/vectors");

  /** Each vector's request as text: a "document" string, or a "data" value as the file writes it. */
  static List<byte[]> vectorRequests() throws Exception {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(VECTORS)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        if (file.getFileName().toString().equals("vectors.schema.json") || !file.toString().endsWith(".json")) {
          continue;
        }
        byte[] b = Files.readAllBytes(file);
        JsonReader r = new JsonReader(b, 0, false);
        JsonReader.Token t;
        while ((t = r.next()) != JsonReader.Token.END_DOCUMENT) {
          if (t != JsonReader.Token.NAME) {
            continue;
          }
          String name = r.string();
          if (name.equals("document") || name.equals("data")) {
            t = r.next();
            int start = r.tokenStart();
            r.skipValue();
            out.add(t == JsonReader.Token.STRING && name.equals("document") ? r.string().getBytes(StandardCharsets.UTF_8)
                : java.util.Arrays.copyOfRange(b, start, r.position()));
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyVectorIsJudgedAsJacksonJudgesIt() throws Exception {
    List<byte[]> requests = vectorRequests();
    assertThat(requests).hasSizeGreaterThan(300);
    int refused = 0;
    for (byte[] b : requests) {
      ReaderAgreement.Verdict v = ReaderAgreement.check(b);
      refused += v != null && !v.accepted ? 1 : 0;
    }
    assertThat(refused).as("vectors that are not JSON").isPositive();
  }

  @Test
  void everyCommittedFuzzInputIsJudgedAsJacksonJudgesIt() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(Paths.get("src/test/resources/io/github/wxshare/core"))) {
      inputs = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    assertThat(inputs).hasSizeGreaterThan(100);
    for (Path input : inputs) {
      ReaderAgreement.check(Files.readAllBytes(input));
    }
  }

  @Test
  void seededEditsOfTheVectorsAreJudgedAsJacksonJudgesThem() throws Exception {
    List<byte[]> requests = vectorRequests();
    byte[] alphabet = "{}[]\",:\\ \n0-.eE+atfnu/'#\u0001x".getBytes(StandardCharsets.UTF_8);
    Random random = new Random(30);
    int compared = 0;
    for (int k = 0; k < 20_000; k++) {
      byte[] b = requests.get(random.nextInt(requests.size()));
      if (b.length == 0) {
        continue;
      }
      int at = random.nextInt(b.length);
      byte[] edited;
      switch (random.nextInt(3)) {
        case 0: // delete a byte
          edited = new byte[b.length - 1];
          System.arraycopy(b, 0, edited, 0, at);
          System.arraycopy(b, at + 1, edited, at, b.length - at - 1);
          break;
        case 1: // replace one
          edited = b.clone();
          edited[at] = alphabet[random.nextInt(alphabet.length)];
          break;
        default: // cut the document short
          edited = java.util.Arrays.copyOf(b, at);
      }
      compared += ReaderAgreement.check(edited) != null ? 1 : 0;
    }
    assertThat(compared).isGreaterThan(15_000);
  }
}
