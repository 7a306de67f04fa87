package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.os.Looper;
import android.webkit.WebView;
import io.github.wxshare.core.ShareResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowLooper;
import org.robolectric.shadows.ShadowWebView;

/**
 * {@link WxShareWebBridge#install} on Android 8.0 under Robolectric: the interface it adds to a real
 * {@code WebView}, called as WebView calls it (from a background thread), with the page's URL from
 * {@code getUrl()} and the answers going out through {@code evaluateJavascript}.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
public class WxShareWebBridgeOnAndroidTest {
  private static final Pattern READY = Pattern.compile("b\\._ready\\(\"([0-9a-f]{32})\",\\d+\\)");
  private final List<String> shared = new CopyOnWriteArrayList<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private WebView webView;
  private ShadowWebView page;
  private WebViewChannel channel;

  @Before
  public void setUp() {
    WxShareWebBridge bridge = WxShareWebBridge.builder(request -> {
      shared.add(request.userName());
      return CompletableFuture.completedFuture(ShareResult.fromResponse(0, null, "tx-7"));
    }).allowOrigin("https://m.example.com").onRefused((origin, what) -> refusals.add(origin + " " + what)).build();
    webView = new WebView(RuntimeEnvironment.getApplication());
    webView.getSettings().setJavaScriptEnabled(true);
    bridge.install(webView);
    page = AndroidTestSupport.shadow(webView);
    channel = (WebViewChannel) page.getJavascriptInterface(WxShareWebBridge.INTERFACE_NAME);
  }

  /** Runs {@code call} on another thread, as WebView's JavaBridge thread does, then lets the main thread work. */
  private static void fromJavaBridgeThread(Runnable call) throws InterruptedException {
    Thread t = new Thread(call, "JavaBridge");
    t.start();
    t.join();
    AndroidTestSupport.<ShadowLooper>shadow(Looper.getMainLooper()).idle();
  }

  @Test
  public void anAllowedPageGetsItsTokenAndItsAnswerThroughEvaluateJavascript() throws Exception {
    assertThat(channel).isNotNull();
    webView.loadUrl("https://m.example.com/share.html");
    fromJavaBridgeThread(() -> channel.hello("en-US"));
    String ready = page.getLastEvaluatedJavascript();
    Matcher m = READY.matcher(ready);
    assertThat(m.find()).as(ready).isTrue();
    assertThat(ready).startsWith("(function(){if(location.origin!==\"https://m.example.com\")return;");

    fromJavaBridgeThread(() -> channel.postMessage(m.group(1), WxShareWebBridgeTest.call(3, "en", Fixtures.cordovaExample())));
    AndroidTestSupport.<ShadowLooper>shadow(Looper.getMainLooper()).idle();

    assertThat(shared).containsExactly("gh_67210fc11b59");
    assertThat(page.getLastEvaluatedJavascript()).contains("b._receive(\"" + m.group(1) + "\",")
        .contains("\\\"id\\\":3,\\\"ok\\\":true,\\\"status\\\":\\\"SENT\\\"", "\\\"transaction\\\":\\\"tx-7\\\"");
    assertThat(refusals).isEmpty();
  }

  @Test
  public void aPageOfAnotherOriginIsRefusedAtHelloAndItsCallsAreNotSent() throws Exception {
    webView.loadUrl("https://evil.example/share.html");
    fromJavaBridgeThread(() -> channel.hello("en-US"));
    assertThat(page.getLastEvaluatedJavascript()).contains("b._refused(").contains("https://evil.example")
        .doesNotContain("_ready");

    fromJavaBridgeThread(() -> channel.postMessage("0123456789abcdef0123456789abcdef",
        WxShareWebBridgeTest.call(1, "en", Fixtures.cordovaExample())));
    assertThat(shared).isEmpty();
    assertThat(refusals).containsExactly("https://evil.example wxshare-bridge.js",
        "https://evil.example a call without a token the app issued");
  }

  @Test
  public void aTokenStopsWorkingWhenTheWebViewNavigatesToAnotherOrigin() throws Exception {
    webView.loadUrl("https://m.example.com/share.html");
    fromJavaBridgeThread(() -> channel.hello("en-US"));
    Matcher m = READY.matcher(page.getLastEvaluatedJavascript());
    assertThat(m.find()).isTrue();
    webView.loadUrl("https://evil.example/");
    String before = page.getLastEvaluatedJavascript();

    fromJavaBridgeThread(() -> channel.postMessage(m.group(1), WxShareWebBridgeTest.call(1, "en", Fixtures.cordovaExample())));

    assertThat(shared).isEmpty();
    assertThat(page.getLastEvaluatedJavascript()).as("nothing evaluated").isEqualTo(before);
    assertThat(refusals).containsExactly("https://evil.example a call with a token issued for https://m.example.com");
  }

  @Test
  public void installRefusesAWebViewWithoutJavaScriptAndOtherThreads() throws Exception {
    WxShareWebBridge bridge = WxShareWebBridge.builder(request -> new CompletableFuture<>())
        .allowOrigin("https://m.example.com").build();
    WebView plain = new WebView(RuntimeEnvironment.getApplication());
    assertThatThrownBy(() -> bridge.install(plain)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("JavaScript is disabled in this WebView, so no page could call the bridge: call "
            + "webView.getSettings().setJavaScriptEnabled(true) before install(webView)");

    Throwable[] offMain = new Throwable[1];
    Thread t = new Thread(() -> {
      try {
        bridge.install(webView);
      } catch (Throwable e) {
        offMain[0] = e;
      }
    });
    t.start();
    t.join();
    assertThat(offMain[0]).isInstanceOf(IllegalStateException.class)
        .hasMessage("install(webView) must run on the main thread, as every WebView method does");
  }
}
