package io.github.wxshare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.schema.NetworkntSchemas;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measure 2: JSON bytes to a validated request. Ours is {@code ShareRequestJson.read(byte[])}: one
 * streaming pass that checks the document (syntax, size, duplicate and unknown keys, types) and
 * every field rule, and gives the request or every violation. The peers start from the same bytes
 * in memory: networknt {@code json-schema-validator} reading them into a tree and validating it with
 * the published schema (a verdict only; {@code networkntThenBind} also binds the valid tree to a
 * {@link RequestBean}, which is what a user needs next), and plain Jackson data binding to a {@link
 * RequestBean} with no validation at all, the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Duser.language=en"})
public class ReadBenchmark {
  private final ShareRequestJson codec = ShareRequestJson.create();
  private final ObjectMapper mapper = new ObjectMapper();
  private Schema schema;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    schema = NetworkntSchemas.published();
    SameJob.check(this);
  }

  @Benchmark
  public ParsedShareRequest wxshareValid() {
    return codec.read(Fixtures.VALID_JSON);
  }

  @Benchmark
  public List<Error> networkntValid() throws IOException {
    return schema.validate(mapper.readTree(Fixtures.VALID_JSON));
  }

  @Benchmark
  public RequestBean networkntThenBindValid() throws IOException {
    JsonNode tree = mapper.readTree(Fixtures.VALID_JSON);
    return schema.validate(tree).isEmpty() ? mapper.treeToValue(tree, RequestBean.class) : null;
  }

  /** The floor: bytes to a bean, nothing checked. */
  @Benchmark
  public RequestBean jacksonBindValid() throws IOException {
    return mapper.readValue(Fixtures.VALID_JSON, RequestBean.class);
  }

  @Benchmark
  public ParsedShareRequest wxshareInvalid() {
    return codec.read(Fixtures.INVALID_JSON);
  }

  @Benchmark
  public List<Error> networkntInvalid() throws IOException {
    return schema.validate(mapper.readTree(Fixtures.INVALID_JSON));
  }

  ShareRequestJson codec() {
    return codec;
  }
}
