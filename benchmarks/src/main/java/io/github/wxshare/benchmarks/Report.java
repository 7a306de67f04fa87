package io.github.wxshare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one JMH JSON result file ({@code -rf json}) of the Build, Read and Write benchmarks into the
 * table of {@code benchmarks/README.md}: {@code java -cp benchmarks.jar
 * io.github.wxshare.benchmarks.Report jmh.json}.
 *
 * <p>Every time is the median of all measured iterations of all forks of one benchmark (JMH's own
 * score is their mean); every ratio divides two medians from the same file, so from the same run.
 * Allocation is the median of {@code gc.alloc.rate.norm} when the run had {@code -prof gc}. The
 * targets of issue 7 are checked last, each line saying met or missed.
 */
public final class Report {
  /** A comparison: ours against another benchmark of the same class, a peer or the floor. */
  record Row(String operation, String ours, String other, String otherName, boolean floor) {}

  static final List<Row> ROWS = List.of(
      new Row("build(), valid", "BuildBenchmark.wxshareValid", "BuildBenchmark.hibernateValidatorValid",
          "Hibernate Validator, default (EL)", false),
      new Row("build(), valid", "BuildBenchmark.wxshareValid", "BuildBenchmark.hibernateValidatorNoElValid",
          "Hibernate Validator, no EL", false),
      new Row("build(), 5 violations", "BuildBenchmark.wxshareInvalid", "BuildBenchmark.hibernateValidatorInvalid",
          "Hibernate Validator, default (EL)", false),
      new Row("build(), 5 violations", "BuildBenchmark.wxshareInvalid", "BuildBenchmark.hibernateValidatorNoElInvalid",
          "Hibernate Validator, no EL", false),
      new Row("JSON bytes to request, valid", "ReadBenchmark.wxshareValid", "ReadBenchmark.networkntValid",
          "networknt, verdict only", false),
      new Row("JSON bytes to request, valid", "ReadBenchmark.wxshareValid", "ReadBenchmark.networkntThenBindValid",
          "networknt, then Jackson binds", false),
      new Row("JSON bytes to request, valid", "ReadBenchmark.wxshareValid", "ReadBenchmark.jacksonBindValid",
          "Jackson binding, no validation (floor)", true),
      new Row("JSON bytes to violations, 8 violations", "ReadBenchmark.wxshareInvalid", "ReadBenchmark.networkntInvalid",
          "networknt, verdict only", false),
      new Row("canonical JSON, written", "WriteBenchmark.wxshare", "WriteBenchmark.jacksonBind",
          "Jackson binding writes the bean (floor)", true));

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report JMH_RESULT.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Paths.get(args[0]).toFile());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(read(results), out);
  }

  /** The medians of one JMH result file, by benchmark ({@code Class.method}). */
  static Map<String, Medians> read(JsonNode results) {
    Map<String, Medians> out = new HashMap<>();
    for (JsonNode r : results) {
      String name = r.get("benchmark").asText();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode primary = r.get("primaryMetric");
      double time = median(primary.get("rawData"));
      double alloc = Double.NaN;
      JsonNode secondary = r.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> e : secondary.properties()) {
          if (e.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
            alloc = median(e.getValue().get("rawData"));
          }
        }
      }
      out.put(key, new Medians(time, primary.get("scoreUnit").asText(), alloc, r.get("forks").asInt(),
          primary.get("rawData").get(0).size()));
    }
    return out;
  }

  /** A benchmark's median time per operation, its unit, and its median bytes allocated per operation. */
  record Medians(double time, String unit, double bytes, int forks, int iterations) {}

  static double median(JsonNode rawData) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        values.add(v.asDouble());
      }
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static void print(Map<String, Medians> m, PrintStream out) {
    out.println("| operation | wxshare | compared with | its time | ratio | wxshare B/op | its B/op |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Row row : ROWS) {
      Medians ours = m.get(row.ours());
      Medians other = m.get(row.other());
      if (ours == null || other == null) {
        out.println("| " + row.operation() + " | " + (ours == null ? "not run" : time(ours)) + " | " + row.otherName()
            + " | " + (other == null ? "not run" : time(other)) + " | | | |");
        continue;
      }
      String ratio = row.floor()
          ? String.format(Locale.ROOT, "wxshare takes %.2fx the floor", ours.time() / other.time())
          : String.format(Locale.ROOT, "wxshare %.1fx faster", other.time() / ours.time());
      out.println("| " + row.operation() + " | " + time(ours) + " | " + row.otherName() + " | " + time(other) + " | "
          + ratio + " | " + bytes(ours) + " | " + bytes(other) + " |");
    }
    out.println();
    out.println("Targets (issue 7):");
    target(out, m, "build(), valid: at least 5x faster than Hibernate Validator (both configurations)", 5,
        "BuildBenchmark.wxshareValid", "BuildBenchmark.hibernateValidatorValid", "BuildBenchmark.hibernateValidatorNoElValid");
    target(out, m, "build(), 5 violations: at least 5x faster than Hibernate Validator (both configurations)", 5,
        "BuildBenchmark.wxshareInvalid", "BuildBenchmark.hibernateValidatorInvalid", "BuildBenchmark.hibernateValidatorNoElInvalid");
    target(out, m, "JSON bytes to request: faster than networknt on the same bytes", 1,
        "ReadBenchmark.wxshareValid", "ReadBenchmark.networkntValid");
    Medians ours = m.get("ReadBenchmark.wxshareValid");
    Medians floor = m.get("ReadBenchmark.jacksonBindValid");
    if (ours != null && floor != null) {
      double r = ours.time() / floor.time();
      out.println(String.format(Locale.ROOT, "- JSON bytes to request: within 1.5x of plain Jackson binding: %.2fx, %s",
          r, r <= 1.5 ? "met" : "MISSED"));
    }
    out.println();
    Medians any = m.values().iterator().next();
    out.println("Each time is the median of " + any.forks() + " forks x " + any.iterations()
        + " iterations; ratios divide medians from this one run.");
  }

  /** "met" when ours is at least {@code factor} times faster than every one of {@code peers}. */
  private static void target(PrintStream out, Map<String, Medians> m, String what, double factor, String oursName, String... peers) {
    Medians ours = m.get(oursName);
    if (ours == null) {
      out.println("- " + what + ": not run");
      return;
    }
    double worst = Double.POSITIVE_INFINITY;
    for (String p : peers) {
      Medians peer = m.get(p);
      if (peer == null) {
        out.println("- " + what + ": " + p + " not run");
        return;
      }
      worst = Math.min(worst, peer.time() / ours.time());
    }
    out.println(String.format(Locale.ROOT, "- %s: %.1fx, %s", what, worst, worst >= factor ? "met" : "MISSED"));
  }

  static String time(Medians m) {
    double ns = m.unit().equals("ns/op") ? m.time() : Double.NaN;
    if (Double.isNaN(ns)) {
      return String.format(Locale.ROOT, "%.3f %s", m.time(), m.unit());
    }
    return ns >= 10_000 ? String.format(Locale.ROOT, "%.1f µs", ns / 1000) : String.format(Locale.ROOT, "%.0f ns", ns);
  }

  static String bytes(Medians m) {
    return Double.isNaN(m.bytes()) ? "n/a" : String.format(Locale.ROOT, "%,.0f", m.bytes());
  }
}
