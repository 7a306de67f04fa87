package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.LocalImagePath;

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

  @Override
  protected Finding check(CharSequence value) {
    Finding encodingOrLength = encodingOrLength(value, false);
    if (encodingOrLength != null) {
      return encodingOrLength;
    }
    String s = value.toString();
    if (s.startsWith("//")) {
      return REMOTE;
    }
    String scheme = Text.scheme(s, s.length());
    int pathStart = 0;
    int pathEnd = s.length();
    if (scheme != null) {
      String lower = Text.asciiLowerCase(scheme);
      if (lower.equals("http") || lower.equals("https")) {
        return REMOTE;
      }
      if (!(lower.equals("wxfile") || lower.equals("file") || lower.equals("content"))) {
        return SCHEME;
      }
      pathStart = scheme.length() + 1;
      // In a URI, a query or fragment is not part of the file name.
      for (int i = pathStart; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '?' || c == '#') {
          pathEnd = i;
          break;
        }
      }
      boolean named = false;
      for (int i = pathStart; i < pathEnd && !named; i++) {
        named = s.charAt(i) != '/';
      }
      if (!named) {
        return FORMAT; // "file://" names no file
      }
    }
    for (int i = 0; i < s.length(); i++) {
      if (Text.isControl(s.charAt(i))) {
        return FORMAT;
      }
    }
    // The file name: after the last slash, and never before the scheme's colon ("file:logo.svg").
    int segment = Math.max(s.lastIndexOf('/', pathEnd - 1) + 1, pathStart);
    int dot = s.lastIndexOf('.', pathEnd - 1);
    if (dot > segment && dot < pathEnd - 1) {
      String extension = Text.asciiLowerCase(s.substring(dot + 1, pathEnd));
      for (String raster : RASTER) {
        if (raster.equals(extension)) {
          return null;
        }
      }
      return FORMAT;
    }
    return null;
  }
}
