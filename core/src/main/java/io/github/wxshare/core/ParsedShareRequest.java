package io.github.wxshare.core;

import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ShareRequestJson#read} made of one JSON document: the request, or every violation.
 *
 * <pre>{@code
 * ParsedShareRequest parsed = ShareRequestJson.create().read(body);
 * if (parsed.isValid()) {
 *   transport.share(parsed.request());
 * } else {
 *   parsed.violations().forEach(v -> respond(v.pointer(), v.code(), v.message(locale)));
 * }
 * }</pre>
 */
public final class ParsedShareRequest {
  private final @Nullable ShareMiniProgramRequest request;
  private final List<Violation> violations;

  ParsedShareRequest(@Nullable ShareMiniProgramRequest request, List<Violation> violations) {
    this.request = request;
    this.violations = Collections.unmodifiableList(violations);
  }

  /** True when the document is a valid share request. */
  public boolean isValid() {
    return request != null;
  }

  /**
   * The request.
   *
   * @throws InvalidShareRequestException when the document is not valid, listing every violation
   */
  public ShareMiniProgramRequest request() {
    if (request == null) {
      throw new InvalidShareRequestException(violations);
    }
    return request;
  }

  /** Every violation: document-level ones, unknown and duplicate keys, types, then field rules. Empty when valid. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * This answer with every violation's place removed ({@link Violation#line()} and
   * {@link Violation#column()} 0): for a reader that handed the codec a text of its own making,
   * such as the Jackson modules' copy of a mapper's tokens, where a line and a column would point
   * into that copy, not into the caller's document.
   */
  public ParsedShareRequest withoutPlaces() {
    if (violations.stream().allMatch(v -> v.line() == 0)) {
      return this;
    }
    List<Violation> unplaced = new java.util.ArrayList<>(violations.size());
    violations.forEach(v -> unplaced.add(v.withoutPlace()));
    return new ParsedShareRequest(request, unplaced);
  }

  @Override
  public String toString() {
    return request != null ? "ParsedShareRequest{" + request + "}" : "ParsedShareRequest{violations=" + violations + "}";
  }
}
