package io.github.wxshare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.Violation;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Called by each benchmark's setup: runs every side once and fails the trial unless they all did
 * the same job on the same input (same verdict, same violations, same values). A comparison of
 * sides that answer differently would measure nothing.
 */
final class SameJob {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SameJob() {}

  static void check(BuildBenchmark b) {
    ShareMiniProgramRequest built = b.wxshareValid();
    require(built.equals(Fixtures.typical().build()), "build() gave another request: " + built);
    Set<ConstraintViolation<ShareMiniProgramRequest>> valid = b.hibernateValidatorValid();
    require(valid.isEmpty(), "Hibernate Validator refused the valid request: " + valid);
    require(b.hibernateValidatorNoElValid().isEmpty(), "Hibernate Validator (no EL) refused the valid request");
    Set<String> ours = b.wxshareInvalid().stream().map(v -> v.pointer() + " " + v.code()).collect(Collectors.toCollection(TreeSet::new));
    require(ours.size() == 5, "build() should find 5 violations, found " + ours);
    Set<String> hv = codes(b.hibernateValidatorInvalid());
    require(ours.equals(hv), "Hibernate Validator found " + hv + ", build() " + ours);
    Set<String> hvNoEl = codes(b.hibernateValidatorNoElInvalid());
    require(ours.equals(hvNoEl), "Hibernate Validator (no EL) found " + hvNoEl + ", build() " + ours);
  }

  static void check(ReadBenchmark r) throws IOException {
    ParsedShareRequest parsed = r.wxshareValid();
    require(parsed.isValid() && parsed.request().equals(Fixtures.typical().build()), "the codec read another request: " + parsed);
    List<Error> errors = r.networkntValid();
    require(errors.isEmpty(), "networknt refused the valid document: " + errors);
    String expected = values(Fixtures.typicalBean());
    String bound = values(r.networkntThenBindValid());
    require(bound.equals(expected), "networknt then Jackson bound " + bound);
    bound = values(r.jacksonBindValid());
    require(bound.equals(expected), "Jackson bound " + bound);
    List<Violation> violations = r.wxshareInvalid().violations();
    require(violations.size() == 8, "the codec should find 8 violations in the invalid document, found " + violations);
    require(!r.networkntInvalid().isEmpty(), "networknt accepted the invalid document");
  }

  static void check(WriteBenchmark w) {
    try {
      byte[] ours = w.wxshare();
      require(MAPPER.readTree(ours).equals(MAPPER.readTree(w.jacksonBind())), "the two sides wrote different JSON values");
      require(Arrays.equals(ours, Fixtures.VALID_JSON), "the codec wrote another document: " + new String(ours, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hibernate Validator's violations as {@code pointer code}, through the same conversion users get. */
  static Set<String> codes(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(Violation::of).map(v -> v.pointer() + " " + v.code())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A bean's values, for comparison ({@code RequestBean} has no {@code equals}, as users write it). */
  static String values(RequestBean b) {
    return b == null ? "null" : String.join("|", b.getUserName(), b.getPath(), b.getTitle(), b.getDescription(),
        b.getImagePath(), b.getWebpageUrl(), String.valueOf(b.isWithShareTicket()),
        String.valueOf(b.getMiniprogramType()), String.valueOf(b.getScene()));
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("the sides do not do the same job: " + what);
    }
  }
}
