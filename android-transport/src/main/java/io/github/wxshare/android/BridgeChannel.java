package io.github.wxshare.android;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The WebView half of {@link WxShareWebBridge}, without the WebView: what the app evaluates in the
 * page's main frame when the page says hello or sends a call. Kept apart from {@link WebViewChannel}
 * so that it runs on the JVM, in the browser test, with the real logic.
 *
 * <p>Why tokens: {@code addJavascriptInterface} exposes the interface to every frame of the page,
 * and the app can only learn the main frame's URL. So the app answers a hello with a random token
 * that it evaluates in the main frame only, guarded by the main frame's {@code location.origin}, and
 * accepts a call only with a token it issued for the origin the main frame has now. A frame from
 * another origin never sees a token, and its calls are refused and reported, without an answer.
 *
 * <p>Why one candidate: any frame may say hello, and the app cannot tell which did. So a hello does
 * not make a new token each time: it hands the main frame the one outstanding candidate (a new one
 * only when there is none, or the main frame's origin changed), and the main frame's script takes a
 * token only while it has none. The candidate becomes live when the main frame first calls with it.
 * Only main-frame documents that called add live tokens, so a frame that says hello in a loop can
 * neither evict the main frame's token nor grow anything.
 */
final class BridgeChannel {
  /** Live tokens kept per WebView: one per main-frame document that called, so a few cover every live page. */
  static final int MAX_TOKENS = 16;

  private final WxShareWebBridge bridge;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> live = new LinkedHashMap<String, String>(MAX_TOKENS, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > MAX_TOKENS;
    }
  };
  private @Nullable String candidate;
  private @Nullable String candidateOrigin;

  BridgeChannel(WxShareWebBridge bridge) {
    this.bridge = bridge;
  }

  /**
   * The script that answers a page's hello: for an allowed origin, the candidate token, delivered only
   * if the main frame still has that origin when the script runs; otherwise the refusal, delivered
   * only if the main frame still has the refused origin.
   *
   * @param pageUrl the main frame's URL ({@code WebView.getUrl()}), read on the main thread
   * @param lang the page's {@code navigator.language}, for the refusal's message
   */
  String hello(@Nullable String pageUrl, @Nullable String lang) {
    String origin = Origins.of(pageUrl);
    if (origin == null || !bridge.allowedOrigins().contains(origin)) {
      bridge.refused(origin, "wxshare-bridge.js");
      String statement = "b._refused(" + JsStrings.quote(WxShareWebBridge.refusedReply(pageUrl, lang)) + ")";
      if (origin == null) {
        // A page without a web origin: only while the main frame still has none.
        return "(function(){if(location.protocol==='http:'||location.protocol==='https:')return;"
            + "var b=window.__wxshareBridge;if(b)" + statement + ";})();";
      }
      return guarded(origin, statement);
    }
    String token;
    synchronized (live) {
      if (candidate == null || !origin.equals(candidateOrigin)) {
        candidate = newToken();
        candidateOrigin = origin;
      }
      token = candidate;
    }
    return guarded(origin, "b._ready(" + JsStrings.quote(token) + "," + bridge.answerTimeoutMillis() + ")");
  }

  /**
   * Handles a call: with a token issued for the main frame's current origin, {@code evaluate} gets
   * the script that hands the reply to the page, once the share completes. Anything else is refused
   * and reported to the app, and nothing is evaluated: the caller is not the main frame the token went
   * to, and the main frame must not take an answer to a call it did not make.
   *
   * @return whether the call was taken; false when it was refused
   */
  boolean postMessage(@Nullable String pageUrl, @Nullable String token, @Nullable String message, Consumer<String> evaluate) {
    String origin = Origins.of(pageUrl);
    String issuedFor;
    synchronized (live) {
      if (token != null && token.equals(candidate)) {
        live.put(candidate, candidateOrigin); // only the main frame ever saw it
        candidate = null;
        candidateOrigin = null;
      }
      issuedFor = token == null ? null : live.get(token);
    }
    if (origin == null || token == null || issuedFor == null || !issuedFor.equals(origin)) {
      bridge.refused(origin, "a call " + (issuedFor == null ? "without a token the app issued" : "with a token issued for "
          + issuedFor));
      return false;
    }
    bridge.call(origin, message).thenAccept(reply ->
        evaluate.accept(guarded(origin, "b._receive(" + JsStrings.quote(token) + "," + JsStrings.quote(reply) + ")")));
    return true;
  }

  /** Live tokens, for tests. */
  int liveTokens() {
    synchronized (live) {
      return live.size();
    }
  }

  private String newToken() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    StringBuilder hex = new StringBuilder(32);
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  /** Runs {@code statement} (with {@code b} the page's bridge) only while the main frame has {@code origin}. */
  private static String guarded(String origin, String statement) {
    return "(function(){if(location.origin!==" + JsStrings.quote(origin) + ")return;var b=window.__wxshareBridge;if(b)"
        + statement + ";})();";
  }
}
