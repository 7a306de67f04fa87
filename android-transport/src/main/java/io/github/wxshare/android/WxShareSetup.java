package io.github.wxshare.android;

import android.content.ComponentName;
import android.content.Context;
import android.content.pm.ActivityInfo;
import android.content.pm.PackageInfo;
import android.content.pm.PackageManager;
import android.os.Build;
import io.github.wxshare.android.SetupProblem.Code;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The set-up check: the mistakes under which an app's shares can never be answered, found before
 * the first share instead of after a five-minute timeout or as a false "not installed". An {@link
 * OpenSdkShareTransport} built with {@code builder(context, appId)} runs it once before its first
 * share; an app can run it at start, in a debug build or a test:
 *
 * <pre>{@code
 * List<SetupProblem> problems = WxShareSetup.check(context, "wx0123456789abcdef");
 * if (!problems.isEmpty()) throw new IllegalStateException(problems.toString());
 * }</pre>
 *
 * <p>What it checks, each a {@link SetupProblem.Code}:
 * <ul>
 *   <li>the AppID is {@code wx} and 16 hex digits;
 *   <li>{@code <applicationId>.wxapi.WXEntryActivity} is declared (as an activity, or an
 *       activity-alias when the class lives elsewhere), exported, its class exists, and it reaches
 *       {@link OpenSdkShareTransport#deliver}: it extends {@link WxShareEntryActivity}, or declares
 *       that it calls {@code deliver} itself with {@code <meta-data android:name="}{@value
 *       #DELIVERS_META_DATA}{@code " android:value="true" />} inside its {@code <activity>};
 *   <li>the merged manifest's {@code <queries>} names {@code com.tencent.mm} (or the app holds
 *       {@code QUERY_ALL_PACKAGES}), read from the installed APK.
 * </ul>
 * It reads the package manager and the app's own APK, never WeChat, and may take a few
 * milliseconds; call it off the main thread in production. It never throws for what it finds.
 */
public final class WxShareSetup {
  /** The meta-data by which an entry activity with its own base class says it calls {@code deliver}. */
  public static final String DELIVERS_META_DATA = "io.github.wxshare.delivers";

  static final String WECHAT = "com.tencent.mm";
  private static final Pattern APP_ID = Pattern.compile("wx[0-9a-fA-F]{16}");

  private WxShareSetup() {}

  /**
   * The set-up mistakes of the app that {@code context} belongs to, in the order above; empty when
   * there are none.
   *
   * @param appId the mobile app's AppID from open.weixin.qq.com
   */
  public static List<SetupProblem> check(Context context, String appId) {
    Objects.requireNonNull(context, "context == null");
    Objects.requireNonNull(appId, "appId == null");
    return check(context, appId, AppManifest.ofApk(context.getApplicationInfo().sourceDir));
  }

  /** The check with the merged manifest already read (null when it could not be). */
  static List<SetupProblem> check(Context context, String appId, @Nullable AppManifest manifest) {
    List<SetupProblem> out = new ArrayList<>(2);
    SetupProblem appIdProblem = appId(appId);
    if (appIdProblem != null) {
      out.add(appIdProblem);
    }
    SetupProblem entry = entryActivity(context);
    if (entry != null) {
      out.add(entry);
    }
    if (manifest != null && !manifest.sees(WECHAT)) {
      out.add(queriesMissing(Build.VERSION.SDK_INT >= 30 && !visible(context.getPackageManager(), WECHAT)));
    }
    return Collections.unmodifiableList(out);
  }

  /** {@link Code#APP_ID_FORMAT} for {@code appId}, or null when it is an AppID. */
  static @Nullable SetupProblem appId(String appId) {
    if (APP_ID.matcher(appId).matches()) {
      return null;
    }
    String fix = "OpenSdkShareTransport.builder(context, \"wx0123456789abcdef\")   // your AppID from open.weixin.qq.com";
    if (appId.startsWith("gh_")) {
      return new SetupProblem(Code.APP_ID_FORMAT, true, fix,
          "appId \"" + appId + "\" is a Mini Program's original id; the OpenSDK needs your mobile app's AppID (wx and "
              + "16 hex digits, on the app's page at open.weixin.qq.com). The original id goes in the request's userName.",
          "appId \"" + appId + "\" 是小程序的原始 ID；OpenSDK 需要移动应用的 AppID（wx 加 16 位十六进制数字，见 "
              + "open.weixin.qq.com 上应用的页面）。原始 ID 应填在请求的 userName 中。",
          "appId \"" + appId + "\" 是小程式的原始 ID；OpenSDK 需要行動應用程式的 AppID（wx 加 16 位十六進位數字，見 "
              + "open.weixin.qq.com 上應用程式的頁面）。原始 ID 應填在請求的 userName 中。");
    }
    return new SetupProblem(Code.APP_ID_FORMAT, true, fix,
        "appId \"" + appId + "\" is not an AppID: expected wx and 16 hex digits, such as wx0123456789abcdef, from your "
            + "app's page on open.weixin.qq.com.",
        "appId \"" + appId + "\" 不是 AppID：应为 wx 加 16 位十六进制数字，例如 wx0123456789abcdef，见 open.weixin.qq.com "
            + "上应用的页面。",
        "appId \"" + appId + "\" 不是 AppID：應為 wx 加 16 位十六進位數字，例如 wx0123456789abcdef，見 open.weixin.qq.com "
            + "上應用程式的頁面。");
  }

  /** The first problem with {@code <applicationId>.wxapi.WXEntryActivity}, or null. */
  private static @Nullable SetupProblem entryActivity(Context context) {
    String pkg = context.getPackageName();
    String expected = pkg + ".wxapi.WXEntryActivity";
    PackageManager pm = context.getPackageManager();
    ActivityInfo info;
    try {
      info = pm.getActivityInfo(new ComponentName(pkg, expected), PackageManager.GET_META_DATA);
    } catch (PackageManager.NameNotFoundException e) {
      info = null;
    }
    String classLine = classLine(expected);
    if (info == null) {
      String other = declaredElsewhere(pm, pkg);
      if (other != null) {
        return new SetupProblem(Code.ENTRY_ACTIVITY_WRONG_PACKAGE, true,
            "<activity-alias android:name=\"" + expected + "\" android:targetActivity=\"" + other
                + "\" android:exported=\"true\" />",
            "WeChat answers only through " + expected + ", but the manifest declares the entry activity as " + other
                + ": answers would never arrive. WeChat uses the applicationId (" + pkg + "), not the Java package; "
                + "declare an activity-alias with that name inside <application>.",
            "微信只通过 " + expected + " 回传结果，但清单把入口 Activity 声明为 " + other + "：结果永远不会到达。微信使用的是 "
                + "applicationId（" + pkg + "），不是 Java 包名；请在 <application> 中声明同名的 activity-alias。",
            "微信只透過 " + expected + " 回傳結果，但清單把入口 Activity 宣告為 " + other + "：結果永遠不會到達。微信使用的是 "
                + "applicationId（" + pkg + "），不是 Java 套件名稱；請在 <application> 中宣告同名的 activity-alias。");
      }
      return new SetupProblem(Code.ENTRY_ACTIVITY_MISSING, true,
          "<activity android:name=\"" + expected + "\" android:exported=\"true\" android:launchMode=\"singleTask\" "
              + "android:taskAffinity=\"" + pkg + "\" android:theme=\"@android:style/Theme.Translucent.NoTitleBar\" />",
          "The manifest declares no " + expected + ": WeChat answers a share by starting that activity, so no answer "
              + "would arrive and every share would time out. Declare it inside <application>, with the class "
              + classLine,
          "清单中没有声明 " + expected + "：微信通过启动这个 Activity 回传分享结果，没有它就收不到结果，每次分享都会超时。"
              + "请在 <application> 中声明它，并添加类：" + classLine,
          "清單中沒有宣告 " + expected + "：微信透過啟動這個 Activity 回傳分享結果，沒有它就收不到結果，每次分享都會逾時。"
              + "請在 <application> 中宣告它，並新增類別：" + classLine);
    }
    if (!info.exported) {
      String element = info.targetActivity != null ? "activity-alias" : "activity";
      return new SetupProblem(Code.ENTRY_ACTIVITY_NOT_EXPORTED, true,
          "android:exported=\"true\"",
          expected + " is not exported: WeChat is another app and cannot start it, so no answer would arrive. Add "
              + "android:exported=\"true\" to its <" + element + ">.",
          expected + " 没有导出（exported）：微信是另一个应用，无法启动它，结果永远不会到达。请在它的 <" + element
              + "> 上加 android:exported=\"true\"。",
          expected + " 沒有匯出（exported）：微信是另一個應用程式，無法啟動它，結果永遠不會到達。請在它的 <" + element
              + "> 上加 android:exported=\"true\"。");
    }
    String className = info.targetActivity != null ? info.targetActivity : info.name;
    Class<?> type;
    try {
      type = Class.forName(className, false, context.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      String missingLine = classLine(className);
      return new SetupProblem(Code.ENTRY_CLASS_MISSING, true, missingLine,
          "The manifest names " + className + " as the entry activity, but the app has no such class (or R8 removed "
              + "it): WeChat's answer would crash the app instead of reaching the share. Add the class: " + missingLine,
          "清单把 " + className + " 声明为入口 Activity，但应用中没有这个类（或被 R8 移除）：微信的结果会让应用崩溃，"
              + "而不会回到分享。请添加类：" + missingLine,
          "清單把 " + className + " 宣告為入口 Activity，但應用程式中沒有這個類別（或被 R8 移除）：微信的結果會讓應用程式當機，"
              + "而不會回到分享。請新增類別：" + missingLine);
    }
    Object delivers = info.metaData == null ? null : info.metaData.get(DELIVERS_META_DATA);
    boolean declared = Boolean.TRUE.equals(delivers) || "true".equals(delivers); // as aapt2 types it, or as text
    if (!WxShareEntryActivity.class.isAssignableFrom(type) && !declared) {
      String metaLine = "<meta-data android:name=\"" + DELIVERS_META_DATA + "\" android:value=\"true\" />";
      return new SetupProblem(Code.ENTRY_ACTIVITY_DOES_NOT_DELIVER, true, metaLine,
          className + " does not extend io.github.wxshare.android.WxShareEntryActivity, so WeChat's answer would not "
              + "reach the share, which would time out. Extend WxShareEntryActivity, or call "
              + "OpenSdkShareTransport.deliver(resp) from its onResp and say so inside its <activity>: " + metaLine,
          className + " 没有继承 io.github.wxshare.android.WxShareEntryActivity，微信的结果到不了分享，分享会超时。请继承 "
              + "WxShareEntryActivity，或在它的 onResp 中调用 OpenSdkShareTransport.deliver(resp)，并在它的 <activity> 中声明："
              + metaLine,
          className + " 沒有繼承 io.github.wxshare.android.WxShareEntryActivity，微信的結果到不了分享，分享會逾時。請繼承 "
              + "WxShareEntryActivity，或在它的 onResp 中呼叫 OpenSdkShareTransport.deliver(resp)，並在它的 <activity> 中宣告："
              + metaLine);
    }
    return null;
  }

  /** The Java line that declares the entry activity class {@code className} (a package, a simple name). */
  private static String classLine(String className) {
    int dot = className.lastIndexOf('.');
    return "package " + className.substring(0, Math.max(dot, 0)) + ";  public class " + className.substring(dot + 1)
        + " extends io.github.wxshare.android.WxShareEntryActivity {}";
  }

  /** A declared activity named {@code WXEntryActivity} other than the one WeChat starts, or null. */
  private static @Nullable String declaredElsewhere(PackageManager pm, String pkg) {
    PackageInfo info;
    try {
      info = pm.getPackageInfo(pkg, PackageManager.GET_ACTIVITIES);
    } catch (PackageManager.NameNotFoundException e) {
      return null;
    }
    if (info.activities == null) {
      return null;
    }
    for (ActivityInfo a : info.activities) {
      if (a.name != null && (a.name.endsWith(".WXEntryActivity") || a.name.equals("WXEntryActivity"))) {
        return a.name;
      }
    }
    return null;
  }

  static SetupProblem queriesMissing(boolean blocks) {
    String line = "<queries><package android:name=\"com.tencent.mm\" /></queries>";
    return new SetupProblem(Code.QUERIES_MISSING, blocks, line,
        "The app's merged manifest has no <queries> entry for com.tencent.mm: from Android 11 the app cannot see WeChat, "
            + "so every share there reports WeChat as not installed" + (blocks ? " (this device hides it now)" : "")
            + ". Add it inside <manifest>, or keep the one the wxshare AAR brings (a tools:node=\"remove\" or a jar "
            + "instead of the AAR drops it).",
        "应用合并后的清单中没有 com.tencent.mm 的 <queries> 条目：从 Android 11 起应用看不到微信，每次分享都会报告未安装微信"
            + (blocks ? "（这台设备现在就看不到）" : "") + "。请在 <manifest> 中加入它，或保留 wxshare AAR 自带的条目"
            + "（tools:node=\"remove\"，或用 jar 代替 AAR，会丢掉它）。",
        "應用程式合併後的清單中沒有 com.tencent.mm 的 <queries> 項目：從 Android 11 起應用程式看不到微信，每次分享都會回報未安裝微信"
            + (blocks ? "（這台裝置現在就看不到）" : "") + "。請在 <manifest> 中加入它，或保留 wxshare AAR 附帶的項目"
            + "（tools:node=\"remove\"，或用 jar 代替 AAR，會丟掉它）。");
  }

  static SetupProblem registerAppFailed(String appId) {
    return new SetupProblem(Code.REGISTER_APP_FAILED, true, "api.registerApp(\"" + appId + "\");",
        "IWXAPI.registerApp(\"" + appId + "\") returned false although WeChat is installed: the OpenSDK could not check "
            + "WeChat's signature or reach it, and WeChat would not answer. Check that the app's package name and "
            + "signature are the ones registered for this AppID on open.weixin.qq.com.",
        "微信已安装，但 IWXAPI.registerApp(\"" + appId + "\") 返回 false：OpenSDK 无法校验微信的签名或联系不上微信，"
            + "微信不会回传结果。请核对 open.weixin.qq.com 上此 AppID 登记的应用包名和签名。",
        "微信已安裝，但 IWXAPI.registerApp(\"" + appId + "\") 回傳 false：OpenSDK 無法校驗微信的簽名或聯絡不上微信，"
            + "微信不會回傳結果。請核對 open.weixin.qq.com 上此 AppID 登記的應用程式套件名稱和簽名。");
  }

  private static boolean visible(PackageManager pm, String pkg) {
    try {
      pm.getPackageInfo(pkg, 0);
      return true;
    } catch (PackageManager.NameNotFoundException e) {
      return false;
    }
  }
}
