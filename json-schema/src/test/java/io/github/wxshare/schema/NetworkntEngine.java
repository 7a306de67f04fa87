package io.github.wxshare.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import io.github.wxshare.schema.Vectors.Vector;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Engine 3: networknt {@code json-schema-validator} with the published schema, its regular
 * expressions run by {@code java.util.regex} (the library's default). The document is read by
 * Jackson as a careful binding reads it: a byte order mark skipped, trailing content refused,
 * numbers kept exactly. It gives no error codes, so it is compared on its verdict and on the fields
 * its errors point at.
 */
final class NetworkntEngine implements Engine {
  private final Schema schema;
  private final Schema withoutExtension;

  NetworkntEngine() {
    this(ShareRequestSchema.text());
  }

  /** With another schema text: how the tests show that the vectors catch a wrong schema. */
  NetworkntEngine(String text) {
    Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(new MaxUtf8BytesKeyword()).build();
    schema = SchemaRegistry.withDefaultDialect(dialect).getSchema(text);
    // Without the extra keyword: unknown keywords are annotations, as in a validator that ignores it.
    withoutExtension = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  @Override
  public String name() {
    return "networknt";
  }

  @Override
  public String outside(Vector vector) {
    return vector.limits().get("schema");
  }

  @Override
  public Answer judge(Vector vector) {
    JsonNode instance;
    try {
      instance = vector.parse();
    } catch (JsonProcessingException e) {
      return new Answer(false, Set.of(""), null, false, "not JSON: " + e.getOriginalMessage());
    }
    if (instance == null || instance.isMissingNode()) {
      return new Answer(false, Set.of(""), null, false, "not JSON: empty");
    }
    List<Error> errors = schema.validate(instance);
    return new Answer(errors.isEmpty(), pointers(errors), null, withoutExtension.validate(instance).isEmpty(), null);
  }

  /** The field each error is about: the key of a required or additionalProperties error, else the top-level segment. */
  private static Set<String> pointers(List<Error> errors) {
    Set<String> out = new TreeSet<>();
    for (Error e : errors) {
      if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword())) && e.getProperty() != null) {
        out.add("/" + escape(e.getProperty()));
      } else {
        NodePath at = e.getInstanceLocation();
        out.add(at.getNameCount() == 0 ? "" : "/" + escape(at.getName(0)));
      }
    }
    return out;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
