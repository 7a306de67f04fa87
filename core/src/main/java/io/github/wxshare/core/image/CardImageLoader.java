package io.github.wxshare.core.image;

/**
 * Turns a request's {@code imagePath} into the card image sent as {@code thumbData}. On Android,
 * {@code wxshare-android-transport}'s {@code AndroidCardImages} reads assets, files, {@code
 * content://} and {@code wxfile://} images and renders them with {@link CardImages#render}; on the
 * JVM, {@code path -> ImageIoCardImages.render(Path.of(path), policy)} does the same with {@code
 * javax.imageio}. Write your own when your app already holds the thumbnail (an image cache, say).
 *
 * <p>A transport calls it on a background thread, never on Android's main thread. An
 * implementation must be thread-safe, return an image of at most 131072 bytes ({@code CardImage}
 * guarantees 1 byte or more), and report a missing or broken image as a {@link
 * CardImageException} naming the path and the reason, never as an empty card.
 */
@FunctionalInterface
public interface CardImageLoader {
  /**
   * The card image for {@code imagePath}, as the request holds it.
   *
   * @throws CardImageException when the image cannot be read, decoded or made to fit
   */
  CardImage load(String imagePath) throws CardImageException;

  /**
   * The exact bytes of the file {@code imagePath} names, read as {@link #load} reads it (the same
   * roots, confinement and permissions) but not rendered: a signed share's card, which WeChat
   * checks against the share's {@code thumbDataHash} and which must therefore be sent as it is.
   * The transport checks the hash; this checks what any sent card must be.
   *
   * <p>The default refuses: a loader that renders from elsewhere (an image cache, say) has no file
   * whose bytes were signed.
   *
   * @throws CardImageException {@link CardImageException.Reason#UNREADABLE} as for {@link #load},
   *     {@link CardImageException.Reason#TOO_LARGE} over 131072 bytes, {@link
   *     CardImageException.Reason#UNDECODABLE} when neither JPEG nor PNG
   */
  default byte[] exactBytes(String imagePath) throws CardImageException {
    throw new CardImageException(imagePath, CardImageException.Reason.UNREADABLE, "this loader ("
        + getClass().getName() + ") renders card images and cannot give a signed card's exact bytes; "
        + "use AndroidCardImages, or override exactBytes");
  }
}
