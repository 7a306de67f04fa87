package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageLoader;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import io.github.wxshare.imageio.TestImages;
import io.github.wxshare.schema.ShareRequestSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WxShareWebBridge#call} on the JVM: a page's call as JSON in, the reply as JSON out, sent
 * through the real {@link OpenSdkShareTransport} (real OpenSDK classes, their {@code checkArgs()},
 * real card images) with {@link FakeWxApi} standing in for the phone.
 */
class WxShareWebBridgeTest {
  static final String ORIGIN = "https://m.example.com";
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String CORDOVA = Fixtures.cordovaExample();

  @TempDir
  static Path dir;
  static Path photo;

  final FakeWxApi api = new FakeWxApi();
  final List<String> refusals = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    SdkLog.install();
    photo = dir.resolve("logo.png");
    Files.write(photo, TestImages.png(TestImages.grainyGradient(600, 480, 3)));
  }

  @AfterEach
  void nothingIsLeftPending() {
    assertThat(PendingShares.size()).as("pending shares after the test").isZero();
  }

  /** The photo for every path, from the app and from pages alike (page paths are tested in PageImagesThroughTheBridgeTest). */
  OpenSdkShareTransport.Builder transport() {
    CardImageLoader photoCard = path -> ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
    return OpenSdkShareTransport.builder(api).images(photoCard).pageImages(photoCard).executor(Runnable::run);
  }

  WxShareWebBridge bridge(ShareTransport transport) {
    return WxShareWebBridge.builder(transport).allowOrigin(ORIGIN).allowLoopbackHttpOriginForDevelopment("http://localhost:8080")
        .onRefused((origin, what) -> refusals.add(origin + " " + what)).build();
  }

  static String call(long id, String lang, String request) {
    ObjectNode call = MAPPER.createObjectNode().put("wxshare", 1).put("id", id).put("api", "Wechat.shareMiniProgram");
    if (lang != null) {
      call.put("lang", lang);
    }
    return call.put("request", request).toString();
  }

  static JsonNode answer(WxShareWebBridge bridge, String origin, String message) throws Exception {
    String reply = bridge.call(origin, message).toCompletableFuture().get(10, TimeUnit.SECONDS);
    JsonNode node = MAPPER.readTree(reply);
    assertThat(node.get("wxshare").asInt()).isEqualTo(1);
    assertThat(node.get("message").asText()).as("every reply says what happened").isNotBlank();
    return node;
  }

  /** WeChat answers every share with {@code errCode}. */
  void weChatAnswers(int errCode, String errStr) {
    api.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, errCode, errStr));
  }

  @Test
  void theCordovaExampleIsSentAndWeChatsAnswerComesBack() throws Exception {
    weChatAnswers(0, null);
    JsonNode reply = answer(bridge(transport().build()), ORIGIN, call(7, "en-US", CORDOVA));

    assertThat(reply.get("id").asLong()).isEqualTo(7);
    assertThat(reply.get("ok").asBoolean()).isTrue();
    assertThat(reply.get("status").asText()).isEqualTo("SENT");
    assertThat(reply.get("errCode").asInt()).isZero();
    assertThat(reply.get("transaction").asText()).startsWith("wxshare-").isEqualTo(api.sent.get(0).transaction);
    assertThat(reply.get("message").asText()).startsWith("WeChat took the card (errCode 0)");
    assertThat(api.sent).hasSize(1);
    WXMiniProgramObject program = (WXMiniProgramObject) api.sent.get(0).message.mediaObject;
    assertThat(program.userName).isEqualTo("gh_67210fc11b59");
    assertThat(program.path).isEqualTo("/pages/index");
    assertThat(program.webpageUrl).isEqualTo("https://byteee.fund");
    assertThat(program.withShareTicket).isTrue();
    assertThat(api.sent.get(0).message.title).isEqualTo("XX小程序");
  }

  @ParameterizedTest
  @CsvSource({
      "-1, FAILED, WeChat could not send the card (errCode -1): comm",
      "-2, CANCELLED, The user cancelled the share (errCode -2).",
      "-3, FAILED, WeChat could not send the card (errCode -3): comm",
      "-4, DENIED, WeChat denied the share (errCode -4): check the app's AppID",
      "-5, UNSUPPORTED, The installed WeChat cannot share this card (errCode -5): comm",
      "-6, BANNED, WeChat has banned this app from sharing (errCode -6).",
      "42, FAILED, WeChat could not send the card (errCode 42): comm"})
  void everyAnswerOfWeChatIsAFailureWithItsCodeAndText(int errCode, String status, String message) throws Exception {
    weChatAnswers(errCode, "comm");
    JsonNode reply = answer(bridge(transport().build()), ORIGIN, call(1, null, CORDOVA));

    assertThat(reply.get("ok").asBoolean()).isFalse();
    assertThat(reply.get("status").asText()).isEqualTo(status);
    assertThat(reply.get("errCode").asInt()).isEqualTo(errCode);
    assertThat(reply.get("errStr").asText()).isEqualTo("comm");
    assertThat(reply.get("message").asText()).startsWith(message);
  }

  @Test
  void outcomesWithoutAnAnswerOfWeChatHaveNoErrCode() throws Exception {
    api.installed = false;
    JsonNode notInstalled = answer(bridge(transport().build()), ORIGIN, call(1, null, CORDOVA));
    assertThat(notInstalled.get("status").asText()).isEqualTo("NOT_INSTALLED");
    assertThat(notInstalled.has("errCode")).isFalse();
    assertThat(notInstalled.get("message").asText()).isEqualTo("WeChat is not installed on this device.");

    api.installed = true;
    api.supportApi = 0x21020001;
    JsonNode old = answer(bridge(transport().build()), ORIGIN, call(2, "zh-CN", CORDOVA));
    assertThat(old.get("status").asText()).isEqualTo("UNSUPPORTED");
    assertThat(old.get("message").asText()).startsWith("已安装的微信不支持这次分享：Mini Program cards need WeChat 6.5.6");

    api.supportApi = com.tencent.mm.opensdk.constants.Build.SDK_INT;
    api.sendResult = false;
    JsonNode rejected = answer(bridge(transport().build()), ORIGIN, call(3, null, CORDOVA));
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED_LOCALLY");
    assertThat(rejected.get("message").asText()).startsWith("The WeChat OpenSDK refused the request before it reached "
        + "WeChat: IWXAPI.sendReq returned false");

    api.sendResult = true;
    JsonNode late = answer(bridge(transport().timeout(Duration.ofMillis(50)).build()), ORIGIN, call(4, null, CORDOVA));
    assertThat(late.get("status").asText()).isEqualTo("TIMED_OUT");
    assertThat(late.get("transaction").asText()).startsWith("wxshare-");
  }

  @Test
  void everyInvalidConformanceVectorIsAnsweredWithItsViolationsAndNothingIsSent() throws Exception {
    WxShareWebBridge bridge = bridge(transport().build());
    int checked = 0;
    for (String file : ShareRequestSchema.VECTOR_FILES) {
      for (JsonNode group : MAPPER.readTree(ShareRequestSchema.vectors(file))) {
        for (JsonNode test : group.get("tests")) {
          if (test.get("valid").asBoolean()) {
            continue;
          }
          String text = test.has("document") ? test.get("document").asText() : MAPPER.writeValueAsString(test.get("data"));
          JsonNode reply = answer(bridge, ORIGIN, call(checked, "en", text));
          String name = file + ": " + test.get("description").asText();
          assertThat(reply.get("id").asInt()).as(name).isEqualTo(checked);
          assertThat(reply.get("ok").asBoolean()).as(name).isFalse();
          assertThat(reply.get("status").asText()).as(name).isEqualTo("INVALID");
          List<String> got = new ArrayList<>();
          for (JsonNode v : reply.get("violations")) {
            got.add(v.get("pointer").asText() + " " + v.get("code").asText());
            assertThat(v.get("message").asText()).as(name).isNotBlank();
          }
          List<String> expected = new ArrayList<>();
          for (JsonNode v : test.get("violations")) {
            expected.add(v.get("pointer").asText() + " " + v.get("code").asText());
          }
          assertThat(got).as(name).containsExactlyElementsOf(expected);
          checked++;
        }
      }
    }
    assertThat(checked).as("invalid vectors").isGreaterThanOrEqualTo(150);
    assertThat(api.sent).isEmpty();
  }

  @Test
  void violationsSpeakThePagesLanguageAndKeepTheirCodes() throws Exception {
    WxShareWebBridge bridge = bridge(transport().build());
    String donut = Fixtures.donutExample();
    List<Violation> expected = ShareRequestJson.create().read(donut).violations();

    JsonNode zh = answer(bridge, ORIGIN, call(1, "zh-CN", donut));
    JsonNode plainZh = answer(bridge, ORIGIN, call(2, "zh", donut));
    JsonNode tw = answer(bridge, ORIGIN, call(3, "zh-TW", donut));
    JsonNode en = answer(bridge, ORIGIN, call(4, "en-GB", donut));

    for (int i = 0; i < expected.size(); i++) {
      Violation v = expected.get(i);
      assertThat(zh.get("violations").get(i).get("code").asText()).isEqualTo(v.code());
      assertThat(zh.get("violations").get(i).get("message").asText()).isEqualTo(v.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(plainZh.get("violations").get(i).get("message").asText()).isEqualTo(v.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(tw.get("violations").get(i).get("message").asText()).isEqualTo(v.message(Locale.TRADITIONAL_CHINESE))
          .isNotEqualTo(v.message(Locale.ENGLISH)).isNotEqualTo(v.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(en.get("violations").get(i).get("message").asText()).isEqualTo(v.message(Locale.ENGLISH));
    }
    assertThat(zh.get("message").asText()).startsWith("分享请求无效：/WebpageUrl json.unknownProperty: ");
    assertThat(tw.get("message").asText()).startsWith("分享請求無效：/WebpageUrl json.unknownProperty: 未知的鍵");
    assertThat(en.get("message").asText()).startsWith("The share request is invalid: /WebpageUrl json.unknownProperty: "
        + "Unknown key \"WebpageUrl\": did you mean webpageUrl?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example", "http://m.example.com", "https://m.example.com:8443",
      "https://m.example.com.evil.example", "file:///android_asset/www/index.html", "null", "about:blank",
      "data:text/html,hi", "http://localhost:8081"})
  void aCallFromAnOriginOffTheListIsRefusedAndReported(String origin) throws Exception {
    JsonNode reply = answer(bridge(transport().build()), origin, call(9, "en", CORDOVA));

    assertThat(reply.get("id").asLong()).isEqualTo(9);
    assertThat(reply.get("ok").asBoolean()).isFalse();
    assertThat(reply.get("status").asText()).isEqualTo("ORIGIN_REFUSED");
    String normalised = Origins.of(origin);
    assertThat(refusals).containsExactly(normalised + " Wechat.shareMiniProgram()");
    assertThat(api.sent).isEmpty();
    if (normalised == null) {
      assertThat(reply.get("origin").isNull()).isTrue();
      assertThat(reply.get("message").asText()).startsWith("A page without a web origin");
    } else {
      assertThat(reply.get("origin").asText()).isEqualTo(normalised);
      assertThat(reply.get("message").asText()).isEqualTo("The origin " + normalised + " is not on this app's "
          + "wxshare allow-list. The app allows a page with WxShareWebBridge.builder(...).allowOrigin(\"" + normalised + "\").");
    }
  }

  @Test
  void aNullOriginIsRefusedToo() throws Exception {
    JsonNode reply = answer(bridge(transport().build()), null, call(9, "zh-CN", CORDOVA));
    assertThat(reply.get("status").asText()).isEqualTo("ORIGIN_REFUSED");
    assertThat(reply.get("message").asText()).startsWith("没有网络来源的页面");
    assertThat(refusals).containsExactly("null Wechat.shareMiniProgram()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://M.Example.COM", "https://m.example.com:443", "https://m.example.com/any/page?x=1#y"})
  void theOriginIsComparedInItsNormalForm(String url) throws Exception {
    weChatAnswers(-2, null);
    assertThat(answer(bridge(transport().build()), url, call(1, null, CORDOVA)).get("status").asText()).isEqualTo("CANCELLED");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "not json at all                                                   | | the call is not valid JSON: ",
      "[1, 2]                                                            | | the call is not a JSON object",
      "{\"wxshare\": 1, \"request\": \"{}\"}                             | | the call has no id",
      "{\"wxshare\": 1, \"id\": \"7\", \"request\": \"{}\"}              | | the call's id is not an integer",
      "{\"wxshare\": 1, \"id\": 7}                                       | 7 | the call has no \"request\" string",
      "{\"wxshare\": 1, \"id\": 7, \"request\": {\"userName\": \"x\"}}   | 7 | the call's \"request\" is not a string",
      "{\"wxshare\": 2, \"id\": 7, \"request\": \"{}\"}                  | 7 | the call's \"wxshare\" version is 2, but this app reads version 1",
      "{\"id\": 7, \"request\": \"{}\"}                                  | 7 | the call's \"wxshare\" version is null",
      "{\"wxshare\": 1, \"id\": 7, \"id\": 8, \"request\": \"{}\"}        | 7 | the call has the member \"id\" twice",
      "{\"wxshare\": 1, \"id\": 7, \"request\": \"{}\"} {}               | 7 | the call has text after its JSON object",
      "{\"wxshare\": 1, \"id\": 7, \"lang\": 5, \"request\": \"{}\"}     | 7 | the call's \"lang\" is not a string"})
  void aMessageThatIsNotACallIsABadCall(String message, Long id, String text) throws Exception {
    JsonNode reply = answer(bridge(transport().build()), ORIGIN, message);

    assertThat(reply.get("status").asText()).isEqualTo("BAD_CALL");
    assertThat(reply.get("ok").asBoolean()).isFalse();
    assertThat(reply.get("message").asText()).startsWith(text);
    if (id == null) {
      assertThat(reply.get("id").isNull()).isTrue();
    } else {
      assertThat(reply.get("id").asLong()).isEqualTo(id);
    }
    assertThat(api.sent).isEmpty();
  }

  @Test
  void aNullOrHugeMessageIsABadCallBeforeAnythingIsParsed() throws Exception {
    WxShareWebBridge bridge = bridge(transport().build());
    assertThat(answer(bridge, ORIGIN, null).get("message").asText()).startsWith("the call is null");
    String huge = "{\"wxshare\":1,\"id\":1,\"request\":\"" + "\\u0041".repeat(67000) + "x\"}";
    assertThat(huge.length()).isGreaterThan(6 * 65536 + 4096);
    assertThat(answer(bridge, ORIGIN, huge).get("message").asText()).contains("over the limit of " + (6 * 65536 + 4096));
  }

  @Test
  void anOversizedRequestInsideACallIsTheCodecsTooLarge() throws Exception {
    String request = "{\"title\": \"" + "a".repeat(70_000) + "\"}";
    JsonNode reply = answer(bridge(transport().build()), ORIGIN, call(1, null, request));
    assertThat(reply.get("status").asText()).isEqualTo("INVALID");
    assertThat(reply.get("violations").get(0).get("code").asText()).isEqualTo("json.tooLarge");
  }

  /** 6,000 unknown keys: the reply lists the first 100 and counts them all, so it is smaller than the call. */
  @Test
  void aRequestOfThousandsOfMistakesGetsAReplyNoLargerThanTheCall() throws Exception {
    StringBuilder request = new StringBuilder("{");
    for (int i = 0; i < 6000; i++) {
      request.append(i == 0 ? "" : ",").append(String.format("\"u%04d\":0", i));
    }
    String message = call(1, "zh-CN", request.append('}').toString());
    String reply = bridge(transport().build()).call(ORIGIN, message).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(reply.length()).isLessThan(message.length());
    JsonNode node = MAPPER.readTree(reply);
    assertThat(node.get("status").asText()).isEqualTo("INVALID");
    assertThat(node.get("violationCount").asInt()).isEqualTo(6004);
    assertThat(node.get("violations")).hasSize(100);
    assertThat(node.get("message").asText()).endsWith("\u2026 +5904");
  }

  @Test
  void anImageThatCannotBeMadeIsImageFailedWithTheReasonAndTheDetailGoesToTheAppOnly() throws Exception {
    CardImageLoader missing = path -> {
      throw new CardImageException(path, CardImageException.Reason.UNDECODABLE, "not an image Android decodes "
          + "(1294 bytes starting 72 6f 6f 74 3a 78 3a 30)");
    };
    OpenSdkShareTransport transport = transport().images(missing).pageImages(missing).build();
    List<String> told = new ArrayList<>();
    WxShareWebBridge bridge = WxShareWebBridge.builder(transport).allowOrigin(ORIGIN)
        .onFailure((origin, e) -> told.add(origin + " " + e.getMessage())).build();
    JsonNode reply = answer(bridge, ORIGIN, call(5, "zh-CN", CORDOVA));

    assertThat(reply.get("status").asText()).isEqualTo("IMAGE_FAILED");
    assertThat(reply.get("reason").asText()).isEqualTo("UNDECODABLE");
    assertThat(reply.get("image").asText()).isEqualTo("www/img/logo.png");
    assertThat(reply.get("message").asText())
        .isEqualTo("无法生成卡片图片：它不是应用能解码的图片。请使用 JPEG、PNG、WebP、GIF 或 BMP。");
    assertThat(reply.toString()).doesNotContain("1294", "72 6f");
    assertThat(told).containsExactly(ORIGIN + " www/img/logo.png: not an image Android decodes "
        + "(1294 bytes starting 72 6f 6f 74 3a 78 3a 30)");
    assertThat(api.sent).isEmpty();
  }

  @Test
  void aTransportThatFailsOrThrowsIsAnErrorReplyNotAnException() throws Exception {
    CompletableFuture<ShareResult> broken = new CompletableFuture<>();
    broken.completeExceptionally(new IllegalStateException("boom"));
    JsonNode failed = answer(bridge(request -> broken), ORIGIN, call(1, null, CORDOVA));
    assertThat(failed.get("status").asText()).isEqualTo("ERROR");
    assertThat(failed.get("message").asText()).isEqualTo("The share failed inside the app; the app has logged why.");

    JsonNode thrown = answer(bridge(request -> {
      throw new IllegalStateException("thrown");
    }), ORIGIN, call(2, null, CORDOVA));
    assertThat(thrown.get("status").asText()).isEqualTo("ERROR");
    assertThat(thrown.get("id").asInt()).isEqualTo(2);
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheRefusal() throws Exception {
    WxShareWebBridge bridge = WxShareWebBridge.builder(transport().build()).allowOrigin(ORIGIN)
        .onRefused((origin, what) -> {
          throw new IllegalStateException("listener bug");
        }).build();
    assertThat(answer(bridge, "https://evil.example", call(1, null, CORDOVA)).get("status").asText()).isEqualTo("ORIGIN_REFUSED");
  }

  @Test
  void theAllowListTakesOriginsOnlyAndSaysWhatIsWrong() {
    ShareTransport transport = transport().build();
    assertThatThrownBy(() -> WxShareWebBridge.builder(transport).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no origin is allowed, so every page would be refused");
    for (String notAnOrigin : new String[] {"https://m.example.com/share.html", "https://*.example.com", "m.example.com",
        "file:///android_asset/", "https://user@m.example.com", "https://m.example.com?x", "ftp://m.example.com"}) {
      assertThatThrownBy(() -> WxShareWebBridge.builder(transport).allowOrigin(notAnOrigin)).as(notAnOrigin)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("\"" + notAnOrigin + "\" is not an origin: ");
    }
    assertThatThrownBy(() -> WxShareWebBridge.builder(transport).allowOrigin("http://m.example.com"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is plain http")
        .hasMessageContaining("Allow its https origin instead");
    assertThatThrownBy(() -> WxShareWebBridge.builder(transport).allowOrigin(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("origin == null");

    // Plain http on the phone itself only through the opt-in whose name says it is for development.
    for (String loopback : new String[] {"http://127.0.0.1:9000", "http://localhost", "http://[::1]:9000"}) {
      assertThatThrownBy(() -> WxShareWebBridge.builder(transport).allowOrigin(loopback)).as(loopback)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"" + loopback + "\" is plain http on the phone itself: on a user's phone any app can listen on "
              + "that port and share in your app's name. For a development server, use "
              + "allowLoopbackHttpOriginForDevelopment(\"" + loopback + "\") in development builds only");
    }
    for (String notLoopback : new String[] {"http://m.example.com", "https://localhost"}) {
      assertThatThrownBy(() -> WxShareWebBridge.builder(transport).allowLoopbackHttpOriginForDevelopment(notLoopback))
          .as(notLoopback).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("allowLoopbackHttpOriginForDevelopment(\"" + notLoopback + "\"): it takes http origins on "
              + "localhost, 127.0.0.1 or [::1] only");
    }
    WxShareWebBridge bridge = WxShareWebBridge.builder(transport).allowOrigin("HTTPS://M.Example.com:443/")
        .allowLoopbackHttpOriginForDevelopment("http://127.0.0.1:9000")
        .allowLoopbackHttpOriginForDevelopment("http://[::1]:9000").allowOrigin("https://appassets.androidplatform.net")
        .build();
    assertThat(bridge.allowedOrigins()).containsExactly("https://m.example.com", "http://127.0.0.1:9000",
        "http://[::1]:9000", "https://appassets.androidplatform.net");
  }

  @Test
  void theShippedScriptIsOnTheClassPathAndIsTheSourceFile() throws Exception {
    assertThat(WxShareWebBridge.script())
        .isEqualTo(new String(Files.readAllBytes(Path.of("src/main/js/wxshare-bridge.js")), StandardCharsets.UTF_8))
        .contains("wx.miniapp.shareMiniProgramMessage", "Wechat.shareMiniProgram");
  }
}
