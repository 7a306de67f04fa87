package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.app.Application;
import android.content.pm.ProviderInfo;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import java.io.File;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * What a web page can make the app read through {@code imagePath}, through {@link
 * WxShareWebBridge#call} with the real transport, card images and OpenSDK classes: the paths of the
 * security review, each refused before anything is read, with a reply that tells the page nothing
 * about the device; and the same paths from the app's own code, which keep the app's choices.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class PageImagesThroughTheBridgeTest {
  private static final String ORIGIN = "https://m.example.com";
  /** What a refusal must never show the page: sizes, byte dumps, absolute paths. */
  private static final Pattern LEAK = Pattern.compile("\\d+ bytes|[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}|/data/|/etc/|/dev/|/tmp/"
      + "|/proc/|root:|shared_prefs|no such file|directory|denied");

  private final FakeWxApi api = new FakeWxApi();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private Application app;
  private File code;
  private File privateImage;
  private File sharedPrefs;
  private File forPages;
  private OpenSdkShareTransport transport;
  private WxShareWebBridge bridge;

  @Before
  public void setUp() throws Exception {
    SdkLog.install();
    app = RuntimeEnvironment.getApplication();
    File files = app.getFilesDir();
    code = new File(files, "code");
    new File(code, "img").mkdirs();
    write(new File(code, "img/card.png"), AndroidTestSupport.png(500, 400, 0xffcc0000, 0xff0000cc));
    privateImage = new File(files, "id-card.png");
    write(privateImage, AndroidTestSupport.png(500, 400, 0xff00cc00, 0xff0000cc));
    sharedPrefs = new File(app.getDataDir(), "shared_prefs/session.xml");
    sharedPrefs.getParentFile().mkdirs();
    write(sharedPrefs, "<?xml version='1.0' encoding='utf-8' standalone='yes' ?><map><string name=\"t\">secret</string></map>"
        .getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(new File(code, "img/link.png").toPath(), privateImage.toPath());
    forPages = new File(app.getCacheDir(), "share");
    forPages.mkdirs();
    write(new File(forPages, "card.png"), AndroidTestSupport.png(500, 400, 0xffcccc00, 0xff0000cc));
    // An image under a name that is none: only its decoded name stops a page from sending it.
    write(new File(forPages, "notes.xml"), AndroidTestSupport.png(500, 400, 0xffcccc00, 0xff0000cc));
    Files.createSymbolicLink(new File(forPages, "out.png").toPath(), privateImage.toPath());
    Files.createSymbolicLink(new File(forPages, "in.png").toPath(), new File(forPages, "card.png").toPath());
    ProviderInfo info = new ProviderInfo();
    info.authority = "io.github.wxshare.private";
    info.exported = false;
    Robolectric.buildContentProvider(PrivateProvider.class).create(info);
    ProviderInfo pages = new ProviderInfo();
    pages.authority = "io.github.wxshare.pages";
    pages.exported = false;
    Robolectric.buildContentProvider(PrivateProvider.class).create(pages);
    PrivateProvider.file = privateImage;
    api.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, 0, null));
    AndroidCardImages images = AndroidCardImages.builder(app).codePackageDirectory(code)
        .allowPageFilesUnder(forPages).allowPageContentAuthority("io.github.wxshare.pages").build();
    transport = OpenSdkShareTransport.builder(api).images(images).build();
    bridge = pageBridge(transport);
  }

  /** The bridge the page talks to, over {@code transport}; the app's failure listener records. */
  private WxShareWebBridge pageBridge(OpenSdkShareTransport transport) {
    return WxShareWebBridge.builder(transport).allowOrigin(ORIGIN)
        .onFailure((origin, e) -> failures.add(origin + " " + e.getMessage())).build();
  }

  @After
  public void tearDown() {
    PrivateProvider.file = null;
  }

  private static void write(File file, byte[] bytes) throws Exception {
    Files.write(file.toPath(), bytes);
  }

  private static String request(String imagePath) {
    try {
      ObjectNode request = (ObjectNode) WxShareWebBridgeTest.MAPPER.readTree(Fixtures.cordovaExample());
      return request.put("imagePath", imagePath).toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode fromPage(String imagePath, String lang) throws Exception {
    return WxShareWebBridgeTest.answer(bridge, ORIGIN, WxShareWebBridgeTest.call(7, lang, request(imagePath)));
  }

  /** The app's own share of the same path: the transport's outcome or the exception it completed with. */
  private Object fromApp(String imagePath) throws Exception {
    ShareMiniProgramRequest request = ShareRequestJson.create().read(request(imagePath)).request();
    try {
      return transport.share(request).toCompletableFuture().get(20, TimeUnit.SECONDS).status();
    } catch (ExecutionException e) {
      return ((CardImageException) e.getCause()).reason();
    }
  }

  private void refusedAndSilent(String imagePath, Reason reason) throws Exception {
    for (String lang : new String[] {"en", "zh-CN"}) {
      JsonNode reply = fromPage(imagePath, lang);
      String text = reply.toString().replace(imagePath, "<the page's own path>");
      assertThat(reply.path("status").asText()).as("%s: %s", imagePath, reply).isEqualTo("IMAGE_FAILED");
      assertThat(reply.path("reason").asText()).as(imagePath).isEqualTo(reason.name());
      assertThat(reply.path("message").asText()).isEqualTo(BridgeMessages.image(reason, BridgeMessages.localeOf(lang)));
      assertThat(LEAK.matcher(text).find()).as("the reply leaks: %s", text).isFalse();
      assertThat(text).doesNotContain(app.getDataDir().getPath()).doesNotContain(String.valueOf(privateImage.length()));
    }
    assertThat(api.sent).as("nothing reaches sendReq for %s", imagePath).isEmpty();
    assertThat(failures).as("the app's listener gets the detail").last().asString().startsWith(ORIGIN + " " + imagePath + ": ");
  }

  @Test
  public void thePathsOfTheReviewAreRefusedToAPageWithoutADetailAndNothingIsSent() throws Exception {
    refusedAndSilent("file:///etc/passwd", Reason.NOT_ALLOWED);
    refusedAndSilent("file://" + sharedPrefs.getParent() + "/session%2Exml", Reason.NOT_ALLOWED);
    refusedAndSilent("file://" + privateImage.getPath(), Reason.NOT_ALLOWED);
    refusedAndSilent("file:///dev/zero", Reason.NOT_ALLOWED);
    refusedAndSilent("content://io.github.wxshare.private/id-card", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://tmp_abc.png", Reason.NOT_ALLOWED);
    refusedAndSilent("img/link.png", Reason.OUTSIDE_ROOT);
    refusedAndSilent("../id-card.png", Reason.OUTSIDE_ROOT);
    refusedAndSilent("img/%2e%2e/%2e%2e/id-card.png", Reason.NOT_ALLOWED);
    refusedAndSilent("img/missing.png", Reason.UNREADABLE);
    // Inside the directory the app allowed pages: escapes, double encoding and links out.
    refusedAndSilent("file://" + forPages.getPath() + "/../../files/id-card.png", Reason.NOT_ALLOWED);
    refusedAndSilent("file://" + forPages.getPath() + "/%252E%252E/x.png", Reason.NOT_ALLOWED);
    refusedAndSilent("file://" + forPages.getPath() + "/out.png", Reason.OUTSIDE_ROOT);
    refusedAndSilent("file://" + forPages.getPath() + "/card.png?x=1", Reason.NOT_ALLOWED);
    refusedAndSilent("file://evil" + forPages.getPath() + "/card.png", Reason.NOT_ALLOWED);
    refusedAndSilent("content://io.github.wxshare.pages/../id-card", Reason.NOT_ALLOWED);
    refusedAndSilent("content://io.github.wxshare.pages/%2E%2E/id-card", Reason.NOT_ALLOWED);
    // The same characters first in the path or in a segment.
    refusedAndSilent("%2e%2e/id-card.png", Reason.NOT_ALLOWED);
    refusedAndSilent("\\img\\card.png", Reason.NOT_ALLOWED);
    refusedAndSilent("file://" + forPages.getPath() + "/%2525card.png", Reason.NOT_ALLOWED);
    // A provider's URI with a query (the provider may read it), and names that are no image once decoded.
    refusedAndSilent("content://io.github.wxshare.pages/card?size=full", Reason.NOT_ALLOWED);
    refusedAndSilent("content://io.github.wxshare.pages/session%2Exml", Reason.UNREADABLE);
    refusedAndSilent("file://" + forPages.getPath() + "/notes%2Exml", Reason.UNREADABLE);
  }

  @Test
  public void aPageMayPassAShareItsServerSignedAndItsCardGoesAsItIs() throws Exception {
    byte[] card = Files.readAllBytes(new File(forPages, "card.png").toPath());
    String path = "file://" + forPages.getPath() + "/card.png";
    ObjectNode signed = (ObjectNode) WxShareWebBridgeTest.MAPPER.readTree(request(path));
    signed.put("thumbDataHash", sha256(card)).put("msgSignature", "c2lnbmVk");
    JsonNode reply = WxShareWebBridgeTest.answer(bridge, ORIGIN, WxShareWebBridgeTest.call(7, "en", signed.toString()));
    assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("SENT");
    assertThat(api.sent).singleElement().satisfies(req -> {
      assertThat(req.message.thumbData).isEqualTo(card);
      assertThat(req.message.thumbDataHash).isEqualTo(sha256(card));
      assertThat(req.message.msgSignature).isEqualTo("c2lnbmVk");
    });

    // Another file under the signed hash: the page hears the reason, and no hash of what the device holds.
    signed.put("imagePath", "img/card.png");
    JsonNode refused = WxShareWebBridgeTest.answer(bridge, ORIGIN, WxShareWebBridgeTest.call(8, "zh-CN", signed.toString()));
    assertThat(refused.path("status").asText()).isEqualTo("IMAGE_FAILED");
    assertThat(refused.path("reason").asText()).isEqualTo("NOT_AS_SIGNED");
    String deviceHash = sha256(Files.readAllBytes(new File(code, "img/card.png").toPath()));
    assertThat(refused.toString()).doesNotContain(deviceHash);
    assertThat(failures).last().asString().contains(deviceHash).contains(sha256(card));
    assertThat(api.sent).hasSize(1);
  }

  private static String sha256(byte[] bytes) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  @Test
  public void whatTheAppAllowedPagesIsSent() throws Exception {
    assertThat(fromPage("img/card.png", "en").path("status").asText()).isEqualTo("SENT");
    assertThat(fromPage("/img/card.png", "en").path("status").asText()).isEqualTo("SENT");
    assertThat(fromPage("file://" + forPages.getPath() + "/card.png", "en").path("status").asText()).isEqualTo("SENT");
    assertThat(fromPage("file://" + forPages.getPath() + "/in.png", "en").path("status").asText())
        .as("a link that stays inside").isEqualTo("SENT");
    assertThat(fromPage("content://io.github.wxshare.pages/card", "en").path("status").asText()).isEqualTo("SENT");
    assertThat(api.sent).hasSize(5);
  }

  @Test
  public void theSamePathsFromTheAppsOwnCodeKeepTheAppsChoices() throws Exception {
    // The app may read any file it names; only regular files, judged by their decoded names.
    assertThat(fromApp("file:///etc/passwd")).isEqualTo(Reason.UNDECODABLE);
    assertThat(fromApp("file://" + sharedPrefs.getParent() + "/session%2Exml")).isEqualTo(Reason.UNREADABLE);
    assertThat(fromApp("file://" + privateImage.getPath())).isEqualTo(ShareResult.Status.SENT);
    assertThat(fromApp("file:///dev/zero")).isEqualTo(Reason.UNREADABLE);
    assertThat(fromApp("content://io.github.wxshare.private/id-card")).isEqualTo(ShareResult.Status.SENT);
    assertThat(fromApp("img/link.png")).isEqualTo(Reason.OUTSIDE_ROOT);
    assertThat(fromApp("img/card.png")).isEqualTo(ShareResult.Status.SENT);
    assertThat(api.sent).hasSize(3);
  }

  @Test
  public void aTransportOfAnotherKindGetsOnlyCodePackagePathsFromPages() throws Exception {
    List<String> seen = new ArrayList<>();
    WxShareWebBridge other = WxShareWebBridge.builder(request -> {
      seen.add(request.imagePath());
      return CompletableFuture.completedFuture(ShareResult.fromResponse(0, null, "tx-1"));
    }).allowOrigin(ORIGIN).build();
    for (String path : new String[] {"file:///etc/passwd", "content://x/y", "img/%2e%2e/a.png", "../a.png", "img\\..\\a.png"}) {
      JsonNode reply = WxShareWebBridgeTest.answer(other, ORIGIN, WxShareWebBridgeTest.call(1, "en", request(path)));
      assertThat(reply.path("status").asText()).as(path).isEqualTo("IMAGE_FAILED");
    }
    assertThat(WxShareWebBridgeTest.answer(other, ORIGIN, WxShareWebBridgeTest.call(1, "en", request("/img/a.png")))
        .path("status").asText()).isEqualTo("SENT");
    assertThat(seen).containsExactly("/img/a.png");
  }

  @Test
  public void wxfileUrisReachPagesOnlyWhenTheAppAllowsThemAndOnlyAsPlainNames() throws Exception {
    List<String> opened = new ArrayList<>();
    AndroidCardImages.Builder images = AndroidCardImages.builder(app).codePackageDirectory(code).wxfileResolver(uri -> {
      opened.add(uri);
      if (!uri.equals("wxfile://tmp_abc.png")) {
        throw new FileNotFoundException(uri);
      }
      return new java.io.FileInputStream(new File(forPages, "card.png"));
    });
    bridge = pageBridge(OpenSdkShareTransport.builder(api).images(images.build()).build());
    refusedAndSilent("wxfile://tmp_abc.png", Reason.NOT_ALLOWED);
    assertThatThrownBy(() -> AndroidCardImages.builder(app).allowPageWxfile().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("allowPageWxfile() needs a wxfileResolver(uri -> ...) to open what pages name");
    bridge = pageBridge(OpenSdkShareTransport.builder(api).images(images.allowPageWxfile().build()).build());
    refusedAndSilent("wxfile://tmp_abc.png?x=1", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://tmp_abc.png#x", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://usr/../tmp_abc.png", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://usr/%2E%2E/tmp_abc.png", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://usr//tmp_abc.png", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://usr/%252E%252E/tmp_abc.png", Reason.NOT_ALLOWED);
    refusedAndSilent("wxfile://tmp_abc.png\\..", Reason.NOT_ALLOWED);
    assertThat(opened).as("nothing refused was opened").isEmpty();
    refusedAndSilent("wxfile://other.png", Reason.UNREADABLE);
    assertThat(fromPage("wxfile://tmp_abc.png", "en").path("status").asText()).isEqualTo("SENT");
    assertThat(opened).as("once for each language asked").containsExactly("wxfile://other.png", "wxfile://other.png",
        "wxfile://tmp_abc.png");
    assertThat(api.sent).hasSize(1);
  }

  @Test
  public void aLoaderOfTheAppsOwnIsNotGivenPagePathsUnlessTheAppSaysWhichLoaderIs() throws Exception {
    List<String> read = new ArrayList<>();
    OpenSdkShareTransport custom = OpenSdkShareTransport.builder(api).images(path -> {
      read.add(path);
      throw new CardImageException(path, Reason.UNREADABLE, "the app's cache has no such image");
    }).build();
    WxShareWebBridge pageBridge = WxShareWebBridge.builder(custom).allowOrigin(ORIGIN).build();
    JsonNode reply = WxShareWebBridgeTest.answer(pageBridge, ORIGIN, WxShareWebBridgeTest.call(1, "en", request("img/card.png")));
    assertThat(reply.path("reason").asText()).isEqualTo("NOT_ALLOWED");
    assertThat(read).isEmpty();
  }

  /** A provider the app did not export: the app's own identity may read it, a page may not. */
  public static class PrivateProvider extends ReadOnlyProvider {
    static volatile File file;

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
      File f = uri.getLastPathSegment() != null && uri.getLastPathSegment().equals("card")
          ? new File(RuntimeEnvironment.getApplication().getCacheDir(), "share/card.png") : file;
      if (f == null) {
        throw new FileNotFoundException(uri.toString());
      }
      return ParcelFileDescriptor.open(f, ParcelFileDescriptor.MODE_READ_ONLY);
    }
  }
}
