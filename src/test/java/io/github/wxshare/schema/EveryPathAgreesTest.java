package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxshare.android.WxShareWebBridge;
import io.github.wxshare.cli.Main;
import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.Engine.Answer;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-module suite: every conformance vector and every shipped example through every path a
 * user has, in one table. The paths: the codec and the rules ({@code core}), the public builder,
 * Hibernate Validator on the same annotations, networknt and Ajv with the published schema, {@code
 * wxshare check --format json}, and the WebView bridge's {@code WxShareWebBridge.call}. A vector is
 * judged against what it expects (each path on what it can decide, as in json-schema's
 * four-engine test); an example against the codec's answer. Any one path that disagrees fails the
 * build, naming the document and every path's answer.
 */
class EveryPathAgreesTest {
  private static final Path ROOT = Path.of(System.getProperty("wxshare.root", "../..")).toAbsolutePath().normalize();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static HibernateValidatorEngine hibernateValidator;
  private static List<Engine> engines;

  @BeforeAll
  static void engines() {
    hibernateValidator = new HibernateValidatorEngine();
    engines = List.of(new CoreEngine(), new BuilderEngine(), hibernateValidator, new NetworkntEngine(),
        new AjvWithExamples(), new CliEngine(), new BridgeEngine());
  }

  @AfterAll
  static void close() {
    hibernateValidator.close();
  }

  @Test
  void everyVectorAndExampleAgreesOnEveryPath() throws IOException {
    List<Vector> documents = new ArrayList<>(Vectors.all());
    List<Vector> examples = examples();
    documents.addAll(examples);
    Map<String, int[]> counts = new LinkedHashMap<>(); // judged, agreed, outside
    engines.forEach(e -> counts.put(e.name(), new int[3]));
    List<String> failures = new ArrayList<>();
    CoreEngine core = new CoreEngine();
    for (Vector v : documents) {
      boolean example = examples.contains(v);
      Answer reference = core.judge(v);
      List<String> problems = new ArrayList<>();
      for (Engine engine : engines) {
        int[] c = counts.get(engine.name());
        if (engine.outside(v) != null) {
          c[2]++;
          continue;
        }
        c[0]++;
        Set<Expected> expected = example ? expectsOfExample(engine, v, reference) : engine.expects(v);
        String problem = FourEnginesAgreeTest.disagreement(v, expected, engine.judge(v));
        if (problem == null) {
          c[1]++;
        } else {
          problems.add(engine.name() + ": " + problem);
        }
      }
      if (!problems.isEmpty()) {
        failures.add(v.id() + "\n    " + String.join("\n    ", problems));
      }
    }
    StringBuilder table = new StringBuilder(String.format("%nwxshare, every path: %d vectors and %d examples%n",
        documents.size() - examples.size(), examples.size()));
    table.append(String.format("  %-20s %7s %7s %8s%n", "path", "judged", "agree", "outside"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      table.append(String.format("  %-20s %7d %7d %8d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
    }
    System.out.print(table);
    assertThat(failures).as("documents on which a path disagrees").isEmpty();
    assertThat(counts.get("cli")[0]).isEqualTo(documents.size());
    assertThat(counts.get("bridge")[0]).isEqualTo(documents.size());
  }

  /** For an example, what the path must say: the codec's answer, on the part this path decides. */
  private static Set<Expected> expectsOfExample(Engine engine, Vector v, Answer reference) {
    Vector asVector = new Vector(v.file(), v.group(), v.description(), v.data(), v.document(), reference.valid(),
        reference.violations(), v.limits(), v.requires());
    return engine.expects(asVector);
  }

  /** The shipped examples, as vectors whose expectations the codec's answer supplies. */
  private static List<Vector> examples() throws IOException {
    List<Vector> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.add(new Vector("examples/" + file.getFileName(), "example", "as shipped", null, text, true,
            Collections.emptySet(), Map.of(), List.of()));
      }
    }
    assertThat(out).as("examples/*.json").isNotEmpty();
    return out;
  }

  /**
   * Ajv with the published schema: json-schema's engine for the vectors, and the same runner
   * ({@code run-vectors.mjs}) over the examples written as one vector file of their own.
   */
  static final class AjvWithExamples implements Engine {
    private final AjvEngine vectors = new AjvEngine();
    private Map<String, JsonNode> examples;

    @Override
    public String name() {
      return "ajv";
    }

    @Override
    public String outside(Vector v) {
      return v.file().startsWith("examples/") ? null : vectors.outside(v);
    }

    @Override
    public Answer judge(Vector v) {
      if (!v.file().startsWith("examples/")) {
        return vectors.judge(v);
      }
      JsonNode a = examples().get(v.file());
      Set<String> pointers = new TreeSet<>();
      a.get("pointers").forEach(p -> pointers.add(p.textValue()));
      return new Answer(a.get("valid").booleanValue(), pointers, null, a.get("validWithoutExtension").booleanValue(), null);
    }

    private synchronized Map<String, JsonNode> examples() {
      if (examples == null) {
        try {
          Path dir = Files.createTempDirectory("wxshare-suite-ajv");
          com.fasterxml.jackson.databind.node.ArrayNode tests = MAPPER.createArrayNode();
          for (Vector example : EveryPathAgreesTest.examples()) {
            tests.addObject().put("description", example.file()).put("document", example.text()).put("valid", true);
          }
          com.fasterxml.jackson.databind.node.ArrayNode file = MAPPER.createArrayNode();
          file.addObject().put("description", "the shipped examples").set("tests", tests);
          Files.writeString(dir.resolve("examples.json"), file.toString());
          examples = new LinkedHashMap<>();
          for (JsonNode a : AjvEngine.run(AjvEngine.SCRIPT_DIRECTORY.resolve("run-vectors.mjs"), Vectors.SCHEMA.toString(),
              dir.toString(), "{}")) {
            examples.put(a.get("test").textValue(), a);
          }
          Files.delete(dir.resolve("examples.json"));
          Files.delete(dir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return examples;
    }
  }

  /** The public builder, given the document's values where their JSON types are the Java ones. */
  static final class BuilderEngine implements Engine {
    @Override
    public String name() {
      return "builder";
    }

    @Override
    public String outside(Vector v) {
      JsonNode tree;
      try {
        tree = v.parse();
      } catch (IOException | RuntimeException e) {
        return "not a JSON document the builder could be given";
      }
      if (!tree.isObject() || v.text().length() > 65536) {
        return "not one object within the codec's bound";
      }
      for (Expected e : v.violations()) {
        if (e.code().startsWith("json.") || e.code().endsWith(".type")) {
          return e.code() + " belongs to reading JSON";
        }
      }
      for (Map.Entry<String, JsonNode> f : tree.properties()) {
        JsonNode value = f.getValue();
        switch (f.getKey()) {
          case "withShareTicket":
            if (!value.isBoolean() && !value.isNull()) {
              return "withShareTicket is not a JSON boolean";
            }
            break;
          case "miniprogramType":
          case "scene":
            if (!value.isNull() && !(value.canConvertToExactIntegral() && value.canConvertToInt()
                && (f.getKey().equals("scene") ? value.asInt() == 0 : value.asInt() >= 0 && value.asInt() <= 2))) {
              return f.getKey() + " is not a value of its Java enum";
            }
            break;
          default:
            if (!value.isTextual() && !value.isNull()) {
              return f.getKey() + " is not a JSON string";
            }
        }
      }
      return null;
    }

    @Override
    public Set<Expected> expects(Vector v) {
      return v.violations();
    }

    @Override
    public Answer judge(Vector v) {
      ObjectNode tree;
      try {
        tree = (ObjectNode) v.parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ShareMiniProgramRequest.Builder b = ShareMiniProgramRequest.builder();
      String text;
      if ((text = string(tree, "userName")) != null) b.userName(text);
      if ((text = string(tree, "path")) != null) b.path(text);
      b.title(string(tree, "title"));
      b.description(string(tree, "description"));
      if ((text = string(tree, "imagePath")) != null) b.imagePath(text);
      if ((text = string(tree, "webpageUrl")) != null) b.webpageUrl(text);
      b.thumbDataHash(string(tree, "thumbDataHash"));
      b.msgSignature(string(tree, "msgSignature"));
      if (tree.hasNonNull("withShareTicket")) b.withShareTicket(tree.get("withShareTicket").asBoolean());
      if (tree.hasNonNull("miniprogramType")) b.miniprogramType(MiniProgramType.values()[tree.get("miniprogramType").asInt()]);
      if (tree.hasNonNull("scene")) b.scene(ShareScene.SESSION);
      Set<Expected> violations = new LinkedHashSet<>();
      Set<String> pointers = new TreeSet<>();
      try {
        b.build();
      } catch (InvalidShareRequestException e) {
        for (Violation violation : e.violations()) {
          violations.add(new Expected(violation.pointer(), violation.code()));
          pointers.add(violation.pointer());
        }
      }
      return new Answer(violations.isEmpty(), pointers, violations, null, null);
    }

    private static String string(ObjectNode tree, String key) {
      JsonNode value = tree.get(key);
      return value == null || value.isNull() ? null : value.textValue();
    }
  }

  /** {@code wxshare check --format json -}, in process, the document on standard input. */
  static final class CliEngine implements Engine {
    @Override
    public String name() {
      return "cli";
    }

    @Override
    public String outside(Vector v) {
      return null;
    }

    @Override
    public Answer judge(Vector v) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {"check", "--format", "json", "-"}, new ByteArrayInputStream(bytes(v)),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        JsonNode line = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        Answer answer = answer(line.get("violations"));
        boolean exitAgrees = code == (answer.valid() ? 0 : 1);
        return exitAgrees ? answer : new Answer(!answer.valid(), answer.pointers(), answer.violations(), null,
            "exit code " + code + " " + err.toString(StandardCharsets.UTF_8).trim());
      } catch (IOException e) {
        throw new UncheckedIOException("check printed " + out + err, e);
      }
    }
  }

  /** {@code WxShareWebBridge.call} from an allowed origin, over a transport that answers SENT. */
  static final class BridgeEngine implements Engine {
    private static final String ORIGIN = "https://m.example.com";
    private final WxShareWebBridge bridge = WxShareWebBridge.builder(request ->
        CompletableFuture.completedFuture(ShareResult.fromResponse(0, null, "tx-suite"))).allowOrigin(ORIGIN)
        .onFailure((origin, error) -> { }).build();

    @Override
    public String name() {
      return "bridge";
    }

    @Override
    public String outside(Vector v) {
      return null;
    }

    @Override
    public Answer judge(Vector v) {
      ObjectNode call = MAPPER.createObjectNode().put("wxshare", 1).put("id", 1).put("api", "Wechat.shareMiniProgram")
          .put("lang", "en").put("request", v.text());
      try {
        JsonNode reply = MAPPER.readTree(bridge.call(ORIGIN, call.toString()).toCompletableFuture().get(10, TimeUnit.SECONDS));
        String status = reply.get("status").asText();
        if (status.equals("INVALID")) {
          return answer(reply.get("violations"));
        }
        // A code-package path the bridge passes on: the page path rule is not the contract's.
        boolean sent = status.equals("SENT") || status.equals("IMAGE_FAILED");
        return new Answer(sent, Set.of(), Set.of(), null, sent ? null : "status " + status);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  /**
   * The document as the bytes of a file. A lone surrogate (several vectors hold one) has no UTF-8
   * form, so it is written as its JSON escape; it only ever stands inside a string.
   */
  static byte[] bytes(Vector v) {
    String text = v.text();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Answer answer(JsonNode violationArray) {
    Set<Expected> violations = new LinkedHashSet<>();
    Set<String> pointers = new TreeSet<>();
    for (JsonNode violation : violationArray) {
      violations.add(new Expected(violation.get("pointer").asText(), violation.get("code").asText()));
      pointers.add(violation.get("pointer").asText());
    }
    return new Answer(violations.isEmpty(), pointers, violations, null, null);
  }
}
