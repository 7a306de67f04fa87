package io.github.wxshare.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Engine 2: Hibernate Validator runs the annotations of {@link ShareMiniProgramRequest}'s fields on
 * each field's value ({@code validateValue}). Bean Validation checks Java values, so what belongs
 * to reading JSON (syntax, not an object, size, duplicate and unknown keys, a value of the wrong
 * JSON type) is not its to decide: those vectors are outside it, and in the others it is compared
 * on the field rules only.
 */
final class HibernateValidatorEngine implements Engine {
  private static final List<String> TEXT = List.of("userName", "path", "title", "description", "imagePath", "webpageUrl",
      "thumbDataHash", "msgSignature");
  // Rules across two fields: Bean Validation judges one field's value at a time (validateValue).
  private static final Set<String> PAIR_CODES = Set.of("thumbDataHash.required", "msgSignature.required");
  private static final List<String> NUMBERS = List.of("miniprogramType", "scene");
  private static final Set<String> DOCUMENT_CODES = Set.of("json.syntax", "json.notObject", "json.tooLarge", "json.duplicateKey");

  private final ValidatorFactory factory = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private final Validator validator = factory.getValidator();

  @Override
  public String name() {
    return "hibernate-validator";
  }

  @Override
  public String outside(Vector vector) {
    for (Expected e : vector.violations()) {
      if (DOCUMENT_CODES.contains(e.code())) {
        return e.code() + " is decided while reading the JSON text, before there are Java values to validate";
      }
    }
    return null;
  }

  /** The field rules: what is left after the JSON layer's codes ({@code json.*}, {@code <field>.type}). */
  @Override
  public Set<Expected> expects(Vector vector) {
    Set<Expected> out = new LinkedHashSet<>();
    for (Expected e : vector.violations()) {
      if (!e.code().startsWith("json.") && !e.code().endsWith(".type") && !PAIR_CODES.contains(e.code())) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public Answer judge(Vector vector) {
    JsonNode request;
    try {
      request = vector.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(vector.id(), e);
    }
    Set<Expected> violations = new LinkedHashSet<>();
    for (String field : TEXT) {
      JsonNode node = request.get(field);
      if (node == null || node.isNull()) {
        validate(field, null, violations);
      } else if (node.isTextual()) {
        validate(field, node.textValue(), violations);
      } // another JSON type: <field>.type, the JSON layer's
    }
    for (String field : NUMBERS) {
      JsonNode node = request.get(field);
      Integer value = node == null ? null : integer(node);
      if (value != null) {
        validate(field, value, violations);
      }
    }
    JsonNode extra = request.get("extraInfo");
    if (extra != null && extra.isObject()) {
      Map<String, String> map = new LinkedHashMap<>();
      boolean strings = true;
      for (Map.Entry<String, JsonNode> e : extra.properties()) {
        strings &= e.getValue().isTextual();
        map.put(e.getKey(), e.getValue().textValue());
      }
      if (strings) { // a value of another JSON type: extraInfo.type, the JSON layer's
        validate("extraInfo", map, violations);
      }
    }
    Set<String> pointers = new TreeSet<>();
    violations.forEach(v -> pointers.add(v.pointer()));
    int left = vector.violations().size() - expects(vector).size();
    return new Answer(violations.isEmpty(), pointers, violations, null,
        left == 0 ? null : "field rules only; " + left + " JSON-layer code(s) not HV's to decide");
  }

  private void validate(String field, Object value, Set<Expected> out) {
    validator.validateValue(ShareMiniProgramRequest.class, field, value).forEach(cv -> {
      Violation v = Violation.of(cv);
      out.add(new Expected(v.pointer(), v.code()));
    });
  }

  /** A JSON integer as the model's int: 1.0 is 1; values beyond int stay beyond every accepted range. */
  private static Integer integer(JsonNode node) {
    if (!node.isNumber()) {
      return null;
    }
    BigDecimal d = node.decimalValue();
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return d.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
  }

  void close() {
    factory.close();
  }
}
