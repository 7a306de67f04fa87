package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.content.ContextWrapper;
import com.tencent.mm.opensdk.constants.Build;
import com.tencent.mm.opensdk.modelmsg.SendAuth;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareResult.Status;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageLoader;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import io.github.wxshare.imageio.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport on a plain JVM: the real OpenSDK classes, a {@link FakeWxApi} (the real {@code
 * IWXAPI} interface) for the phone, and real card images rendered by the javax.imageio codec from
 * generated files.
 */
class OpenSdkShareTransportTest {
  private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4);
  @TempDir
  static Path dir;
  private static Path photo;
  private static final CardImageLoader IMAGES = path -> ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
  private static final ShareMiniProgramRequest REQUEST = ShareMiniProgramRequest.builder()
      .userName("gh_d43f693ca31f").path("pages/index/index?id=42").title("标题").imagePath("/pages/thumb.png")
      .webpageUrl("https://www.qq.com").build();

  private final FakeWxApi api = new FakeWxApi();

  @BeforeAll
  static void setUp() throws Exception {
    SdkLog.install();
    photo = dir.resolve("photo.png");
    Files.write(photo, TestImages.png(TestImages.grainyGradient(1000, 800, 7)));
  }

  @AfterAll
  static void tearDown() {
    EXECUTOR.shutdownNow();
  }

  @AfterEach
  void nothingIsLeftPending() {
    assertThat(PendingShares.size()).as("pending shares after the test").isZero();
  }

  private OpenSdkShareTransport.Builder transport() {
    return OpenSdkShareTransport.builder(api).images(IMAGES).executor(EXECUTOR);
  }

  private static ShareResult await(CompletionStage<ShareResult> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** The transaction of the n-th share sent, waiting until it has been sent. */
  private String sentTransaction(int n) throws InterruptedException {
    for (int i = 0; i < 1000 && api.sent.size() <= n; i++) {
      Thread.sleep(5);
    }
    assertThat(api.sent).as("shares sent").hasSizeGreaterThan(n);
    return api.sent.get(n).transaction;
  }

  @Test
  void aShareReachesSendReqAsAReqTheOpenSdkAcceptsWithTheRenderedCard() throws Exception {
    CompletableFuture<ShareResult> result = transport().build().share(REQUEST).toCompletableFuture();
    String transaction = sentTransaction(0);
    SendMessageToWX.Req req = api.sent.get(0);
    CardImage card = ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
    assertThat(req.checkArgs()).isTrue();
    assertThat(req.message.thumbData).isEqualTo(card.bytes()).hasSizeLessThanOrEqualTo(131072);
    assertThat(req.scene).isEqualTo(SendMessageToWX.Req.WXSceneSession);
    assertThat(transaction).matches("wxshare-[0-9a-f-]{36}");
    assertThat(api.sendThreads).as("sendReq runs on the executor").doesNotContain(Thread.currentThread());
    assertThat(result).isNotDone();

    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, 0, null))).isTrue();
    assertThat(await(result)).isEqualTo(ShareResult.fromResponse(0, null, transaction));
  }

  @Test
  void weChatNotInstalledIsItsOwnResultAndNothingIsSent() throws Exception {
    api.installed = false;
    assertThat(await(transport().build().share(REQUEST))).isEqualTo(ShareResult.notInstalled());
    assertThat(api.sendThreads).isEmpty();
  }

  @Test
  void aWeChatTooOldForMiniProgramCardsIsUnsupportedWithTheVersions() throws Exception {
    api.supportApi = Build.MINIPROGRAM_SUPPORTED_SDK_INT - 1;
    ShareResult result = await(transport().build().share(REQUEST));
    assertThat(result.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(result.errStr()).isEqualTo("Mini Program cards need WeChat 6.5.6 or later (support API 0x25000001); "
        + "the installed WeChat reports 0x25000000: ask the user to update WeChat");
    assertThat(result.errCode()).isEmpty();
    assertThat(api.sendThreads).isEmpty();
  }

  @Test
  void aShareTicketNeedsANewerWeChatThanTheCardItself() throws Exception {
    api.supportApi = Build.MINIPROGRAM_SUPPORTED_SDK_INT;
    ShareMiniProgramRequest ticket = REQUEST.newBuilder().withShareTicket(true).build();
    ShareResult result = await(transport().build().share(ticket));
    assertThat(result.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(result.errStr()).startsWith("withShareTicket needs WeChat 6.5.13 or later (taken as support API 0x25000008)")
        .endsWith("share without withShareTicket, or ask the user to update WeChat");
    assertThat(api.sendThreads).isEmpty();

    // The same WeChat takes the card without a ticket, and the threshold is the app's to set.
    CompletableFuture<ShareResult> plain = transport().build().share(REQUEST).toCompletableFuture();
    OpenSdkShareTransport.deliver(FakeWxApi.answer(sentTransaction(0), 0, null));
    assertThat(await(plain).status()).isEqualTo(Status.SENT);
    CompletableFuture<ShareResult> lowered = transport().shareTicketSupportApi(Build.MINIPROGRAM_SUPPORTED_SDK_INT)
        .build().share(ticket).toCompletableFuture();
    OpenSdkShareTransport.deliver(FakeWxApi.answer(sentTransaction(1), 0, null));
    assertThat(await(lowered).status()).isEqualTo(Status.SENT);
  }

  @Test
  void sendReqReturningFalseIsRejectedLocallyWithTheTransaction() throws Exception {
    api.sendResult = false;
    ShareResult result = await(transport().build().share(REQUEST));
    assertThat(result.status()).isEqualTo(Status.REJECTED_LOCALLY);
    assertThat(result.transaction()).isEqualTo(api.sent.get(0).transaction);
    assertThat(result.errStr()).startsWith("IWXAPI.sendReq returned false");
    assertThat(result.errCode()).isEmpty();
  }

  @Test
  void anExceptionFromSendReqIsRejectedLocallyNotLost() throws Exception {
    api.sendThrows = new SecurityException("no activity for com.tencent.mm");
    ShareResult result = await(transport().build().share(REQUEST));
    assertThat(result.status()).isEqualTo(Status.REJECTED_LOCALLY);
    assertThat(result.errStr()).isEqualTo("IWXAPI.sendReq threw java.lang.SecurityException: no activity for com.tencent.mm");
    assertThat(result.transaction()).startsWith("wxshare-");
  }

  @Test
  void eachErrCodeBecomesItsStatusKeepingTheRawAnswer() throws Exception {
    int[] codes = {0, -1, -2, -3, -4, -5, -6, 42};
    Status[] expected = {Status.SENT, Status.FAILED, Status.CANCELLED, Status.FAILED, Status.DENIED,
        Status.UNSUPPORTED, Status.BANNED, Status.FAILED};
    OpenSdkShareTransport transport = transport().build();
    for (int i = 0; i < codes.length; i++) {
      CompletableFuture<ShareResult> result = transport.share(REQUEST).toCompletableFuture();
      String transaction = sentTransaction(i);
      assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, codes[i], "str " + codes[i]))).isTrue();
      ShareResult r = await(result);
      assertThat(r.status()).as("errCode %d", codes[i]).isEqualTo(expected[i]);
      assertThat(r.errCode()).hasValue(codes[i]);
      assertThat(r.errStr()).isEqualTo("str " + codes[i]);
      assertThat(r.transaction()).isEqualTo(transaction);
    }
  }

  @Test
  void aSecondAnswerToTheSameShareIsIgnored() throws Exception {
    CompletableFuture<ShareResult> result = transport().build().share(REQUEST).toCompletableFuture();
    String transaction = sentTransaction(0);
    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, -2, null))).isTrue();
    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, 0, null))).isFalse();
    assertThat(await(result).status()).isEqualTo(Status.CANCELLED);
  }

  @Test
  void unknownForeignAndEmptyAnswersAreIgnoredAndTheShareStillWaits() throws Exception {
    CompletableFuture<ShareResult> result = transport().build().share(REQUEST).toCompletableFuture();
    String transaction = sentTransaction(0);
    SendAuth.Resp login = new SendAuth.Resp();
    login.transaction = transaction; // another kind of answer with the same id
    SendMessageToWX.Resp noId = FakeWxApi.answer(null, 0, null);
    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer("wxshare-unknown", 0, null))).isFalse();
    assertThat(OpenSdkShareTransport.deliver(login)).isFalse();
    assertThat(OpenSdkShareTransport.deliver(noId)).isFalse();
    assertThat(OpenSdkShareTransport.deliver(null)).isFalse();
    assertThat(result).isNotDone();
    OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, 0, null));
    assertThat(await(result).status()).isEqualTo(Status.SENT);
  }

  @Test
  void noAnswerTimesOutAndALateAnswerIsIgnored() throws Exception {
    ShareResult result = await(transport().timeout(Duration.ofMillis(1500)).build().share(REQUEST));
    String transaction = api.sent.get(0).transaction;
    assertThat(result).isEqualTo(ShareResult.timedOut(transaction));
    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, 0, null))).isFalse();
  }

  @Test
  void theTimeoutRunsOnTheSchedulerGiven() throws Exception {
    java.util.concurrent.ScheduledThreadPoolExecutor timeouts = new java.util.concurrent.ScheduledThreadPoolExecutor(1);
    try {
      ShareResult result = await(transport().scheduler(timeouts).timeout(Duration.ofMillis(100)).build().share(REQUEST));
      assertThat(result.status()).isEqualTo(Status.TIMED_OUT);
      // The count is final once the scheduler's thread has finished (the share completes inside the task).
      timeouts.shutdown();
      assertThat(timeouts.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(timeouts.getCompletedTaskCount()).as("the timeout ran on the app's scheduler").isEqualTo(1);
    } finally {
      timeouts.shutdownNow();
    }
  }

  @Test
  void anAnswerBeforeTheTimeoutWinsAndTheTimeoutNeverFires() throws Exception {
    // The card is made before the share, so that a slow first render (a cold JIT, PIT's coverage
    // probes) cannot use up the timeout before the request is even sent.
    CardImage card = IMAGES.load(REQUEST.imagePath());
    CompletableFuture<ShareResult> result = transport().images(path -> card).timeout(Duration.ofMillis(1000)).build()
        .share(REQUEST).toCompletableFuture();
    OpenSdkShareTransport.deliver(FakeWxApi.answer(sentTransaction(0), -3, null));
    Thread.sleep(1200);
    assertThat(await(result).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void aStageTheCallerCancelsIsForgottenAndItsAnswerIgnored() throws Exception {
    CompletableFuture<ShareResult> result = transport().build().share(REQUEST).toCompletableFuture();
    String transaction = sentTransaction(0);
    assertThat(PendingShares.size()).isEqualTo(1);
    result.cancel(false);
    assertThat(PendingShares.size()).isZero();
    assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(transaction, 0, null))).isFalse();
  }

  @Test
  void anImageThatCannotBeMadeFailsTheStageWithItsPathAndSendsNothing() {
    Path missing = dir.resolve("missing.png");
    OpenSdkShareTransport transport = OpenSdkShareTransport.builder(api).executor(EXECUTOR)
        .images(path -> ImageIoCardImages.render(missing, CardImagePolicy.DEFAULT)).build();
    CompletableFuture<ShareResult> result = transport.share(REQUEST).toCompletableFuture();
    assertThatThrownBy(result::join).isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(CardImageException.class).hasMessage(missing + ": no such file");
    assertThat(api.sendThreads).isEmpty();
  }

  @Test
  void aLoaderThatReturnsNullFailsTheStageNamingIt() {
    OpenSdkShareTransport transport = OpenSdkShareTransport.builder(api).executor(EXECUTOR).images(path -> null).build();
    assertThatThrownBy(() -> transport.share(REQUEST).toCompletableFuture().join()).cause()
        .isInstanceOf(NullPointerException.class).hasMessageEndingWith(".load(\"/pages/thumb.png\") returned null");
    assertThat(api.sendThreads).isEmpty();
  }

  @Test
  void manySharesFromManyThreadsEachGetTheirOwnAnswer() throws Exception {
    OpenSdkShareTransport transport = transport().images(new CachedCard()).build();
    int n = 200;
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<CompletableFuture<ShareResult>> results = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      callers.execute(() -> results.add(transport.share(REQUEST).toCompletableFuture()));
    }
    callers.shutdown();
    assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    sentTransaction(n - 1);
    List<SendMessageToWX.Req> sent = new ArrayList<>(api.sent);
    Collections.shuffle(sent, new Random(1));
    AtomicInteger code = new AtomicInteger();
    for (SendMessageToWX.Req req : sent) {
      assertThat(OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, -(code.getAndIncrement() % 7), req.transaction))).isTrue();
    }
    Set<String> transactions = new HashSet<>();
    for (CompletableFuture<ShareResult> r : results) {
      ShareResult result = await(r);
      assertThat(result.errStr()).as("each answer reaches the share it names").isEqualTo(result.transaction());
      transactions.add(result.transaction());
    }
    assertThat(transactions).hasSize(n);
  }

  @Test
  void anAppIdIsCheckedWhenTheTransportIsBuiltFromOne() {
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(new ContextWrapper(null), "gh_d43f693ca31f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appId \"gh_d43f693ca31f\" is a Mini Program's original id; the OpenSDK needs your mobile app's "
            + "AppID (wx and 16 hex digits, on the app's page at open.weixin.qq.com). The original id goes in the request's "
            + "userName. Fix: OpenSdkShareTransport.builder(context, \"wx0123456789abcdef\")   // your AppID from "
            + "open.weixin.qq.com");
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(new ContextWrapper(null), "wx123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("appId \"wx123\" is not an AppID: expected wx and 16 hex digits, such as "
            + "wx0123456789abcdef, from your app's page on open.weixin.qq.com. Fix: ");
  }

  @Test
  void builderMistakesAreNamed() {
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(api).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("OpenSdkShareTransport.builder(api) needs .images(loader), such as "
            + ".images(AndroidCardImages.create(context))");
    assertThatThrownBy(() -> transport().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be 1 ms to 1 day, was PT0S");
    assertThatThrownBy(() -> transport().shareTicketSupportApi(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shareTicketSupportApi 0x1 is below Build.MINIPROGRAM_SUPPORTED_SDK_INT (0x25000001)");
    assertThatThrownBy(() -> transport().build().share(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("request == null");
  }

  /** One rendering shared by many shares, so the concurrency test measures routing, not JPEG. */
  private static final class CachedCard implements CardImageLoader {
    private volatile CardImage card;

    @Override
    public CardImage load(String imagePath) throws CardImageException {
      CardImage c = card;
      if (c == null) {
        synchronized (this) {
          if (card == null) {
            card = IMAGES.load(imagePath);
          }
          c = card;
        }
      }
      return c;
    }
  }

  @Test
  void anErrorInTheImageStepCompletesTheShareAndNeverReachesTheExecutor() throws Exception {
    List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r);
      t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
      return t;
    });
    try {
      OpenSdkShareTransport oom = OpenSdkShareTransport.builder(api).executor(pool).images(path -> {
        throw new OutOfMemoryError("Failed to allocate a 400000000 byte allocation");
      }).build();
      assertThatThrownBy(() -> oom.share(REQUEST).toCompletableFuture().get(10, TimeUnit.SECONDS))
          .cause().isInstanceOf(CardImageException.class)
          .hasMessage(REQUEST.imagePath() + ": making the card image needs more memory than the app has left")
          .extracting(e -> ((CardImageException) e).reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
      OpenSdkShareTransport linkage = OpenSdkShareTransport.builder(api).executor(pool).images(path -> {
        throw new NoClassDefFoundError("android/graphics/ImageDecoder");
      }).build();
      assertThatThrownBy(() -> linkage.share(REQUEST).toCompletableFuture().get(10, TimeUnit.SECONDS))
          .cause().isInstanceOf(NoClassDefFoundError.class);
      FakeWxApi failing = new FakeWxApi();
      failing.sendError = new StackOverflowError();
      OpenSdkShareTransport sendError = OpenSdkShareTransport.builder(failing).executor(pool).images(IMAGES).build();
      assertThatThrownBy(() -> sendError.share(REQUEST).toCompletableFuture().get(10, TimeUnit.SECONDS))
          .cause().isInstanceOf(StackOverflowError.class);
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(uncaught).as("nothing reached an uncaught-exception handler").isEmpty();
      assertThat(api.sent).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theTimeoutCountsFromTheShareSoAnImageThatNeverComesStillCompletes() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    OpenSdkShareTransport stuck = OpenSdkShareTransport.builder(api).executor(EXECUTOR).timeout(Duration.ofMillis(200))
        .images(path -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return IMAGES.load(path);
        }).build();
    ShareResult result = await(stuck.share(REQUEST));
    assertThat(result.status()).isEqualTo(Status.TIMED_OUT);
    release.countDown();
    Thread.sleep(300);
    assertThat(api.sent).as("a share that timed out is not sent afterwards").isEmpty();
  }

  @Test
  void imagesAreMadeAtMostTwoAtATimeAndTheRestWaitInOrder() throws Exception {
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    api.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, 0, null));
    OpenSdkShareTransport bounded = OpenSdkShareTransport.builder(api).executor(EXECUTOR).images(path -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(5);
        return IMAGES.load(path);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
      }
    }).build();
    List<CompletableFuture<ShareResult>> shares = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      shares.add(bounded.share(REQUEST).toCompletableFuture());
    }
    for (CompletableFuture<ShareResult> share : shares) {
      assertThat(share.get(30, TimeUnit.SECONDS).status()).isEqualTo(Status.SENT);
    }
    assertThat(most.get()).isEqualTo(OpenSdkShareTransport.DEFAULT_MAX_CONCURRENT_IMAGES);
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(api).maxConcurrentImages(0))
        .hasMessage("maxConcurrentImages must be 1 to 64, was 0");
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(api).maxConcurrentImages(65))
        .hasMessage("maxConcurrentImages must be 1 to 64, was 65");
    OpenSdkShareTransport.Builder widest = transport();
    assertThat(widest.maxConcurrentImages(64)).isSameAs(widest);
    assertThat(await(widest.build().share(REQUEST)).status()).isEqualTo(Status.SENT);
  }

  @Test
  void sharesBeyondTheWaitingBoundAreRefusedAtOnceSayingSo() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    OpenSdkShareTransport.ImageWork work = new OpenSdkShareTransport.ImageWork(EXECUTOR, 1);
    List<CompletableFuture<ShareResult>> results = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    int taken = 0;
    for (int i = 0; i < OpenSdkShareTransport.MAX_WAITING_SHARES + 3; i++) {
      CompletableFuture<ShareResult> result = new CompletableFuture<>();
      results.add(result);
      boolean first = i == 0;
      if (work.submit(() -> {
        ran.incrementAndGet();
        if (first) {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }, result)) {
        taken++;
      }
    }
    assertThat(taken).isEqualTo(1 + OpenSdkShareTransport.MAX_WAITING_SHARES);
    release.countDown();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (ran.get() < taken && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(ran.get()).isEqualTo(taken);
  }
}
