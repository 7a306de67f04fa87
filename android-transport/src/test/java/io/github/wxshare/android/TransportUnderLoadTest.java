package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareResult.Status;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import io.github.wxshare.imageio.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport under 10,000 concurrent shares from 16 threads, with WeChat's answers arriving
 * late, out of order, twice, or never, from 8 threads: every share completes exactly once, with the
 * answer it was sent (or {@code TIMED_OUT}), a second or late answer is ignored, and no entry is
 * left behind.
 */
class TransportUnderLoadTest {
  private static final int SHARES = 10_000;
  private static final ShareMiniProgramRequest REQUEST = ShareMiniProgramRequest.builder()
      .userName("gh_d43f693ca31f").path("pages/index/index").imagePath("/pages/thumb.png")
      .webpageUrl("https://www.qq.com").build();

  @TempDir
  Path dir;

  /** What happens to one share's answer. */
  enum Fate { ANSWERED, ANSWERED_TWICE, NEVER, LATE }

  @Test
  void tenThousandConcurrentSharesEachCompleteOnceAndLeaveNothingBehind() throws Exception {
    SdkLog.install();
    Path photo = Files.write(dir.resolve("p.png"), TestImages.png(TestImages.grainyGradient(200, 160, 1)));
    CardImage card = ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
    FakeWxApi api = new FakeWxApi();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    ScheduledExecutorService timeouts = Executors.newScheduledThreadPool(2);
    OpenSdkShareTransport transport = OpenSdkShareTransport.builder(api).images(path -> card).executor(senders)
        .scheduler(timeouts).timeout(Duration.ofSeconds(3)).build();

    // 16 threads share at once.
    ExecutorService callers = Executors.newFixedThreadPool(16);
    List<CompletableFuture<ShareResult>> results = Collections.synchronizedList(new ArrayList<>());
    Map<CompletableFuture<ShareResult>, AtomicInteger> completions = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < SHARES; i++) {
      callers.execute(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        CompletableFuture<ShareResult> r = transport.share(REQUEST).toCompletableFuture();
        AtomicInteger count = new AtomicInteger();
        completions.put(r, count);
        r.whenComplete((v, e) -> count.incrementAndGet());
        results.add(r);
      });
    }
    go.countDown();
    callers.shutdown();
    assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 3000 && api.sent.size() < SHARES; i++) {
      Thread.sleep(10);
    }
    assertThat(api.sent).hasSize(SHARES);

    // Each sent share gets a fate; the answers go out shuffled, from 8 threads.
    Random random = new Random(10_000);
    Map<String, Fate> fates = new ConcurrentHashMap<>();
    Map<String, Integer> codes = new ConcurrentHashMap<>();
    List<SendMessageToWX.Req> answerNow = new ArrayList<>();
    List<SendMessageToWX.Req> answerLate = new ArrayList<>();
    for (SendMessageToWX.Req req : api.sent) {
      Fate fate = Fate.values()[random.nextInt(Fate.values().length)];
      fates.put(req.transaction, fate);
      codes.put(req.transaction, -random.nextInt(7));
      if (fate == Fate.ANSWERED || fate == Fate.ANSWERED_TWICE) {
        answerNow.add(req);
      }
      if (fate == Fate.ANSWERED_TWICE) {
        answerNow.add(req);
      }
      if (fate == Fate.LATE) {
        answerLate.add(req);
      }
    }
    Collections.shuffle(answerNow, random);
    AtomicInteger taken = new AtomicInteger();
    ExecutorService weChat = Executors.newFixedThreadPool(8);
    for (SendMessageToWX.Req req : answerNow) {
      weChat.execute(() -> {
        if (OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, codes.get(req.transaction), req.transaction))) {
          taken.incrementAndGet();
        }
      });
    }
    weChat.shutdown();
    assertThat(weChat.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    // Every share completes: answered ones now, the others when their 3 s run out.
    CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    int late = 0;
    for (SendMessageToWX.Req req : answerLate) {
      if (OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, 0, req.transaction))) {
        late++;
      }
    }
    Map<Fate, Integer> seen = new ConcurrentHashMap<>();
    for (CompletableFuture<ShareResult> r : results) {
      ShareResult result = r.join();
      Fate fate = fates.get(result.transaction());
      seen.merge(fate, 1, Integer::sum);
      if (fate == Fate.NEVER || fate == Fate.LATE) {
        assertThat(result.status()).as(result.transaction()).isEqualTo(Status.TIMED_OUT);
      } else {
        assertThat(result).as(result.transaction()).isEqualTo(
            ShareResult.fromResponse(codes.get(result.transaction()), result.transaction(), result.transaction()));
      }
    }
    Thread.sleep(100); // any stray completion would have happened by now
    assertThat(completions.values()).as("each share completes exactly once").allMatch(c -> c.get() == 1);
    assertThat(taken.get()).as("answers taken: one per answered share, the second ignored")
        .isEqualTo(seen.getOrDefault(Fate.ANSWERED, 0) + seen.getOrDefault(Fate.ANSWERED_TWICE, 0));
    assertThat(late).as("late answers taken").isZero();
    assertThat(seen.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SHARES);
    assertThat(seen).containsKeys(Fate.values());
    assertThat(PendingShares.size()).as("entries left").isZero();
    senders.shutdownNow();
    timeouts.shutdownNow();
  }
}
