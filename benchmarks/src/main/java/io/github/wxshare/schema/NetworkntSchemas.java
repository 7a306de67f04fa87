package io.github.wxshare.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

/**
 * The published schema compiled by networknt {@code json-schema-validator}, with the schema's extra
 * keyword taught to it: what a JVM user of the JSON Schema would run. In this package only to reach
 * {@link MaxUtf8BytesKeyword}, which the schema module's tests define (its test jar is on the
 * benchmarks' class path).
 */
public final class NetworkntSchemas {
  private NetworkntSchemas() {}

  /** The compiled schema, ready to validate {@code JsonNode}s; thread-safe. */
  public static Schema published() {
    Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(new MaxUtf8BytesKeyword()).build();
    return SchemaRegistry.withDefaultDialect(dialect).getSchema(ShareRequestSchema.text());
  }
}
