package io.github.wxshare.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" for unknown JSON keys. First the mistakes the reference documents themselves make
 * ({@code WebpageUrl}, {@code MiniprogramType}, {@code miniProgramType}, {@code image_path}): the same
 * key ignoring case and separators. Then small typos: at most two edits.
 */
public final class KeyHints {
  private KeyHints() {}

  /** The known key that {@code key} most likely means, or null. */
  public static @Nullable String suggest(String key, String[] known) {
    String normalized = normalize(key);
    for (String k : known) {
      if (normalize(k).equals(normalized)) {
        return k;
      }
    }
    if (normalized.length() < 4 || normalized.length() > 64) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(normalized, normalize(k), bestDistance);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  static String normalize(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') {
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
    }
    return b.toString();
  }

  /** Optimal string alignment distance (adjacent transpositions count once), or {@code limit} when it is at least that. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit);
  }
}
