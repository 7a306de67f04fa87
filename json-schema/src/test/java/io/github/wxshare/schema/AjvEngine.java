package io.github.wxshare.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wxshare.schema.Vectors.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Engine 4: Ajv 8 (draft 2020-12, with ajv-formats) run by the system {@code node} on
 * {@code src/test/js/run-vectors.mjs}, which reads the vector files itself, as a JavaScript binding
 * would: {@code data} is validated as {@code JSON.parse} gave it, {@code document} text is parsed
 * with {@code JSON.parse}. The packages come from the committed {@code package-lock.json}, installed
 * by the build ({@code npm ci} in {@code generate-test-resources}).
 */
final class AjvEngine implements Engine {
  static final Path SCRIPT_DIRECTORY = Vectors.MODULE.resolve("src/test/js");

  private final Path schema;
  private final String options;
  private Map<String, JsonNode> answers;

  AjvEngine() {
    this(Vectors.SCHEMA, "{}");
  }

  /**
   * With another schema file or other Ajv options (JSON, merged into the runner's): how the tests
   * show that the vectors catch a wrong schema or a wrong setting.
   */
  AjvEngine(Path schema, String options) {
    this.schema = schema;
    this.options = options;
  }

  @Override
  public String name() {
    return "ajv";
  }

  @Override
  public String outside(Vector vector) {
    String schema = vector.limits().get("schema");
    return schema != null ? schema : vector.limits().get("doubles");
  }

  @Override
  public Answer judge(Vector vector) {
    JsonNode a = answers().get(key(vector.file(), vector.group(), vector.description()));
    if (a == null) {
      throw new AssertionError("Ajv's runner gave no answer for " + vector.id());
    }
    Set<String> pointers = new TreeSet<>();
    a.get("pointers").forEach(p -> pointers.add(p.textValue()));
    String note = a.has("parseError") ? "JSON.parse: " + a.get("parseError").textValue() : null;
    return new Answer(a.get("valid").booleanValue(), pointers, null, a.get("validWithoutExtension").booleanValue(), note);
  }

  private static String key(String file, String group, String test) {
    return file + "\u0000" + group + "\u0000" + test;
  }

  private synchronized Map<String, JsonNode> answers() {
    if (answers == null) {
      answers = new HashMap<>();
      for (JsonNode a : run(SCRIPT_DIRECTORY.resolve("run-vectors.mjs"), schema.toString(), Vectors.DIRECTORY.toString(), options)) {
        answers.put(key(a.get("file").textValue(), a.get("group").textValue(), a.get("test").textValue()), a);
      }
    }
    return answers;
  }

  /** Runs a script with the system node and reads its standard output as JSON lines. */
  static List<JsonNode> run(Path script, String... arguments) {
    if (!Files.isDirectory(SCRIPT_DIRECTORY.resolve("node_modules/ajv"))) {
      throw new AssertionError(SCRIPT_DIRECTORY.resolve("node_modules") + " has no Ajv: the build installs it with "
          + "'npm ci' in generate-test-resources; run the tests through Maven (./mvnw -B verify)");
    }
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(List.of(arguments));
    try {
      Path out = Files.createTempFile("wxshare-ajv", ".jsonl");
      Path err = Files.createTempFile("wxshare-ajv", ".err");
      try {
        Process p = new ProcessBuilder(command).directory(SCRIPT_DIRECTORY.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("node " + script.getFileName() + " did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
          throw new AssertionError("node " + script.getFileName() + " exited with " + p.exitValue() + ":\n"
              + Files.readString(err, StandardCharsets.UTF_8));
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            lines.add(Vectors.JSON.readTree(line));
          }
        }
        return lines;
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run node (Node.js 18 or later must be on the PATH): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running node", e);
    }
  }
}
