package io.github.wxshare.android;

import com.tencent.mm.opensdk.constants.ConstantsAPI;
import com.tencent.mm.opensdk.modelbase.BaseResp;
import com.tencent.mm.opensdk.openapi.IWXAPI;
import io.github.wxshare.core.ShareResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The shares sent and not yet answered, by transaction, for the whole process: WeChat answers
 * through the app's {@code WXEntryActivity}, which holds no reference to the transport that sent.
 * An entry leaves the map when its stage completes, however it completes (answer, timeout, the
 * caller completing it), so nothing outlives its share.
 */
final class PendingShares {
  private static final ConcurrentMap<String, CompletableFuture<ShareResult>> PENDING = new ConcurrentHashMap<>();
  private static volatile @Nullable IWXAPI lastApi;

  private PendingShares() {}

  static void add(String transaction, CompletableFuture<ShareResult> result) {
    if (PENDING.putIfAbsent(transaction, result) != null) {
      throw new IllegalStateException("transaction " + transaction + " is already pending");
    }
    result.whenComplete((r, e) -> PENDING.remove(transaction, result));
  }

  /**
   * Forgets the share, then completes it with {@code outcome}: whoever waits on the stage sees the
   * share gone from the table (the removal in {@link #add} runs after the stage's other dependents).
   */
  static void complete(String transaction, CompletableFuture<ShareResult> result, ShareResult outcome) {
    PENDING.remove(transaction, result);
    result.complete(outcome);
  }

  /** Forgets the share without completing it. */
  static void remove(String transaction, CompletableFuture<ShareResult> result) {
    PENDING.remove(transaction, result);
  }

  /**
   * Completes the share that {@code resp} answers. Anything else is ignored: a response of another
   * kind, with no or an unknown transaction, or a second answer to the same share.
   *
   * @return whether a pending share was completed
   */
  static boolean deliver(BaseResp resp) {
    if (resp == null || resp.transaction == null || resp.getType() != ConstantsAPI.COMMAND_SENDMESSAGE_TO_WX) {
      return false;
    }
    CompletableFuture<ShareResult> result = PENDING.remove(resp.transaction);
    return result != null && result.complete(ShareResult.fromResponse(resp.errCode, resp.errStr, resp.transaction));
  }

  static int size() {
    return PENDING.size();
  }

  static void lastApi(IWXAPI api) {
    lastApi = api;
  }

  static @Nullable IWXAPI lastApi() {
    return lastApi;
  }
}
