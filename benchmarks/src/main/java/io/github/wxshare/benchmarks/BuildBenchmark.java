package io.github.wxshare.benchmarks;

import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measure 1: the builder's {@code build()} against Hibernate Validator running the same annotations
 * with a cached {@code Validator}, on a typical valid request and on one with five violations.
 *
 * <p>Ours builds the request from its values on every call (the builder calls, the rules, the
 * object, and for the invalid one the exception with its English summary of the five messages).
 * Hibernate Validator validates an object that already exists: the built {@code
 * ShareMiniProgramRequest} when valid, a {@link RequestBean} with the same annotations and values
 * when not (a {@code ShareMiniProgramRequest} cannot hold invalid values). It runs in two
 * configurations: its default ({@code Validation.buildDefaultValidatorFactory()}, messages
 * interpolated with Jakarta EL) and with {@code ParameterMessageInterpolator} (no EL).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Duser.language=en"})
public class BuildBenchmark {
  private ValidatorFactory defaultFactory;
  private ValidatorFactory parameterFactory;
  private Validator hv;
  private Validator hvParameter;
  private ShareMiniProgramRequest validRequest;
  private RequestBean invalidBean;

  @Setup(Level.Trial)
  public void setUp() {
    defaultFactory = Validation.buildDefaultValidatorFactory();
    parameterFactory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    hv = defaultFactory.getValidator();
    hvParameter = parameterFactory.getValidator();
    validRequest = Fixtures.typical().build();
    invalidBean = Fixtures.invalidBean();
    SameJob.check(this);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    defaultFactory.close();
    parameterFactory.close();
  }

  /** Ours, valid: the builder calls and {@code build()}. */
  @Benchmark
  public ShareMiniProgramRequest wxshareValid() {
    return Fixtures.typical().build();
  }

  /** Ours, five violations: the builder calls, {@code build()} and its exception. */
  @Benchmark
  public List<Violation> wxshareInvalid() {
    try {
      Fixtures.invalid().build();
    } catch (InvalidShareRequestException e) {
      return e.violations();
    }
    throw new AssertionError("the invalid request was built");
  }

  @Benchmark
  public Set<ConstraintViolation<ShareMiniProgramRequest>> hibernateValidatorValid() {
    return hv.validate(validRequest);
  }

  @Benchmark
  public Set<ConstraintViolation<RequestBean>> hibernateValidatorInvalid() {
    return hv.validate(invalidBean);
  }

  @Benchmark
  public Set<ConstraintViolation<ShareMiniProgramRequest>> hibernateValidatorNoElValid() {
    return hvParameter.validate(validRequest);
  }

  @Benchmark
  public Set<ConstraintViolation<RequestBean>> hibernateValidatorNoElInvalid() {
    return hvParameter.validate(invalidBean);
  }
}
