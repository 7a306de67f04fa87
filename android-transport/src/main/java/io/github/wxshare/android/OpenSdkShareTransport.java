package io.github.wxshare.android;

import android.content.Context;
import com.tencent.mm.opensdk.constants.Build;
import com.tencent.mm.opensdk.modelbase.BaseResp;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.openapi.IWXAPI;
import com.tencent.mm.opensdk.openapi.WXAPIFactory;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageLoader;
import io.github.wxshare.core.internal.SignedCards;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ShareTransport} over the real WeChat OpenSDK: a request becomes a
 * {@code SendMessageToWX.Req} sent with {@code IWXAPI.sendReq}, and WeChat's answer, which comes
 * back through the app's {@code WXEntryActivity}, completes the stage {@link #share} returned.
 *
 * <pre>{@code
 * ShareTransport transport = OpenSdkShareTransport.builder(context, "wx0123456789abcdef").build();
 * transport.share(request).thenAccept(result -> ...);   // on a background thread
 *
 * // and in your package's .wxapi sub-package:
 * public class WXEntryActivity extends WxShareEntryActivity {}
 * }</pre>
 *
 * <p>What it does for one share, in order:
 * <ol>
 *   <li>With {@link #builder(Context, String)}, before the first share: the set-up check ({@link
 *       WxShareSetup#check}), once. While a mistake under which no answer can arrive remains (an
 *       entry activity missing, misnamed, not exported or not delivering; WeChat hidden for want of
 *       {@code <queries>}; {@code registerApp} false with WeChat installed, asked again at each
 *       share until it succeeds), every share completes exceptionally at once with a {@link
 *       ShareSetupException} naming each mistake and its fix. Nothing is sent.
 *   <li>WeChat not installed ({@code isWXAppInstalled()} false): {@link ShareResult.Status#NOT_INSTALLED}.
 *   <li>{@code getWXAppSupportAPI()} below {@code Build.MINIPROGRAM_SUPPORTED_SDK_INT}, or below
 *       {@link Builder#shareTicketSupportApi(int)} when the request sets {@code withShareTicket}:
 *       {@link ShareResult.Status#UNSUPPORTED} with the reason as {@code errStr()}. Nothing is sent.
 *   <li>On the executor: the card image from the {@link CardImageLoader}, at most {@link
 *       Builder#maxConcurrentImages} at a time per transport (2 unless set); up to 10,000 more shares
 *       wait their turn in order, and a share beyond those completes at once as
 *       {@link ShareResult.Status#REJECTED_LOCALLY}, saying so. An image that cannot be made
 *       completes the stage exceptionally with its {@link CardImageException}, which names the path
 *       and the reason; so does running out of memory while making it ({@link
 *       CardImageException.Reason#TOO_LARGE}). Any other {@code Throwable} there (a bug, a {@code
 *       LinkageError}) completes the stage exceptionally with it: nothing reaches the executor's
 *       uncaught-exception handler, and nothing is sent. A signed share ({@code thumbDataHash} and
 *       {@code msgSignature} set, by {@code wxshare-server}) is not rendered: the loader's {@link
 *       CardImageLoader#exactBytes} reads the file's bytes as they are (JPEG or PNG, at most 131072),
 *       and a file whose SHA-256 is not {@code thumbDataHash} completes the stage at once with a
 *       {@link CardImageException} ({@link CardImageException.Reason#NOT_AS_SIGNED}) naming both
 *       hashes; nothing is sent.
 *   <li>{@code sendReq} with a fresh {@code transaction} ({@code "wxshare-"} and a random UUID).
 *       {@code false}, or an exception from the OpenSDK: {@link ShareResult.Status#REJECTED_LOCALLY}.
 *   <li>WeChat's answer, routed by {@code transaction}: the {@link ShareResult#fromResponse} outcome.
 *       No answer within the timeout, counted from the call to {@code share} (the image's time
 *       included): {@link ShareResult.Status#TIMED_OUT}.
 * </ol>
 * Steps 1 and 2 run on the calling thread; they ask the package manager and may take a few
 * milliseconds. The returned stage completes exactly once; completing or cancelling it yourself
 * forgets the share, and an answer that arrives later is ignored.
 *
 * <p>{@code errCode} 0 ({@code SENT}) means WeChat took the card, not that it was posted: since 2018
 * WeChat answers 0 when the user backs out of the chat picker too.
 *
 * <p>What authenticates WeChat's answer is the {@code transaction} alone: a random UUID that only
 * this process and WeChat see, removed when the share completes. The OpenSDK's own checks on the
 * answer's intent are no proof that WeChat sent it: its "token" is a constant string and its
 * checksum an unkeyed MD5 that any app can compute. So an intent forged by another app completes
 * nothing unless it carries the transaction of a share still waiting.
 *
 * <p>Calls from web pages ({@link WxShareWebBridge}) read their images with {@link
 * Builder#pageImages}, by default {@link AndroidCardImages#forPages()} of the images loader: code
 * package images only, unless the app allowed pages more.
 *
 * <p>Instances are thread-safe. Pending shares are kept per process, so a {@link #deliver} from any
 * {@code WXEntryActivity} reaches the transport that sent.
 */
public final class OpenSdkShareTransport implements ShareTransport {
  /** How long a share waits for WeChat's answer unless {@link Builder#timeout} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /**
   * The support API from which a WeChat is taken to handle {@code withShareTicket}, unless {@link
   * Builder#shareTicketSupportApi} says otherwise: {@code Build.LAUNCH_MINIPROGRAM_SUPPORTED_SDK_INT}
   * ({@value}, WeChat 6.6.1). Share tickets need WeChat 6.5.13; the OpenSDK has no constant for that
   * version, so this is the first later level it names.
   */
  public static final int DEFAULT_SHARE_TICKET_SUPPORT_API = Build.LAUNCH_MINIPROGRAM_SUPPORTED_SDK_INT;

  /** How many card images one transport makes at once unless {@link Builder#maxConcurrentImages} says otherwise. */
  public static final int DEFAULT_MAX_CONCURRENT_IMAGES = 2;

  /**
   * Shares that may wait for an image slot on one transport; beyond these a share is refused at
   * once. Each waiting share holds its request (a few KiB at most), not an image.
   */
  static final int MAX_WAITING_SHARES = 10_000;

  private static final String TRANSACTION_PREFIX = "wxshare-";

  private final IWXAPI api;
  private final CardImageLoader images;
  private final CardImageLoader pageImages;
  private final ImageWork work;
  private final ShareTransport forPages;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final long timeoutMillis;
  private final int shareTicketSupportApi;
  // The set-up check, for builder(context, appId): run once before the first share.
  private final @Nullable Context setupContext;
  private final @Nullable String appId;
  private final Function<Context, @Nullable AppManifest> manifest;
  private volatile @Nullable List<SetupProblem> setupProblems;
  private final Object setupLock = new Object();
  private volatile boolean registered;

  private OpenSdkShareTransport(Builder b, IWXAPI api, CardImageLoader images, CardImageLoader pageImages,
      @Nullable Context setupContext, boolean registered) {
    this.setupContext = setupContext;
    this.appId = b.appId;
    this.manifest = b.manifest;
    this.registered = registered;
    this.api = api;
    this.images = images;
    this.pageImages = pageImages;
    this.executor = b.executor != null ? b.executor : ForkJoinPool.commonPool();
    this.work = new ImageWork(executor, b.maxConcurrentImages);
    this.forPages = request -> share(request, this.pageImages);
    this.scheduler = b.scheduler != null ? b.scheduler : Timeouts.SCHEDULER;
    this.timeoutMillis = b.timeout.toMillis();
    this.shareTicketSupportApi = b.shareTicketSupportApi;
  }

  /**
   * A builder that creates the {@code IWXAPI} itself: {@code WXAPIFactory.createWXAPI(appContext,
   * appId, true)} and {@code registerApp(appId)}, with {@link AndroidCardImages#create(Context)} for
   * images unless {@link Builder#images} is set.
   *
   * @param appId your mobile app's AppID from open.weixin.qq.com: {@code wx} and 16 hex digits
   * @throws IllegalArgumentException when {@code appId} is not an AppID (a Mini Program's original
   *     id {@code gh_...} is named as such)
   */
  public static Builder builder(Context context, String appId) {
    Objects.requireNonNull(context, "context == null");
    return new Builder(context, checkAppId(appId), null);
  }

  /**
   * A builder over an {@code IWXAPI} your app already created and registered. Give it a {@link
   * Builder#images} loader, such as {@code AndroidCardImages.create(context)}.
   */
  public static Builder builder(IWXAPI api) {
    return new Builder(null, null, Objects.requireNonNull(api, "api == null"));
  }

  /**
   * Routes WeChat's answer to the share it answers. {@link WxShareEntryActivity} calls it; call it
   * from {@code onResp} when your {@code WXEntryActivity} has its own base class.
   *
   * @return true when {@code resp} completed a pending share; false for anything else (a response
   *     of another kind, an unknown or missing {@code transaction}, a second answer, null), which
   *     is ignored
   */
  public static boolean deliver(BaseResp resp) {
    return PendingShares.deliver(resp);
  }

  /** The {@code IWXAPI} this transport sends through; {@link WxShareEntryActivity} handles answers with it. */
  public IWXAPI api() {
    return api;
  }

  /**
   * What the set-up check found for this transport's app ({@link WxShareSetup#check}), running it
   * the first time; each problem says whether it blocks shares. Empty for a transport built with
   * {@link #builder(IWXAPI)}, which knows no AppID or {@code Context}: call {@code
   * WxShareSetup.check} yourself.
   */
  public List<SetupProblem> setupProblems() {
    Context context = setupContext;
    if (context == null) {
      return Collections.emptyList();
    }
    List<SetupProblem> found = setupProblems;
    if (found == null) {
      synchronized (setupLock) {
        found = setupProblems;
        if (found == null) {
          found = WxShareSetup.check(context, Objects.requireNonNull(appId), manifest.apply(context));
          setupProblems = found;
        }
      }
    }
    return found;
  }

  /** The problems under which this share cannot be answered; registers the app again if it has not been. */
  private List<SetupProblem> blockingProblems() {
    if (setupContext == null) {
      return Collections.emptyList();
    }
    List<SetupProblem> out = new ArrayList<>(0);
    for (SetupProblem p : setupProblems()) {
      if (p.blocksShares()) {
        out.add(p);
      }
    }
    if (!registered && api.isWXAppInstalled()) {
      // WeChat was missing or hidden when the transport was built; it is here now.
      registered = api.registerApp(Objects.requireNonNull(appId));
      if (!registered) {
        out.add(WxShareSetup.registerAppFailed(appId));
      }
    }
    return out;
  }

  /** The time a sent share waits for WeChat's answer, in milliseconds. */
  long timeoutMillis() {
    return timeoutMillis;
  }

  /** This transport as {@link WxShareWebBridge} uses it: images through {@link Builder#pageImages}. */
  ShareTransport forPages() {
    return forPages;
  }

  @Override
  public CompletionStage<ShareResult> share(ShareMiniProgramRequest request) {
    return share(request, images);
  }

  private CompletionStage<ShareResult> share(ShareMiniProgramRequest request, CardImageLoader loader) {
    Objects.requireNonNull(request, "request == null");
    List<SetupProblem> blocking = blockingProblems();
    if (!blocking.isEmpty()) {
      CompletableFuture<ShareResult> refused = new CompletableFuture<>();
      refused.completeExceptionally(new ShareSetupException(blocking));
      return refused;
    }
    if (!api.isWXAppInstalled()) {
      return CompletableFuture.completedFuture(ShareResult.notInstalled());
    }
    int supported = api.getWXAppSupportAPI();
    if (supported < Build.MINIPROGRAM_SUPPORTED_SDK_INT) {
      return CompletableFuture.completedFuture(ShareResult.unsupported("Mini Program cards need WeChat 6.5.6 or later "
          + "(support API " + hex(Build.MINIPROGRAM_SUPPORTED_SDK_INT) + "); the installed WeChat reports "
          + hex(supported) + ": ask the user to update WeChat"));
    }
    if (request.withShareTicket() && supported < shareTicketSupportApi) {
      return CompletableFuture.completedFuture(ShareResult.unsupported("withShareTicket needs WeChat 6.5.13 or later "
          + "(taken as support API " + hex(shareTicketSupportApi) + "); the installed WeChat reports " + hex(supported)
          + ": share without withShareTicket, or ask the user to update WeChat"));
    }
    String transaction = TRANSACTION_PREFIX + UUID.randomUUID();
    CompletableFuture<ShareResult> result = new CompletableFuture<>();
    // The timeout counts from here: a share whose image never comes still completes.
    ScheduledFuture<?> timeout = scheduler.schedule(() -> {
      PendingShares.complete(transaction, result, ShareResult.timedOut(transaction));
    }, timeoutMillis, TimeUnit.MILLISECONDS);
    result.whenComplete((r, e) -> timeout.cancel(false));
    boolean taken = work.submit(() -> {
      try {
        send(request, loader, transaction, result);
      } catch (Throwable e) {
        // A bug, or an Error in sendReq: the stage completes, and nothing reaches an uncaught handler.
        PendingShares.remove(transaction, result);
        result.completeExceptionally(e);
      }
    }, result);
    if (!taken) {
      result.complete(ShareResult.rejectedLocally(transaction, "wxshare: " + work.limit() + " card images are being "
          + "made and " + MAX_WAITING_SHARES + " more shares wait for theirs on this transport; this share was not "
          + "sent: try again in a moment (OpenSdkShareTransport.Builder.maxConcurrentImages)"));
    }
    return result;
  }

  private void send(ShareMiniProgramRequest request, CardImageLoader loader, String transaction,
      CompletableFuture<ShareResult> result) {
    if (result.isDone()) {
      return; // timed out, completed or cancelled while it waited for an image slot
    }
    SendMessageToWX.Req req;
    try {
      byte[] thumbData;
      String signedHash = request.thumbDataHash();
      if (signedHash != null) {
        // A signed share: WeChat checks the card against the hash, so the file's bytes go as they are.
        thumbData = loader.exactBytes(request.imagePath());
        String actual = SignedCards.sha256(thumbData);
        if (!actual.equals(signedHash)) {
          throw new CardImageException(request.imagePath(), CardImageException.Reason.NOT_AS_SIGNED,
              "the file has SHA-256 " + actual + ", but the share was signed for " + signedHash + ": it changed after "
              + "the server signed it (a re-encoded or resized copy, or another download). Share the very bytes the "
              + "server signed, or have it sign this card");
        }
      } else {
        CardImage card = loader.load(request.imagePath());
        if (card == null) {
          throw new NullPointerException(loader.getClass().getName() + ".load(\"" + request.imagePath() + "\") returned null");
        }
        thumbData = card.bytes();
      }
      req = OpenSdkRequests.toReq(request, thumbData, transaction);
    } catch (OutOfMemoryError e) {
      result.completeExceptionally(AndroidCardImages.outOfMemory(request.imagePath(), e));
      return;
    } catch (Throwable e) {
      result.completeExceptionally(e); // CardImageException, a bug in a loader, an Error: the stage completes
      return;
    }
    if (result.isDone()) {
      return; // completed or cancelled by the caller while the image was made
    }
    PendingShares.add(transaction, result);
    boolean queued;
    try {
      queued = api.sendReq(req);
    } catch (RuntimeException e) {
      PendingShares.complete(transaction, result, ShareResult.rejectedLocally(transaction, "IWXAPI.sendReq threw " + e));
      return;
    }
    if (!queued) {
      PendingShares.complete(transaction, result, ShareResult.rejectedLocally(transaction, "IWXAPI.sendReq returned "
          + "false: the OpenSDK refused the request before it reached WeChat; its log (tag MicroMsg.SDK.*) names the "
          + "check that failed"));
    }
  }

  private static String hex(int supportApi) {
    return "0x" + Integer.toHexString(supportApi);
  }

  private static String checkAppId(String appId) {
    Objects.requireNonNull(appId, "appId == null");
    SetupProblem problem = WxShareSetup.appId(appId);
    if (problem != null) {
      throw new IllegalArgumentException(problem.message(Locale.ROOT) + " Fix: " + problem.fix());
    }
    return appId;
  }

  /** Options for an {@link OpenSdkShareTransport}. Not thread-safe; build once. */
  public static final class Builder {
    private final @Nullable Context context;
    private final @Nullable String appId;
    private final @Nullable IWXAPI api;
    private @Nullable CardImageLoader images;
    private @Nullable Executor executor;
    private @Nullable ScheduledExecutorService scheduler;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int shareTicketSupportApi = DEFAULT_SHARE_TICKET_SUPPORT_API;
    private @Nullable CardImageLoader pageImages;
    private int maxConcurrentImages = DEFAULT_MAX_CONCURRENT_IMAGES;
    // How builder(context, appId) creates its IWXAPI; tests give a fake of the phone.
    BiFunction<Context, String, IWXAPI> apiFactory = (c, id) -> WXAPIFactory.createWXAPI(c, id, true);
    // Where the set-up check reads the merged manifest; tests give a manifest's text.
    Function<Context, @Nullable AppManifest> manifest =
        c -> AppManifest.ofApk(c.getApplicationInfo().sourceDir);

    private Builder(@Nullable Context context, @Nullable String appId, @Nullable IWXAPI api) {
      this.context = context;
      this.appId = appId;
      this.api = api;
    }

    /** Where card images come from; by default {@link AndroidCardImages#create(Context)}. */
    public Builder images(CardImageLoader images) {
      this.images = Objects.requireNonNull(images, "images == null");
      return this;
    }

    /**
     * Where card images come from for calls that a web page made through {@link WxShareWebBridge}.
     * By default {@link AndroidCardImages#forPages()} of {@link #images} (code-package images only,
     * unless the app allowed pages more); with an images loader of the app's own, which wxshare cannot
     * confine, a page's image is refused ({@link CardImageException.Reason#NOT_ALLOWED}) unless this
     * is set.
     */
    public Builder pageImages(CardImageLoader pageImages) {
      this.pageImages = Objects.requireNonNull(pageImages, "pageImages == null");
      return this;
    }

    /**
     * How many card images this transport makes at once, 1 to 64; {@link
     * #DEFAULT_MAX_CONCURRENT_IMAGES} unless set. Each may hold the file ({@link
     * AndroidCardImages.Builder#maxFileBytes}) and a decoded image ({@link
     * io.github.wxshare.core.image.CardImagePolicy#maxDecodedPixels()}, 4 bytes a pixel) in memory.
     * Up to 10,000 more shares wait their turn, in order; beyond those a share completes at once as
     * {@link ShareResult.Status#REJECTED_LOCALLY}.
     *
     * @throws IllegalArgumentException unless 1 to 64
     */
    public Builder maxConcurrentImages(int maxConcurrentImages) {
      if (maxConcurrentImages < 1 || maxConcurrentImages > 64) {
        throw new IllegalArgumentException("maxConcurrentImages must be 1 to 64, was " + maxConcurrentImages);
      }
      this.maxConcurrentImages = maxConcurrentImages;
      return this;
    }

    /**
     * Where images are read and rendered and {@code sendReq} is called; by default
     * {@link ForkJoinPool#commonPool()}. Never the main thread's executor: decoding takes tens of
     * milliseconds.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Runs the timeouts; by default one shared daemon thread that exists only while a share waits.
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /**
     * How long a sent share waits for WeChat's answer before it completes as {@link
     * ShareResult.Status#TIMED_OUT}; {@link #DEFAULT_TIMEOUT} unless set. The user picks a chat in
     * that time, so keep it in minutes.
     *
     * @throws IllegalArgumentException unless 1 ms to 1 day
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("timeout must be 1 ms to 1 day, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The lowest {@code getWXAppSupportAPI()} taken to handle {@code withShareTicket}; {@link
     * #DEFAULT_SHARE_TICKET_SUPPORT_API} unless set.
     *
     * @throws IllegalArgumentException when below {@code Build.MINIPROGRAM_SUPPORTED_SDK_INT}
     */
    public Builder shareTicketSupportApi(int supportApi) {
      if (supportApi < Build.MINIPROGRAM_SUPPORTED_SDK_INT) {
        throw new IllegalArgumentException("shareTicketSupportApi " + hex(supportApi) + " is below "
            + "Build.MINIPROGRAM_SUPPORTED_SDK_INT (" + hex(Build.MINIPROGRAM_SUPPORTED_SDK_INT) + ")");
      }
      this.shareTicketSupportApi = supportApi;
      return this;
    }

    /**
     * The transport. With {@link #builder(Context, String)} this creates and registers the {@code
     * IWXAPI}.
     *
     * @throws IllegalStateException when built from an {@code IWXAPI} without {@link #images}
     */
    public OpenSdkShareTransport build() {
      IWXAPI theApi = api;
      CardImageLoader theImages = images;
      Context setupContext = null;
      boolean registered = true;
      if (theApi == null) {
        // builder(context, appId) set both; builder(api) set the api.
        Context context = Objects.requireNonNull(this.context);
        Context app = context.getApplicationContext() != null ? context.getApplicationContext() : context;
        String id = Objects.requireNonNull(appId);
        theApi = apiFactory.apply(app, id);
        registered = theApi.registerApp(id); // false while WeChat is missing or hidden: asked again at a share
        setupContext = app;
        if (theImages == null) {
          theImages = AndroidCardImages.create(app);
        }
      } else if (theImages == null) {
        throw new IllegalStateException("OpenSdkShareTransport.builder(api) needs .images(loader), such as "
            + ".images(AndroidCardImages.create(context))");
      }
      CardImageLoader thePageImages = pageImages;
      if (thePageImages == null) {
        thePageImages = theImages instanceof AndroidCardImages ? ((AndroidCardImages) theImages).forPages()
            : REFUSE_PAGE_IMAGES;
      }
      PendingShares.lastApi(theApi);
      return new OpenSdkShareTransport(this, theApi, theImages, thePageImages, setupContext, registered);
    }
  }

  /** For pages, with an images loader wxshare cannot confine and no {@link Builder#pageImages}. */
  private static final CardImageLoader REFUSE_PAGE_IMAGES = path -> {
    throw new CardImageException(path, CardImageException.Reason.NOT_ALLOWED, "this transport reads images with a "
        + "loader of the app's own, which wxshare cannot confine to what pages may read: give it "
        + "OpenSdkShareTransport.Builder.pageImages(loader) for the paths web pages send");
  };

  /**
   * The image step's bound: at most {@code limit} running, {@link #MAX_WAITING_SHARES} waiting in
   * order, anything more refused. A task that finishes starts the next waiting one.
   */
  static final class ImageWork {
    private final Executor executor;
    private final int limit;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private int running;

    ImageWork(Executor executor, int limit) {
      this.executor = executor;
      this.limit = limit;
    }

    int limit() {
      return limit;
    }

    /** Runs or queues {@code task}; false when the queue is full. An executor that refuses completes {@code result}. */
    boolean submit(Runnable task, CompletableFuture<ShareResult> result) {
      Job job = new Job(task, result);
      synchronized (waiting) {
        if (running >= limit) {
          if (waiting.size() >= MAX_WAITING_SHARES) {
            return false;
          }
          waiting.addLast(job);
          return true;
        }
        running++;
      }
      start(job);
      return true;
    }

    private void start(Job job) {
      try {
        executor.execute(() -> {
          try {
            job.task.run();
          } finally {
            next();
          }
        });
      } catch (RuntimeException e) { // RejectedExecutionException: a shut-down executor
        job.result.completeExceptionally(e);
        next();
      }
    }

    private void next() {
      Job job;
      synchronized (waiting) {
        job = waiting.pollFirst();
        if (job == null) {
          running--;
          return;
        }
      }
      start(job);
    }

    private static final class Job {
      final Runnable task;
      final CompletableFuture<ShareResult> result;

      Job(Runnable task, CompletableFuture<ShareResult> result) {
        this.task = task;
        this.result = result;
      }
    }
  }

  /** The default timeout thread: one daemon thread, started on demand, gone after a second idle. */
  private static final class Timeouts {
    static final ScheduledThreadPoolExecutor SCHEDULER = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "wxshare-timeouts");
      t.setDaemon(true);
      return t;
    });

    static {
      SCHEDULER.setRemoveOnCancelPolicy(true);
      SCHEDULER.setKeepAliveTime(1, TimeUnit.SECONDS);
      SCHEDULER.allowCoreThreadTimeOut(true);
    }
  }
}
