package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.app.Application;
import io.github.wxshare.android.SetupProblem.Code;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.util.ReflectionHelpers;

/**
 * The set-up check on Android 8.0 under Robolectric, over apps installed from manifests that each
 * have one of the mistakes wrapper users report, and one that has none: each mistake is its own
 * problem with its fix in English and Chinese, and a share under it completes at once (the timeout
 * is five minutes) without sending anything.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class SetupCheckTest {
  private static final String APP_ID = "wx0123456789abcdef";
  private static final ShareMiniProgramRequest REQUEST = ShareMiniProgramRequest.builder()
      .userName("gh_d43f693ca31f").path("pages/index/index").imagePath("/img/card.png")
      .webpageUrl("https://www.qq.com").build();

  @Rule
  public final TemporaryFolder temp = new TemporaryFolder();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final FakeWxApi weChat = new FakeWxApi();
  private Application app;
  private File codePackage;

  @Before
  public void setUp() throws Exception {
    app = RuntimeEnvironment.getApplication();
    codePackage = temp.newFolder("code");
    new File(codePackage, "img").mkdirs();
    Files.write(new File(codePackage, "img/card.png").toPath(), AndroidTestSupport.png(500, 400, 0xffcc0000, 0xff0000cc));
  }

  @After
  public void tearDown() {
    executor.shutdownNow();
    assertThat(PendingShares.size()).as("pending shares after the test").isZero();
  }

  private List<SetupProblem> check(String manifest, String applicationId) throws Exception {
    InstalledApp installed = InstalledApp.install(app, manifest, applicationId);
    return WxShareSetup.check(installed.context, APP_ID, installed.manifest);
  }

  private OpenSdkShareTransport transport(String manifest, String applicationId) throws Exception {
    InstalledApp installed = InstalledApp.install(app, manifest, applicationId);
    OpenSdkShareTransport.Builder b = OpenSdkShareTransport.builder(installed.context, APP_ID).executor(executor)
        .timeout(Duration.ofMinutes(5))
        .images(AndroidCardImages.builder(app).codePackageDirectory(codePackage).build());
    b.apiFactory = (context, appId) -> weChat;
    b.manifest = context -> installed.manifest;
    return b.build();
  }

  /** The one problem of {@code manifest}, and a share under it refused at once with that problem. */
  private SetupProblem theOnlyProblem(String manifest, String applicationId, Code code) throws Exception {
    List<SetupProblem> problems = check(manifest, applicationId);
    assertThat(problems).extracting(SetupProblem::code).containsExactly(code);
    SetupProblem p = problems.get(0);
    assertThat(p.blocksShares()).isTrue();
    assertThat(p.message(Locale.ENGLISH)).isNotBlank().doesNotContainPattern("\\p{IsHan}");
    assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}")
        .isNotEqualTo(p.message(Locale.TRADITIONAL_CHINESE));
    assertThat(p.message(Locale.forLanguageTag("zh-HK"))).isEqualTo(p.message(Locale.TRADITIONAL_CHINESE));
    assertThat(p.toString()).isEqualTo(code + ": " + p.message(Locale.ENGLISH) + " Fix: " + p.fix());

    CompletableFuture<ShareResult> share = transport(manifest, applicationId).share(REQUEST).toCompletableFuture();
    assertThat(share).as("completed at once, not after the five-minute timeout").isCompletedExceptionally();
    assertThatThrownBy(share::get).isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(ShareSetupException.class).hasMessageContaining(p.fix());
    ShareSetupException e = (ShareSetupException) catchCause(share);
    assertThat(e.problems()).containsExactly(p);
    assertThat(weChat.sent).as("nothing sent").isEmpty();
    return p;
  }

  /** Waits (up to 10 s) for the share's image and sendReq on the executor; exactly one request is sent. */
  private void awaitOneSent() throws InterruptedException {
    for (int i = 0; i < 2000 && weChat.sent.isEmpty(); i++) {
      Thread.sleep(5);
    }
    assertThat(weChat.sent).hasSize(1);
  }

  private static Throwable catchCause(CompletableFuture<?> f) {
    try {
      f.get();
      throw new AssertionError("completed normally");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  public void aCorrectManifestHasNoProblemAndItsShareIsSent() throws Exception {
    assertThat(check("correct.xml", "com.example.app")).isEmpty();
    OpenSdkShareTransport transport = transport("correct.xml", "com.example.app");
    assertThat(transport.setupProblems()).isEmpty();
    CompletableFuture<ShareResult> share = transport.share(REQUEST).toCompletableFuture();
    awaitOneSent();
    assertThat(share).isNotDone();
    share.cancel(false);
  }

  @Test
  public void aMissingEntryActivityIsNamedWithTheActivityToDeclare() throws Exception {
    SetupProblem p = theOnlyProblem("missing-activity.xml", "com.example.app", Code.ENTRY_ACTIVITY_MISSING);
    assertThat(p.fix()).isEqualTo("<activity android:name=\"com.example.app.wxapi.WXEntryActivity\" "
        + "android:exported=\"true\" android:launchMode=\"singleTask\" android:taskAffinity=\"com.example.app\" "
        + "android:theme=\"@android:style/Theme.Translucent.NoTitleBar\" />");
    assertThat(p.message(Locale.ENGLISH)).contains("public class WXEntryActivity extends "
        + "io.github.wxshare.android.WxShareEntryActivity {}");
  }

  @Test
  public void anEntryActivityInAnotherPackageGetsTheAliasWeChatStarts() throws Exception {
    SetupProblem p = theOnlyProblem("wrong-package.xml", "com.example.app", Code.ENTRY_ACTIVITY_WRONG_PACKAGE);
    assertThat(p.fix()).isEqualTo("<activity-alias android:name=\"com.example.app.wxapi.WXEntryActivity\" "
        + "android:targetActivity=\"com.example.app.share.WXEntryActivity\" android:exported=\"true\" />");
  }

  @Test
  public void anApplicationIdThatDiffersFromTheNamespaceIsTheWrongPackageUntilTheAliasIsThere() throws Exception {
    SetupProblem p = theOnlyProblem("correct.xml", "com.example.app.debug", Code.ENTRY_ACTIVITY_WRONG_PACKAGE);
    assertThat(p.fix()).isEqualTo("<activity-alias android:name=\"com.example.app.debug.wxapi.WXEntryActivity\" "
        + "android:targetActivity=\"com.example.app.wxapi.WXEntryActivity\" android:exported=\"true\" />");
    assertThat(p.message(Locale.ENGLISH)).contains("applicationId (com.example.app.debug)");
    assertThat(check("application-id-alias.xml", "com.example.app.debug")).as("with that alias").isEmpty();
  }

  @Test
  public void anEntryActivityThatIsNotExportedIsToldToBe() throws Exception {
    SetupProblem p = theOnlyProblem("not-exported.xml", "com.example.app", Code.ENTRY_ACTIVITY_NOT_EXPORTED);
    assertThat(p.fix()).isEqualTo("android:exported=\"true\"");
  }

  @Test
  public void anEntryClassTheAppDoesNotHaveIsNamed() throws Exception {
    SetupProblem p = theOnlyProblem("class-missing.xml", "com.example.gone", Code.ENTRY_CLASS_MISSING);
    assertThat(p.fix()).isEqualTo("package com.example.gone.wxapi;  public class WXEntryActivity extends "
        + "io.github.wxshare.android.WxShareEntryActivity {}");
  }

  @Test
  public void anEntryActivityOfItsOwnBaseClassMustSayItDelivers() throws Exception {
    SetupProblem p = theOnlyProblem("own-base.xml", "com.example.app", Code.ENTRY_ACTIVITY_DOES_NOT_DELIVER);
    assertThat(p.fix()).isEqualTo("<meta-data android:name=\"io.github.wxshare.delivers\" android:value=\"true\" />");
    assertThat(check("own-base-declared.xml", "com.example.app")).as("with the meta-data").isEmpty();
  }

  @Test
  public void noQueriesIsAProblemEverywhereAndBlocksWhereAndroidHidesWeChat() throws Exception {
    List<SetupProblem> problems = check("no-queries.xml", "com.example.app");
    assertThat(problems).extracting(SetupProblem::code).containsExactly(Code.QUERIES_MISSING);
    assertThat(problems.get(0).blocksShares()).as("on Android 8.0 WeChat is visible without it").isFalse();
    assertThat(problems.get(0).fix()).isEqualTo("<queries><package android:name=\"com.tencent.mm\" /></queries>");
    assertThat(check("query-all-packages.xml", "com.example.app")).isEmpty();

    int sdk = android.os.Build.VERSION.SDK_INT;
    ReflectionHelpers.setStaticField(android.os.Build.VERSION.class, "SDK_INT", 30);
    try {
      weChat.installed = false; // what isWXAppInstalled() says when Android 11 hides WeChat
      SetupProblem p = theOnlyProblem("no-queries.xml", "com.example.app", Code.QUERIES_MISSING);
      assertThat(p.message(Locale.ENGLISH)).contains("(this device hides it now)");
      assertThat(check("correct.xml", "com.example.app")).as("with <queries>, a missing WeChat is no set-up mistake")
          .isEmpty();
    } finally {
      ReflectionHelpers.setStaticField(android.os.Build.VERSION.class, "SDK_INT", sdk);
    }
  }

  @Test
  public void thePublicCheckReadsTheInstalledAppAndSaysNothingOfQueriesItCannotRead() throws Exception {
    // Robolectric's app has no APK to read the compiled manifest from: the entry activity is still
    // checked, <queries> is not (no answer rather than a false one).
    InstalledApp missing = InstalledApp.install(app, "missing-activity.xml", "com.example.app");
    assertThat(WxShareSetup.check(missing.context, APP_ID)).extracting(SetupProblem::code)
        .containsExactly(Code.ENTRY_ACTIVITY_MISSING);
    InstalledApp noQueries = InstalledApp.install(app, "no-queries.xml", "com.example.app");
    assertThat(WxShareSetup.check(noQueries.context, APP_ID)).isEmpty();
    assertThat(WxShareSetup.check(noQueries.context, APP_ID, noQueries.manifest)).extracting(SetupProblem::code)
        .containsExactly(Code.QUERIES_MISSING);
  }

  @Test
  public void anAppIdThatIsNotOneIsAProblemAndTheTransportIsNotBuilt() throws Exception {
    InstalledApp installed = InstalledApp.install(app, "correct.xml", "com.example.app");
    List<SetupProblem> problems = WxShareSetup.check(installed.context, "gh_d43f693ca31f", installed.manifest);
    assertThat(problems).extracting(SetupProblem::code).containsExactly(Code.APP_ID_FORMAT);
    assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("小程序的原始 ID");
    assertThat(WxShareSetup.check(installed.context, "wx123", installed.manifest)).extracting(SetupProblem::code)
        .containsExactly(Code.APP_ID_FORMAT);
    assertThatThrownBy(() -> OpenSdkShareTransport.builder(installed.context, "wx123"))
        .as("refused before any share can exist").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problems.get(0).fix());
  }

  @Test
  public void registerAppFalseWithWeChatInstalledFailsTheShareAtOnce() throws Exception {
    weChat.registerResult = false;
    OpenSdkShareTransport transport = transport("correct.xml", "com.example.app");
    CompletableFuture<ShareResult> share = transport.share(REQUEST).toCompletableFuture();
    assertThat(share).isCompletedExceptionally();
    ShareSetupException e = (ShareSetupException) catchCause(share);
    assertThat(e.problems()).extracting(SetupProblem::code).containsExactly(Code.REGISTER_APP_FAILED);
    assertThat(e.problems().get(0).fix()).isEqualTo("api.registerApp(\"" + APP_ID + "\");");
    assertThat(weChat.registrations.get()).as("at build, then again at the share").isEqualTo(2);
    assertThat(weChat.sent).isEmpty();
  }

  @Test
  public void anAppStartedBeforeWeChatWasInstalledRegistersAtItsFirstShareThere() throws Exception {
    weChat.registerResult = false;
    weChat.installed = false;
    OpenSdkShareTransport transport = transport("correct.xml", "com.example.app");
    assertThat(AndroidTestSupport.await(transport.share(REQUEST))).isEqualTo(ShareResult.notInstalled());
    assertThat(weChat.registrations.get()).as("not asked again while WeChat is missing").isEqualTo(1);
    weChat.installed = true;
    weChat.registerResult = true;
    CompletableFuture<ShareResult> share = transport.share(REQUEST).toCompletableFuture();
    assertThat(weChat.registrations.get()).isEqualTo(2);
    awaitOneSent();
    share.cancel(false);
    transport.share(REQUEST).toCompletableFuture().cancel(false);
    assertThat(weChat.registrations.get()).as("registered: not asked again").isEqualTo(2);
  }
}
