package io.github.wxshare.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The conformance vectors, read from the module's {@code vectors/} folder as another binding reads them. */
final class Vectors {
  /** This module's directory: its own basedir, or, from the root's cross-module suite, the property it sets. */
  static final Path MODULE = Paths.get(System.getProperty("wxshare.jsonSchemaModule", System.getProperty("basedir", ".")))
      .toAbsolutePath().normalize();
  static final Path DIRECTORY = MODULE.resolve("vectors");
  static final Path SCHEMA = MODULE.resolve("share-mini-program-request.schema.json");

  /**
   * Numbers keep every digit (1.0 stays 1.0, 2.0000000000000001 is not 2): the vectors decide on
   * them. Duplicate keys cannot occur in {@code data}; they are in {@code document} text.
   */
  static final ObjectMapper JSON = JsonMapper.builder()
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static List<Vector> all;

  private Vectors() {}

  record Expected(String pointer, String code) {
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "\"\"" : pointer) + " " + code;
    }
  }

  /** One test of a vector file. Exactly one of {@code data} and {@code document} is set. */
  record Vector(String file, String group, String description, JsonNode data, String document, boolean valid,
      Set<Expected> violations, Map<String, String> limits, List<String> requires) {

    String id() {
      return file + ".json: " + group + ": " + description;
    }

    /** The request as text: the document, or the data written compactly (non-ASCII as is). */
    String text() {
      if (document != null) {
        return document;
      }
      try {
        return JSON.writeValueAsString(data);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The request as a JSON tree, read as a careful binding reads it: a byte order mark skipped, nothing after the value. */
    JsonNode parse() throws JsonProcessingException {
      String text = text();
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    Set<String> pointers() {
      Set<String> out = new TreeSet<>();
      violations.forEach(v -> out.add(v.pointer()));
      return out;
    }
  }

  static Path file(String name) {
    return DIRECTORY.resolve(name + ".json");
  }

  static synchronized List<Vector> all() {
    if (all == null) {
      List<Vector> out = new ArrayList<>();
      for (String file : ShareRequestSchema.VECTOR_FILES) {
        out.addAll(read(file));
      }
      all = Collections.unmodifiableList(out);
    }
    return all;
  }

  static JsonNode tree(Path path) {
    try {
      return JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  private static List<Vector> read(String file) {
    List<Vector> out = new ArrayList<>();
    for (JsonNode group : tree(file(file))) {
      for (JsonNode test : group.get("tests")) {
        Set<Expected> violations = new LinkedHashSet<>();
        for (JsonNode v : test.path("violations")) {
          violations.add(new Expected(v.get("pointer").textValue(), v.get("code").textValue()));
        }
        Map<String, String> limits = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : test.path("limits").properties()) {
          limits.put(e.getKey(), e.getValue().textValue());
        }
        List<String> requires = new ArrayList<>();
        test.path("requires").forEach(r -> requires.add(r.textValue()));
        out.add(new Vector(file, group.get("description").textValue(), test.get("description").textValue(),
            test.has("data") ? test.get("data") : null,
            test.has("document") ? test.get("document").textValue() : null,
            test.get("valid").booleanValue(), violations, limits, requires));
      }
    }
    return out;
  }
}
