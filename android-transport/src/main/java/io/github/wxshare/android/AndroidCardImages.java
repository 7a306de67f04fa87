package io.github.wxshare.android;

import android.content.ContentResolver;
import android.content.Context;
import android.content.res.AssetManager;
import android.net.Uri;
import android.os.Looper;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import io.github.wxshare.core.image.CardImageLoader;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.core.image.CardImages;
import io.github.wxshare.core.internal.SignedCards;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * Whatever the form, only a regular file is read (not a directory, a device such as {@code
 * /dev/zero}, a pipe or a socket), at most {@link Builder#maxFileBytes} bytes of it, counted while
 * reading; and the name it is read by is judged after percent-decoding: {@code
 * file:///data/.../session%2Exml} is {@code session.xml}, not an image file name, and is refused.
 *
 * <p><b>Paths a web page sent</b> are read by {@link #forPages()}, which {@link OpenSdkShareTransport}
 * uses for {@link WxShareWebBridge}'s calls: only code-package images, unless the app allows pages
 * more, each narrowly: {@link Builder#allowPageFilesUnder} (a directory), {@link
 * Builder#allowPageContentAuthority} (one provider), {@link Builder#allowPageWxfile} (the resolver).
 * Everything else a page names, and a percent escape that survives one decoding, a {@code .} or
 * {@code ..} segment in a URI or a backslash, is {@link Reason#NOT_ALLOWED} before anything is read.
 *
 * <p>Inside a directory (the code package's, or one allowed for pages) the file is reached one
 * directory at a time, each opened without following links ({@code SecureDirectoryStream}): the file
 * opened is the file checked, and a link, in any directory, that points out of the root is {@link
 * Reason#OUTSIDE_ROOT} even when it is swapped in while the file is looked up. A link that stays
 * inside the root is followed.
 *
 * <p>{@link #load} decodes, which takes tens of milliseconds, so it refuses to run on the main
 * thread; {@link OpenSdkShareTransport} calls it on its executor. Instances are immutable and
 * thread-safe.
 */
public final class AndroidCardImages implements CardImageLoader {
  /** The largest image file read unless {@link Builder#maxFileBytes} says otherwise: 32 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 32L << 20;

  /** Links followed inside a root before the path is refused as a loop. */

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
  private final @Nullable File directoryRoot;
  private final boolean absolutePathsAreFiles;
  private final @Nullable WxfileResolver wxfile;
  private final CardImagePolicy policy;
  private final FileReads reads;
  private final ConfinedWalk walk;
  private final List<File> pageFileRoots;
  private final Set<String> pageAuthorities;
  private final boolean pageWxfile;
  private final CardImageLoader pages = new CardImageLoader() {
    @Override
    public CardImage load(String imagePath) throws CardImageException {
      return loadForPage(imagePath);
    }

    @Override
    public byte[] exactBytes(String imagePath) throws CardImageException {
      Objects.requireNonNull(imagePath, "imagePath == null");
      offTheMainThread(imagePath);
      return signedCard(imagePath, readForPage(imagePath));
    }
  };

  private AndroidCardImages(Builder b) {
    this.context = b.context;
    this.assetRoot = b.assetRoot;
    this.directoryRoot = b.directoryRoot;
    this.absolutePathsAreFiles = b.absolutePathsAreFiles;
    this.wxfile = b.wxfile;
    this.policy = b.policy;
    this.reads = new FileReads(b.maxFileBytes);
    this.walk = new ConfinedWalk(reads);
    this.pageFileRoots = Collections.unmodifiableList(new ArrayList<>(b.pageFileRoots));
    this.pageAuthorities = Collections.unmodifiableSet(new LinkedHashSet<>(b.pageAuthorities));
    this.pageWxfile = b.pageWxfile;
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
   * The card image for {@code imagePath}, a path the app itself chose: at most the policy's byte
   * budget, 5:4, EXIF orientation applied, transparency on white.
   *
   * @throws CardImageException naming the path and the reason: {@link Reason#UNREADABLE} (no such
   *     file, not a regular file, no permission, no {@code wxfile://} resolver), {@link
   *     Reason#OUTSIDE_ROOT}, {@link Reason#UNDECODABLE}, {@link Reason#TOO_LARGE}, {@link
   *     Reason#DOES_NOT_FIT}
   * @throws IllegalStateException when called on the main thread
   */
  @Override
  public CardImage load(String imagePath) throws CardImageException {
    Objects.requireNonNull(imagePath, "imagePath == null");
    offTheMainThread(imagePath);
    return render(imagePath, read(imagePath));
  }

  /**
   * The exact bytes of the file {@code imagePath} names, read by the same rules as {@link #load}
   * but not rendered: a signed share's card, sent as it is.
   *
   * @throws CardImageException as {@link #load} for a file it cannot read; {@link Reason#TOO_LARGE}
   *     over 131072 bytes; {@link Reason#UNDECODABLE} when neither JPEG nor PNG
   * @throws IllegalStateException when called on the main thread
   */
  @Override
  public byte[] exactBytes(String imagePath) throws CardImageException {
    Objects.requireNonNull(imagePath, "imagePath == null");
    offTheMainThread(imagePath);
    return signedCard(imagePath, read(imagePath));
  }

  /** A signed card is sent as it is: within the OpenSDK's limit, and an image WeChat shows. */
  private static byte[] signedCard(String imagePath, byte[] data) throws CardImageException {
    if (!SignedCards.fits(data)) {
      throw new CardImageException(imagePath, Reason.TOO_LARGE, "a signed share's card is sent as it is, so it must "
          + "be 1 to 131072 bytes; it is " + data.length + ": render it with CardImages.render before signing");
    }
    if (!SignedCards.isJpegOrPng(data)) {
      throw new CardImageException(imagePath, Reason.UNDECODABLE, "a signed share's card is sent as it is, so it must "
          + "be a JPEG or PNG file; render it with CardImages.render before signing");
    }
    return data;
  }

  /**
   * The loader for an {@code imagePath} that a web page sent: the same rendering, but only from the
   * code package and from what the app allowed pages on the {@link Builder} (see the class comment).
   * The exceptions' messages are for the app (they may name files and sizes); {@link
   * WxShareWebBridge} tells the page only the reason.
   */
  public CardImageLoader forPages() {
    return pages;
  }

  private CardImage loadForPage(String imagePath) throws CardImageException {
    Objects.requireNonNull(imagePath, "imagePath == null");
    offTheMainThread(imagePath);
    return render(imagePath, readForPage(imagePath));
  }

  /** Decoding and drawing allocate bitmaps; running out of memory there is this image's failure, not the app's. */
  private CardImage render(String imagePath, byte[] data) throws CardImageException {
    try {
      return CardImages.render(BitmapCardImageCodec.INSTANCE, data, imagePath, policy);
    } catch (OutOfMemoryError e) {
      throw outOfMemory(imagePath, e);
    }
  }

  /** Running out of memory while an image was made, as that image's {@link Reason#TOO_LARGE}. */
  static CardImageException outOfMemory(String imagePath, OutOfMemoryError e) {
    return new CardImageException(imagePath, Reason.TOO_LARGE, "making the card image needs more memory than the app "
        + "has left", e);
  }

  private static void offTheMainThread(String imagePath) {
    if (Looper.myLooper() == Looper.getMainLooper()) {
      throw new IllegalStateException("AndroidCardImages.load(\"" + imagePath + "\") was called on the main thread; "
          + "decoding an image takes tens of milliseconds: call it from a background executor "
          + "(OpenSdkShareTransport does)");
    }
  }

  /** The file's bytes, from wherever {@code path} says: the app's own rules. */
  byte[] read(String path) throws CardImageException {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("content:")) {
      PagePaths.decodedNameIsAnImage(path, Uri.parse(path).getPath());
      return readContent(path);
    }
    if (lower.startsWith("file:")) {
      String file = Uri.parse(path).getPath();
      if (file == null || !file.startsWith("/")) {
        throw new CardImageException(path, Reason.UNREADABLE, "a file: URI needs an absolute path, such as file:///sdcard/card.jpg");
      }
      PagePaths.decodedNameIsAnImage(path, file);
      return reads.readFile(path, new File(file));
    }
    if (lower.startsWith("wxfile:")) {
      PagePaths.decodedNameIsAnImage(path, Uri.decode(path.substring("wxfile:".length())));
      return readWxfile(path);
    }
    if (PagePaths.hasScheme(path)) {
      throw new CardImageException(path, Reason.UNREADABLE, "not a local image: use a code-package path, "
          + "file://, content:// or wxfile://; download network images first");
    }
    if (absolutePathsAreFiles && path.startsWith("/")) {
      return reads.readFile(path, new File(path));
    }
    return readCodePackage(path);
  }

  /** The file's bytes for a path a web page sent: the code package, and only what the app allowed pages. */
  byte[] readForPage(String path) throws CardImageException {
    PagePaths.refuseBackslash(path);
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("content:")) {
      Uri uri = Uri.parse(path);
      String authority = uri.getEncodedAuthority();
      if (authority == null || !pageAuthorities.contains(authority)) {
        throw PagePaths.notAllowed(path, "a page may not name content:// URIs of " + (authority == null ? "no authority" : authority)
            + "; the app allows one provider's with AndroidCardImages.Builder.allowPageContentAuthority(\"authority\")");
      }
      PagePaths.plainUri(path, uri);
      PagePaths.confinedSegments(path, uri.getPath());
      PagePaths.decodedNameIsAnImage(path, uri.getPath());
      return readContent(path);
    }
    if (lower.startsWith("file:")) {
      Uri uri = Uri.parse(path);
      if (pageFileRoots.isEmpty()) {
        throw PagePaths.notAllowed(path, "a page may not name file:// URIs; the app allows those under one directory with "
            + "AndroidCardImages.Builder.allowPageFilesUnder(directory)");
      }
      String authority = uri.getEncodedAuthority();
      if (authority != null && !authority.isEmpty()) {
        throw PagePaths.notAllowed(path, "a file:// URI from a page names no host; write file:///path");
      }
      PagePaths.plainUri(path, uri);
      return readPageFile(path, uri.getPath());
    }
    if (lower.startsWith("wxfile:")) {
      if (!pageWxfile || wxfile == null) {
        throw PagePaths.notAllowed(path, "a page may not name wxfile:// URIs; the app allows them with "
            + "AndroidCardImages.Builder.allowPageWxfile() and a wxfileResolver");
      }
      String rest = path.substring("wxfile:".length());
      if (rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
        throw PagePaths.notAllowed(path, "a wxfile:// URI from a page has no query or fragment");
      }
      String decoded = Uri.decode(rest);
      PagePaths.confinedSegments(path, decoded);
      PagePaths.decodedNameIsAnImage(path, decoded);
      return readWxfile(path);
    }
    PagePaths.refuseInPagePath(path);
    if (absolutePathsAreFiles && path.startsWith("/")) {
      if (pageFileRoots.isEmpty()) {
        throw PagePaths.notAllowed(path, "a page may not name absolute file paths; the app allows those under one directory "
            + "with AndroidCardImages.Builder.allowPageFilesUnder(directory)");
      }
      return readPageFile(path, path);
    }
    return readCodePackage(path);
  }

  /** A page's URI has no query and no fragment. */

  private byte[] readPageFile(String path, String decoded) throws CardImageException {
    if (decoded == null || !decoded.startsWith("/")) {
      throw PagePaths.notAllowed(path, "needs an absolute path, such as file:///data/user/0/your.app/cache/card.jpg");
    }
    List<String> segments = PagePaths.confinedSegments(path, decoded);
    for (File root : pageFileRoots) {
      List<String> under = PagePaths.under(root, segments);
      if (under != null) {
        PagePaths.decodedNameIsAnImage(path, decoded);
        return walk.read(path, root, under, "the directory allowed for pages");
      }
    }
    throw PagePaths.notAllowed(path, "is not under a directory the app allows pages (AndroidCardImages.Builder.allowPageFilesUnder)");
  }

  /** {@code segments} below {@code root}, or null when they do not start with the root's own. */

  /** The rule that judged the path's text, now on the decoded name: an image's extension, or none. */

  private byte[] readWxfile(String path) throws CardImageException {
    if (wxfile == null) {
      throw new CardImageException(path, Reason.UNREADABLE, "no wxfile:// resolver is configured: give one to "
          + "AndroidCardImages.builder(context).wxfileResolver(uri -> ...) that opens the file it names");
    }
    try (InputStream in = wxfile.open(path)) {
      if (in == null) {
        throw new FileNotFoundException("the resolver returned no stream");
      }
      return reads.readAll(path, in, -1);
    } catch (CardImageException e) {
      throw e;
    } catch (IOException e) {
      throw FileReads.unreadable(path, "the wxfile:// resolver", e);
    }
  }

  private byte[] readCodePackage(String path) throws CardImageException {
    String relative = PagePaths.confine(path);
    if (directoryRoot != null) {
      return walk.read(path, directoryRoot, Arrays.asList(relative.split("/")), "the code package");
    }
    String asset = assetRoot.isEmpty() ? relative : assetRoot + "/" + relative;
    try (InputStream in = context.getAssets().open(asset, AssetManager.ACCESS_STREAMING)) {
      return reads.readAll(path, in, -1);
    } catch (CardImageException e) {
      throw e;
    } catch (FileNotFoundException e) {
      throw new CardImageException(path, Reason.UNREADABLE, "no such file in the app's assets (assets/" + asset + ")", e);
    } catch (IOException e) {
      throw FileReads.unreadable(path, "the app's assets", e);
    }
  }

  private byte[] readContent(String path) throws CardImageException {
    ContentResolver resolver = context.getContentResolver();
    try (InputStream in = resolver.openInputStream(Uri.parse(path))) {
      if (in == null) {
        throw new FileNotFoundException("the content provider returned no stream");
      }
      return reads.readAll(path, in, -1);
    } catch (CardImageException e) {
      throw e;
    } catch (SecurityException e) {
      throw new CardImageException(path, Reason.UNREADABLE, "permission denied by its content provider ("
          + e.getMessage() + "); read it with the permission the picker granted, or copy it to the app's cache", e);
    } catch (IOException e) {
      throw FileReads.unreadable(path, "the content provider", e);
    }
  }

  /** A file the app named: links followed (the app's choice), but only a regular file is read. */

  /** Whether {@code s} starts with a URI scheme ({@code content:}, {@code C:}): the contract's one reader. */

  /** Options for {@link AndroidCardImages}. Not thread-safe; build once. */
  public static final class Builder {
    private final Context context;
    private String assetRoot = "";
    private @Nullable File directoryRoot;
    private boolean absolutePathsAreFiles;
    private @Nullable WxfileResolver wxfile;
    private CardImagePolicy policy = CardImagePolicy.DEFAULT;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private final List<File> pageFileRoots = new ArrayList<>();
    private final Set<String> pageAuthorities = new LinkedHashSet<>();
    private boolean pageWxfile;

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
        root = assetDirectory.replaceAll("^/+|/+$", "").isEmpty() ? "" : PagePaths.confine(assetDirectory);
      } catch (CardImageException e) {
        throw new IllegalArgumentException("codePackageAssets(\"" + assetDirectory + "\"): " + e.getMessage(), e);
      }
      this.assetRoot = root;
      this.directoryRoot = null;
      return this;
    }

    /**
     * The code package is this directory (an unpacked download, say) instead of the assets. Its
     * files are reached without following links out of it (see the class comment).
     */
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

    /**
     * Lets web pages name image files in {@code directory} and below, as {@code file://} URIs (and
     * as absolute paths with {@link #absolutePathsAreFiles(boolean)}): a directory the app fills
     * with images meant for pages, such as {@code new File(context.getCacheDir(), "share")}. Links
     * inside it that point out are refused. Call it once per directory; pages get no files unless set.
     *
     * @throws IllegalArgumentException when {@code directory} is the file system's root or cannot be resolved
     */
    public Builder allowPageFilesUnder(File directory) {
      Objects.requireNonNull(directory, "directory == null");
      File canonical;
      try {
        canonical = directory.getCanonicalFile();
      } catch (IOException e) {
        throw new IllegalArgumentException("allowPageFilesUnder(" + directory + "): cannot resolve it (" + e + ")", e);
      }
      if (canonical.getParentFile() == null) {
        throw new IllegalArgumentException("allowPageFilesUnder(" + directory + ") would let pages read every file: "
            + "name the one directory that holds the images meant for pages");
      }
      // Both spellings, so that a page may use the one the app hands it (getCacheDir(), say).
      pageFileRoots.add(canonical);
      if (!directory.getAbsoluteFile().equals(canonical)) {
        pageFileRoots.add(directory.getAbsoluteFile());
      }
      return this;
    }

    /**
     * Lets web pages name {@code content://} URIs of this one provider {@code authority} (such as
     * your FileProvider's {@code com.example.app.fileprovider}), read with the app's identity, which
     * includes providers that are not exported: allow only a provider that serves images meant for
     * pages. Call it once per authority; pages get no {@code content://} unless set.
     */
    public Builder allowPageContentAuthority(String authority) {
      Objects.requireNonNull(authority, "authority == null");
      if (authority.isEmpty() || !authority.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("allowPageContentAuthority(\"" + authority + "\"): an authority is a "
            + "provider's name such as com.example.app.fileprovider (letters, digits, . _ -; no port or user)");
      }
      pageAuthorities.add(authority);
      return this;
    }

    /**
     * Lets web pages name {@code wxfile://} URIs, which go to the {@link #wxfileResolver}: allow it only
     * when the resolver maps names to images meant for pages. The name a page sends is decoded once
     * and refused with a {@code ..}, {@code .} or empty segment or a {@code %} still in it before the
     * resolver sees it. Pages get no {@code wxfile://} unless set.
     */
    public Builder allowPageWxfile() {
      this.pageWxfile = true;
      return this;
    }

    /** @throws IllegalStateException when {@link #allowPageWxfile()} is set without a {@link #wxfileResolver} */
    public AndroidCardImages build() {
      if (pageWxfile && wxfile == null) {
        throw new IllegalStateException("allowPageWxfile() needs a wxfileResolver(uri -> ...) to open what pages name");
      }
      return new AndroidCardImages(this);
    }
  }
}
