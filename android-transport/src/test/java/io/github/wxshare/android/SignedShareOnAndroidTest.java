package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.app.Application;
import android.content.Intent;
import android.os.Bundle;
import android.os.Looper;
import com.tencent.mm.opensdk.constants.Build;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.image.CardImageException;
import java.io.File;
import java.nio.file.Files;
import java.security.MessageDigest;
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

/**
 * A signed share through the transport and the real OpenSDK on Android 8.0: the card file's bytes go
 * into the request as they are, with both fields in the request's bundle; a card that is not the one
 * signed never reaches {@code sendReq}.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class SignedShareOnAndroidTest {
  private static final String APP_ID = "wx0123456789abcdef";
  // Any standard Base64 does here: the OpenSDK carries the signature, WeChat checks it.
  private static final String SIGNATURE = "c2lnbmVkIGJ5IHRoZSBzZXJ2ZXI=";

  @Rule
  public final TemporaryFolder temp = new TemporaryFolder();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private Application app;
  private OpenSdkShareTransport transport;
  private byte[] card;

  /** The app's entry activity, as an app declares it. */
  public static class WXEntryActivity extends WxShareEntryActivity {}

  @Before
  public void setUp() throws Exception {
    SdkLog.install();
    app = RuntimeEnvironment.getApplication();
    AndroidTestSupport.declareEntryActivity(app, WXEntryActivity.class);
    File codePackage = temp.newFolder("code");
    new File(codePackage, "img").mkdirs();
    card = AndroidTestSupport.png(500, 400, 0xffcc0000, 0xff0000cc);
    Files.write(new File(codePackage, "img/card.png").toPath(), card);
    Files.write(new File(codePackage, "img/big.png").toPath(), new byte[131073]);
    transport = OpenSdkShareTransport.builder(app, APP_ID).executor(executor)
        .images(AndroidCardImages.builder(app).codePackageDirectory(codePackage).build()).build();
    AndroidTestSupport.installWeChat(app, Build.SDK_INT);
  }

  @After
  public void tearDown() {
    executor.shutdownNow();
    assertThat(PendingShares.size()).as("pending shares after the test").isZero();
  }

  private static ShareMiniProgramRequest signed(String imagePath, String hash) {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index/index?id=42")
        .title("标题 🍩").imagePath(imagePath).webpageUrl("https://www.qq.com")
        .thumbDataHash(hash).msgSignature(SIGNATURE).build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  @Test
  public void aMatchingCardIsSentAsItIsWithBothFieldsInTheBundle() throws Exception {
    String hash = sha256(card);
    java.util.concurrent.CompletableFuture<ShareResult> result = transport.share(signed("img/card.png", hash))
        .toCompletableFuture();
    Bundle extras = waitForStartedActivity().getExtras();
    result.cancel(false); // no WeChat to answer: forget the share
    // The OpenSDK's own keys, read back from the request it wrote (thumbdatadash is its spelling).
    assertThat(extras.getString("_wxobject_thumbdatadash")).isEqualTo(hash);
    assertThat(extras.getString("_wxobject_msgsignature")).isEqualTo(SIGNATURE);
    assertThat(extras.getByteArray("_wxobject_thumbdata")).as("the file's bytes, not re-encoded").isEqualTo(card);
    assertThat(extras.getString("_wxobject_title")).isEqualTo("标题 🍩");
  }

  @Test
  public void aCardThatIsNotTheOneSignedNeverReachesSendReq() throws Exception {
    byte[] other = card.clone();
    other[other.length - 1] ^= 1;
    String signedFor = sha256(other);
    try {
      AndroidTestSupport.await(transport.share(signed("img/card.png", signedFor)));
      throw new AssertionError("a card that is not the one signed was sent");
    } catch (ExecutionException e) {
      CardImageException failure = (CardImageException) e.getCause();
      assertThat(failure.reason()).isEqualTo(CardImageException.Reason.NOT_AS_SIGNED);
      assertThat(failure.getMessage()).startsWith("img/card.png: ").contains(sha256(card)).contains(signedFor);
    }
    assertThat(startedActivity()).as("nothing was sent to WeChat").isNull();
  }

  @Test
  public void aSignedCardOverTheLimitIsRefusedAsTooLarge() throws Exception {
    try {
      AndroidTestSupport.await(transport.share(signed("img/big.png", sha256(new byte[131073]))));
      throw new AssertionError("a 131073-byte card was accepted");
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(CardImageException.class);
      assertThat(((CardImageException) e.getCause()).reason()).isEqualTo(CardImageException.Reason.TOO_LARGE);
    }
    assertThat(startedActivity()).isNull();
  }

  @Test
  public void anUnsignedShareIsStillRendered() throws Exception {
    java.util.concurrent.CompletableFuture<ShareResult> result = transport.share(signed("img/card.png", sha256(card))
        .newBuilder().thumbDataHash(null).msgSignature(null).build()).toCompletableFuture();
    Bundle extras = waitForStartedActivity().getExtras();
    result.cancel(false);
    assertThat(extras.getString("_wxobject_thumbdatadash")).isNull();
    assertThat(extras.getString("_wxobject_msgsignature")).isNull();
    assertThat(extras.getByteArray("_wxobject_thumbdata")).as("a 5:4 JPEG rendered from the PNG").isNotEqualTo(card)
        .startsWith((byte) 0xff, (byte) 0xd8);
  }

  private Intent startedActivity() {
    AndroidTestSupport.<org.robolectric.shadows.ShadowLooper>shadow(Looper.getMainLooper()).idle();
    return AndroidTestSupport.<org.robolectric.shadows.ShadowApplication>shadow(app).getNextStartedActivity();
  }

  private Intent waitForStartedActivity() throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      Intent started = startedActivity();
      if (started != null) {
        return started;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the OpenSDK started no activity; its log: " + SdkLog.LINES);
  }
}
