package io.github.wxshare.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;

/**
 * The schema's extra keyword for networknt: {@code "x-maxUtf8Bytes": n} holds when a string's UTF-8
 * encoding is at most {@code n} bytes (an unpaired surrogate counts 3, as its U+FFFD replacement);
 * other JSON types pass. The whole implementation a binding needs is the loop below.
 */
final class MaxUtf8BytesKeyword implements Keyword {
  static final String NAME = "x-maxUtf8Bytes";

  @Override
  public String getValue() {
    return NAME;
  }

  @Override
  public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
    long max = schemaNode.longValue();
    return new AbstractKeywordValidator(this, schemaNode, location) {
      @Override
      public void validate(ExecutionContext execution, JsonNode node, JsonNode root, NodePath instanceLocation) {
        if (node.isTextual() && utf8Length(node.textValue()) > max) {
          execution.addError(Error.builder()
              .keyword(NAME)
              .instanceLocation(instanceLocation)
              .schemaLocation(location)
              .evaluationPath(execution.getEvaluationPath())
              .instanceNode(node)
              .schemaNode(schemaNode)
              .message(instanceLocation + ": must be at most " + max + " UTF-8 bytes")
              .build());
        }
      }
    };
  }

  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
