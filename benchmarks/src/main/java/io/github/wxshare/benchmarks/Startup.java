package io.github.wxshare.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measure 5, one process: a fresh JVM validates one JSON document and prints the verdict, so that
 * {@code whole-process.sh} can time the whole process. {@code java -cp benchmarks.jar
 * io.github.wxshare.benchmarks.Startup MODE FILE}, where MODE is
 *
 * <ul>
 *   <li>{@code none}: reads the file and prints its size (the JVM's own start, the floor);
 *   <li>{@code jackson}: binds it to a {@link RequestBean} with Jackson, nothing validated;
 *   <li>{@code wxshare}: {@code ShareRequestJson.create().read(bytes)};
 *   <li>{@code hibernate-validator}: binds it with Jackson, then validates the bean with {@code
 *       Validation.buildDefaultValidatorFactory()}, as a user of Hibernate Validator would.
 * </ul>
 *
 * <p>Every mode runs from the same jar, so only the work differs. Exit code 0 valid, 1 invalid, 2 a
 * usage error.
 */
public final class Startup {
  private Startup() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Startup none|jackson|wxshare|hibernate-validator FILE");
      System.exit(2);
    }
    byte[] bytes = Files.readAllBytes(Paths.get(args[1]));
    switch (args[0]) {
      case "none":
        System.out.println(bytes.length + " bytes, not validated");
        return;
      case "jackson":
        RequestBean bound = new ObjectMapper().readValue(bytes, RequestBean.class);
        System.out.println("bound, not validated: " + bound.getUserName());
        return;
      case "wxshare":
        ParsedShareRequest parsed = ShareRequestJson.create().read(bytes);
        System.out.println(parsed.isValid() ? "valid" : parsed.violations().size() + " violations: " + parsed.violations());
        System.exit(parsed.isValid() ? 0 : 1);
        return;
      case "hibernate-validator":
        RequestBean bean = new ObjectMapper().readValue(bytes, RequestBean.class);
        Set<ConstraintViolation<RequestBean>> violations;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
          violations = factory.getValidator().validate(bean);
        }
        System.out.println(violations.isEmpty() ? "valid" : violations.size() + " violations: "
            + violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toList()));
        System.exit(violations.isEmpty() ? 0 : 1);
        return;
      default:
        System.err.println("Startup: unknown mode " + args[0] + "; use none, jackson, wxshare or hibernate-validator");
        System.exit(2);
    }
  }
}
