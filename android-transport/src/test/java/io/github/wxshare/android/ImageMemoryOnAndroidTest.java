package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.app.Application;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.image.CardImageException;
import java.io.File;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * Sixteen concurrent shares of images meant to exhaust the app, on the common pool as the transport
 * uses it by default, in a JVM of its own with a 384 MiB heap (the {@code small-heap} Surefire
 * execution): endless streams, {@code /dev/zero}, a panorama that is 100 megapixels at full size,
 * a decompression bomb. Every share completes, nothing reaches an uncaught-exception handler, and
 * the peak heap and resident memory are printed for the record.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ImageMemoryOnAndroidTest {
  @Test
  public void sixteenHostileImagesAtOnceAllCompleteWithinTheHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx384m (the small-heap execution)")
        .isLessThanOrEqualTo(400L << 20);
    SdkLog.install();
    Application app = RuntimeEnvironment.getApplication();
    File code = new File(app.getFilesDir(), "code");
    code.mkdirs();
    Files.write(new File(code, "panorama.png").toPath(), AndroidCardImagesTest.onePanoramaPng(500_000, 200));
    Files.write(new File(code, "bomb.png").toPath(), AndroidCardImagesTest.onePanoramaPng(10_000, 10_000));
    Files.write(new File(code, "huge.png").toPath(), AndroidCardImagesTest.onePanoramaPng(65_000, 2_000));
    AndroidCardImages images = AndroidCardImages.builder(app).codePackageDirectory(code)
        .wxfileResolver(uri -> new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return len; // /dev/zero as a stream: never ends
          }
        }).build();
    FakeWxApi api = new FakeWxApi();
    api.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, 0, null));
    OpenSdkShareTransport transport = OpenSdkShareTransport.builder(api).images(images).build();

    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    String[] paths = {"wxfile://zero-1", "file:///dev/zero", "panorama.png", "bomb.png", "huge.png", "wxfile://zero-2",
        "file:///dev/urandom", "panorama.png"};
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long rssBefore = rssKiB("VmRSS");
    List<CompletableFuture<ShareResult>> shares = new ArrayList<>();
    List<String> named = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        String path = paths[i % paths.length];
        named.add(path);
        shares.add(transport.share(request(path)).toCompletableFuture());
      }
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < shares.size(); i++) {
        try {
          outcomes.add(named.get(i) + " " + shares.get(i).get(120, TimeUnit.SECONDS).status());
        } catch (ExecutionException e) {
          assertThat(e.getCause()).as(named.get(i)).isInstanceOf(CardImageException.class);
          outcomes.add(named.get(i) + " " + ((CardImageException) e.getCause()).reason());
        }
      }
      ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);
      long heapPeak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
          heapPeak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("ImageMemoryOnAndroidTest: " + outcomes);
      System.out.println("ImageMemoryOnAndroidTest: max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, peak heap "
          + (heapPeak >> 20) + " MiB (sum of pool peaks), resident " + (rssBefore >> 10) + " MiB before, peak (VmHWM) "
          + (rssKiB("VmHWM") >> 10) + " MiB");
      assertThat(outcomes).hasSize(16);
      assertThat(outcomes).filteredOn(o -> o.startsWith("panorama.png")).allMatch(o -> o.endsWith(" SENT"));
      assertThat(outcomes).filteredOn(o -> o.startsWith("bomb.png")).allMatch(o -> o.endsWith(" SENT"));
      assertThat(outcomes).filteredOn(o -> o.startsWith("wxfile://")).allMatch(o -> o.endsWith(" TOO_LARGE"));
      assertThat(outcomes).filteredOn(o -> o.startsWith("file:///dev/")).allMatch(o -> o.endsWith(" UNREADABLE"));
      assertThat(uncaught).as("no Error reached an uncaught-exception handler").isEmpty();
      assertThat(PendingShares.size()).isZero();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  private static ShareMiniProgramRequest request(String imagePath) {
    return ShareMiniProgramRequest.builder().userName("gh_67210fc11b59").path("pages/index").title("t")
        .imagePath(imagePath).webpageUrl("https://example.com").build();
  }

  /** A line of /proc/self/status in KiB, or -1 where there is none. */
  private static long rssKiB(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }
}
