package io.github.wxshare.android;

import android.os.Handler;
import android.os.Looper;
import android.webkit.JavascriptInterface;
import android.webkit.WebView;

/**
 * The object {@link WxShareWebBridge#install} adds as {@code window.WxShareNative}. WebView calls
 * its methods on a background thread ("JavaBridge"); every WebView method, {@code getUrl()} included,
 * must run on the main thread, so each call hops there. A main-thread {@link Handler} is used rather
 * than {@code View.post}, which holds runnables until the view is attached to a window.
 */
final class WebViewChannel {
  private final WebView webView;
  private final BridgeChannel channel;
  private final Handler main = new Handler(Looper.getMainLooper());

  WebViewChannel(WebView webView, BridgeChannel channel) {
    this.webView = webView;
    this.channel = channel;
  }

  /** A page's wxshare-bridge.js asks for its token; the answer is evaluated in the main frame. */
  @JavascriptInterface
  public void hello(String lang) {
    main.post(() -> webView.evaluateJavascript(channel.hello(webView.getUrl(), lang), null));
  }

  /** A share call with the page's token; the reply is evaluated in the main frame when the share completes. */
  @JavascriptInterface
  public void postMessage(String token, String message) {
    main.post(() -> channel.postMessage(webView.getUrl(), token, message,
        script -> main.post(() -> webView.evaluateJavascript(script, null))));
  }
}
