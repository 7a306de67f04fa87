package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Key hints against a plain reference: the optimal-string-alignment distance as a full matrix. */
class KeyHintsTest {
  private static final String[] KEYS = {"userName", "path", "title", "description", "imagePath", "webpageUrl",
      "withShareTicket", "miniprogramType", "scene"};

  static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static String referenceNormalize(String key) {
    StringBuilder b = new StringBuilder();
    for (char c : key.toCharArray()) {
      if ("_-. ".indexOf(c) < 0) {
        b.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
      }
    }
    return b.toString();
  }

  static String referenceSuggest(String key) {
    String n = referenceNormalize(key);
    for (String k : KEYS) {
      if (referenceNormalize(k).equals(n)) {
        return k;
      }
    }
    if (n.length() < 4 || n.length() > 64) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String k : KEYS) {
      int d = osa(n, referenceNormalize(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** A known key with up to three edits: case flips, separators, swaps, insertions, deletions. */
  static String mangle(Random r, String key) {
    StringBuilder s = new StringBuilder(key);
    for (int edits = r.nextInt(4); edits > 0 && s.length() > 1; edits--) {
      int i = r.nextInt(s.length());
      switch (r.nextInt(6)) {
        case 0: s.setCharAt(i, Character.toUpperCase(s.charAt(i))); break;
        case 1: s.insert(i, "_-. ".charAt(r.nextInt(4))); break;
        case 2: if (i + 1 < s.length()) { char c = s.charAt(i); s.setCharAt(i, s.charAt(i + 1)); s.setCharAt(i + 1, c); } break;
        case 3: s.insert(i, (char) ('a' + r.nextInt(26))); break;
        case 4: s.deleteCharAt(i); break;
        default: s.setCharAt(i, (char) ('a' + r.nextInt(26)));
      }
    }
    return s.toString();
  }

  @Test
  void distanceIsTheOptimalStringAlignmentDistanceCappedAtTheLimit() {
    Random r = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      String a = randomWord(r);
      String b = r.nextBoolean() ? randomWord(r) : mangle(r, a);
      int limit = 1 + r.nextInt(5);
      assertThat(KeyHints.distance(a, b, limit)).as("%s %s %d", a, b, limit).isEqualTo(Math.min(osa(a, b), limit));
    }
    assertThat(KeyHints.distance("ab", "ba", 3)).isEqualTo(1);
    assertThat(KeyHints.distance("abc", "", 3)).isEqualTo(3);
    assertThat(KeyHints.distance("abcd", "a", 9)).isEqualTo(3);
  }

  @Test
  void suggestionsAreTheNearestKeyWithinTwoEdits() {
    Random r = new Random(8);
    for (int n = 0; n < 100_000; n++) {
      String key = r.nextInt(8) == 0 ? randomWord(r) : mangle(r, KEYS[r.nextInt(KEYS.length)]);
      assertThat(KeyHints.normalize(key)).isEqualTo(referenceNormalize(key));
      assertThat(KeyHints.suggest(key, KEYS)).as(key).isEqualTo(referenceSuggest(key));
    }
    assertThat(KeyHints.suggest("WebpageUrl", KEYS)).isEqualTo("webpageUrl");
    assertThat(KeyHints.suggest("image_path", KEYS)).isEqualTo("imagePath");
    assertThat(KeyHints.suggest("pth", KEYS)).as("too short to guess").isNull();
    assertThat(KeyHints.suggest("x".repeat(65), KEYS)).isNull();
    assertThat(KeyHints.suggest("titel", KEYS)).isEqualTo("title");
  }

  private static String randomWord(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(9); i > 0; i--) {
      s.append("abcAB_-. ".charAt(r.nextInt(9)));
    }
    return s.toString();
  }
}
