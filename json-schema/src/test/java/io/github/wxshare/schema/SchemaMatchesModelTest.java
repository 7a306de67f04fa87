package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import io.github.wxshare.core.constraints.LocalImagePath;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.Utf8Length;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden-file check: the published schema, written by hand, says what the model says. Each
 * fact is read from the model (its JSON writer, its annotations and their limits, its enums, the
 * error catalogue), so a change to one without the other fails here; the vectors then check the
 * rules themselves.
 */
class SchemaMatchesModelTest {
  private static final JsonNode SCHEMA = Vectors.tree(Vectors.SCHEMA);
  private static final JsonNode PROPERTIES = SCHEMA.get("properties");

  private static Field field(String name) {
    try {
      return ShareMiniProgramRequest.class.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError("ShareMiniProgramRequest has no field " + name, e);
    }
  }

  @Test
  void theRepositoryFileIsThePublishedSchema() throws IOException {
    assertThat(ShareRequestSchema.bytes()).isEqualTo(Files.readAllBytes(Vectors.SCHEMA));
    assertThat(SCHEMA.get("$id").textValue()).isEqualTo(ShareRequestSchema.ID);
    assertThat(SCHEMA.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    List<Error> errors = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(SCHEMA);
    assertThat(errors).isEmpty();
  }

  @Test
  void propertiesAreTheCanonicalKeysInTheirOrderAndNoOthers() throws IOException {
    ShareMiniProgramRequest full = ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("p")
        .title("t").description("d").imagePath("a.png").webpageUrl("https://www.qq.com").disableForward(true)
        .updatableMessage(true).secretMessage(true).extraInfo(java.util.Map.of("k", "v"))
        .thumbDataHash("0".repeat(64)).msgSignature("c2lnbmVk").build();
    List<String> canonical = new ArrayList<>();
    Vectors.JSON.readTree(ShareRequestJson.create().write(full)).properties().forEach(e -> canonical.add(e.getKey()));
    List<String> properties = new ArrayList<>();
    PROPERTIES.properties().forEach(e -> properties.add(e.getKey()));
    assertThat(properties).isEqualTo(canonical);
    assertThat(SCHEMA.get("additionalProperties").booleanValue()).isFalse();
    List<String> instanceFields = Arrays.stream(ShareMiniProgramRequest.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).collect(Collectors.toList());
    assertThat(properties).isEqualTo(instanceFields);
  }

  @Test
  void requiredIsTheFieldsAnnotatedRequiredAndOnlyTheyRefuseNull() {
    List<String> required = new ArrayList<>();
    SCHEMA.get("required").forEach(r -> required.add(r.textValue()));
    List<String> annotated = new ArrayList<>();
    PROPERTIES.properties().forEach(e -> {
      if (field(e.getKey()).isAnnotationPresent(Required.class)) {
        annotated.add(e.getKey());
      }
    });
    assertThat(required).isEqualTo(annotated);
    PROPERTIES.properties().forEach(e -> {
      JsonNode type = e.getValue().get("type");
      boolean nullable = e.getValue().has("enum") ? e.getValue().get("enum").toString().contains("null")
          : type.isArray() && type.toString().contains("\"null\"");
      assertThat(nullable).as(e.getKey() + " accepts null").isEqualTo(!annotated.contains(e.getKey()));
    });
  }

  @Test
  void lengthLimitsAreTheAnnotationsLimits() {
    assertThat(PROPERTIES.at("/path/maxLength").intValue()).isEqualTo(field("path").getAnnotation(MiniProgramPath.class).maxLength());
    assertThat(PROPERTIES.at("/imagePath/maxLength").intValue()).isEqualTo(field("imagePath").getAnnotation(LocalImagePath.class).maxLength());
    // Only ASCII is valid in webpageUrl, so code points and UTF-8 bytes are the same count there.
    assertThat(PROPERTIES.at("/webpageUrl/maxLength").intValue()).isEqualTo(field("webpageUrl").getAnnotation(FallbackWebpageUrl.class).maxBytes());
    for (String text : List.of("title", "description")) {
      int max = field(text).getAnnotation(Utf8Length.class).max();
      assertThat(PROPERTIES.get(text).get("x-maxUtf8Bytes").intValue()).as(text).isEqualTo(max);
      assertThat(PROPERTIES.get(text).get("maxLength").intValue()).as(text + ": the approximation, never stricter").isEqualTo(max);
    }
    assertThat(PROPERTIES.at("/userName/minLength").intValue()).isEqualTo(PROPERTIES.at("/userName/maxLength").intValue())
        .isEqualTo("gh_d43f693ca31f".length());
  }

  @Test
  void numbersAreTheEnumsCodes() {
    int[] types = Arrays.stream(MiniProgramType.values()).mapToInt(MiniProgramType::code).sorted().toArray();
    assertThat(PROPERTIES.at("/miniprogramType/minimum").intValue()).isEqualTo(types[0]);
    assertThat(PROPERTIES.at("/miniprogramType/maximum").intValue()).isEqualTo(types[types.length - 1]);
    assertThat(types).as("contiguous, so minimum and maximum say it all").containsExactly(0, 1, 2);
    assertThat(ShareScene.values()).extracting(ShareScene::code).containsExactly(0);
    assertThat(PROPERTIES.at("/scene/minimum").intValue()).isZero();
    assertThat(PROPERTIES.at("/scene/maximum").intValue()).isZero();
    assertThat(PROPERTIES.at("/miniprogramType/default").intValue()).isEqualTo(ShareMiniProgramRequest.builder()
        .userName("gh_d43f693ca31f").path("p").imagePath("a.png").webpageUrl("https://www.qq.com").build().miniprogramType().code());
    assertThat(PROPERTIES.at("/withShareTicket/enum").toString()).isEqualTo("[true,false,\"true\",\"false\",null]");
  }

  @Test
  void everyFieldDescriptionNamesExactlyItsErrorCodes() throws IOException {
    String readme = Files.readString(Vectors.MODULE.resolve("../docs/contract.md"));
    String catalogue = readme.substring(readme.indexOf("<!-- error-codes:start -->"), readme.indexOf("<!-- error-codes:end -->"));
    PROPERTIES.properties().forEach(e -> {
      String field = e.getKey();
      assertThat(codes(e.getValue().get("description").textValue(), field)).as(field)
          .isNotEmpty().isEqualTo(codes(catalogue, field));
    });
  }

  private static Set<String> codes(String text, String field) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?<![A-Za-z.])" + field + "\\.[a-z][A-Za-z]*").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
