package io.github.wxshare.android;


import android.app.Application;
import android.content.pm.ApplicationInfo;
import android.content.pm.PackageInfo;
import android.content.pm.Signature;
import android.graphics.Bitmap;
import android.os.Bundle;
import android.os.Looper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the Robolectric tests share: a WeChat on the emulated device, images, waiting. */
final class AndroidTestSupport {
  private AndroidTestSupport() {}

  /**
   * Installs a package {@code com.tencent.mm} as the OpenSDK recognises WeChat: signed with the
   * certificate the OpenSDK itself checks for (read from its class file, not copied here), and
   * declaring {@code supportApi} as {@code com.tencent.mm.BuildInfo.OPEN_SDK_VERSION}.
   */
  static void installWeChat(Application app, int supportApi) throws IOException {
    PackageInfo wechat = new PackageInfo();
    wechat.packageName = "com.tencent.mm";
    wechat.signatures = new Signature[] {new Signature(weChatCertificate())};
    wechat.applicationInfo = new ApplicationInfo();
    wechat.applicationInfo.packageName = "com.tencent.mm";
    wechat.applicationInfo.metaData = new Bundle();
    wechat.applicationInfo.metaData.putInt("com.tencent.mm.BuildInfo.OPEN_SDK_VERSION", supportApi);
    AndroidTestSupport.<org.robolectric.shadows.ShadowPackageManager>shadow(app.getPackageManager()).installPackage(wechat);
  }

  /**
   * Declares {@code <applicationId>.wxapi.WXEntryActivity}, exported, as an alias of {@code entry}:
   * what an app's manifest does, so that the transport's set-up check finds the app set up.
   */
  static void declareEntryActivity(Application app, Class<?> entry) {
    android.content.pm.ActivityInfo info = new android.content.pm.ActivityInfo();
    info.packageName = app.getPackageName();
    info.applicationInfo = app.getApplicationInfo();
    info.name = app.getPackageName() + ".wxapi.WXEntryActivity";
    info.targetActivity = entry.getName();
    info.exported = true;
    AndroidTestSupport.<org.robolectric.shadows.ShadowPackageManager>shadow(app.getPackageManager()).addOrUpdateActivity(info);
  }

  /** WeChat's signing certificate, hex, as the OpenSDK's WXApiImplComm compares it. */
  static String weChatCertificate() throws IOException {
    byte[] classFile;
    try (InputStream in = AndroidTestSupport.class.getResourceAsStream("/com/tencent/mm/opensdk/openapi/WXApiImplComm.class")) {
      classFile = in.readAllBytes();
    }
    String text = new String(classFile, StandardCharsets.ISO_8859_1);
    int start = text.indexOf("308202");
    int end = start;
    while (end < text.length() && Character.digit(text.charAt(end), 16) >= 0) {
      end++;
    }
    if (start < 0 || end - start < 1000) {
      throw new IllegalStateException("no certificate in the OpenSDK's WXApiImplComm: the OpenSDK changed");
    }
    return text.substring(start, end);
  }

  /**
   * The Robolectric shadow of {@code object}. {@code Shadow.extract} rather than the {@code shadowOf}
   * overloads, which javac cannot resolve against the Android 8.0 API this module compiles with.
   */
  static <S> S shadow(Object object) {
    return org.robolectric.shadow.api.Shadow.extract(object);
  }

  /** A PNG of {@code w} x {@code h}: left half {@code left}, right half {@code right}. */
  static byte[] png(int w, int h, int left, int right) {
    Bitmap bitmap = Bitmap.createBitmap(w, h, Bitmap.Config.ARGB_8888);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        bitmap.setPixel(x, y, x < w / 2 ? left : right);
      }
    }
    return compress(bitmap, Bitmap.CompressFormat.PNG, 100);
  }

  static byte[] compress(Bitmap bitmap, Bitmap.CompressFormat format, int quality) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bitmap.compress(format, quality, out);
    return out.toByteArray();
  }

  /** Waits for {@code stage} on the main thread, letting the main looper run meanwhile. */
  static <T> T await(CompletionStage<T> stage) throws ExecutionException, InterruptedException, TimeoutException {
    Future<T> future = stage.toCompletableFuture();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!future.isDone()) {
      AndroidTestSupport.<org.robolectric.shadows.ShadowLooper>shadow(Looper.getMainLooper()).idle();
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("no result in 20 s");
      }
      Thread.sleep(2);
    }
    return future.get();
  }
}
