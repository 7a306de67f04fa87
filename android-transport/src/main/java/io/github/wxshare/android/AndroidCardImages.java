package io.github.wxshare.android;

import android.content.ContentResolver;
import android.content.Context;
import android.content.res.AssetManager;
import android.net.Uri;
import android.os.Looper;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.core.image.CardImages;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the image a request names and renders it as the card image, on Android: {@code BitmapFactory}
 * decodes it sub-sampled ({@code inSampleSize}), its EXIF orientation is applied, and the shared
 * card-image algorithm ({@link CardImages#render}) crops it to 5:4 and finds the highest JPEG quality
 * that fits in 131072 bytes.
 *
 * <p>Where each kind of {@code imagePath} is read from:
 * <table>
 *   <caption>imagePath forms</caption>
 *   <tr><th>imagePath</th><th>read from</th></tr>
 *   <tr><td>{@code www/img/logo.png}, {@code /pages/thumb.png}</td><td>the code package: the app's
 *       assets (under {@link Builder#codePackageAssets}), or {@link Builder#codePackageDirectory}. A
 *       leading {@code /} means the code package's root, as in a Mini Program. A {@code ..} that climbs
 *       out of the root, or a link in the directory that points out of it, is refused
 *       ({@link Reason#OUTSIDE_ROOT}).</td></tr>
 *   <tr><td>{@code /data/user/0/com.example/cache/card.jpg}</td><td>the file system, only with
 *       {@link Builder#absolutePathsAreFiles(boolean)}; otherwise it is a code-package path</td></tr>
 *   <tr><td>{@code file:///sdcard/Pictures/card.jpg}</td><td>the file system (percent escapes
 *       decoded)</td></tr>
 *   <tr><td>{@code content://media/external/images/media/42}</td><td>the {@code ContentResolver}</td></tr>
 *   <tr><td>{@code wxfile://tmp_abc.jpg}</td><td>the {@link WxfileResolver} the app configures</td></tr>
 * </table>
 *
 * <p>{@link #load} decodes, which takes tens of milliseconds, so it refuses to run on the main
 * thread; {@link OpenSdkShareTransport} calls it on its executor. Instances are immutable and
 * thread-safe.
 */
public final class AndroidCardImages implements CardImageLoader {
  /** The largest image file read unless {@link Builder#maxFileBytes} says otherwise: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** Opens a {@code wxfile://} URI, which names a file in storage that only the app can map. */
  @FunctionalInterface
  public interface WxfileResolver {
    /**
     * The bytes of {@code uri}.
     *
     * @throws FileNotFoundException when it names no file
     * @throws IOException when it cannot be read
     */
    InputStream open(String uri) throws IOException;
  }

  private final Context context;
  private final String assetRoot;
  private final File directoryRoot;
  private final boolean absolutePathsAreFiles;
  private final WxfileResolver wxfile;
  private final CardImagePolicy policy;
  private final long maxFileBytes;

  private AndroidCardImages(Builder b) {
    this.context = b.context;
    this.assetRoot = b.assetRoot;
    this.directoryRoot = b.directoryRoot;
    this.absolutePathsAreFiles = b.absolutePathsAreFiles;
    this.wxfile = b.wxfile;
    this.policy = b.policy;
    this.maxFileBytes = b.maxFileBytes;
  }

  /** The defaults: the code package is the app's assets, {@link CardImagePolicy#DEFAULT}, no {@code wxfile://}. */
  public static AndroidCardImages create(Context context) {
    return builder(context).build();
  }

  /** Options for where images are read from and how the card is rendered. */
  public static Builder builder(Context context) {
    return new Builder(context);
  }

  /**
   * The card image for {@code imagePath}: at most the policy's byte budget, 5:4, EXIF orientation
   * applied, transparency on white.
   *
   * @throws CardImageException naming the path and the reason: {@link Reason#UNREADABLE} (no such
   *     file, no permission, no {@code wxfile://} resolver), {@link Reason#OUTSIDE_ROOT},
   *     {@link Reason#UNDECODABLE}, {@link Reason#TOO_LARGE}, {@link Reason#DOES_NOT_FIT}
   * @throws IllegalStateException when called on the main thread
   */
  @Override
  public CardImage load(String imagePath) throws CardImageException {
    Objects.requireNonNull(imagePath, "imagePath == null");
    if (Looper.myLooper() == Looper.getMainLooper()) {
      throw new IllegalStateException("AndroidCardImages.load(\"" + imagePath + "\") was called on the main thread; "
          + "decoding an image takes tens of milliseconds: call it from a background executor "
          + "(OpenSdkShareTransport does)");
    }
    return CardImages.render(BitmapCardImageCodec.INSTANCE, read(imagePath), imagePath, policy);
  }

  /** The file's bytes, from wherever {@code path} says. */
  byte[] read(String path) throws CardImageException {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("content:")) {
      return readContent(path);
    }
    if (lower.startsWith("file:")) {
      String file = Uri.parse(path).getPath();
      if (file == null || !file.startsWith("/")) {
        throw new CardImageException(path, Reason.UNREADABLE, "a file: URI needs an absolute path, such as file:///sdcard/card.jpg");
      }
      return readFile(path, new File(file));
    }
    if (lower.startsWith("wxfile:")) {
      if (wxfile == null) {
        throw new CardImageException(path, Reason.UNREADABLE, "no wxfile:// resolver is configured: give one to "
            + "AndroidCardImages.builder(context).wxfileResolver(uri -> ...) that opens the file it names");
      }
      try (InputStream in = wxfile.open(path)) {
        if (in == null) {
          throw new FileNotFoundException("the resolver returned no stream");
        }
        return readAll(path, in);
      } catch (IOException e) {
        throw unreadable(path, "the wxfile:// resolver", e);
      }
    }
    if (hasScheme(path)) {
      throw new CardImageException(path, Reason.UNREADABLE, "not a local image: use a code-package path, "
          + "file://, content:// or wxfile://; download network images first");
    }
    if (absolutePathsAreFiles && path.startsWith("/")) {
      return readFile(path, new File(path));
    }
    return readCodePackage(path);
  }

  private byte[] readCodePackage(String path) throws CardImageException {
    String relative = confine(path);
    if (directoryRoot != null) {
      File file = new File(directoryRoot, relative);
      String root;
      String canonical;
      try {
        root = directoryRoot.getCanonicalPath() + File.separator;
        canonical = file.getCanonicalPath();
      } catch (IOException e) {
        throw unreadable(path, "the code package directory", e);
      }
      if (!canonical.startsWith(root)) {
        throw new CardImageException(path, Reason.OUTSIDE_ROOT, "it resolves to " + canonical
            + " through a link, outside the code package " + root);
      }
      return readFile(path, file);
    }
    String asset = assetRoot.isEmpty() ? relative : assetRoot + "/" + relative;
    try (InputStream in = context.getAssets().open(asset, AssetManager.ACCESS_STREAMING)) {
      return readAll(path, in);
    } catch (FileNotFoundException e) {
      throw new CardImageException(path, Reason.UNREADABLE, "no such file in the app's assets (assets/" + asset + ")", e);
    } catch (IOException e) {
      throw unreadable(path, "the app's assets", e);
    }
  }

  /**
   * The path relative to the code package's root, with {@code .} and {@code ..} segments resolved.
   *
   * @throws CardImageException when a {@code ..} climbs above the root, or nothing is named
   */
  static String confine(String path) throws CardImageException {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          throw new CardImageException(path, Reason.OUTSIDE_ROOT, "'..' climbs out of the code package; name the "
              + "image from the code package's root, or pass a file:// or content:// URI");
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    if (segments.isEmpty()) {
      throw new CardImageException(path, Reason.UNREADABLE, "names the code package's root, not an image file");
    }
    return String.join("/", segments);
  }

  private byte[] readContent(String path) throws CardImageException {
    ContentResolver resolver = context.getContentResolver();
    try (InputStream in = resolver.openInputStream(Uri.parse(path))) {
      if (in == null) {
        throw new FileNotFoundException("the content provider returned no stream");
      }
      return readAll(path, in);
    } catch (SecurityException e) {
      throw new CardImageException(path, Reason.UNREADABLE, "permission denied by its content provider ("
          + e.getMessage() + "); read it with the permission the picker granted, or copy it to the app's cache", e);
    } catch (IOException e) {
      throw unreadable(path, "the content provider", e);
    }
  }

  private byte[] readFile(String path, File file) throws CardImageException {
    if (file.isDirectory()) {
      throw new CardImageException(path, Reason.UNREADABLE, "is a directory, not an image file");
    }
    if (file.length() > maxFileBytes) {
      throw tooLarge(path, file.length());
    }
    try (InputStream in = new FileInputStream(file)) {
      return readAll(path, in);
    } catch (IOException e) {
      throw unreadable(path, file.getPath(), e);
    }
  }

  private byte[] readAll(String path, InputStream in) throws IOException, CardImageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxFileBytes) {
        throw tooLarge(path, total);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private CardImageException tooLarge(String path, long atLeast) {
    return new CardImageException(path, Reason.TOO_LARGE, "the file is " + (atLeast > maxFileBytes ? "over " : "")
        + maxFileBytes + " bytes (AndroidCardImages.Builder.maxFileBytes); a card image needs far less");
  }

  private static CardImageException unreadable(String path, String where, IOException e) {
    if (e instanceof FileNotFoundException) {
      return new CardImageException(path, Reason.UNREADABLE, "no such file (" + e.getMessage() + ")", e);
    }
    return new CardImageException(path, Reason.UNREADABLE, "cannot be read from " + where + " (" + e + ")", e);
  }

  private static boolean hasScheme(String s) {
    int colon = s.indexOf(':');
    if (colon < 1) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Options for {@link AndroidCardImages}. Not thread-safe; build once. */
  public static final class Builder {
    private final Context context;
    private String assetRoot = "";
    private File directoryRoot;
    private boolean absolutePathsAreFiles;
    private WxfileResolver wxfile;
    private CardImagePolicy policy = CardImagePolicy.DEFAULT;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

    private Builder(Context context) {
      Objects.requireNonNull(context, "context == null");
      this.context = context.getApplicationContext() != null ? context.getApplicationContext() : context;
    }

    /**
     * The code package is this directory of the app's assets ({@code "www"} for {@code
     * assets/www}); the assets' root unless set.
     *
     * @throws IllegalArgumentException when it holds a {@code ..} segment
     */
    public Builder codePackageAssets(String assetDirectory) {
      Objects.requireNonNull(assetDirectory, "assetDirectory == null");
      String root;
      try {
        root = assetDirectory.replaceAll("^/+|/+$", "").isEmpty() ? "" : confine(assetDirectory);
      } catch (CardImageException e) {
        throw new IllegalArgumentException("codePackageAssets(\"" + assetDirectory + "\"): " + e.getMessage(), e);
      }
      this.assetRoot = root;
      this.directoryRoot = null;
      return this;
    }

    /** The code package is this directory (an unpacked download, say) instead of the assets. */
    public Builder codePackageDirectory(File directory) {
      this.directoryRoot = Objects.requireNonNull(directory, "directory == null").getAbsoluteFile();
      return this;
    }

    /**
     * Whether a path that starts with {@code /} names a file in the file system (for apps that pass
     * {@code File.getAbsolutePath()}) rather than the code package's root (as in a Mini Program);
     * false unless set. {@code file://} URIs work either way.
     */
    public Builder absolutePathsAreFiles(boolean absolutePathsAreFiles) {
      this.absolutePathsAreFiles = absolutePathsAreFiles;
      return this;
    }

    /** Opens {@code wxfile://} URIs; without one they are refused with a message that says so. */
    public Builder wxfileResolver(WxfileResolver resolver) {
      this.wxfile = Objects.requireNonNull(resolver, "resolver == null");
      return this;
    }

    /** The card's byte budget, fit, size and quality range; {@link CardImagePolicy#DEFAULT} unless set. */
    public Builder policy(CardImagePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * The largest file read; {@link #DEFAULT_MAX_FILE_BYTES} unless set. A larger one is {@link
     * Reason#TOO_LARGE} before it is read into memory.
     *
     * @throws IllegalArgumentException unless 1 or more
     */
    public Builder maxFileBytes(long maxFileBytes) {
      if (maxFileBytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be 1 or more, was " + maxFileBytes);
      }
      this.maxFileBytes = maxFileBytes;
      return this;
    }

    public AndroidCardImages build() {
      return new AndroidCardImages(this);
    }
  }
}
