package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.os.Looper;
import android.webkit.JavascriptInterface;
import android.webkit.WebView;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wxshare.schema.ShareRequestSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowLooper;
import org.robolectric.shadows.ShadowWebView;

/**
 * The release build of a small app that uses core, the transport and the bridge ({@link ReleaseBuild}:
 * ProGuard with the AAR's rules, the OpenSDK's, and the app's one rule) does what the same app does
 * unshrunk: every conformance vector read, a refused and a built request, a share over the real
 * OpenSDK classes to a stand-in WeChat, the bridge called by a page as WebView calls it (only through
 * methods that carry {@code @JavascriptInterface}), and {@code WxShareWebBridge.script()}. Each runs in
 * a class loader of its own over Robolectric's Android 8.0. Prints the footprint table of
 * {@code benchmarks/README.md}.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
public class ReleaseBuildIT {
  private static final Pattern READY = Pattern.compile("b\\._ready\\(\"([0-9a-f]{32})\",\\d+\\)");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  public void theShrunkObfuscatedAppDoesExactlyWhatTheUnshrunkAppDoes() throws Exception {
    ReleaseBuild build = ReleaseBuild.withTheAarsRules(ReleaseBuild.property("wxshare.release.out")).run();

    List<String> unshrunk = runApp(new ArrayList<>(build.inputs.values()));
    List<String> shrunk = runApp(List.of(build.shrunk));

    assertThat(unshrunk).as("the unshrunk app ran to its end").anyMatch(l -> l.startsWith("shared: SENT "))
        .anyMatch(l -> l.startsWith("page: ") && l.contains("_receive(") && l.contains("\\\"status\\\":\\\"SENT\\\""))
        .anyMatch(l -> l.startsWith("sent "))
        .anyMatch(l -> l.startsWith("script "));
    assertThat(unshrunk.size()).as("lines").isGreaterThan(350);
    Files.write(build.out.resolve("unshrunk.txt"), unshrunk, StandardCharsets.UTF_8);
    Files.write(build.out.resolve("shrunk.txt"), shrunk, StandardCharsets.UTF_8);
    assertThat(shrunk).as("what the release build did, line by line").containsExactlyElementsOf(unshrunk);

    String footprint = build.footprint();
    Files.write(build.out.resolve("footprint.md"), footprint.getBytes(StandardCharsets.UTF_8));
    System.out.println("ReleaseBuildIT footprint (" + build.out.resolve("footprint.md") + "):\n" + footprint);
    Map<String, Long> resources = build.resources();
    System.out.println("ReleaseBuildIT resources in the shrunk app: " + resources);
    assertThat(resources).as("the bridge script ships once, in the jar").containsKey("io/github/wxshare/android/wxshare-bridge.js");
  }

  /** Runs the app from {@code path} in a class loader of its own, as a page and WeChat use it. */
  private static List<String> runApp(List<Path> path) throws Exception {
    Path codePackage = Files.createTempDirectory("code-package");
    Files.createDirectories(codePackage.resolve("pages"));
    Files.write(codePackage.resolve("pages/thumb.png"), AndroidTestSupport.png(300, 240, 0xFF2060A0, 0xFFF0C020));
    WebView webView = new WebView(RuntimeEnvironment.getApplication());
    webView.getSettings().setJavaScriptEnabled(true);
    webView.loadUrl("https://m.example.com/share.html");
    List<URL> urls = new ArrayList<>();
    for (Path p : path) {
      urls.add(p.toUri().toURL());
    }
    try (ChildFirst loader = new ChildFirst(urls.toArray(new URL[0]), ReleaseBuildIT.class.getClassLoader())) {
      Class<?> app = Class.forName("com.example.releaseapp.ReleaseApp", true, loader);
      assertThat(app.getClassLoader()).as("the app comes from its own build").isSameAs(loader);
      Object running = app.getMethod("start", android.content.Context.class, File.class, WebView.class, List.class)
          .invoke(null, RuntimeEnvironment.getApplication(), codePackage.toFile(), webView, documents());
      List<String> lines = new ArrayList<>();
      lines.addAll(page(webView));
      @SuppressWarnings("unchecked")
      List<String> appLines = (List<String>) app.getMethod("lines", Object.class).invoke(null, running);
      lines.addAll(0, appLines);
      return lines;
    } finally {
      try (java.util.stream.Stream<Path> walk = Files.walk(codePackage)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The page: hello, a valid share and an invalid one in Chinese, through @JavascriptInterface methods only. */
  private static List<String> page(WebView webView) throws Exception {
    ShadowWebView shadow = AndroidTestSupport.shadow(webView);
    Object channel = shadow.getJavascriptInterface(WxShareWebBridge.INTERFACE_NAME);
    assertThat(channel).as("window.%s", WxShareWebBridge.INTERFACE_NAME).isNotNull();
    List<String> lines = new ArrayList<>();
    fromJavaBridgeThread(() -> invoke(channel, "hello", "zh-CN"));
    Matcher ready = READY.matcher(String.valueOf(shadow.getLastEvaluatedJavascript()));
    assertThat(ready.find()).as("hello answered: %s", shadow.getLastEvaluatedJavascript()).isTrue();
    String token = ready.group(1);
    lines.add("page: " + shadow.getLastEvaluatedJavascript().replace(token, "TOKEN"));
    String valid = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\",\"imagePath\":\"/pages/thumb.png\","
        + "\"webpageUrl\":\"https://www.qq.com\"}";
    for (String request : List.of(valid, Fixtures.donutExample())) {
      String before = String.valueOf(shadow.getLastEvaluatedJavascript());
      String call = MAPPER.createObjectNode().put("wxshare", 1).put("id", lines.size()).put("api", "Wechat.shareMiniProgram")
          .put("lang", "zh-CN").put("request", request).toString();
      fromJavaBridgeThread(() -> invoke(channel, "postMessage", token, call));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (String.valueOf(shadow.getLastEvaluatedJavascript()).equals(before) && System.nanoTime() < deadline) {
        AndroidTestSupport.<ShadowLooper>shadow(Looper.getMainLooper()).idle();
        Thread.sleep(5);
      }
      lines.add("page: " + String.valueOf(shadow.getLastEvaluatedJavascript()).replace(token, "TOKEN")
          .replaceAll("wxshare-[0-9a-f-]{36}", "wxshare-TRANSACTION"));
    }
    return lines;
  }

  /** Calls a method as WebView does: only a public method annotated with @JavascriptInterface. */
  private static void invoke(Object channel, String name, String... args) {
    for (Method m : channel.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length && m.isAnnotationPresent(JavascriptInterface.class)) {
        try {
          m.setAccessible(true); // WebView's bridge calls the methods of a class of any visibility
          m.invoke(channel, (Object[]) args);
          return;
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("a page cannot call " + name + ": " + channel.getClass().getName()
        + " has no public @JavascriptInterface method of that name");
  }

  private static void fromJavaBridgeThread(Runnable call) throws InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(() -> {
      try {
        call.run();
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "JavaBridge");
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
    AndroidTestSupport.<ShadowLooper>shadow(Looper.getMainLooper()).idle();
  }

  /** Every conformance vector's document, and the shipped examples. */
  private static List<String> documents() throws IOException {
    List<String> documents = new ArrayList<>();
    for (String file : ShareRequestSchema.VECTOR_FILES) {
      for (JsonNode group : MAPPER.readTree(ShareRequestSchema.vectors(file))) {
        for (JsonNode test : group.get("tests")) {
          documents.add(test.has("document") ? test.get("document").asText() : MAPPER.writeValueAsString(test.get("data")));
        }
      }
    }
    return documents;
  }

  /** Loads classes and resources from its own path first, then from Robolectric's sandbox (Android, the JDK). */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && !name.startsWith("java.") && !name.startsWith("android.")
            && findResource(name.replace('.', '/') + ".class") != null) {
          c = findClass(name);
        }
        if (c == null) {
          c = getParent().loadClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }
  }
}
