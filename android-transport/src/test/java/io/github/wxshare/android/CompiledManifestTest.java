package io.github.wxshare.android;

import static io.github.wxshare.android.CompiledXml.ANDROID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.android.CompiledXml.Attr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-manifest reader and what the set-up check takes from it, on the JVM: documents
 * written in the platform's layout ({@link CompiledXml}) in both string encodings, every value type
 * the reader turns into text, attributes known by resource id alone, APKs that hold such a manifest
 * or none, and damaged documents.
 */
class CompiledManifestTest {
  @TempDir Path dir;

  private static List<String> events(byte[] xml) {
    List<String> out = new ArrayList<>();
    BinaryXml.read(xml, new BinaryXml.Handler() {
      @Override
      public void start(String name, Map<String, String> attributes) {
        out.add(name + new TreeMap<>(attributes));
      }

      @Override
      public void end() {
        out.add("/");
      }
    });
    return out;
  }

  private static CompiledXml manifest(boolean utf8, boolean queries) {
    CompiledXml x = new CompiledXml(utf8).mapped("name", 0x01010003).mapped("exported", 0x01010010)
        .mapped("targetActivity", 0x01010202);
    x.start("manifest", Attr.string(null, "package", "com.example.app"));
    x.start("uses-sdk", Attr.typed(ANDROID, "minSdkVersion", CompiledXml.TYPE_INT_DEC, 26)).end("uses-sdk");
    if (queries) {
      x.start("queries").start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package").end("queries");
    }
    x.start("application", Attr.typed(ANDROID, "label", CompiledXml.TYPE_REFERENCE, 0x7f0b0001));
    x.start("activity", Attr.string(ANDROID, "name", "com.example.app.wxapi.WXEntryActivity"),
        Attr.typed(ANDROID, "exported", CompiledXml.TYPE_INT_BOOLEAN, -1)).end("activity");
    x.start("activity", Attr.string(ANDROID, "name", "com.example.app.Hidden"),
        Attr.typed(ANDROID, "exported", CompiledXml.TYPE_INT_BOOLEAN, 0)).end("activity");
    return x.end("application").end("manifest");
  }

  @Test
  void readsElementsAndTheirAndroidAttributesInBothStringEncodings() {
    for (boolean utf8 : new boolean[] {true, false}) {
      assertThat(events(manifest(utf8, true).bytes())).as(utf8 ? "UTF-8" : "UTF-16").containsExactly(
          "manifest{}",
          "uses-sdk{minSdkVersion=26}", "/",
          "queries{}", "package{name=com.tencent.mm}", "/", "/",
          "application{label=@0x7f0b0001}",
          "activity{exported=true, name=com.example.app.wxapi.WXEntryActivity}", "/",
          "activity{exported=false, name=com.example.app.Hidden}", "/",
          "/", "/");
    }
  }

  @Test
  void longAndNonAsciiStringsAreReadWhole() {
    String longName = "com.example." + "a".repeat(300) + ".中文";
    String veryLong = "b".repeat(40_000);
    for (boolean utf8 : new boolean[] {true, false}) {
      CompiledXml x = new CompiledXml(utf8);
      x.start("activity", Attr.string(ANDROID, "name", longName)).end("activity");
      if (!utf8) {
        x.start("activity", Attr.string(ANDROID, "name", veryLong)).end("activity");
      }
      List<String> seen = events(x.bytes());
      assertThat(seen.get(0)).isEqualTo("activity{name=" + longName + "}");
      if (!utf8) {
        assertThat(seen.get(2)).isEqualTo("activity{name=" + veryLong + "}");
      }
    }
  }

  @Test
  void anAttributeIsKnownByItsResourceIdWhateverItsNameAndOthersOutsideTheNamespaceAreLeftOut() {
    CompiledXml x = new CompiledXml(true).mapped("a0", 0x01010003).mapped("a1", 0x01010010).mapped("zz", 0x7f010001);
    x.start("activity", Attr.string(null, "a0", ".Renamed"), Attr.typed(null, "a1", CompiledXml.TYPE_INT_BOOLEAN, 1),
        Attr.string(null, "tools", "ignored"), Attr.string(null, "zz", "not the platform's"),
        Attr.string(ANDROID, "theme", "t")).end("activity");
    assertThat(events(x.bytes())).containsExactly("activity{exported=true, name=.Renamed, theme=t}", "/");
  }

  @Test
  void theCollectorTakesQueriedPackagesAndQueryAllPackagesFromTheirPlacesOnly() {
    AppManifest.Collector c = new AppManifest.Collector();
    BinaryXml.read(manifest(true, true).bytes(), c);
    assertThat(c.manifest().sees("com.tencent.mm")).isTrue();
    assertThat(c.manifest().sees("com.example.other")).isFalse();

    CompiledXml two = new CompiledXml(true);
    two.start("manifest").start("queries").start("package", Attr.string(ANDROID, "name", "com.example.first"))
        .end("package").start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package")
        .end("queries").end("manifest");
    AppManifest.Collector second = new AppManifest.Collector();
    BinaryXml.read(two.bytes(), second);
    assertThat(second.manifest().sees("com.tencent.mm")).as("the second package of one <queries>").isTrue();

    AppManifest.Collector none = new AppManifest.Collector();
    BinaryXml.read(manifest(false, false).bytes(), none);
    assertThat(none.manifest().sees("com.tencent.mm")).isFalse();

    CompiledXml misplaced = new CompiledXml(true);
    misplaced.start("manifest").start("application").start("queries")
        .start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package").end("queries")
        .start("uses-permission", Attr.string(ANDROID, "name", "android.permission.QUERY_ALL_PACKAGES"))
        .end("uses-permission").end("application")
        .start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package")
        .start("queries").start("intent").start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package")
        .end("intent").end("queries")
        .start("queries").end("queries").start("package", Attr.string(ANDROID, "name", "com.tencent.mm")).end("package")
        .end("manifest");
    AppManifest.Collector wrong = new AppManifest.Collector();
    BinaryXml.read(misplaced.bytes(), wrong);
    assertThat(wrong.manifest().sees("com.tencent.mm")).as("queries inside application, a package outside queries, "
        + "a package inside an intent, QUERY_ALL_PACKAGES inside application").isFalse();

    CompiledXml all = new CompiledXml(true);
    all.start("manifest").start("uses-permission", Attr.string(ANDROID, "name", "android.permission.QUERY_ALL_PACKAGES"))
        .end("uses-permission").end("manifest");
    AppManifest.Collector everything = new AppManifest.Collector();
    BinaryXml.read(all.bytes(), everything);
    assertThat(everything.manifest().sees("com.tencent.mm")).isTrue();
  }

  @Test
  void anApkIsReadWhenItsManifestCanBeAndOtherwiseNothingIsSaid() throws IOException {
    assertThat(AppManifest.ofApk(apk("with.apk", manifest(true, true).bytes())).sees("com.tencent.mm")).isTrue();
    assertThat(AppManifest.ofApk(apk("without.apk", manifest(true, false).bytes())).sees("com.tencent.mm")).isFalse();
    assertThat(AppManifest.ofApk(null)).isNull();
    assertThat(AppManifest.ofApk(dir.resolve("missing.apk").toString())).isNull();
    assertThat(AppManifest.ofApk(apk("text.apk", "<manifest/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .as("a manifest that is not compiled").isNull();
    Path noManifest = dir.resolve("empty.apk");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
      zip.putNextEntry(new ZipEntry("classes.dex"));
      zip.write(1);
    }
    assertThat(AppManifest.ofApk(noManifest.toString())).isNull();
    byte[] huge = Arrays.copyOf(manifest(true, true).bytes(), AppManifest.MAX_BYTES + 1);
    assertThat(AppManifest.ofApk(apk("huge.apk", huge))).as("over " + AppManifest.MAX_BYTES + " bytes").isNull();
    Files.write(dir.resolve("notzip.apk"), new byte[] {1, 2, 3});
    assertThat(AppManifest.ofApk(dir.resolve("notzip.apk").toString())).isNull();
  }

  private String apk(String name, byte[] manifest) throws IOException {
    Path p = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
      zip.putNextEntry(new ZipEntry("AndroidManifest.xml"));
      zip.write(manifest);
    }
    return p.toString();
  }

  @Test
  void damagedDocumentsAreRefused() {
    byte[] good = manifest(true, true).bytes();
    assertThatThrownBy(() -> BinaryXml.read(new byte[] {3, 0, 8}, new AppManifest.Collector()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("compiled XML: not a compiled XML document");
    assertThatThrownBy(() -> BinaryXml.read(new byte[] {4, 0, 8, 0, 8, 0, 0, 0}, new AppManifest.Collector()))
        .hasMessage("compiled XML: not a compiled XML document");
    byte[] badChunk = good.clone();
    badChunk[12] = (byte) 0xFF; // the string pool's size, past the document
    badChunk[13] = (byte) 0xFF;
    assertThatThrownBy(() -> BinaryXml.read(badChunk, new AppManifest.Collector()))
        .hasMessage("compiled XML: a chunk out of bounds");
    byte[] tiny = good.clone();
    tiny[12] = 4; // a chunk smaller than its header
    tiny[13] = 0;
    tiny[14] = 0;
    tiny[15] = 0;
    assertThatThrownBy(() -> BinaryXml.read(tiny, new AppManifest.Collector()))
        .hasMessage("compiled XML: a chunk out of bounds");
    CompiledXml badIndex = new CompiledXml(true);
    badIndex.start("manifest");
    byte[] noPool = badIndex.bytes();
    // The element names string 0; a pool with no strings makes that index out of bounds.
    byte[] emptied = noPool.clone();
    emptied[16] = 0; // string count
    assertThatThrownBy(() -> BinaryXml.read(emptied, new AppManifest.Collector()))
        .hasMessage("compiled XML: a string index out of bounds");
  }

  @Test
  void aSetUpProblemSpeaksTheThreeLanguagesAndIsAValue() {
    SetupProblem p = WxShareSetup.queriesMissing(false);
    SetupProblem same = WxShareSetup.queriesMissing(false);
    assertThat(p).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(WxShareSetup.queriesMissing(true));
    assertThat(p).isNotEqualTo(WxShareSetup.registerAppFailed("wx0123456789abcdef")).isNotEqualTo("QUERIES_MISSING");
    assertThat(p.message(Locale.ENGLISH)).startsWith("The app's merged manifest has no <queries> entry")
        .doesNotContain("this device hides it now");
    assertThat(WxShareSetup.queriesMissing(true).message(Locale.ENGLISH)).contains("(this device hides it now)");
    assertThat(WxShareSetup.queriesMissing(true).message(Locale.SIMPLIFIED_CHINESE)).contains("（这台设备现在就看不到）");
    assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("这台设备");
    assertThat(WxShareSetup.queriesMissing(true).message(Locale.TRADITIONAL_CHINESE)).contains("（這台裝置現在就看不到）");
    assertThat(p.message(Locale.TRADITIONAL_CHINESE)).doesNotContain("這台裝置");
    assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).startsWith("应用合并后的清单");
    assertThat(p.message(Locale.forLanguageTag("zh-TW"))).startsWith("應用程式合併後的清單");
    assertThat(p.message(Locale.GERMAN)).isEqualTo(p.message(Locale.ENGLISH));
    assertThatThrownBy(() -> p.message(null)).isInstanceOf(NullPointerException.class);
    assertThat(p.toString()).isEqualTo("QUERIES_MISSING: " + p.message(Locale.ENGLISH) + " Fix: " + p.fix());

    ShareSetupException e = new ShareSetupException(List.of(p, WxShareSetup.registerAppFailed("wx0123456789abcdef")));
    assertThat(e.getMessage()).startsWith("wxshare: this app is not set up to share to WeChat, so the share was not "
        + "sent (2 problems):\n  QUERIES_MISSING: ").contains("\n  REGISTER_APP_FAILED: ");
    assertThat(new ShareSetupException(List.of(p)).getMessage()).contains("(1 problem):");
    assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(WxShareSetup.appId("wx0123456789ABCDEF")).isNull();
    assertThat(WxShareSetup.appId("gh_d43f693ca31f").message(Locale.ENGLISH)).contains("original id");
    assertThat(WxShareSetup.appId("wx0123456789abcdeg").message(Locale.ENGLISH)).startsWith("appId \"wx0123456789abcdeg\" "
        + "is not an AppID");
  }
}
