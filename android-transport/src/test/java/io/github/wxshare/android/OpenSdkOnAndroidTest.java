package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.app.Application;
import android.content.Intent;
import android.os.Bundle;
import android.os.Looper;
import com.tencent.mm.opensdk.constants.Build;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareResult.Status;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * The transport with the real OpenSDK's own {@code IWXAPI} ({@code WXAPIFactory.createWXAPI}) on
 * Android 8.0 under Robolectric: the OpenSDK finds (or misses) WeChat through the package manager,
 * checks its signature, reads its support API and starts WeChat's activity with the request in the
 * intent. Only WeChat itself is played by the test: it reads that intent and answers through the
 * app's entry activity with the same channel fields, as WeChat does.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class OpenSdkOnAndroidTest {
  private static final String APP_ID = "wx0123456789abcdef";
  private static final ShareMiniProgramRequest REQUEST = ShareMiniProgramRequest.builder()
      .userName("gh_d43f693ca31f").path("pages/index/index?id=42").title("标题 🍩").description("描述")
      .imagePath("/img/card.png").webpageUrl("https://www.qq.com").withShareTicket(true).build();

  @Rule
  public final TemporaryFolder temp = new TemporaryFolder();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private Application app;
  private OpenSdkShareTransport transport;

  /** The app's entry activity, as an app declares it. */
  public static class WXEntryActivity extends WxShareEntryActivity {}

  @Before
  public void setUp() throws Exception {
    SdkLog.install();
    SdkLog.LINES.clear();
    app = RuntimeEnvironment.getApplication();
    AndroidTestSupport.declareEntryActivity(app, WXEntryActivity.class);
    File codePackage = temp.newFolder("code");
    new File(codePackage, "img").mkdirs();
    Files.write(new File(codePackage, "img/card.png").toPath(), AndroidTestSupport.png(1000, 800, 0xffcc0000, 0xff0000cc));
    transport = OpenSdkShareTransport.builder(app, APP_ID).executor(executor)
        .images(AndroidCardImages.builder(app).codePackageDirectory(codePackage).build()).build();
  }

  @After
  public void tearDown() {
    executor.shutdownNow();
    assertThat(PendingShares.size()).as("pending shares after the test").isZero();
  }

  @Test
  public void withoutWeChatTheRealOpenSdkReportsNotInstalled() throws Exception {
    assertThat(AndroidTestSupport.await(transport.share(REQUEST))).isEqualTo(ShareResult.notInstalled());
    assertThat(AndroidTestSupport.<org.robolectric.shadows.ShadowApplication>shadow(app).getNextStartedActivity()).isNull();
  }

  @Test
  public void aWeChatTooOldForCardsIsUnsupportedBeforeAnythingStarts() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.MINIPROGRAM_SUPPORTED_SDK_INT - 1);
    ShareResult result = AndroidTestSupport.await(transport.share(REQUEST));
    assertThat(result.status()).isEqualTo(Status.UNSUPPORTED);
    assertThat(AndroidTestSupport.<org.robolectric.shadows.ShadowApplication>shadow(app).getNextStartedActivity()).isNull();
  }

  @Test
  public void theRequestReachesWeChatsIntentAndItsAnswerCompletesTheShare() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
    CompletableFuture<ShareResult> result = transport.share(REQUEST).toCompletableFuture();
    Intent toWeChat = waitForStartedActivity();
    assertThat(toWeChat.getComponent().getPackageName()).isEqualTo("com.tencent.mm");
    Bundle extras = toWeChat.getExtras();
    List<String> keys = new ArrayList<>(extras.keySet());
    String transaction = extras.getString("_wxapi_basereq_transaction");
    assertThat(transaction).as("keys %s", keys).startsWith("wxshare-");
    // The OpenSDK itself appends "@app" to the original id when it writes the bundle.
    assertThat(extras.getString("_wxminiprogram_username")).isEqualTo("gh_d43f693ca31f@app");
    // ... and writes the page as "page.html?query", as WeChat reads it.
    assertThat(extras.getString("_wxminiprogram_path")).isEqualTo("pages/index/index.html?id=42");
    assertThat(extras.getString("_wxminiprogram_webpageurl")).isEqualTo("https://www.qq.com");
    assertThat(extras.getBoolean("_wxminiprogram_withsharetiket")).isTrue();
    assertThat(extras.getInt("_wxminiprogram_type")).isEqualTo(0);
    assertThat(extras.getString("_wxobject_title")).isEqualTo("标题 🍩");
    assertThat(extras.getString("_wxobject_description")).isEqualTo("描述");
    assertThat(extras.getByteArray("_wxobject_thumbdata")).hasSizeBetween(1, 131072);
    assertThat(extras.getInt("_wxapi_sendmessagetowx_req_scene")).isEqualTo(SendMessageToWX.Req.WXSceneSession);
    assertThat(result).isNotDone();

    // A second copy of the answer, or one that is not from WeChat, changes nothing.
    Intent forged = new Intent(app, WXEntryActivity.class);
    Bundle forgedExtras = new Bundle();
    FakeWxApi.answer(transaction, -2, null).toBundle(forgedExtras);
    forged.putExtras(forgedExtras);
    Robolectric.buildActivity(WXEntryActivity.class, forged).create();
    assertThat(result).as("an intent without WeChat's token and checksum").isNotDone();

    Intent reply = weChatsReply(toWeChat, FakeWxApi.answer(transaction, 0, null));
    WXEntryActivity entry = Robolectric.buildActivity(WXEntryActivity.class, reply).create().get();
    assertThat(entry.isFinishing()).isTrue();
    assertThat(AndroidTestSupport.await(result)).isEqualTo(ShareResult.fromResponse(0, null, transaction));
    Robolectric.buildActivity(WXEntryActivity.class, weChatsReply(toWeChat, FakeWxApi.answer(transaction, -3, null))).create();
    assertThat(result.join().status()).isEqualTo(Status.SENT);
  }

  @Test
  public void anAnswerToAnEntryActivityAlreadyOpenArrivesThroughOnNewIntent() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
    CompletableFuture<ShareResult> result = transport.share(REQUEST).toCompletableFuture();
    Intent toWeChat = waitForStartedActivity();
    String transaction = toWeChat.getExtras().getString("_wxapi_basereq_transaction");
    // An entry activity declared singleTop (or singleTask) that is still open gets WeChat's answer in
    // onNewIntent, not in onCreate.
    org.robolectric.android.controller.ActivityController<WXEntryActivity> open =
        Robolectric.buildActivity(WXEntryActivity.class, new Intent(app, WXEntryActivity.class)).create();
    assertThat(result).isNotDone();
    Intent reply = weChatsReply(toWeChat, FakeWxApi.answer(transaction, -2, null));
    open.newIntent(reply);
    assertThat(open.get().getIntent()).isSameAs(reply);
    assertThat(open.get().isFinishing()).isTrue();
    assertThat(AndroidTestSupport.await(result)).isEqualTo(ShareResult.fromResponse(-2, null, transaction));
  }

  @Test
  public void theLaterFieldsLandInWeChatsIntentAndAreAbsentUnlessSet() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
    java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
    extra.put("activity_id", "1234567890");
    extra.put("键", "值 😀");
    CompletableFuture<ShareResult> result = transport.share(REQUEST.newBuilder().disableForward(true)
        .updatableMessage(true).secretMessage(true).extraInfo(extra).build()).toCompletableFuture();
    Bundle extras = waitForStartedActivity().getExtras();
    assertThat(extras.getInt("_wxminiprogram_disableforward")).isEqualTo(1);
    assertThat(extras.getBoolean("_wxminiprogram_isupdatablemsg")).isTrue();
    assertThat(extras.getBoolean("_wxminiprogram_issecretmsg")).isTrue();
    assertThat((java.util.Map<?, ?>) extras.getSerializable("_wxminiprogram_extrainfo")).isEqualTo(extra);
    result.cancel(false);

    result = transport.share(REQUEST).toCompletableFuture();
    extras = waitForStartedActivity().getExtras();
    assertThat(extras.getInt("_wxminiprogram_disableforward")).isZero();
    assertThat(extras.getBoolean("_wxminiprogram_isupdatablemsg")).isFalse();
    assertThat(extras.getBoolean("_wxminiprogram_issecretmsg")).isFalse();
    assertThat(extras.containsKey("_wxminiprogram_extrainfo")).as("no map: the OpenSDK writes none").isFalse();
    result.cancel(false);
  }

  @Test
  public void aFullyForgedAnswerWithoutTheTransactionCompletesNothing() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
    CompletableFuture<ShareResult> result = transport.share(REQUEST).toCompletableFuture();
    Intent toWeChat = waitForStartedActivity();
    String transaction = toWeChat.getExtras().getString("_wxapi_basereq_transaction");
    // What any app can compute: the OpenSDK's "token" is a constant and its checksum an unkeyed MD5
    // of the content, the SDK version and the package (com.tencent.mm.opensdk.channel.a.b.a).
    String content = "weixin://sendresp?appid=" + APP_ID;
    int sdkVersion = Build.SDK_INT;
    String weChat = "com.tencent.mm";
    List<String> guesses = new ArrayList<>();
    guesses.add("wxshare-" + java.util.UUID.randomUUID());
    guesses.add(transaction.substring(0, transaction.length() - 1) + (transaction.endsWith("0") ? "1" : "0"));
    guesses.add("");
    guesses.add(transaction); // last: the forgery itself passes the OpenSDK's checks; only the transaction stops it
    for (String guess : guesses) {
      Intent forged = new Intent(app, WXEntryActivity.class);
      Bundle extras = new Bundle();
      FakeWxApi.answer(guess, 0, "forged").toBundle(extras);
      extras.putString("_mmessage_content", content);
      extras.putInt("_mmessage_sdkVersion", sdkVersion);
      extras.putString("_mmessage_appPackage", weChat);
      extras.putByteArray("_mmessage_checksum", com.tencent.mm.opensdk.channel.a.b.a(content, sdkVersion, weChat));
      extras.putString("wx_token_key", "com.tencent.mm.openapi.token");
      forged.putExtras(extras);
      Robolectric.buildActivity(WXEntryActivity.class, forged).create();
      if (!guess.equals(transaction)) {
        assertThat(result).as("a forged answer for transaction %s", guess).isNotDone();
        assertThat(PendingShares.size()).isEqualTo(1);
      }
    }
    assertThat(AndroidTestSupport.await(result)).as("with the transaction, the same forgery is taken")
        .isEqualTo(ShareResult.fromResponse(0, "forged", transaction));
  }

  @Test
  public void theOpenSdkKeepsOnlyTheQueryUpToASecondQuestionMarkSoWxshareRefusesItAndItsFixArrivesWhole() throws Exception {
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
    // The OpenSDK's own rewrites, with paths that wxshare's model refuses sent past it to the real sendReq.
    assertThat(sentPath("pages/a?x=1?y=2")).isEqualTo("pages/a.html?x=1");
    assertThat(sentPath("pages/a?u=https://example.com/x?y=1")).isEqualTo("pages/a.html?u=https://example.com/x");
    assertThat(sentPath("pages/a?")).as("an empty query, dropped: harmless").isEqualTo("pages/a.html");
    assertThat(sentPath("?foo=bar")).as("a query alone").isEqualTo(".html?foo=bar");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sentPath("?"))
        .as("a question mark alone").isInstanceOf(ArrayIndexOutOfBoundsException.class);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> REQUEST.newBuilder().path("pages/a?x=1?y=2").build())
        .isInstanceOf(io.github.wxshare.core.InvalidShareRequestException.class)
        .hasMessageContaining("/path: path.questionMark: ").hasMessageContaining("Did you mean pages/a?x=1%3Fy=2?");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> REQUEST.newBuilder().path("?").build())
        .hasMessageContaining("/path: path.format: ");
    CompletableFuture<ShareResult> result = transport.share(REQUEST.newBuilder().path("pages/a?x=1%3Fy=2").build())
        .toCompletableFuture();
    assertThat(waitForStartedActivity().getStringExtra("_wxminiprogram_path")).isEqualTo("pages/a.html?x=1%3Fy=2");
    result.cancel(false);
  }

  /** The path that the real OpenSDK puts in WeChat's intent for {@code rawPath}, sent past wxshare's rules. */
  private String sentPath(String rawPath) throws Exception {
    SendMessageToWX.Req req = OpenSdkRequests.toReq(REQUEST, new byte[] {1}, "raw-" + rawPath);
    ((com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject) req.message.mediaObject).path = rawPath;
    assertThat(transport.api().sendReq(req)).isTrue();
    return waitForStartedActivity().getStringExtra("_wxminiprogram_path");
  }

  private Intent waitForStartedActivity() throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      AndroidTestSupport.<org.robolectric.shadows.ShadowLooper>shadow(Looper.getMainLooper()).idle();
      Intent started = AndroidTestSupport.<org.robolectric.shadows.ShadowApplication>shadow(app).getNextStartedActivity();
      if (started != null) {
        return started;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the OpenSDK started no activity; its log: " + SdkLog.LINES);
  }

  /**
   * WeChat's answer as it arrives: the channel fields WeChat sends back (its token, and the content,
   * version, package and checksum of the message channel, which the OpenSDK verifies), plus the
   * response's own bundle.
   */
  private Intent weChatsReply(Intent toWeChat, SendMessageToWX.Resp resp) {
    Intent reply = new Intent(app, WXEntryActivity.class);
    Bundle extras = new Bundle();
    resp.toBundle(extras);
    for (String key : new String[] {"_mmessage_content", "_mmessage_sdkVersion", "_mmessage_appPackage", "_mmessage_checksum"}) {
      Object value = toWeChat.getExtras().get(key);
      assertThat(value).as(key + " in the OpenSDK's intent; it has " + toWeChat.getExtras().keySet()).isNotNull();
    }
    extras.putString("_mmessage_content", toWeChat.getStringExtra("_mmessage_content"));
    extras.putInt("_mmessage_sdkVersion", toWeChat.getIntExtra("_mmessage_sdkVersion", 0));
    extras.putString("_mmessage_appPackage", toWeChat.getStringExtra("_mmessage_appPackage"));
    extras.putByteArray("_mmessage_checksum", toWeChat.getByteArrayExtra("_mmessage_checksum"));
    extras.putString("wx_token_key", "com.tencent.mm.openapi.token");
    reply.putExtras(extras);
    return reply;
  }
}
