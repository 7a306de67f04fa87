package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.schema.Engine.Answer;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every conformance vector, four engines, one verdict: the core codec and rules, Hibernate Validator
 * on the same annotations, networknt and Ajv with the published schema. A disagreement fails the
 * build naming the vector, what it expects and every engine's answer; a vector an engine cannot
 * decide by design is listed with its reason. The counts are printed on every build.
 */
class FourEnginesAgreeTest {
  private static HibernateValidatorEngine hibernateValidator;
  private static List<Engine> engines;

  @BeforeAll
  static void engines() {
    hibernateValidator = new HibernateValidatorEngine();
    engines = List.of(new CoreEngine(), hibernateValidator, new NetworkntEngine(), new AjvEngine());
  }

  @AfterAll
  static void close() {
    hibernateValidator.close();
  }

  @Test
  void allFourEnginesAgreeOnEveryVector() {
    List<Vector> vectors = Vectors.all();
    Map<String, int[]> counts = new LinkedHashMap<>(); // judged, agreed, outside, partial
    List<String> outside = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    engines.forEach(e -> counts.put(e.name(), new int[4]));
    for (Vector v : vectors) {
      List<String> problems = new ArrayList<>();
      for (Engine engine : engines) {
        int[] c = counts.get(engine.name());
        String reason = engine.outside(v);
        if (reason != null) {
          c[2]++;
          outside.add(String.format("  %-20s %s%n  %-20s   %s", engine.name(), v.id(), "", reason));
          continue;
        }
        c[0]++;
        Answer answer = engine.judge(v);
        Set<Expected> expected = engine.expects(v);
        if (expected.size() != v.violations().size()) {
          c[3]++;
        }
        String problem = disagreement(v, expected, answer);
        if (problem == null) {
          c[1]++;
        } else {
          problems.add(engine.name() + ": " + problem);
        }
      }
      if (!problems.isEmpty()) {
        failures.add(report(v, problems));
      }
    }
    StringBuilder summary = new StringBuilder(String.format("%nwxshare conformance: %d vectors, %d engines%n", vectors.size(), engines.size()));
    int agreements = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      agreements += c[1];
      summary.append(String.format("  %-20s %3d judged, %3d agree%s%s%n", e.getKey(), c[0], c[1],
          c[3] == 0 ? "" : " (" + c[3] + " on the field rules only)",
          c[2] == 0 ? "" : "; " + c[2] + " outside by design"));
    }
    summary.append(String.format("  %d agreements, %d disagreements%n", agreements, failures.size()));
    String table = summary.toString();
    if (!outside.isEmpty()) {
      summary.append("Outside an engine by design (listed, not skipped):\n").append(String.join("\n", outside)).append('\n');
    }
    System.out.print(summary);
    assertThat(failures).as("vectors on which the engines disagree").isEmpty();
    String readme = read(Vectors.DIRECTORY.resolve("README.md"));
    String shown = readme.substring(readme.indexOf("<!-- conformance-summary:start -->\n```\n") + 39,
        readme.indexOf("```\n<!-- conformance-summary:end -->"));
    assertThat(shown).as("the counts in vectors/README.md").isEqualTo(table.strip() + "\n");
  }

  private static String read(java.nio.file.Path path) {
    try {
      return java.nio.file.Files.readString(path);
    } catch (java.io.IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }

  /** Why {@code answer} disagrees with the vector, or null when it agrees. */
  static String disagreement(Vector v, Set<Expected> expected, Answer answer) {
    boolean valid = expected.isEmpty();
    if (answer.valid() != valid) {
      return "says " + answer;
    }
    if (answer.violations() != null) {
      if (!answer.violations().equals(expected)) {
        return "says " + answer;
      }
    } else {
      Set<String> pointers = new TreeSet<>();
      expected.forEach(e -> pointers.add(e.pointer()));
      if (!answer.pointers().equals(pointers)) {
        return "points at " + answer.pointers() + ", not " + pointers;
      }
    }
    if (answer.validWithoutExtension() != null) {
      boolean needsExtension = answer.validWithoutExtension() != answer.valid();
      boolean marked = v.requires().contains(MaxUtf8BytesKeyword.NAME);
      if (needsExtension != marked) {
        return marked
            ? "decides the same without x-maxUtf8Bytes, but the vector says it requires it"
            : "decides otherwise without x-maxUtf8Bytes, but the vector does not say it requires it";
      }
    }
    return null;
  }

  private static String report(Vector v, List<String> problems) {
    StringBuilder b = new StringBuilder(v.id()).append('\n');
    b.append("    text: ").append(abbreviate(v.text())).append('\n');
    b.append("    expected: ").append(v.valid() ? "valid" : "invalid " + v.violations()).append('\n');
    for (Engine engine : engines) {
      String reason = engine.outside(v);
      b.append(String.format("    %-20s %s%n", engine.name(),
          reason != null ? "(outside by design: " + reason + ")" : engine.judge(v)));
    }
    problems.forEach(p -> b.append("    -> ").append(p).append('\n'));
    return b.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " characters)";
  }
}
