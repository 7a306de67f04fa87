package io.github.wxshare.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The worst shapes a document can take for a reader, each made at any size: repeated keys (at the
 * top level and in {@code extraInfo}), unknown keys with a "did you mean", keys that need unescaping,
 * many violations on many lines, deep values beside each other, long strings and long keys. One
 * table for every path that reads documents (the codec here, {@code wxshare check} in the CLI's
 * tests): each must cost time linear in the size, so doubling a shape at most doubles its time.
 */
public final class WorstShapes {
  /** A shape, by name, at {@code n} units (a key, an entry, a line, a character). */
  public static final class Shape {
    public final String name;
    /** How many units make a document of about half a megabyte. */
    public final int units;
    private final IntFunction<String> members;

    Shape(String name, int units, IntFunction<String> members) {
      this.name = name;
      this.units = units;
      this.members = members;
    }

    /** The document with {@code n} units, beside the required fields of a valid request. */
    public byte[] document(int n) {
      return ("{" + members.apply(n) + "," + BASE + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String BASE = "\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"";

  private WorstShapes() {}

  private static String keys(int n, String format) {
    StringBuilder b = new StringBuilder(n * 24);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(String.format(format, i, i));
    }
    return b.toString();
  }

  /** Every shape. */
  public static List<Shape> all() {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape("keys given twice", 30_000, n -> keys(n, "\"k%07d\":1,\"k%07d\":1")));
    shapes.add(new Shape("distinct unknown keys", 40_000, n -> keys(n, "\"k%07d\":1\n")));
    shapes.add(new Shape("extraInfo keys given twice", 40_000,
        n -> "\"extraInfo\":{" + keys(n, "\"k%07d\":\"v\",\"k%07d\":\"v\"") + "}"));
    shapes.add(new Shape("extraInfo entries", 40_000, n -> "\"extraInfo\":{" + keys(n, "\"k%07d\":\"v%d\"") + "}"));
    shapes.add(new Shape("unknown keys with a did-you-mean", 30_000, n -> keys(n, "\"webpageUr%06d\":%d")));
    shapes.add(new Shape("escaped keys", 30_000, n -> keys(n, "\"\\u006b%07d\":%d")));
    shapes.add(new Shape("deep values side by side", 250,
        n -> keys(n, "\"d%07d\":" + "[".repeat(900) + "%d" + "]".repeat(900))));
    shapes.add(new Shape("a long title", 500_000, n -> "\"title\":\"" + "\u9650".repeat(n) + "\""));
    shapes.add(new Shape("a long unknown key", 500_000, n -> "\"" + "k".repeat(n) + "\":1"));
    shapes.add(new Shape("many type errors on many lines", 40_000, n -> keys(n, "\n\"title\":%d").replace(",\n\"title\"",
        ",\n\"t\"") + ",\"extraInfo\":{\"a\":1}"));
    return shapes;
  }

  /**
   * How much longer {@code large} takes than {@code small}: the shortest of seven timings of each
   * (the least disturbed), taken in turn after two of each to warm up, so that both sides see the
   * same machine, in this thread's CPU time (the collector's threads and the other processes of a
   * busy CI machine left out). A ratio over {@code bar} is measured again, up to three rounds, and
   * the lowest is given: a cost that grows faster than the size is over the bar every time, a
   * disturbed round is not.
   */
  public static double ratio(Runnable small, Runnable large, double bar) {
    double lowest = Double.MAX_VALUE;
    for (int round = 0; round < 3 && lowest >= bar; round++) {
      lowest = Math.min(lowest, round(small, large));
    }
    return lowest;
  }

  private static double round(Runnable small, Runnable large) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] s = new long[7];
    long[] l = new long[7];
    for (int i = -2; i < 7; i++) {
      long t0 = threads.getCurrentThreadCpuTime();
      small.run();
      long t1 = threads.getCurrentThreadCpuTime();
      large.run();
      long t2 = threads.getCurrentThreadCpuTime();
      if (i >= 0) {
        s[i] = t1 - t0;
        l[i] = t2 - t1;
      }
    }
    Arrays.sort(s);
    Arrays.sort(l);
    return (double) l[0] / s[0];
  }
}
