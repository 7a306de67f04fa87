package io.github.wxshare.core.image;

import io.github.wxshare.core.internal.Display;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * An image that cannot become a card image: unreadable, not an image, in a format the platform
 * cannot decode, too large to decode safely, or impossible to fit in the byte budget. The message
 * names the image and the reason; there is never an empty card instead.
 */
public final class CardImageException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the image could not be used. */
  public enum Reason {
    /** The file could not be read (missing, a directory, no permission). */
    UNREADABLE,
    /** The bytes are not an image in a format the codec decodes (or they are truncated). */
    UNDECODABLE,
    /** The image has more pixels than {@link CardImagePolicy#maxSourcePixels()}: a decompression bomb, or a mistake. */
    TOO_LARGE,
    /** Even the smallest size at the lowest quality exceeds the byte budget. */
    DOES_NOT_FIT,
    /**
     * The path leaves the root it is confined to: a {@code ..} segment that climbs out of the code
     * package, or a link inside it that points out. Refused before anything is read.
     */
    OUTSIDE_ROOT,
    /**
     * The caller may not name this image at all: a web page's {@code imagePath} of a kind, or in a
     * place, that the app did not allow pages (a {@code file://} URI outside the allowed directories,
     * a {@code content://} authority not allowed, a percent escape, an absolute path). Refused before
     * anything is read.
     */
    NOT_ALLOWED,
    /**
     * A signed share's card is not the one the server signed: the file's SHA-256 is not the
     * request's {@code thumbDataHash} (the message names both). Refused before anything is sent,
     * since WeChat would refuse the signature.
     */
    NOT_AS_SIGNED
  }

  private final String image;
  private final Reason reason;

  /**
   * @param image the image's name as the caller knows it (a path, a URI), named in the message with
   *     control, line-separator and bidi characters escaped
   * @param reason the kind of failure
   * @param detail what exactly went wrong, in words
   */
  public CardImageException(String image, Reason reason, String detail, @Nullable Throwable cause) {
    // The image is named by whoever asked (a page, a document): the message is one printable line.
    super(Display.unsafeEscaped(image + ": " + detail), cause);
    this.image = image;
    this.reason = reason;
  }

  public CardImageException(String image, Reason reason, String detail) {
    this(image, reason, detail, null);
  }

  /** The image's name, as given. */
  public String image() {
    return image;
  }

  public Reason reason() {
    return reason;
  }
}
