package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The codec, the builder's rules, the constraint validators under Hibernate Validator and the
 * lazily rendered messages, shared by 16 threads: every thread gets the answer a single thread got,
 * message for message, in both languages.
 */
class SharedAcrossThreadsTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 40;

  /** One case's whole answer, as text: verdict, pointers, codes, both languages, the request. */
  private static String answer(ShareRequestJson codec, Validator hv, String doc) {
    ParsedShareRequest parsed = codec.read(doc.getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(parsed.isValid() ? codec.write(parsed.request()) : "invalid");
    for (Violation v : parsed.violations()) {
      out.append('|').append(v.pointer()).append(' ').append(v.code()).append(' ').append(v.message(Locale.ROOT))
          .append(' ').append(v.message(Locale.SIMPLIFIED_CHINESE));
    }
    if (parsed.isValid()) {
      ShareMiniProgramRequest again = parsed.request().newBuilder().build();
      out.append("|hv:").append(hv.validate(again).size());
    } else {
      try {
        parsed.request();
      } catch (InvalidShareRequestException e) {
        out.append("|").append(e.getMessage()).append(e.getMessage(Locale.SIMPLIFIED_CHINESE));
      }
    }
    return out.toString();
  }

  @Test
  void sharedCodecBuilderAndValidatorsGiveEveryThreadTheSameAnswers() throws Exception {
    List<String> docs = new ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      docs.add(Fixtures.withField(c.field, c.json));
    }
    docs.add(Fixtures.BASE_JSON);
    docs.add("{\"WebpageUrl\":\"www.qq.com\",\"userName\":\"wx1234567890abcdef\",\"path\":\"a\",\"path\":\"b\"}");
    docs.add("not json");
    ShareRequestJson codec = ShareRequestJson.create();
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Validator hv = factory.getValidator();
      List<String> expected = docs.stream().map(d -> answer(codec, hv, d)).collect(Collectors.toList());

      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> mismatches = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> task = () -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            order.add(i);
          }
          List<String> wrong = new ArrayList<>();
          Random random = new Random(seed);
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
              String got = answer(codec, hv, docs.get(i));
              if (!got.equals(expected.get(i))) {
                wrong.add(docs.get(i) + " => " + got);
              }
            }
          }
          return wrong;
        };
        mismatches.add(pool.submit(task));
      }
      start.countDown();
      List<String> wrong = new ArrayList<>();
      for (Future<List<String>> f : mismatches) {
        wrong.addAll(f.get(120, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertThat(wrong).isEmpty();
      assertThat(docs.size()).as("documents").isGreaterThan(100);
    }
  }

  @Test
  void oneExceptionsMessageRenderedByManyThreadsAtOnceIsOneString() throws Exception {
    for (int n = 0; n < 200; n++) {
      InvalidShareRequestException e = catchIt();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> messages = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        messages.add(pool.submit(() -> {
          start.await();
          return e.getMessage();
        }));
      }
      start.countDown();
      String first = messages.get(0).get();
      for (Future<String> m : messages) {
        assertThat(m.get()).isEqualTo(first);
      }
      pool.shutdown();
    }
  }

  private static InvalidShareRequestException catchIt() {
    try {
      ShareMiniProgramRequest.builder().userName("wx1234567890abcdef").path("https://x").build();
      throw new AssertionError("built");
    } catch (InvalidShareRequestException e) {
      return e;
    }
  }
}
