package io.github.wxshare.core;

import java.util.concurrent.CompletionStage;

/**
 * Sends a share request to WeChat. The Android module {@code wxshare-android-transport} implements
 * it over the WeChat OpenSDK; {@code wxshare-testing} has a recording one for an app's own tests.
 * There is no discovery: a transport needs what only the app has (a {@code Context}, the AppID), so
 * the app builds the one it uses and passes it where it is needed.
 *
 * <pre>{@code
 * transport.share(request).thenAccept(result -> {
 *   if (result.status() == ShareResult.Status.SENT) { ... }
 * });
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must complete every stage they return exactly once,
 * with a {@link ShareResult} for every outcome of sending (a timeout included). The one exception:
 * when the request's image cannot be made into a card, nothing is sent and the stage completes
 * exceptionally with the {@link io.github.wxshare.core.image.CardImageException} that names the
 * path and the reason, since that is the caller's input to fix, not WeChat's answer.
 */
public interface ShareTransport {
  /**
   * Sends {@code request}, which is valid by construction, and completes with the outcome.
   *
   * @throws NullPointerException if {@code request} is null
   */
  CompletionStage<ShareResult> share(ShareMiniProgramRequest request);
}
