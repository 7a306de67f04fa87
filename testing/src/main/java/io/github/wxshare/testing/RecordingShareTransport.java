package io.github.wxshare.testing;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ShareTransport} for an app's own tests: it records every request and answers at once,
 * so a test can assert what the app shared without a phone or WeChat.
 *
 * <pre>{@code
 * RecordingShareTransport transport = new RecordingShareTransport();
 * new ProductScreen(transport).onShareClicked();
 * assertThat(transport.lastRequest().path()).isEqualTo("pages/product/product?id=7");
 *
 * RecordingShareTransport cancelling = RecordingShareTransport.answering(
 *     request -> ShareResult.fromResponse(-2, null, "tx"));   // the user backs out
 * }</pre>
 *
 * <p>Thread-safe. Pass it where the app passes its real transport (wxshare has no discovery).
 */
public final class RecordingShareTransport implements ShareTransport {
  private final @Nullable Function<ShareMiniProgramRequest, ShareResult> answer;
  private final List<ShareMiniProgramRequest> requests = new ArrayList<>();
  private final AtomicLong transactions = new AtomicLong();

  /** Answers every request with {@link ShareResult.Status#SENT}, transactions {@code recorded-1}, {@code recorded-2}, ... */
  public RecordingShareTransport() {
    this.answer = null;
  }

  private RecordingShareTransport(@Nullable Function<ShareMiniProgramRequest, ShareResult> answer) {
    this.answer = answer;
  }

  /**
   * Answers each request with what {@code answer} returns for it.
   *
   * @throws NullPointerException if {@code answer} is null
   */
  public static RecordingShareTransport answering(Function<ShareMiniProgramRequest, ShareResult> answer) {
    return new RecordingShareTransport(Objects.requireNonNull(answer, "answer == null"));
  }

  /** Answers every request with {@code result}. */
  public static RecordingShareTransport answering(ShareResult result) {
    Objects.requireNonNull(result, "result == null");
    return new RecordingShareTransport(request -> result);
  }

  @Override
  public CompletionStage<ShareResult> share(ShareMiniProgramRequest request) {
    Objects.requireNonNull(request, "request == null");
    synchronized (requests) {
      requests.add(request);
    }
    ShareResult result = answer != null
        ? Objects.requireNonNull(answer.apply(request), "the answer function returned null")
        : ShareResult.fromResponse(0, null, "recorded-" + transactions.incrementAndGet());
    return CompletableFuture.completedFuture(result);
  }

  /** Every request shared so far, oldest first: a snapshot. */
  public List<ShareMiniProgramRequest> requests() {
    synchronized (requests) {
      return Collections.unmodifiableList(new ArrayList<>(requests));
    }
  }

  /**
   * The most recent request.
   *
   * @throws AssertionError when nothing was shared, so that a test fails with a clear message
   */
  public ShareMiniProgramRequest lastRequest() {
    synchronized (requests) {
      if (requests.isEmpty()) {
        throw new AssertionError("Nothing was shared through this RecordingShareTransport");
      }
      return requests.get(requests.size() - 1);
    }
  }

  /** Forgets every recorded request. */
  public void clear() {
    synchronized (requests) {
      requests.clear();
    }
  }
}
