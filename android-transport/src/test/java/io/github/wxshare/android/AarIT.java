package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The AAR as {@code package} built it: what an Android build will find in it. */
class AarIT {
  private static final String ANDROID = "http://schemas.android.com/apk/res/android";
  private final Path aar = Paths.get(System.getProperty("wxshare.aar", "target/missing.aar"));

  private byte[] entry(String name) throws IOException {
    try (ZipFile zip = new ZipFile(aar.toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertThat(e).as("%s in %s", name, aar).isNotNull();
      try (InputStream in = zip.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }

  @Test
  void holdsExactlyTheEntriesOfALibraryWithoutResourcesAndTheScriptOnceInItsJar() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(aar.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
    }
    assertThat(names).containsExactlyInAnyOrder("classes.jar", "AndroidManifest.xml", "R.txt", "proguard.txt");
    assertThat(entry("R.txt")).isEmpty();
    try (ZipInputStream classes = new ZipInputStream(new ByteArrayInputStream(entry("classes.jar")))) {
      int scripts = 0;
      for (ZipEntry e; (e = classes.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".js")) {
          assertThat(e.getName()).isEqualTo("io/github/wxshare/android/wxshare-bridge.js");
          assertThat(classes.readAllBytes()).isEqualTo(Files.readAllBytes(Paths.get("src/main/js/wxshare-bridge.js")));
          scripts++;
        }
      }
      assertThat(scripts).isEqualTo(1);
    }
  }

  @Test
  void classesJarIsTheModulesJarWithoutTheOpenSdk() throws IOException {
    byte[] classes = entry("classes.jar");
    assertThat(classes).isEqualTo(Files.readAllBytes(Paths.get(System.getProperty("wxshare.jar"))));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(classes))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("io/github/wxshare/android/OpenSdkShareTransport.class",
        "io/github/wxshare/android/WxShareEntryActivity.class", "io/github/wxshare/android/AndroidCardImages.class",
        "io/github/wxshare/android/WxShareWebBridge.class", "io/github/wxshare/android/wxshare-bridge.js");
    assertThat(names).as("the app brings the OpenSDK and Android").noneMatch(n -> n.startsWith("com/tencent/") || n.startsWith("android/"));
  }

  @Test
  void theManifestDeclaresTheWeChatQueryAndApi26() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document manifest = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entry("AndroidManifest.xml")));
    Element root = manifest.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("manifest");
    assertThat(root.getAttribute("package")).isEqualTo("io.github.wxshare.android");
    Element usesSdk = (Element) root.getElementsByTagName("uses-sdk").item(0);
    assertThat(usesSdk.getAttributeNS(ANDROID, "minSdkVersion")).isEqualTo("26");
    NodeList queries = root.getElementsByTagName("queries");
    assertThat(queries.getLength()).isEqualTo(1);
    NodeList packages = ((Element) queries.item(0)).getElementsByTagName("package");
    assertThat(packages.getLength()).isEqualTo(1);
    assertThat(((Element) packages.item(0)).getAttributeNS(ANDROID, "name")).isEqualTo("com.tencent.mm");
    assertThat(((Element) queries.item(0)).getParentNode()).as("<queries> directly under <manifest>").isEqualTo(root);
  }

  @Test
  void everyConsumerRuleHasACommentAbove() throws IOException {
    String[] lines = new String(entry("proguard.txt"), StandardCharsets.UTF_8).split("\n", -1);
    int rules = 0;
    boolean commented = false;
    for (String line : lines) {
      String t = line.trim();
      if (t.isEmpty()) {
        commented = false;
      } else if (t.startsWith("#")) {
        commented = true;
      } else {
        assertThat(commented).as("a comment block right above the rule '%s'", t).isTrue();
        assertThat(t).matches("-(keep|keepclassmembers|keepnames|keepattributes|dontwarn) .+");
        rules++;
      }
    }
    assertThat(rules).isEqualTo(4);
  }
}
