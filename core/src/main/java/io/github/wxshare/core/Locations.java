package io.github.wxshare.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wxshare.core.internal.JsonOutput;
import io.github.wxshare.core.internal.Pointers;
import io.github.wxshare.core.internal.TextPositions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each violation of an invalid document is, read from the document's text a second time
 * (only invalid documents pay for it): the key of an unknown key, the repeat of a duplicated key,
 * the value of a field with a wrong value, the opening brace for a required field that is missing,
 * and line 1, column 1 for the document's own findings. A violation that knows its place already
 * ({@code json.syntax}) keeps it.
 */
final class Locations {
  private Locations() {}

  static List<Violation> locate(List<Violation> violations, String text) {
    Map<String, int[]> keys = new HashMap<>(); // pointer -> {key offset, value offset, repeat offset}
    int objectStart = 0;
    try (JsonParser p = JsonOutput.FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        objectStart = (int) p.currentTokenLocation().getCharOffset();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          int key = (int) p.currentTokenLocation().getCharOffset();
          String pointer = "/" + Pointers.escape(p.currentName());
          p.nextToken();
          int value = (int) p.currentTokenLocation().getCharOffset();
          int[] known = keys.get(pointer);
          if (known == null) {
            keys.put(pointer, new int[] {key, value, -1});
          } else if (known[2] < 0) {
            known[2] = key;
          }
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The violations of a document the parser refused carry their place already.
    }
    List<Violation> located = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      if (v.line() > 0) {
        located.add(v);
        continue;
      }
      int[] at = keys.get(v.pointer());
      int offset;
      if (v.pointer().isEmpty()) {
        offset = 0;
      } else if (at == null) {
        offset = objectStart; // a required field the document lacks
      } else if (v.code().equals("json.duplicateKey")) {
        offset = at[2] >= 0 ? at[2] : at[0];
      } else if (v.code().equals("json.unknownProperty")) {
        offset = at[0];
      } else {
        offset = at[1];
      }
      int[] position = v.pointer().isEmpty() ? new int[] {1, 1} : TextPositions.of(text, offset);
      located.add(v.at(position[0], position[1]));
    }
    return located;
  }
}
