package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject;
import io.github.wxshare.core.image.CardImageLoader;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import io.github.wxshare.imageio.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wxshare-bridge.js} in a real browser: Debian's headless Chromium loads a page from a
 * localhost server, and the page runs the reference documents' examples as they are written.
 *
 * <p>Only the WebView is faked. The page's {@code window.WxShareNative} posts to this test's server
 * instead of calling into Android, and the server answers with the real {@link BridgeChannel} and
 * {@link WxShareWebBridge} over the real {@link OpenSdkShareTransport} (the OpenSDK's classes and
 * {@code checkArgs()}, real card images) with {@link FakeWxApi} for the phone. As in a WebView, the
 * interface is in every frame, the URL the app reads ({@code WebView.getUrl()}) is the main frame's
 * (the main frame reports it), and the scripts the app evaluates ({@code evaluateJavascript}) run in
 * the main frame only, whichever frame called: the main frame fetches them and runs them with a
 * global {@code eval}.
 * Pages from {@code http://127.0.0.1:port} are allowed (the development opt-in), pages from {@code
 * http://localhost:port} (another origin, same server) are not.
 *
 * <p>Without Chromium every test is reported skipped, with the command that installs it.
 */
class BridgeScriptInChromiumTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FAKE_NATIVE = "<!doctype html><meta charset=\"utf-8\"><title>wxshare bridge test</title>\n"
      + "<script>\n"
      + "// Stands in for the app's WebViewChannel in every frame, as addJavascriptInterface does: the same\n"
      + "// two methods, answered by the test's server.\n"
      + "window.WxShareNative = {\n"
      + "  hello: function (lang) { post('/hello', lang, {}); },\n"
      + "  postMessage: function (token, message) {\n"
      + "    post('/call', message, typeof token === 'string' ? { 'X-Wxshare-Token': token } : {});\n"
      + "  }\n"
      + "};\n"
      + "function post(path, body, headers) { fetch(path, { method: 'POST', body: body, headers: headers }); }\n"
      + "// As WebView does: the app reads the main frame's URL (getUrl) and evaluates its scripts in the\n"
      + "// main frame only (evaluateJavascript), whichever frame called.\n"
      + "if (window.top === window) {\n"
      + "  var x = new XMLHttpRequest(); x.open('POST', '/main-frame', false); x.send(location.href);\n"
      + "  (async function () {\n"
      + "    for (let i = 0; i < 2000; i++) {\n"
      + "      let script;\n"
      + "      try { script = await (await fetch('/evaluate', { method: 'POST', body: location.href })).text(); }\n"
      + "      catch (e) { return; }\n"
      + "      if (script) (0, eval)(script);\n"
      + "    }\n"
      + "  })();\n"
      + "}\n"
      + "// A frame that a test drives from the main frame: says hello directly, or shares through the script.\n"
      + "window.addEventListener('message', function (e) {\n"
      + "  if (!e.data || !e.data.wxshareTest) return;\n"
      + "  if (e.data.wxshareTest === 'hello') {\n"
      + "    for (var i = 0; i < e.data.times; i++) window.WxShareNative.hello('en');\n"
      + "    e.source.postMessage({ wxshareTest: 'said' }, '*');\n"
      + "  } else if (e.data.wxshareTest === 'share') {\n"
      + "    var params = JSON.parse(e.data.params); params.fail = function () {}; params.success = function () {};\n"
      + "    wx.miniapp.shareMiniProgramMessage(params);\n"
      + "    e.source.postMessage({ wxshareTest: 'shared' }, '*');\n"
      + "  }\n"
      + "});\n"
      + "</script>\n"
      + "<script src=\"/wxshare-bridge.js\"></script>\n";
  private static final String NO_NATIVE = "<!doctype html><meta charset=\"utf-8\"><title>no app</title>\n"
      + "<script src=\"/wxshare-bridge.js\"></script>\n";
  private static final String BROKEN_NATIVE = "<!doctype html><meta charset=\"utf-8\"><title>broken app</title>\n"
      + "<script>window.WxShareNative = { hello: function () { throw new Error('the app is gone'); },"
      + " postMessage: function () {} };</script>\n"
      + "<script src=\"/wxshare-bridge.js\"></script>\n";
  /** Prepended to every script: waiting for callbacks, and a console that records what the examples print. */
  private static final String PRELUDE = String.join("\n",
      "const until = async (test, ms = 10000) => {",
      "  const end = Date.now() + ms;",
      "  while (!test()) {",
      "    if (Date.now() > end) throw new Error('timed out waiting for ' + test);",
      "    await new Promise((r) => setTimeout(r, 10));",
      "  }",
      "};",
      "const settle = () => new Promise((r) => setTimeout(r, 150));",
      "const plain = (v) => v instanceof Error ? Object.assign({ errorName: v.name, errorMessage: v.message }, v) : v;",
      "const seen = [];",
      "const console = {",
      "  log: (...args) => seen.push(['log', ...args.map(plain)]),",
      "  error: (...args) => seen.push(['error', ...args.map(plain)]),",
      "};",
      "");

  @TempDir
  static Path dir;
  private static BrowserDriver chromium;
  private static HttpServer server;
  private static ExecutorService serverThreads;
  private static String allowed;
  private static String refused;
  private static Path photo;

  private static final FakeWxApi API = new FakeWxApi();
  private static final List<String> REFUSALS = new CopyOnWriteArrayList<>();
  private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
  private static volatile int weChatAnswer;
  private static volatile String mainFrameUrl;
  private static volatile boolean dropReplies;
  private static volatile String answerTimeout;
  private static final LinkedBlockingQueue<String> EVALUATE = new LinkedBlockingQueue<>();
  private static BridgeChannel channel;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(BrowserDriver.CHROMIUM)) {
      // Each test reports itself skipped, with the reason; the build's banner is printed once, near
      // the end of the log, by the suite module (src/test/pom.xml).
      return;
    }
    SdkLog.install();
    photo = dir.resolve("logo.png");
    Files.write(photo, TestImages.png(TestImages.grainyGradient(600, 480, 5)));
    CardImageLoader photoCard = path -> ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
    OpenSdkShareTransport transport = OpenSdkShareTransport.builder(API).images(photoCard).pageImages(photoCard).build();
    API.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, weChatAnswer, null));

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int port = server.getAddress().getPort();
    allowed = "http://127.0.0.1:" + port;
    refused = "http://localhost:" + port;
    WxShareWebBridge bridge = WxShareWebBridge.builder(transport).allowLoopbackHttpOriginForDevelopment(allowed)
        .onRefused((origin, what) -> REFUSALS.add(origin + " " + what)).build();
    channel = new BridgeChannel(bridge);
    byte[] bridgeScript = Files.readAllBytes(Path.of("src/main/js/wxshare-bridge.js"));
    server.createContext("/wxshare-bridge.js", x -> respond(x, 200, "text/javascript", bridgeScript));
    server.createContext("/fake-native.html", x -> respond(x, 200, "text/html", FAKE_NATIVE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/broken-native.html", x -> respond(x, 200, "text/html", BROKEN_NATIVE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/no-native.html", x -> respond(x, 200, "text/html", NO_NATIVE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/main-frame", x -> {
      mainFrameUrl = body(x);
      respond(x, 200, "text/plain", new byte[0]);
    });
    server.createContext("/evaluate", x -> {
      mainFrameUrl = body(x);
      StringBuilder scripts = new StringBuilder();
      try {
        String first = EVALUATE.poll(100, TimeUnit.MILLISECONDS);
        for (String next = first; next != null; next = EVALUATE.poll()) {
          scripts.append(next).append('\n'); // each evaluated in turn, as evaluateJavascript queues them
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(x, 200, "text/javascript", scripts.toString().getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/hello", x -> {
      String lang = body(x);
      String script = channel.hello(mainFrameUrl, lang);
      if (answerTimeout != null) {
        script = script.replaceFirst(",\\d+\\);\\}\\)\\(\\);$", "," + answerTimeout + ");})();");
      }
      EVALUATE.add(script);
      respond(x, 200, "text/plain", new byte[0]);
    });
    server.createContext("/call", x -> {
      String message = body(x);
      REQUESTS.add(MAPPER.readTree(message).path("request").asText());
      channel.postMessage(mainFrameUrl, x.getRequestHeaders().getFirst("X-Wxshare-Token"), message, script -> {
        if (!dropReplies) {
          EVALUATE.add(script);
        }
      });
      respond(x, 200, "text/plain", new byte[0]);
    });
    serverThreads = Executors.newFixedThreadPool(8);
    server.setExecutor(serverThreads);
    server.start();
    chromium = new BrowserDriver();
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  @BeforeEach
  void reset() {
    Assumptions.assumeTrue(chromium != null,
        "Chromium is not installed at " + BrowserDriver.CHROMIUM + ": " + BrowserDriver.INSTALL);
    weChatAnswer = 0;
    dropReplies = false;
    answerTimeout = null;
    EVALUATE.clear();
    API.sent.clear();
    REFUSALS.clear();
    REQUESTS.clear();
  }

  @AfterEach
  void nothingIsLeftPending() {
    assertThat(PendingShares.size()).isZero(); // also when skipped: nothing ran
  }

  private static String body(HttpExchange x) throws IOException {
    return new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void respond(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** Runs {@code script} on {@code page} and returns its value; the page must raise no uncaught error. */
  private static JsonNode run(String page, String locale, String script) throws Exception {
    JsonNode answer = chromium.run(page, locale, PRELUDE + script);
    assertThat(answer.path("ok").asBoolean()).as("the script failed: %s", answer).isTrue();
    assertThat(answer.get("pageErrors")).as("uncaught errors in the page").isEmpty();
    return answer.get("value");
  }

  private static List<String> violations(JsonNode res) {
    List<String> list = new ArrayList<>();
    for (JsonNode v : res.get("violations")) {
      list.add(v.get("pointer").asText() + " " + v.get("code").asText());
    }
    return list;
  }

  @Test
  void theCordovaExampleAsItsDocumentWritesItSharesAndCallsSuccess() throws Exception {
    assertThat(Seeds.cordovaCode()).startsWith("window.Wechat.shareMiniProgram({\n").endsWith("\n);\n");
    JsonNode seen = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "// The Cordova document's example code block, pasted exactly as it is written (seeds/" + Seeds.CORDOVA + "):",
        Seeds.cordovaCode(),
        "await until(() => seen.length > 0);",
        "await settle();",
        "return seen;"));

    assertThat(seen.toString()).isEqualTo("[[\"log\",\"share success\"]]");
    assertThat(REQUESTS).hasSize(1);
    assertThat(MAPPER.readTree(REQUESTS.get(0))).as("the JSON the page sent").isEqualTo(MAPPER.readTree(Fixtures.cordovaExample()));
    assertThat(API.sent).hasSize(1);
    SendMessageToWX.Req req = API.sent.get(0);
    WXMiniProgramObject program = (WXMiniProgramObject) req.message.mediaObject;
    assertThat(program.userName).isEqualTo("gh_67210fc11b59");
    assertThat(program.path).isEqualTo("/pages/index");
    assertThat(program.withShareTicket).isTrue();
    assertThat(req.message.description).isEqualTo("这是一个小程序");
    assertThat(req.message.thumbData.length).isBetween(1, 131072);
    assertThat(REFUSALS).isEmpty();
  }

  @Test
  void whenTheUserCancelsTheCordovaErrorCallbackGetsAnErrorWithTheOutcome() throws Exception {
    weChatAnswer = -2;
    JsonNode seen = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "window.Wechat.shareMiniProgram(" + Fixtures.cordovaExample() + ", function (res) {",
        "  console.log('share success');",
        "}, function (err) {",
        "  console.error(err);",
        "});",
        "await until(() => seen.length > 0);",
        "await settle();",
        "return seen;"));

    assertThat(seen).hasSize(1);
    JsonNode err = seen.get(0).get(1);
    assertThat(seen.get(0).get(0).asText()).isEqualTo("error");
    assertThat(err.get("errorName").asText()).isEqualTo("WxShareError");
    assertThat(err.get("errorMessage").asText()).isEqualTo("The user cancelled the share (errCode -2).");
    assertThat(err.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(err.get("errCode").asInt()).isEqualTo(-2);
    assertThat(err.get("transaction").asText()).isEqualTo(API.sent.get(0).transaction);
    assertThat(err.get("errMsg").asText()).isEqualTo("shareMiniProgram:fail The user cancelled the share (errCode -2).");
  }

  @Test
  void theDonutExampleAsItsDocumentWritesItFailsWithEveryViolationAndSendsNothing() throws Exception {
    String code = Seeds.donutCode();
    assertThat(code).startsWith("wx.miniapp.shareMiniProgramMessage({\n").endsWith("\n})\n")
        .contains("userName: 'Mini Program original id ',  \n", "fail() {\n", "wx.showToast({");
    JsonNode seen = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        // What a Donut app has and a browser does not: wx.showToast, which the example's callbacks call.
        "wx.showToast = (options) => console.log('toast', options.title);",
        // A spy on the call, to see the answer the example's fail() is given (it takes no argument).
        "const share = wx.miniapp.shareMiniProgramMessage;",
        "wx.miniapp.shareMiniProgramMessage = (params) => share(Object.assign({}, params, {",
        "  complete(res) { seen.push(['complete', res]); } }));",
        "// The Donut document's example code block, pasted exactly as it is written (seeds/" + Seeds.DONUT + "):",
        code,
        "await until(() => seen.length > 1);",
        "await settle();",
        "return seen;"));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).toString()).as("the example's fail() ran").isEqualTo(
        "[\"log\",\"toast\",\"Failure: Sharing Small Programs,\"]");
    JsonNode res = seen.get(1).get(1);
    assertThat(res.get("status").asText()).isEqualTo("INVALID");
    assertThat(violations(res)).containsExactly("/WebpageUrl json.unknownProperty", "/MiniprogramType json.unknownProperty",
        "/userName userName.format", "/webpageUrl webpageUrl.required");
    assertThat(res.get("violations").get(0).get("message").asText())
        .startsWith("Unknown key \"WebpageUrl\": did you mean webpageUrl?");
    assertThat(res.get("violations").get(2).get("message").asText()).startsWith("\"Mini Program original id \" is not");
    assertThat(res.get("errMsg").asText()).startsWith("shareMiniProgramMessage:fail The share request is invalid: "
        + "/WebpageUrl json.unknownProperty: ");
    assertThat(MAPPER.readTree(REQUESTS.get(0))).as("the parameters, without the callbacks").isEqualTo(MAPPER.readTree(
        "{\"userName\":\"Mini Program original id \",\"path\":\"pages/index/index\",\"imagePath\":\"/pages/thumb.png\","
            + "\"WebpageUrl\":\"www.qq.com\",\"withShareTicket\":true,\"MiniprogramType\":0,\"scene\":0}"));
    assertThat(API.sent).isEmpty();
  }

  @Test
  void aPageSetsTheLaterFieldsAndTheyReachTheOpenSdksObject() throws Exception {
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const res = await wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', path: 'pages/index/index',",
        "  imagePath: '/pages/thumb.png', webpageUrl: 'https://www.qq.com', disableForward: true,",
        "  isUpdatableMessage: true, isSecretMessage: true, extraInfo: { activity_id: '42', '键': '值' } });",
        "let bad;",
        "try {",
        "  await wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', path: 'pages/a?x=1?y=2',",
        "    imagePath: '/pages/thumb.png', webpageUrl: 'https://www.qq.com', disableForward: 'yes', extraInfo: { n: 1 } });",
        "} catch (e) { bad = e; }",
        "return { res, bad };"));

    assertThat(value.get("res").get("status").asText()).isEqualTo("SENT");
    WXMiniProgramObject program = (WXMiniProgramObject) API.sent.get(0).message.mediaObject;
    assertThat(program.disableforward).isEqualTo(1);
    assertThat(program.isUpdatableMessage).isTrue();
    assertThat(program.isSecretMessage).isTrue();
    assertThat(program.getExtra("activity_id", null)).isEqualTo("42");
    assertThat(program.getExtra("键", null)).isEqualTo("值");
    assertThat(violations(value.get("bad"))).as("type errors first, then the rules, as the codec reports them")
        .containsExactly("/disableForward disableForward.type", "/extraInfo extraInfo.type", "/path path.questionMark");
    assertThat(API.sent).hasSize(1);
  }

  @Test
  void theDonutCallInChineseGetsChineseMessagesWithTheSameCodes() throws Exception {
    JsonNode res = run(allowed + "/fake-native.html", "zh-CN", String.join("\n",
        "let failed;",
        "wx.miniapp.shareMiniProgramMessage(Object.assign(" + Fixtures.donutExample() + ", { fail(res) { failed = res; } }));",
        "await until(() => failed);",
        "return failed;"));

    assertThat(violations(res)).containsExactly("/WebpageUrl json.unknownProperty", "/MiniprogramType json.unknownProperty",
        "/userName userName.format", "/webpageUrl webpageUrl.required");
    assertThat(res.get("errMsg").asText()).startsWith("shareMiniProgramMessage:fail 分享请求无效：");
    assertThat(res.get("violations").get(3).get("message").asText()).isEqualTo(
        io.github.wxshare.core.ShareRequestJson.create().read(Fixtures.donutExample()).violations().get(3)
            .message(java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void withoutCallbacksTheDonutCallReturnsAPromiseThatResolvesOrRejects() throws Exception {
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const good = await wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', path: 'pages/index/index',",
        "  title: 'xxxx', imagePath: '/pages/thumb.png', webpageUrl: 'https://www.qq.com', withShareTicket: 'true',",
        "  miniprogramType: 0, scene: 0 });",
        "let bad;",
        "try { await wx.miniapp.shareMiniProgramMessage({ userName: 'wx1234567890abcdef' }); } catch (e) { bad = e; }",
        "return { good, bad };"));

    JsonNode good = value.get("good");
    assertThat(good.get("errMsg").asText()).isEqualTo("shareMiniProgramMessage:ok");
    assertThat(good.get("status").asText()).isEqualTo("SENT");
    assertThat(good.get("errCode").asInt()).isZero();
    assertThat(good.get("transaction").asText()).isEqualTo(API.sent.get(0).transaction);
    assertThat(violations(value.get("bad"))).containsExactly("/userName userName.appId", "/path path.required",
        "/imagePath imagePath.required", "/webpageUrl webpageUrl.required");
    assertThat(API.sent).hasSize(1);
  }

  @Test
  void functionValuedKeysAreDroppedAndNumbersThatJsonCannotHoldFailAsTypeErrors() throws Exception {
    JsonNode res = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "let failed;",
        "wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', path: 'pages/index/index',",
        "  imagePath: '/pages/thumb.png', webpageUrl: 'https://www.qq.com', miniprogramType: NaN, scene: Infinity,",
        "  onTheSide: function () {}, success() {}, fail(res) { failed = res; } });",
        "await until(() => failed);",
        "return failed;"));

    assertThat(violations(res)).containsExactly("/miniprogramType miniprogramType.type", "/scene scene.type");
    assertThat(MAPPER.readTree(REQUESTS.get(0))).isEqualTo(MAPPER.readTree("{\"userName\":\"gh_d43f693ca31f\","
        + "\"path\":\"pages/index/index\",\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\","
        + "\"miniprogramType\":\"NaN\",\"scene\":\"Infinity\"}"));
  }

  @Test
  void textThatCouldBreakTheAppsScriptsArrivesIntactBothWays() throws Exception {
    String hostile = "\"</script><script>window.pwned=1</script>'\\\u2028\u2029\u0000 中😀";
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const hostile = " + MAPPER.writeValueAsString(hostile) + ";",
        "const sent = await wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', path: 'pages/index/index',",
        "  title: hostile, imagePath: '/pages/thumb.png', webpageUrl: 'https://www.qq.com' });",
        "let failed;",
        "try { await wx.miniapp.shareMiniProgramMessage({ userName: hostile }); } catch (e) { failed = e; }",
        "return { sent: sent.status, message: failed.violations[0].message, hostile, pwned: window.pwned === 1 };"));

    assertThat(value.get("sent").asText()).isEqualTo("SENT");
    assertThat(API.sent.get(0).message.title).isEqualTo(hostile);
    assertThat(value.get("message").asText()).contains(value.get("hostile").asText().substring(0, 20));
    assertThat(value.get("pwned").asBoolean()).isFalse();
  }

  @Test
  void aPageFromAnOriginOffTheListIsRefusedAndTheAppIsTold() throws Exception {
    JsonNode value = run(refused + "/fake-native.html", "en-US", String.join("\n",
        "let failed, completed = 0, cordova;",
        "wx.miniapp.shareMiniProgramMessage(Object.assign(" + Fixtures.cordovaExample() + ",",
        "  { fail(res) { failed = res; }, complete() { completed++; } }));",
        "window.Wechat.shareMiniProgram(" + Fixtures.cordovaExample() + ", null, function (err) { cordova = err; });",
        "await until(() => failed && cordova);",
        "// A page that skips the script and calls the interface itself has no token: refused, no answer.",
        "WxShareNative.postMessage('forged', JSON.stringify({ wxshare: 1, id: 1, request: '{}' }));",
        "await settle();",
        "return { failed, completed, cordova: { status: cordova.status, message: cordova.message } };"));

    JsonNode failed = value.get("failed");
    assertThat(failed.get("status").asText()).isEqualTo("ORIGIN_REFUSED");
    assertThat(failed.get("origin").asText()).isEqualTo(refused);
    assertThat(failed.get("errMsg").asText()).isEqualTo("shareMiniProgramMessage:fail The origin " + refused
        + " is not on this app's wxshare allow-list. The app allows a page with WxShareWebBridge.builder(...).allowOrigin(\""
        + refused + "\").");
    assertThat(value.get("completed").asInt()).isEqualTo(1);
    assertThat(value.get("cordova").get("status").asText()).isEqualTo("ORIGIN_REFUSED");
    assertThat(REFUSALS).containsExactly(refused + " wxshare-bridge.js", refused + " a call without a token the app issued");
    assertThat(REQUESTS).as("only the forged call reached the app").hasSize(1);
    assertThat(API.sent).isEmpty();
  }

  @Test
  void withoutTheAppBothApisFailClearly() throws Exception {
    JsonNode value = run(allowed + "/no-native.html", "en-US", String.join("\n",
        "let donut, completed = 0, cordova, synchronous = true;",
        "wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', fail(res) { donut = { res, synchronous }; },",
        "  complete() { completed++; } });",
        "window.Wechat.shareMiniProgram({}, function () {}, function (err) { cordova = err; });",
        "synchronous = false;",
        "await until(() => donut && cordova);",
        "return { donut, completed, cordova: { name: cordova.name, status: cordova.status, message: cordova.message } };"));

    assertThat(value.get("donut").get("synchronous").asBoolean()).as("callbacks never run before the call returns").isFalse();
    JsonNode res = value.get("donut").get("res");
    assertThat(res.get("status").asText()).isEqualTo("NO_NATIVE");
    assertThat(res.get("errMsg").asText()).isEqualTo("shareMiniProgramMessage:fail wxshare: the app side of the bridge is "
        + "missing (window.WxShareNative is not defined). Open this page in the app, which must call "
        + "WxShareWebBridge.install(webView) before the page loads.");
    assertThat(value.get("completed").asInt()).isEqualTo(1);
    assertThat(value.get("cordova").get("name").asText()).isEqualTo("WxShareError");
    assertThat(value.get("cordova").get("status").asText()).isEqualTo("NO_NATIVE");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "navigator.language {0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "zh-TW | wxshare：缺少應用程式端的橋接",
      "zh-HK | wxshare：缺少應用程式端的橋接",
      "zh-CN | wxshare：缺少应用端的桥接",
      "zh-SG | wxshare：缺少应用端的桥接",
      "en-GB | wxshare: the app side of the bridge is missing"})
  void theScriptsOwnAnswersReadTheLanguageCoreWouldChoose(String language, String start) throws Exception {
    JsonNode res = run(allowed + "/no-native.html", language, String.join("\n",
        "let failed;",
        "wx.miniapp.shareMiniProgramMessage({ userName: 'gh_d43f693ca31f', fail(res) { failed = res; } });",
        "await until(() => failed);",
        "return { message: failed.message, language: navigator.language };"));
    assertThat(res.get("language").asText()).isEqualTo(language);
    assertThat(res.get("message").asText()).startsWith(start);
  }

  @Test
  void anAppSideThatThrowsFailsTheCallInsteadOfLeavingItWaiting() throws Exception {
    JsonNode res = run(allowed + "/broken-native.html", "en-US", String.join("\n",
        "let failed;",
        "wx.miniapp.shareMiniProgramMessage(Object.assign(" + Fixtures.cordovaExample() + ", { fail(res) { failed = res; } }));",
        "await until(() => failed);",
        "return failed;"));

    assertThat(res.get("status").asText()).isEqualTo("NO_NATIVE");
    assertThat(res.get("message").asText()).isEqualTo("wxshare: the app side of the bridge failed: Error: the app is gone");
  }

  @Test
  void parametersThatAreNotJsonFailWithoutReachingTheApp() throws Exception {
    JsonNode res = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const params = { userName: 'gh_d43f693ca31f' };",
        "params.self = params;",
        "let failed;",
        "wx.miniapp.shareMiniProgramMessage(Object.assign(params, { fail(res) { failed = res; } }));",
        "await until(() => failed);",
        "return failed;"));

    assertThat(res.get("status").asText()).isEqualTo("BAD_CALL");
    assertThat(res.get("message").asText()).startsWith("wxshare: the parameters cannot be written as JSON (TypeError: ");
    assertThat(REQUESTS).isEmpty();
  }

  @Test
  void aCallbackThatThrowsDoesNotStopCompleteAndIsReportedAsAnUncaughtError() throws Exception {
    JsonNode answer = chromium.run(allowed + "/fake-native.html", "en-US", PRELUDE + String.join("\n",
        "let completed = 0;",
        "wx.miniapp.shareMiniProgramMessage(Object.assign(" + Fixtures.cordovaExample() + ", {",
        "  success() { throw new Error('bug in the page'); }, fail() { completed = -100; }, complete() { completed++; } }));",
        "await until(() => completed);",
        "await settle();",
        "return completed;"));

    assertThat(answer.get("value").asInt()).isEqualTo(1);
    assertThat(answer.get("pageErrors").toString()).contains("bug in the page");
  }

  @Test
  void anAnswerWithATokenTheAppDidNotGiveThisPageIsIgnored() throws Exception {
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "await wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + ");  // the page now has its token",
        "const second = wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + ");  // sent at once, as id 2",
        "__wxshareBridge._receive('forged', JSON.stringify({ wxshare: 1, id: 2, ok: true, status: 'SENT',",
        "  message: 'forged', transaction: 'forged' }));",
        "return (await second).transaction;"));

    assertThat(value.asText()).isNotEqualTo("forged").isEqualTo(API.sent.get(1).transaction);
  }

  @Test
  void callsMadeBeforeTheAppAnswersTheHandshakeAreQueuedAndAllAnswered() throws Exception {
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const calls = [1, 2, 3].map(() => wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + "));",
        "return (await Promise.all(calls)).map((r) => r.transaction);"));

    assertThat(value).hasSize(3);
    List<String> transactions = new ArrayList<>();
    value.forEach(t -> transactions.add(t.asText()));
    assertThat(transactions).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(API.sent.stream().map(r -> r.transaction).toList());
  }

  @Test
  void helloInALoopFromACrossOriginAndASameOriginFrameLeavesTheMainFramesShareAnswered() throws Exception {
    String params = MAPPER.writeValueAsString(Fixtures.cordovaExample());
    JsonNode value = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "const frame = async (src) => {",
        "  const f = document.createElement('iframe');",
        "  f.src = src;",
        "  const loaded = new Promise((r) => f.onload = r);",
        "  document.body.appendChild(f);",
        "  await loaded;",
        "  return f;",
        "};",
        "const said = (f, command) => new Promise((r) => {",
        "  const on = (e) => { if (e.source === f.contentWindow) { window.removeEventListener('message', on); r(e.data); } };",
        "  window.addEventListener('message', on);",
        "  f.contentWindow.postMessage(command, '*');",
        "});",
        "const first = await wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + ");",
        "const ad = await frame('" + refused + "/fake-native.html');",
        "const same = await frame('" + allowed + "/fake-native.html');",
        "await said(ad, { wxshareTest: 'hello', times: 100 });",
        "await said(same, { wxshareTest: 'hello', times: 100 });",
        "await said(ad, { wxshareTest: 'share', params: " + params + " });",
        "await new Promise((r) => setTimeout(r, 1500));  // the frames' hellos reach the app and the main frame",
        "const after = await wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + ");",
        "return [first.status, after.status, after.transaction];"));

    assertThat(value.get(0).asText()).isEqualTo("SENT");
    assertThat(value.get(1).asText()).as("the main frame's share after 200 hellos from frames").isEqualTo("SENT");
    assertThat(value.get(2).asText()).isEqualTo(API.sent.get(API.sent.size() - 1).transaction);
    assertThat(API.sent).as("the frame's own share got no token, so it never reached the app").hasSize(2);
    assertThat(channel.liveTokens()).isLessThanOrEqualTo(BridgeChannel.MAX_TOKENS);
  }

  @Test
  void aCallWhoseReplyNeverComesAnswersNoAnswerAfterTheTimeTheAppGave() throws Exception {
    dropReplies = true;
    answerTimeout = "1400";
    JsonNode res = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "return await new Promise((resolve) => Wechat.shareMiniProgram(" + Fixtures.cordovaExample() + ",",
        "  (r) => resolve({ ok: r }), (e) => resolve({ status: e.status, message: e.message })));"));
    assertThat(res.get("status").asText()).isEqualTo("NO_ANSWER");
    assertThat(res.get("message").asText()).isEqualTo("wxshare: the app did not answer this call within 1 s.");
  }

  @Test
  void aRefusalReadDuringANavigationDoesNotStickToTheAllowedPage() throws Exception {
    JsonNode res = run(allowed + "/fake-native.html", "en-US", String.join("\n",
        "// The app read the previous page's URL for this hello: its refusal must not land here.",
        "(0, eval)(" + MAPPER.writeValueAsString(channel.hello(refused + "/old.html", "en")) + ");",
        "const r = await wx.miniapp.shareMiniProgramMessage(" + Fixtures.cordovaExample() + ");",
        "return r.status;"));
    assertThat(res.asText()).isEqualTo("SENT");
  }
}
