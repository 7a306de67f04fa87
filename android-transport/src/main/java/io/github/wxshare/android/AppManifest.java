package io.github.wxshare.android;

import io.github.wxshare.core.internal.BoundedRead;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What the set-up check needs from the app's merged manifest that the package manager does not
 * tell: which packages its {@code <queries>} name, and whether it holds {@code
 * QUERY_ALL_PACKAGES}. Read from the installed APK's compiled manifest ({@link #ofApk}); tests feed
 * a manifest's text to the {@link Collector}.
 */
final class AppManifest {
  static final String ANDROID = "http://schemas.android.com/apk/res/android";
  /** The most bytes of a compiled manifest read; real ones are a few KiB to a few hundred. */
  static final int MAX_BYTES = 4 << 20;

  private final Set<String> queriedPackages;
  private final boolean queryAllPackages;

  private AppManifest(Set<String> queriedPackages, boolean queryAllPackages) {
    this.queriedPackages = Collections.unmodifiableSet(queriedPackages);
    this.queryAllPackages = queryAllPackages;
  }

  /** Whether the app may see {@code packageName} on Android 11 and later. */
  boolean sees(String packageName) {
    return queryAllPackages || queriedPackages.contains(packageName);
  }

  /** Builds one from elements as a reader meets them. */
  static final class Collector implements BinaryXml.Handler {
    private final Set<String> queried = new HashSet<>();
    private boolean all;
    private int depth;
    private int queriesDepth = -1;

    @Override
    public void start(String name, Map<String, String> attributes) {
      depth++;
      if (depth == 2 && name.equals("queries")) {
        queriesDepth = depth;
      } else if (queriesDepth > 0 && depth == queriesDepth + 1 && name.equals("package")) {
        String pkg = attributes.get("name");
        if (pkg != null) {
          queried.add(pkg);
        }
      } else if (depth == 2 && name.equals("uses-permission")
          && "android.permission.QUERY_ALL_PACKAGES".equals(attributes.get("name"))) {
        all = true;
      }
    }

    @Override
    public void end() {
      if (depth == queriesDepth) {
        queriesDepth = -1;
      }
      depth--;
    }

    AppManifest manifest() {
      return new AppManifest(queried, all);
    }
  }

  /**
   * The compiled manifest of the APK at {@code apk}, or null when it cannot be read (no such file, no
   * manifest entry, one over {@link #MAX_BYTES}, or bytes that are not a compiled XML document).
   */
  static @Nullable AppManifest ofApk(@Nullable String apk) {
    if (apk == null) {
      return null;
    }
    try (ZipFile zip = new ZipFile(new File(apk))) {
      ZipEntry entry = zip.getEntry("AndroidManifest.xml");
      if (entry == null || entry.getSize() > MAX_BYTES) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = zip.getInputStream(entry)) {
        bytes = BoundedRead.bytes(in, MAX_BYTES);
      }
      if (bytes == null) {
        return null;
      }
      Collector c = new Collector();
      BinaryXml.read(bytes, c);
      return c.manifest();
    } catch (IOException | RuntimeException e) {
      return null; // a damaged or unusual APK: the check then says nothing about <queries>
    }
  }


}
