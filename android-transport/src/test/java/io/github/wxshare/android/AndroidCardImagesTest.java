package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import android.app.Application;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Color;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.TestImages;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * Image resolution and the {@code Bitmap} codec on Android 8.0 under Robolectric with its native
 * graphics: real {@code BitmapFactory}, {@code Canvas}, {@code Bitmap.compress} and
 * and the shared EXIF parser, on image files the tests write.
 */
@RunWith(SandboxRunner.class)
@Config(sdk = 26)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class AndroidCardImagesTest {
  @Rule
  public final TemporaryFolder temp = new TemporaryFolder();
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private Application app;
  private File code;
  private AndroidCardImages images;

  @Before
  public void setUp() throws Exception {
    app = RuntimeEnvironment.getApplication();
    code = temp.newFolder("code");
    new File(code, "img").mkdirs();
    write(new File(code, "img/card.png"), AndroidTestSupport.png(1000, 800, 0xffcc0000, 0xff0000cc));
    images = AndroidCardImages.builder(app).codePackageDirectory(code).build();
  }

  @After
  public void tearDown() {
    background.shutdownNow();
  }

  private static void write(File file, byte[] bytes) throws Exception {
    Files.write(file.toPath(), bytes);
  }

  /** {@code images.load(path)} on a background thread, as the transport calls it. */
  private CardImage load(AndroidCardImages loader, String path) throws Exception {
    try {
      return background.submit(() -> loader.load(path)).get();
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Bitmap decode(CardImage card) {
    Bitmap bitmap = BitmapFactory.decodeByteArray(card.bytes(), 0, card.size());
    assertThat(bitmap).as("the card decodes").isNotNull();
    assertThat(bitmap.getWidth() * 4).as("5:4").isEqualTo(bitmap.getHeight() * 5);
    return bitmap;
  }

  @Test
  public void codePackagePathsResolveInTheRootWithOrWithoutALeadingSlash() throws Exception {
    CardImage relative = load(images, "img/card.png");
    CardImage rooted = load(images, "/img/card.png");
    CardImage dotted = load(images, "./img/../img/card.png");
    assertThat(relative.bytes()).isEqualTo(rooted.bytes()).isEqualTo(dotted.bytes());
    assertThat(relative.size()).isBetween(1, 131072);
    Bitmap card = decode(relative);
    assertThat(card.getWidth()).isEqualTo(800);
    assertThat(red(card.getPixel(100, 320))).as("left half red").isGreaterThan(180);
    assertThat(blue(card.getPixel(700, 320))).as("right half blue").isGreaterThan(180);
  }

  @Test
  public void aWideOrTallImageGivesItsMiddleToTheCard() throws Exception {
    // 1000x400, left half red, right half blue: the card shows the middle 500x400.
    write(new File(code, "wide.png"), AndroidTestSupport.png(1000, 400, 0xffcc0000, 0xff0000cc));
    Bitmap wide = decode(load(images, "wide.png"));
    assertThat(wide.getWidth() * 4).isEqualTo(wide.getHeight() * 5);
    assertThat(red(wide.getPixel(wide.getWidth() / 4, wide.getHeight() / 2))).as("left of the middle").isGreaterThan(180);
    assertThat(blue(wide.getPixel(wide.getWidth() * 3 / 4, wide.getHeight() / 2))).as("right of the middle")
        .isGreaterThan(180);
    // 500x1000, top half red, bottom half blue: the card shows the middle 500x400.
    Bitmap stored = Bitmap.createBitmap(500, 1000, Bitmap.Config.ARGB_8888);
    for (int y = 0; y < 1000; y++) {
      for (int x = 0; x < 500; x++) {
        stored.setPixel(x, y, y < 500 ? 0xffcc0000 : 0xff0000cc);
      }
    }
    write(new File(code, "tall.png"), AndroidTestSupport.compress(stored, Bitmap.CompressFormat.PNG, 100));
    Bitmap tall = decode(load(images, "tall.png"));
    assertThat(tall.getWidth() * 4).isEqualTo(tall.getHeight() * 5);
    assertThat(red(tall.getPixel(tall.getWidth() / 2, tall.getHeight() / 4))).as("above the middle").isGreaterThan(180);
    assertThat(blue(tall.getPixel(tall.getWidth() / 2, tall.getHeight() * 3 / 4))).as("below the middle")
        .isGreaterThan(180);
    for (Bitmap card : new Bitmap[] {wide, tall}) {
      for (int[] corner : new int[][] {{2, 2}, {card.getWidth() - 3, 2}, {2, card.getHeight() - 3},
          {card.getWidth() - 3, card.getHeight() - 3}}) {
        int pixel = card.getPixel(corner[0], corner[1]);
        assertThat(red(pixel) + green(pixel) + blue(pixel)).as("corner %s is the image, not the white pad",
            java.util.Arrays.toString(corner)).isLessThan(3 * 220);
      }
    }
  }

  @Test
  public void aLargeNoisyJpegIsDecodedSubsampledAndFitsTheBudgetExactly() throws Exception {
    Bitmap noise = Bitmap.createBitmap(3000, 2400, Bitmap.Config.ARGB_8888);
    Random random = new Random(3);
    int[] row = new int[3000];
    for (int y = 0; y < 2400; y++) {
      for (int x = 0; x < 3000; x++) {
        row[x] = 0xff000000 | random.nextInt(0x1000000);
      }
      noise.setPixels(row, 0, 3000, 0, y, 3000, 1);
    }
    write(new File(code, "noise.jpg"), AndroidTestSupport.compress(noise, Bitmap.CompressFormat.JPEG, 92));
    CardImage card = load(images, "noise.jpg");
    assertThat(card.size()).isLessThanOrEqualTo(131072).isGreaterThan(100_000);
    assertThat(card.subsample()).as("decoded with inSampleSize").isGreaterThanOrEqualTo(2);
    assertThat(card.sourceWidth()).isEqualTo(3000);
    decode(card);
  }

  @Test
  public void exifOrientationIsApplied() throws Exception {
    // Stored 400x200: top half red, bottom half blue; EXIF 6 says "turn 90 degrees clockwise to view".
    Bitmap stored = Bitmap.createBitmap(400, 200, Bitmap.Config.ARGB_8888);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 400; x++) {
        stored.setPixel(x, y, y < 100 ? 0xffcc0000 : 0xff0000cc);
      }
    }
    byte[] jpeg = AndroidTestSupport.compress(stored, Bitmap.CompressFormat.JPEG, 95);
    write(new File(code, "rotated.jpg"), TestImages.withExifOrientation(jpeg, 6, false));

    CardImage card = load(images, "rotated.jpg");
    assertThat(card.sourceWidth()).as("displayed width").isEqualTo(200);
    assertThat(card.sourceHeight()).isEqualTo(400);
    Bitmap shown = decode(card);
    int mid = shown.getHeight() / 2;
    assertThat(blue(shown.getPixel(shown.getWidth() / 4, mid))).as("the bottom turns to the left").isGreaterThan(180);
    assertThat(red(shown.getPixel(shown.getWidth() * 3 / 4, mid))).as("the top turns to the right").isGreaterThan(180);
  }

  @Test
  public void transparentPixelsBecomeWhiteNotBlack() throws Exception {
    Bitmap clear = Bitmap.createBitmap(500, 400, Bitmap.Config.ARGB_8888);
    clear.eraseColor(Color.TRANSPARENT);
    write(new File(code, "clear.png"), AndroidTestSupport.compress(clear, Bitmap.CompressFormat.PNG, 100));
    int pixel = decode(load(images, "clear.png")).getPixel(50, 50);
    assertThat(red(pixel) + green(pixel) + blue(pixel)).isGreaterThan(3 * 250);
  }

  @Test
  public void aDotDotEscapeFromTheCodePackageIsRefusedBeforeReading() throws Exception {
    write(new File(temp.getRoot(), "secret.png"), AndroidTestSupport.png(10, 8, 0xff000000, 0xff000000));
    assertThatThrownBy(() -> load(images, "../secret.png")).isInstanceOf(CardImageException.class)
        .hasMessage("../secret.png: '..' climbs out of the code package; name the image from the code package's root, "
            + "or pass a file:// or content:// URI")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
    assertThatThrownBy(() -> load(images, "/img/../../secret.png"))
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
  }

  @Test
  public void aLinkInTheCodePackageThatPointsOutIsRefused() throws Exception {
    File secret = new File(temp.getRoot(), "secret.png");
    write(secret, AndroidTestSupport.png(10, 8, 0xff000000, 0xff000000));
    Files.createSymbolicLink(new File(code, "link.png").toPath(), secret.toPath());
    assertThatThrownBy(() -> load(images, "link.png")).isInstanceOf(CardImageException.class)
        .hasMessage("link.png: it leads, through a link, out of the code package (" + code + ")")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
  }

  @Test
  public void percentEncodedDotsAbsolutePathsAndLinkedDirectoriesStayInTheCodePackage() throws Exception {
    File secret = new File(temp.getRoot(), "secret.png");
    write(secret, AndroidTestSupport.png(10, 8, 0xff000000, 0xff000000));
    // A code-package path is a path, not a URI: %2e%2e names a directory called "%2e%2e", never "..".
    for (String path : new String[] {"%2e%2e/secret.png", "/%2E%2E/secret.png", "img/%2e%2e/%2e%2e/secret.png",
        "..%2fsecret.png", "img/..\\..\\secret.png", secret.getPath()}) {
      assertThatThrownBy(() -> load(images, path)).as(path).isInstanceOf(CardImageException.class)
          .hasMessageStartingWith(path + ": no such file in the code package (")
          .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.UNREADABLE);
    }
    for (String path : new String[] {"img/./../../secret.png", "./../secret.png", "img//../../secret.png"}) {
      assertThatThrownBy(() -> load(images, path)).as(path).isInstanceOf(CardImageException.class)
          .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
    }
    // A linked directory that points out is refused like a linked file.
    Files.createSymbolicLink(new File(code, "outside").toPath(), temp.getRoot().toPath());
    assertThatThrownBy(() -> load(images, "outside/secret.png")).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
  }

  @Test
  public void fileUrisAndOptInAbsolutePathsReadTheFileSystem() throws Exception {
    File outside = temp.newFolder("cache dir");
    File file = new File(outside, "card.png");
    write(file, AndroidTestSupport.png(500, 400, 0xffcc0000, 0xff0000cc));
    String uri = "file://" + file.getPath().replace(" ", "%20");
    assertThat(load(images, uri).size()).isBetween(1, 131072);
    assertThatThrownBy(() -> load(images, file.getPath())).as("a leading / is the code package by default")
        .hasMessage(file.getPath() + ": no such file in the code package (" + file.getPath().substring(1).split("/")[0] + ")");
    AndroidCardImages files = AndroidCardImages.builder(app).absolutePathsAreFiles(true).build();
    assertThat(load(files, file.getPath()).bytes()).isEqualTo(load(images, uri).bytes());
  }

  @Test
  public void contentUrisGoThroughTheContentResolver() throws Exception {
    Robolectric.setupContentProvider(Provider.class, "io.github.wxshare.test");
    Provider.file = new File(code, "img/card.png");
    assertThat(load(images, "content://io.github.wxshare.test/card").bytes()).isEqualTo(load(images, "img/card.png").bytes());
    Provider.file = null;
    assertThatThrownBy(() -> load(images, "content://io.github.wxshare.test/denied")).isInstanceOf(CardImageException.class)
        .hasMessage("content://io.github.wxshare.test/denied: permission denied by its content provider (no grant); read it "
            + "with the permission the picker granted, or copy it to the app's cache");
  }

  @Test
  public void wxfileUrisNeedTheResolverTheAppConfigures() throws Exception {
    assertThatThrownBy(() -> load(images, "wxfile://tmp_abc.png")).isInstanceOf(CardImageException.class)
        .hasMessage("wxfile://tmp_abc.png: no wxfile:// resolver is configured: give one to "
            + "AndroidCardImages.builder(context).wxfileResolver(uri -> ...) that opens the file it names");
    byte[] png = Files.readAllBytes(new File(code, "img/card.png").toPath());
    AndroidCardImages withResolver = AndroidCardImages.builder(app).wxfileResolver(uri -> {
      if (!uri.equals("wxfile://tmp_abc.png")) {
        throw new FileNotFoundException(uri);
      }
      return new ByteArrayInputStream(png);
    }).build();
    assertThat(load(withResolver, "wxfile://tmp_abc.png").size()).isBetween(1, 131072);
    assertThatThrownBy(() -> load(withResolver, "wxfile://other.png")).hasMessage("wxfile://other.png: no such file (wxfile://other.png)");
  }

  @Test
  public void whatIsNotAnImageIsNamedWithTheFix() throws Exception {
    write(new File(code, "logo.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> load(images, "logo.png")).isInstanceOf(CardImageException.class)
        .hasMessage("logo.png: an SVG is a vector drawing, not a raster image: export it as PNG or JPEG")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    // An iPhone photo: the ftyp box's size, 00 00 00 18, comes first.
    write(new File(code, "photo.heic"), new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0});
    assertThatThrownBy(() -> load(images, "photo.heic")).hasMessage("photo.heic: a HEIF/HEIC/AVIF image, which Android "
        + "decodes only from Android 9 (API 28) on this device's codecs: convert it to JPEG");
    write(new File(code, "empty.png"), new byte[0]);
    assertThatThrownBy(() -> load(images, "empty.png")).hasMessage("empty.png: the file is empty (0 bytes)");
    assertThatThrownBy(() -> load(images, "img/missing.png")).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.UNREADABLE);
    assertThatThrownBy(() -> load(images, "img")).hasMessage("img: is a directory, not an image file");
  }

  @Test
  public void aCutOffJpegOrPngIsAnErrorNotACardWithAMissingBottom() throws Exception {
    // BitmapFactory decodes what is there and paints the rest black, without an error.
    byte[] png = Files.readAllBytes(new File(code, "img/card.png").toPath());
    byte[] jpeg = AndroidTestSupport.compress(BitmapFactory.decodeByteArray(png, 0, png.length), Bitmap.CompressFormat.JPEG, 90);
    write(new File(code, "cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
    assertThatThrownBy(() -> load(images, "cut.jpg")).isInstanceOf(CardImageException.class)
        .hasMessage("cut.jpg: the JPEG is cut off: its " + jpeg.length / 2 + " bytes end before the end-of-image marker "
            + "(an unfinished download or copy?)")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.UNDECODABLE);
    write(new File(code, "cut.png"), Arrays.copyOf(png, png.length - 12));
    assertThatThrownBy(() -> load(images, "cut.png")).hasMessageStartingWith("cut.png: the PNG is cut off");
    // Whole files, and a JPEG with bytes after its end (as some cameras write), are fine.
    byte[] trailed = Arrays.copyOf(jpeg, jpeg.length + 100);
    write(new File(code, "trailed.jpg"), trailed);
    assertThat(load(images, "trailed.jpg").size()).isPositive();
    for (int cut = 2; cut < jpeg.length; cut += 97) {
      assertThat(BitmapCardImageCodec.truncation(Arrays.copyOf(jpeg, cut))).as("cut at %d", cut).isNotNull();
    }
    assertThat(BitmapCardImageCodec.truncation(jpeg)).isNull();
    assertThat(BitmapCardImageCodec.truncation(png)).isNull();
  }

  @Test
  public void aFileOverTheLimitIsRefusedBeforeItIsReadIntoMemory() throws Exception {
    AndroidCardImages small = AndroidCardImages.builder(app).codePackageDirectory(code).maxFileBytes(1000).build();
    assertThatThrownBy(() -> load(small, "img/card.png")).isInstanceOf(CardImageException.class)
        .hasMessage("img/card.png: the file is over 1000 bytes (AndroidCardImages.Builder.maxFileBytes); a card image needs far less")
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  public void loadingOnTheMainThreadIsRefused() {
    assertThatThrownBy(() -> images.load("img/card.png")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("AndroidCardImages.load(\"img/card.png\") was called on the main thread");
  }

  @Test
  public void aLinkSwappedInWhileTheFileIsLookedUpNeverLeadsOut() throws Exception {
    File secret = new File(temp.getRoot(), "secret.png");
    write(secret, AndroidTestSupport.png(500, 400, 0xff00cc00, 0xff00cc00));
    File inside = new File(code, "img/inside.png");
    write(inside, AndroidTestSupport.png(500, 400, 0xffcc0000, 0xffcc0000));
    byte[] insideCard = load(images, "img/inside.png").bytes();
    java.nio.file.Path swapped = new File(code, "img/swap.png").toPath();
    java.nio.file.Path spare = new File(code, "img/.spare.png").toPath();
    java.nio.file.Path link = new File(code, "img/.link.png").toPath();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicInteger swaps = new java.util.concurrent.atomic.AtomicInteger();
    Files.copy(inside.toPath(), swapped);
    Thread racer = new Thread(() -> {
      long end = System.nanoTime() + 60_000_000_000L;
      while (!stop.get() && System.nanoTime() < end) {
        try {
          // Atomically, by rename: the name is a regular file inside, then a link out, and back.
          Files.deleteIfExists(link);
          Files.createSymbolicLink(link, secret.toPath());
          Files.move(link, swapped, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          Files.copy(inside.toPath(), spare, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          Files.move(spare, swapped, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          swaps.incrementAndGet();
        } catch (java.io.IOException e) {
          // a rename raced with the reader's look-up; go on
        }
      }
    }, "link-racer");
    racer.setDaemon(true);
    racer.start();
    int read = 0;
    int refused = 0;
    try {
      for (int i = 0; i < 300; i++) {
        try {
          assertThat(load(images, "img/swap.png").bytes()).as("round %d", i).isEqualTo(insideCard);
          read++;
        } catch (CardImageException e) {
          assertThat(e.reason()).as(e.getMessage()).isIn(Reason.OUTSIDE_ROOT, Reason.UNREADABLE);
          refused++;
        }
      }
    } finally {
      stop.set(true);
      racer.join(10_000);
    }
    assertThat(swaps.get()).as("the racer swapped").isPositive();
    assertThat(read + refused).isEqualTo(300);
  }

  @Test
  public void onlyRegularFilesAreReadWhateverTheFormAndTheDecodedNameIsJudged() throws Exception {
    for (String path : new String[] {"file:///dev/zero", "file:///dev/urandom", "file:///proc/self/fd/0"}) {
      assertThatThrownBy(() -> load(images, path)).as(path).isInstanceOf(CardImageException.class)
          .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.UNREADABLE);
    }
    assertThatThrownBy(() -> load(images, "file:///dev/zero"))
        .hasMessage("file:///dev/zero: is not a regular file (a device, a pipe or a socket), so it is not read");
    File prefs = new File(temp.getRoot(), "session.xml");
    write(prefs, "<?xml version='1.0'?><map/>".getBytes(StandardCharsets.UTF_8));
    String encoded = "file://" + temp.getRoot() + "/session%2Exml";
    assertThatThrownBy(() -> load(images, encoded)).isInstanceOf(CardImageException.class)
        .hasMessage(encoded + ": decoded, it names \"session.xml\", which is not a raster image's file name "
            + "(png, jpg, jpeg, gif, webp, bmp, heic, heif, avif, or none)");
    // A FIFO in the code package would block a reader forever: it is refused before it is opened.
    File fifo = new File(code, "img/fifo.png");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.getPath()).start();
    if (mkfifo.waitFor() == 0) {
      assertThatThrownBy(() -> load(images, "img/fifo.png"))
          .hasMessage("img/fifo.png: is not a regular file (a device, a pipe or a socket), so it is not read");
    }
  }

  @Test
  public void aLinkInsideTheCodePackageThatStaysInsideIsFollowedAndLoopsEnd() throws Exception {
    Files.createSymbolicLink(new File(code, "same.png").toPath(), new File(code, "img/card.png").toPath());
    Files.createSymbolicLink(new File(code, "img/up.png").toPath(), new File("../img/card.png").toPath());
    assertThat(load(images, "same.png").bytes()).isEqualTo(load(images, "img/card.png").bytes());
    assertThat(load(images, "img/up.png").bytes()).isEqualTo(load(images, "img/card.png").bytes());
    Files.createSymbolicLink(new File(code, "a.png").toPath(), new File("b.png").toPath());
    Files.createSymbolicLink(new File(code, "b.png").toPath(), new File("a.png").toPath());
    assertThatThrownBy(() -> load(images, "a.png")).hasMessage("a.png: more than 40 links: a loop?");
    Files.createSymbolicLink(new File(code, "img/escape.png").toPath(), new File("../../secret.png").toPath());
    assertThatThrownBy(() -> load(images, "img/escape.png")).isInstanceOf(CardImageException.class)
        .extracting(e -> ((CardImageException) e).reason()).isEqualTo(Reason.OUTSIDE_ROOT);
  }

  @Test
  public void aStreamIsCutOffAtTheLimitWhileItIsRead() throws Exception {
    long[] served = new long[1];
    AndroidCardImages endless = AndroidCardImages.builder(app).maxFileBytes(1 << 20).wxfileResolver(uri -> new java.io.InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        served[0] += len;
        return len;
      }
    }).build();
    assertThatThrownBy(() -> load(endless, "wxfile://zero")).isInstanceOf(CardImageException.class)
        .hasMessage("wxfile://zero: the file is over 1048576 bytes (AndroidCardImages.Builder.maxFileBytes); a card "
            + "image needs far less");
    assertThat(served[0]).as("bytes read from the endless stream").isBetween(1L << 20, (1L << 20) + (4L << 20));
    assertThat(AndroidCardImages.DEFAULT_MAX_FILE_BYTES).isEqualTo(32L << 20);
  }

  @Test
  public void aPanoramaIsDecodedWithinThePixelBudget() throws Exception {
    // 500000x200, one colour: a few hundred KiB of PNG that is 100 megapixels (400 MB) decoded at 1/1,
    // which the 5:4 region (250x200) alone would ask for.
    byte[] png = onePanoramaPng(500_000, 200);
    assertThat(png.length).isLessThan(2 << 20);
    write(new File(code, "panorama.png"), png);
    CardImage card = load(images, "panorama.png");
    assertThat(card.subsample()).isEqualTo(4);
    long decoded = ((500_000L + card.subsample() - 1) / card.subsample()) * ((200L + card.subsample() - 1) / card.subsample());
    assertThat(decoded).isLessThanOrEqualTo(CardImagePolicy.DEFAULT.maxDecodedPixels());
    decode(card);
  }

  /** An RGB PNG of one colour, written row by row (Sub filter, then Up) so that it costs no bitmap to make. */
  static byte[] onePanoramaPng(int width, int height) throws Exception {
    java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat,
        new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED), 1 << 16)) {
      byte[] row = new byte[1 + width * 3];
      row[0] = 1;
      row[1] = 0x33;
      row[2] = 0x66;
      row[3] = (byte) 0xcc;
      z.write(row);
      java.util.Arrays.fill(row, (byte) 0);
      row[0] = 2;
      for (int y = 1; y < height; y++) {
        z.write(row);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    crc.update(name);
    crc.update(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static int red(int argb) {
    return (argb >> 16) & 0xff;
  }

  private static int green(int argb) {
    return (argb >> 8) & 0xff;
  }

  private static int blue(int argb) {
    return argb & 0xff;
  }

  /** A content provider that serves one file, or refuses. */
  public static class Provider extends ReadOnlyProvider {
    static volatile File file;

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
      if (file == null) {
        throw new SecurityException("no grant");
      }
      return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY);
    }
  }
}
