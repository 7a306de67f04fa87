package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.LocalImagePath;
import org.jspecify.annotations.Nullable;

/**
 * {@code imagePath}: a local raster image. Checked in this order: encoding, length, a network URL,
 * another scheme, control characters, then the file extension.
 */
public final class LocalImagePathValidator extends RuleValidator<LocalImagePath, CharSequence> {
  private static final Finding REMOTE = Finding.of("remote");
  private static final Finding SCHEME = Finding.of("scheme");
  private static final String[] RASTER = {
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "heic", "heif", "avif"
  };

  public LocalImagePathValidator() {
    super("LocalImagePath", "maxLength");
  }

  /** For the builder: the same rule with its parameter given directly. */
  public LocalImagePathValidator(int maxLength) {
    this();
    limit(maxLength);
  }

  @Override
  public void initialize(LocalImagePath annotation) {
    message(annotation.message());
    limit(annotation.maxLength());
  }

  /**
   * One pass gathers what the checks need (surrogates, code points, control characters, where the
   * file name and its extension start); the findings then come in the documented order.
   */
  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    int n = s.length();
    int colon = Text.schemeEnd(s, n);
    int codePoints = n;
    boolean control = false;
    int pathEnd = n; // in a URI, a query or fragment is not part of the file name
    int lastSlash = -1;
    int lastDot = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte k = CLASSES[c];
        if (k == PLAIN) {
          continue;
        }
        if (k == CONTROL) {
          control = true;
        } else if (i < pathEnd) {
          if (k == SLASH) {
            lastSlash = i;
          } else if (k == DOT) {
            lastDot = i;
          } else if (colon >= 0) { // k == PATH_END: '?' or '#' (never before the scheme's colon)
            pathEnd = i;
          }
        }
      } else if (Character.isSurrogate(c)) {
        if (!Utf8.isPaired(s, i, c)) {
          return FORMAT; // no UTF-8 form
        }
        codePoints -= Character.isHighSurrogate(c) ? 1 : 0; // a pair is one code point
      } else if (Text.isControl(c)) {
        control = true;
      }
    }
    if (codePoints > attributeValue()) {
      return Finding.length(codePoints);
    }
    if (s.startsWith("//")) {
      return REMOTE;
    }
    int pathStart = 0;
    if (colon >= 0) {
      if (isScheme(s, colon, "http") || isScheme(s, colon, "https")) {
        return REMOTE;
      }
      if (!(isScheme(s, colon, "wxfile") || isScheme(s, colon, "file") || isScheme(s, colon, "content"))) {
        return SCHEME;
      }
      pathStart = colon + 1;
      boolean named = false;
      for (int i = pathStart; i < pathEnd && !named; i++) {
        named = s.charAt(i) != '/';
      }
      if (!named) {
        return FORMAT; // "file://" names no file
      }
    }
    if (control) {
      return FORMAT;
    }
    // The file name: after the last slash, and never before the scheme's colon ("file:logo.svg").
    int segment = Math.max(lastSlash + 1, pathStart);
    if (lastDot > segment && lastDot < pathEnd - 1) {
      int length = pathEnd - lastDot - 1;
      for (String raster : RASTER) {
        if (raster.length() == length && Text.regionEqualsAsciiIgnoreCase(s, lastDot + 1, raster)) {
          return null;
        }
      }
      return FORMAT;
    }
    return null;
  }

  // Each ASCII character's class, by code: one load and one test for the usual character.
  private static final byte PLAIN = 0; // a printable character with no role here, and the space
  private static final byte SLASH = 1;
  private static final byte DOT = 2;
  private static final byte PATH_END = 3; // '?' or '#': in a URI, the query or fragment starts
  private static final byte CONTROL = 4; // C0 and DEL
  private static final byte[] CLASSES = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      CLASSES[c] = Text.isControl(c) ? CONTROL : PLAIN;
    }
    CLASSES['/'] = SLASH;
    CLASSES['.'] = DOT;
    CLASSES['?'] = PATH_END;
    CLASSES['#'] = PATH_END;
  }

  private static boolean isScheme(String s, int colon, String lowerName) {
    return colon == lowerName.length() && Text.regionEqualsAsciiIgnoreCase(s, 0, lowerName);
  }
}
