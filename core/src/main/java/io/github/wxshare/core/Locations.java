package io.github.wxshare.core;

import io.github.wxshare.core.internal.JsonStrings;
import io.github.wxshare.core.internal.Pointers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each violation of an invalid document is, read from the document's UTF-8 bytes a second
 * time (only invalid documents pay for it): the key of an unknown key, the repeat of a duplicated
 * key, the value of a field with a wrong value, the opening brace for a required field that is
 * missing, and line 1, column 1 for the document's own findings. A violation that knows its place
 * already ({@code json.syntax}) keeps it.
 *
 * <p>The parser has accepted the text when this runs, so a small scanner over the top-level object
 * suffices; it stays within the array whatever it is given. Lines and columns of all the offsets
 * are computed in one pass, so a document with thousands of findings costs one pass, not thousands.
 */
final class Locations {
  private final byte[] b;
  private final int start; // after a byte order mark, which the parser skips
  private int i;

  private Locations(byte[] bytes) {
    this.b = bytes;
    this.start = ShareRequestJson.startsWithBom(bytes) ? 3 : 0;
  }

  static List<Violation> locate(List<Violation> violations, byte[] bytes) {
    return new Locations(bytes).locate(violations);
  }

  private List<Violation> locate(List<Violation> violations) {
    Map<String, int[]> keys = new HashMap<>(); // pointer -> {key offset, value offset, repeat offset}
    int objectStart = -1;
    i = start;
    ws();
    if (i < b.length && b[i] == '{') {
      objectStart = i;
      members("", keys, true);
    }
    int[] offsets = new int[violations.size()];
    for (int k = 0; k < offsets.length; k++) {
      Violation v = violations.get(k);
      int[] at = keys.get(v.pointer());
      if (v.line() > 0 || v.pointer().isEmpty()) {
        offsets[k] = -1; // placed already, or the document itself: line 1, column 1
      } else if (at == null) {
        offsets[k] = Math.max(0, objectStart); // a required field the document lacks
      } else if (v.code().equals("json.duplicateKey")) {
        offsets[k] = at[2] >= 0 ? at[2] : at[0];
      } else if (v.code().equals("json.unknownProperty")) {
        offsets[k] = at[0];
      } else {
        offsets[k] = at[1];
      }
    }
    int[][] positions = positions(offsets);
    List<Violation> located = new ArrayList<>(violations.size());
    for (int k = 0; k < offsets.length; k++) {
      Violation v = violations.get(k);
      located.add(v.line() > 0 ? v : offsets[k] < 0 ? v.at(1, 1) : v.at(positions[k][0], positions[k][1]));
    }
    return located;
  }

  /**
   * The members of the object at {@code i}, each key's offsets under {@code prefix + "/" + key};
   * with {@code nested}, the members of an object value too, one level down ({@code
   * /extraInfo/<key>}). Leaves {@code i} after the object.
   */
  private void members(String prefix, Map<String, int[]> keys, boolean nested) {
    i++;
    while (true) {
      ws();
      if (i >= b.length || b[i] != '"') {
        break;
      }
      int key = i;
      String pointer = prefix + "/" + Pointers.escape(string());
      ws();
      if (i >= b.length || b[i] != ':') {
        break;
      }
      i++;
      ws();
      int value = i;
      if (nested && i < b.length && b[i] == '{') {
        members(pointer, keys, false);
      } else {
        skipValue();
      }
      int[] known = keys.get(pointer);
      if (known == null) {
        keys.put(pointer, new int[] {key, value, -1});
      } else if (known[2] < 0) {
        known[2] = key;
      }
      ws();
      if (i >= b.length || b[i] != ',') {
        break;
      }
      i++;
    }
    ws();
    if (i < b.length && b[i] == '}') {
      i++;
    }
  }

  /** {line, column} of each offset (-1: none), in one pass over the bytes; columns in code points. */
  private int[][] positions(int[] offsets) {
    int[] sorted = offsets.clone();
    Arrays.sort(sorted);
    Map<Integer, int[]> at = new HashMap<>();
    int line = 1;
    int column = 1;
    int pos = start;
    for (int target : sorted) {
      if (target < 0 || at.containsKey(target)) {
        continue;
      }
      for (; pos < target && pos < b.length; pos++) {
        byte c = b[pos];
        if (c == '\n' || (c == '\r' && (pos + 1 >= b.length || b[pos + 1] != '\n'))) {
          line++;
          column = 1;
        } else if ((c & 0xC0) != 0x80) {
          column++; // a character starts here (ASCII or a lead byte), not a continuation byte
        }
      }
      at.put(target, new int[] {line, column});
    }
    int[][] positions = new int[offsets.length][];
    for (int k = 0; k < offsets.length; k++) {
      positions[k] = offsets[k] < 0 ? null : at.get(offsets[k]);
    }
    return positions;
  }

  private void ws() {
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
  }

  /** The string at {@code i} (a quote), decoded as the parser read it; {@code i} ends after its closing quote. */
  private String string() {
    int open = i;
    i = JsonStrings.end(b, open);
    return JsonStrings.decode(b, open);
  }

  /** Skips the value at {@code i}: a string, an object or array (nested), or a scalar. */
  private void skipValue() {
    if (i >= b.length) {
      return;
    }
    if (b[i] == '"') {
      string();
      return;
    }
    if (b[i] == '{' || b[i] == '[') {
      int depth = 0;
      while (i < b.length) {
        byte c = b[i];
        if (c == '"') {
          string();
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < b.length && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\t' && b[i] != '\n'
        && b[i] != '\r') {
      i++;
    }
  }
}
