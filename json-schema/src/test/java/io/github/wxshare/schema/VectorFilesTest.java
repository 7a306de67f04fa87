package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vector files themselves: well-formed, well-named, and covering every error code of the contract. */
class VectorFilesTest {
  private static final Schema META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(read(Vectors.DIRECTORY.resolve("vectors.schema.json")));

  static Stream<String> files() {
    return ShareRequestSchema.VECTOR_FILES.stream();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }

  @ParameterizedTest(name = "{0}.json")
  @MethodSource("files")
  void eachFileMatchesTheVectorMetaSchema(String file) {
    List<Error> errors = META.validate(Vectors.tree(Vectors.file(file)));
    assertThat(errors).as(file + ".json against vectors.schema.json").isEmpty();
  }

  @ParameterizedTest(name = "{0}.json")
  @MethodSource("files")
  void descriptionsAreUniqueShortAndSayWhatIs(String file) {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode group : Vectors.tree(Vectors.file(file))) {
      List<String> descriptions = new ArrayList<>();
      descriptions.add(group.get("description").textValue());
      group.get("tests").forEach(t -> descriptions.add(t.get("description").textValue()));
      for (String d : descriptions) {
        if (!seen.add(d)) {
          problems.add("given twice: " + d);
        }
        if (d.length() >= 70) {
          problems.add("70 characters or more: " + d);
        }
        if (d.toLowerCase(java.util.Locale.ROOT).contains("should")) {
          problems.add("says \"should\": " + d);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theFolderHoldsTheListedFilesAndNothingARunnerWouldMiss() throws IOException {
    try (Stream<Path> list = Files.list(Vectors.DIRECTORY)) {
      Set<String> names = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      Set<String> expected = new TreeSet<>(List.of("README.md", "vectors.schema.json"));
      ShareRequestSchema.VECTOR_FILES.forEach(f -> expected.add(f + ".json"));
      assertThat(names).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}.json")
  @MethodSource("files")
  void theJarPublishesTheRepositoryFiles(String file) {
    assertThat(ShareRequestSchema.vectors(file)).isEqualTo(read(Vectors.file(file)));
  }

  @Test
  void everyErrorCodeOfTheContractHasAVectorAndNoVectorUsesAnotherCode() {
    String readme = read(Vectors.MODULE.resolve("../docs/contract.md"));
    String catalogue = readme.substring(readme.indexOf("<!-- error-codes:start -->"), readme.indexOf("<!-- error-codes:end -->"));
    Set<String> codes = new TreeSet<>();
    Matcher m = Pattern.compile("`([a-z][A-Za-z]*\\.[a-z][A-Za-z]*)`").matcher(catalogue);
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).as("the catalogue in docs/contract.md").hasSize(50);
    Set<String> used = new TreeSet<>();
    Vectors.all().forEach(v -> v.violations().forEach(e -> used.add(e.code())));
    assertThat(used).isEqualTo(codes);
  }

  @Test
  void everyFieldHasValidAndInvalidVectorsAndBothReferenceExamplesAreThere() {
    for (String field : ShareRequestSchema.VECTOR_FILES.subList(1, ShareRequestSchema.VECTOR_FILES.size())) {
      List<Vector> own = Vectors.all().stream().filter(v -> v.file().equals(field)).collect(Collectors.toList());
      assertThat(own).as(field).anyMatch(Vector::valid).anyMatch(v -> !v.valid());
      assertThat(own).as(field + ": invalid vectors point at the field")
          .filteredOn(v -> !v.valid()).allMatch(v -> v.pointers().stream()
              .anyMatch(p -> p.equals("/" + field) || p.startsWith("/" + field + "/")));
    }
    assertThat(Vectors.all()).extracting(Vector::description)
        .contains("Donut's example: mis-cased keys, a label for userName", "Cordova's example");
  }

  @Test
  void theReferenceExamplesAreTheDocumentsInExamples() throws IOException {
    JsonNode donut = Vectors.JSON.readTree(read(Vectors.MODULE.resolve("../examples/donut-shareMiniProgramMessage.json")));
    JsonNode cordova = Vectors.JSON.readTree(read(Vectors.MODULE.resolve("../examples/cordova-shareMiniProgram.json")));
    assertThat(Vectors.all()).filteredOn(v -> v.description().startsWith("Donut's example:")).singleElement()
        .extracting(Vector::data).isEqualTo(donut);
    assertThat(Vectors.all()).filteredOn(v -> v.description().equals("Cordova's example")).singleElement()
        .extracting(Vector::data).isEqualTo(cordova);
  }

  @Test
  void invalidVectorsNameEachFieldOnceAndRequiresMarksOnlyByteLengths() {
    for (Vector v : Vectors.all()) {
      Set<String> pointers = new HashSet<>();
      for (Expected e : v.violations()) {
        boolean first = pointers.add(e.pointer());
        // One violation per field; an unknown key given twice is the one key with two (unknown, duplicate).
        assertThat(first || e.code().equals("json.duplicateKey")).as(v.id() + ": " + e).isTrue();
      }
      if (!v.requires().isEmpty()) {
        assertThat(v.violations()).as(v.id()).extracting(Expected::code).allMatch(c -> c.endsWith(".length"));
      }
    }
  }

  @Test
  void theReadmesStateTheNumberOfVectors() {
    int n = Vectors.all().size();
    assertThat(read(Vectors.MODULE.resolve("../README.md")))
        .contains(n + " conformance vectors").doesNotContainPattern("\\b(?!" + n + "\\b)\\d{3} (conformance )?vectors");
    assertThat(read(Vectors.MODULE.resolve("../docs/decisions.md")))
        .contains("the " + n + " vectors").doesNotContainPattern("\\b(?!" + n + "\\b)\\d{3} (conformance )?vectors");
    assertThat(read(Vectors.MODULE.resolve("README.md"))).contains("| " + n + " tests in the JSON-Schema-Test-Suite shape");
    assertThat(read(Vectors.MODULE.resolve("../CHANGELOG.md"))).contains(n + " conformance vectors");
  }
}
