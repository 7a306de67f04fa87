package io.github.wxshare.android;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;

/**
 * Turns a request's {@code imagePath} into the card image sent as {@code thumbData}.
 * {@link AndroidCardImages} is the one this module ships: it reads assets, files, {@code content://}
 * and {@code wxfile://} images and renders them with the shared card-image algorithm. Supply your own
 * to {@link OpenSdkShareTransport.Builder#images(CardImageLoader)} when your app already holds the
 * thumbnail (an image cache, say).
 *
 * <p>{@link OpenSdkShareTransport} calls it on its executor, never on the main thread. An
 * implementation must return an image of at most 131072 bytes ({@code CardImage} guarantees 1 byte
 * or more) and report a missing or broken image as a {@link CardImageException} naming the path and
 * the reason, never as an empty card.
 */
@FunctionalInterface
public interface CardImageLoader {
  /**
   * The card image for {@code imagePath}, as the request holds it.
   *
   * @throws CardImageException when the image cannot be read, decoded or made to fit
   */
  CardImage load(String imagePath) throws CardImageException;
}
