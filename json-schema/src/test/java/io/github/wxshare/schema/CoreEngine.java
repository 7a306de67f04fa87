package io.github.wxshare.schema;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.schema.Vectors.Expected;
import io.github.wxshare.schema.Vectors.Vector;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** Engine 1: {@code ShareRequestJson} reads the document, and {@code build()}'s rules check it. */
final class CoreEngine implements Engine {
  private final ShareRequestJson json = ShareRequestJson.create();

  @Override
  public String name() {
    return "core";
  }

  @Override
  public String outside(Vector vector) {
    return null; // the reference: it decides every vector
  }

  @Override
  public Answer judge(Vector vector) {
    ParsedShareRequest parsed = json.read(vector.text());
    Set<Expected> violations = new LinkedHashSet<>();
    Set<String> pointers = new TreeSet<>();
    for (Violation v : parsed.violations()) {
      violations.add(new Expected(v.pointer(), v.code()));
      pointers.add(v.pointer());
    }
    return new Answer(parsed.isValid(), pointers, violations, null, null);
  }
}
