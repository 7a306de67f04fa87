package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.content.res.XmlResourceParser;
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.xmlpull.v1.XmlPullParser;

/**
 * The compiled-XML reader against Android's own, on a real compiled manifest: the Android 8.0
 * framework's {@code AndroidManifest.xml} (135 KB, compiled by the platform build), which Robolectric's
 * asset manager reads with the framework's parser.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
public class BinaryXmlTest {
  private static byte[] frameworkManifest() throws Exception {
    File dir = new File(System.getProperty("robolectric.dependency.dir", "target/robolectric"));
    File[] jars = dir.listFiles((d, name) -> name.startsWith("android-all-instrumented-8.0.0"));
    assertThat(jars).as("Robolectric's Android 8.0 jar in " + dir).isNotEmpty();
    try (ZipFile zip = new ZipFile(jars[0]); InputStream in = zip.getInputStream(zip.getEntry("AndroidManifest.xml"))) {
      return in.readAllBytes();
    }
  }

  @Test
  public void readsEveryElementAndItsAndroidNameAndExportedAsAndroidDoes() throws Exception {
    List<String> android = new ArrayList<>();
    XmlResourceParser p = RuntimeEnvironment.getApplication().getAssets().openXmlResourceParser("AndroidManifest.xml");
    for (int e = p.next(); e != XmlPullParser.END_DOCUMENT; e = p.next()) {
      if (e == XmlPullParser.START_TAG) {
        android.add(p.getName() + " name=" + p.getAttributeValue(AppManifest.ANDROID, "name")
            + " exported=" + p.getAttributeValue(AppManifest.ANDROID, "exported"));
      } else if (e == XmlPullParser.END_TAG) {
        android.add("/" + p.getName());
      }
    }
    List<String> ours = new ArrayList<>();
    List<String> open = new ArrayList<>();
    BinaryXml.read(frameworkManifest(), new BinaryXml.Handler() {
      @Override
      public void start(String name, Map<String, String> attributes) {
        ours.add(name + " name=" + attributes.get("name") + " exported=" + attributes.get("exported"));
        open.add(name);
      }

      @Override
      public void end() {
        ours.add("/" + open.remove(open.size() - 1));
      }
    });
    assertThat(android).as("the framework's manifest, as Android reads it").hasSizeGreaterThan(1000)
        .anyMatch(s -> s.contains("exported=true")).anyMatch(s -> s.contains("exported=false"));
    assertThat(ours).isEqualTo(android);
  }

  @Test
  public void aDamagedDocumentIsRefusedNotMisread() throws Exception {
    byte[] whole = frameworkManifest();
    assertThatThrownBy(() -> BinaryXml.read(new byte[] {3, 0, 8, 0}, new AppManifest.Collector()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BinaryXml.read("<manifest/>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new AppManifest.Collector())).isInstanceOf(IllegalArgumentException.class);
    java.util.Random random = new java.util.Random(20);
    for (int i = 0; i < 300; i++) {
      byte[] damaged = Arrays.copyOf(whole, 64 + random.nextInt(whole.length - 64));
      for (int j = 0; j < 8; j++) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt();
      }
      try {
        BinaryXml.read(damaged, new AppManifest.Collector());
      } catch (IllegalArgumentException | IndexOutOfBoundsException expected) {
        // refused; AppManifest.ofApk then says nothing about <queries>
      }
    }
  }
}
