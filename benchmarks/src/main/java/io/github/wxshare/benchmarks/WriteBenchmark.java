package io.github.wxshare.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
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
 * Measure 3: the canonical JSON of a typical request as UTF-8 bytes ({@code
 * ShareRequestJson.writeBytes}), against Jackson data binding writing the same values from a {@link
 * RequestBean} (the floor: the same JSON values, in the bean's order).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Duser.language=en"})
public class WriteBenchmark {
  private final ShareRequestJson codec = ShareRequestJson.create();
  private final ObjectMapper mapper = new ObjectMapper();
  private ShareMiniProgramRequest request;
  private RequestBean bean;

  @Setup(Level.Trial)
  public void setUp() {
    request = Fixtures.typical().build();
    bean = Fixtures.typicalBean();
    SameJob.check(this);
  }

  @Benchmark
  public byte[] wxshare() {
    return codec.writeBytes(request);
  }

  @Benchmark
  public byte[] jacksonBind() throws JsonProcessingException {
    return mapper.writeValueAsBytes(bean);
  }
}
