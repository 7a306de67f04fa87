package com.example.releaseapp;

import android.content.Context;
import android.webkit.WebView;
import io.github.wxshare.android.AndroidCardImages;
import io.github.wxshare.android.OpenSdkShareTransport;
import io.github.wxshare.android.WxShareWebBridge;
import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.Violation;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small app that uses wxshare as an app does: it reads share documents with the codec, builds
 * requests, shares over the OpenSDK transport and lets pages share through the WebView bridge.
 * {@code ReleaseBuildIT} shrinks, optimises and obfuscates it with the AAR's rules, the OpenSDK's
 * and the one rule below (which an app's manifest stands for), then runs it shrunk and unshrunk
 * and compares what each wrote down.
 *
 * <p>The app's own rule: {@code -keep class com.example.releaseapp.ReleaseApp { public static *; }}
 */
public final class ReleaseApp {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final StandInWeChat weChat = new StandInWeChat();
  private final OpenSdkShareTransport transport;

  private ReleaseApp(Context context, File codePackage) {
    transport = OpenSdkShareTransport.builder(weChat)
        .images(AndroidCardImages.builder(context).codePackageDirectory(codePackage).build()).build();
  }

  /**
   * Runs the app: each document read, a built request and a refused one, a share, the bridge
   * installed on {@code webView} (whose page the caller then drives), and the bridge's script.
   * Returns the app's object, which {@link #lines} reads.
   */
  public static Object start(Context context, File codePackage, WebView webView, List<String> documents)
      throws Exception {
    ReleaseApp app = new ReleaseApp(context, codePackage);
    app.readAll(documents);
    app.buildAndShare();
    WxShareWebBridge.builder(app.transport).allowOrigin("https://m.example.com")
        .onRefused((origin, what) -> app.lines.add("refused " + origin + " " + what))
        .onFailure((origin, error) -> app.lines.add("failure " + origin + " " + error))
        .build().install(webView);
    String script = WxShareWebBridge.script();
    app.lines.add("script " + script.length() + " characters, starts " + script.substring(0, 40).replace('\n', ' '));
    return app;
  }

  /** What the app wrote down so far, and what the stand-in WeChat received. */
  public static List<String> lines(Object app) {
    ReleaseApp it = (ReleaseApp) app;
    List<String> all = new ArrayList<>(it.lines);
    all.addAll(it.weChat.received);
    return all;
  }

  private void readAll(List<String> documents) {
    ShareRequestJson json = ShareRequestJson.create();
    for (String document : documents) {
      ParsedShareRequest parsed = json.read(document);
      if (parsed.isValid()) {
        lines.add("valid " + json.write(parsed.request()) + " " + parsed.request());
        continue;
      }
      for (Violation v : parsed.violations()) {
        lines.add(v.pointer() + " " + v.code() + " | " + v.message(Locale.ENGLISH) + " | "
            + v.message(Locale.SIMPLIFIED_CHINESE) + " | " + v.message(Locale.TRADITIONAL_CHINESE));
      }
    }
  }

  private void buildAndShare() throws Exception {
    try {
      ShareMiniProgramRequest.builder().userName("wx1234567890abcdef").path("pages/index/index?a=1?b=2")
          .imagePath("https://cdn.example.com/t.png").webpageUrl("www.qq.com").build();
    } catch (InvalidShareRequestException e) {
      lines.add("refused by build(): " + e.getMessage());
    }
    ShareMiniProgramRequest request = ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f")
        .path("pages/detail/detail?id=7").title("限时特惠").description("Release build")
        .imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com")
        .miniprogramType(MiniProgramType.PREVIEW).withShareTicket(true).disableForward(true)
        .updatableMessage(true).extraInfo(Map.of("activity_id", "act-1")).build();
    ShareResult result = transport.share(request).toCompletableFuture().get(30, TimeUnit.SECONDS);
    lines.add("shared: " + result.status() + " " + result.errCode() + " " + request.equals(request.newBuilder().build())
        + " " + request.hashCode());
  }
}
