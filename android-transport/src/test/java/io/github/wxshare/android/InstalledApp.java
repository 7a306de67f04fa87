package io.github.wxshare.android;

import android.app.Application;
import android.content.Context;
import android.content.ContextWrapper;
import android.content.pm.ActivityInfo;
import android.content.pm.ApplicationInfo;
import android.content.pm.PackageInfo;
import android.os.Bundle;
import android.util.Xml;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xmlpull.v1.XmlPullParser;

/**
 * An app installed from a manifest's text, as the package installer would register it: the
 * manifest's activities and activity-aliases (names resolved against its namespace, {@code exported}
 * as written or, without it, true only with an intent filter, {@code <meta-data>}) under an
 * {@code applicationId}, in Robolectric's package manager; and a {@code Context} of that app. This
 * plays the installer, which nothing here can run; the check under test reads the package manager's
 * answers and the manifest as on a phone.
 */
final class InstalledApp {
  static final String DIR = "/io/github/wxshare/android/setup/";

  final Context context;
  final AppManifest manifest;

  private InstalledApp(Context context, AppManifest manifest) {
    this.context = context;
    this.manifest = manifest;
  }

  static InstalledApp install(Application app, String manifestFile, String applicationId) throws Exception {
    PackageInfo info = new PackageInfo();
    info.packageName = applicationId;
    info.applicationInfo = new ApplicationInfo();
    info.applicationInfo.packageName = applicationId;
    List<ActivityInfo> activities = new ArrayList<>();
    AppManifest.Collector queries = new AppManifest.Collector(); // what the check reads from the APK
    try (InputStream in = InstalledApp.class.getResourceAsStream(DIR + manifestFile)) {
      if (in == null) {
        throw new IllegalArgumentException("no manifest " + manifestFile);
      }
      XmlPullParser p = Xml.newPullParser();
      p.setFeature(XmlPullParser.FEATURE_PROCESS_NAMESPACES, true);
      p.setInput(new InputStreamReader(in, StandardCharsets.UTF_8));
      String namespace = null;
      Deque<ActivityInfo> open = new ArrayDeque<>();
      Deque<Boolean> explicit = new ArrayDeque<>();
      for (int e = p.next(); e != XmlPullParser.END_DOCUMENT; e = p.next()) {
        if (e == XmlPullParser.START_TAG) {
          String tag = p.getName();
          Map<String, String> android = new HashMap<>();
          for (int i = 0; i < p.getAttributeCount(); i++) {
            if (AppManifest.ANDROID.equals(p.getAttributeNamespace(i))) {
              android.put(p.getAttributeName(i), p.getAttributeValue(i));
            }
          }
          queries.start(tag, android);
          if (tag.equals("manifest")) {
            namespace = p.getAttributeValue(null, "package");
          } else if (tag.equals("activity") || tag.equals("activity-alias")) {
            ActivityInfo a = new ActivityInfo();
            a.packageName = applicationId;
            a.applicationInfo = info.applicationInfo;
            a.name = resolve(namespace, android.get("name"));
            String target = android.get("targetActivity");
            a.targetActivity = target == null ? null : resolve(namespace, target);
            String exported = android.get("exported");
            a.exported = "true".equals(exported);
            explicit.push(exported != null);
            open.push(a);
            activities.add(a);
          } else if (tag.equals("intent-filter") && !open.isEmpty() && !explicit.peek()) {
            open.peek().exported = true; // Android before 12: an intent filter exports by default
          } else if (tag.equals("meta-data") && !open.isEmpty()) {
            ActivityInfo a = open.peek();
            if (a.metaData == null) {
              a.metaData = new Bundle();
            }
            String value = android.get("value");
            if ("true".equals(value) || "false".equals(value)) {
              a.metaData.putBoolean(android.get("name"), Boolean.parseBoolean(value));
            } else {
              a.metaData.putString(android.get("name"), value);
            }
          }
        } else if (e == XmlPullParser.END_TAG) {
          queries.end();
          if (p.getName().equals("activity") || p.getName().equals("activity-alias")) {
            open.pop();
            explicit.pop();
          }
        }
      }
    }
    info.activities = activities.toArray(new ActivityInfo[0]);
    org.robolectric.shadows.ShadowPackageManager pm = AndroidTestSupport.shadow(app.getPackageManager());
    pm.installPackage(info);
    AppManifest manifest = queries.manifest();
    Context context = new ContextWrapper(app) {
      @Override
      public String getPackageName() {
        return applicationId;
      }

      @Override
      public Context getApplicationContext() {
        return this;
      }
    };
    return new InstalledApp(context, manifest);
  }

  private static String resolve(String namespace, String name) {
    return name.startsWith(".") ? namespace + name : name.contains(".") ? name : namespace + "." + name;
  }
}
