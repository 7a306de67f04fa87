package io.github.wxshare.android;

import android.net.Uri;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import io.github.wxshare.core.internal.LocalImagePathValidator;
import io.github.wxshare.core.internal.Text;
import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an image path's text: what a path from a web page may not hold (a backslash, a
 * scheme, a percent escape, a query, {@code .} and {@code ..} segments), how a code-package path is
 * confined to its root, and the decoded name's extension. The paths, not the files: reading is
 * {@link FileReads}' and {@link ConfinedWalk}'s.
 */
final class PagePaths {
  private static final LocalImagePathValidator DECODED_NAME = new LocalImagePathValidator(Integer.MAX_VALUE);

  private PagePaths() {}

  /**
   * What a page's path that is not a URI may not hold, wherever it points: a backslash, a scheme, a
   * percent escape (a Mini Program names its files as they are). {@link WxShareWebBridge} applies
   * the same rule, then {@link #confine}, for a transport that reads images its own way.
   */
  static void refuseInPagePath(String path) throws CardImageException {
    refuseBackslash(path);
    if (hasScheme(path)) {
      throw notAllowed(path, "a page may name code-package images only (such as img/card.png)");
    }
    if (path.indexOf('%') >= 0) {
      throw notAllowed(path, "a code-package path from a page holds no percent escapes: a Mini Program names its files "
          + "as they are");
    }
  }

  static void refuseBackslash(String path) throws CardImageException {
    if (path.indexOf('\\') >= 0) {
      throw notAllowed(path, "a backslash is not a path separator here; write the path with /");
    }
  }

  static void plainUri(String path, Uri uri) throws CardImageException {
    if (uri.getEncodedQuery() != null || uri.getEncodedFragment() != null) {
      throw notAllowed(path, "a URI from a page has no query or fragment");
    }
  }

  /**
   * The decoded path's segments, each checked: no {@code .}, {@code ..} or empty segment past the
   * first slash, no {@code %} left after the one decoding (so a reader that decodes again reads the
   * same name), no backslash.
   */
  static List<String> confinedSegments(String path, String decoded) throws CardImageException {
    if (decoded == null || decoded.isEmpty()) {
      throw notAllowed(path, "names no file");
    }
    List<String> segments = new ArrayList<>();
    String[] parts = decoded.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String segment = parts[i];
      if (segment.isEmpty() && (i == 0 || (i == 1 && parts[0].isEmpty()))) {
        continue; // the leading slash of an absolute path, or the // of wxfile://
      }
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw notAllowed(path, "a path from a page has no empty, . or .. segments; name the file directly");
      }
      if (segment.indexOf('%') >= 0 || segment.indexOf('\\') >= 0) {
        throw notAllowed(path, "a path from a page is decoded once, and then holds no % or backslash");
      }
      segments.add(segment);
    }
    if (segments.isEmpty()) {
      throw notAllowed(path, "names no file");
    }
    return segments;
  }

  static @Nullable List<String> under(File root, List<String> segments) {
    List<String> rootSegments = new ArrayList<>();
    for (String s : root.getPath().split("/")) {
      if (!s.isEmpty()) {
        rootSegments.add(s);
      }
    }
    if (segments.size() <= rootSegments.size() || !segments.subList(0, rootSegments.size()).equals(rootSegments)) {
      return null;
    }
    return segments.subList(rootSegments.size(), segments.size());
  }

  static void decodedNameIsAnImage(String path, String decoded) throws CardImageException {
    // The file name alone ("./" so that a colon in it is not read as a scheme): the rule's extension check.
    if (decoded != null && DECODED_NAME.find("./" + lastSegment(decoded)) != null) {
      throw new CardImageException(path, Reason.UNREADABLE, "decoded, it names \"" + lastSegment(decoded)
          + "\", which is not a raster image's file name (png, jpg, jpeg, gif, webp, bmp, heic, heif, avif, or none)");
    }
  }

  static String lastSegment(String decoded) {
    int slash = decoded.lastIndexOf('/');
    return slash < 0 ? decoded : decoded.substring(slash + 1);
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

  static boolean hasScheme(String s) {
    return Text.schemeEnd(s, s.length()) >= 0;
  }

  static CardImageException notAllowed(String path, String detail) {
    return new CardImageException(path, Reason.NOT_ALLOWED, detail);
  }
}
