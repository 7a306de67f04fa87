package io.github.wxshare.core.image;

import java.util.Arrays;

/**
 * A card image: JPEG bytes within the policy's budget, exactly 5:4, and how they were reached.
 * Immutable; {@link #bytes()} returns a copy.
 */
public final class CardImage {
  private final byte[] jpeg;
  private final int width;
  private final int height;
  private final int quality;
  private final int sourceWidth;
  private final int sourceHeight;
  private final int subsample;
  private final int encodings;

  CardImage(byte[] jpeg, int width, int height, int quality, int sourceWidth, int sourceHeight, int subsample, int encodings) {
    this.jpeg = jpeg;
    this.width = width;
    this.height = height;
    this.quality = quality;
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
    this.subsample = subsample;
    this.encodings = encodings;
  }

  /** The JPEG, ready for the OpenSDK's {@code WXMediaMessage.thumbData}. */
  public byte[] bytes() {
    return jpeg.clone();
  }

  /** The JPEG's size in bytes, at most the policy's {@code maxBytes}. */
  public int size() {
    return jpeg.length;
  }

  public int width() {
    return width;
  }

  /** {@code width() * 4 / 5}. */
  public int height() {
    return height;
  }

  /** The JPEG quality chosen: the highest the search found within the budget. */
  public int quality() {
    return quality;
  }

  /** The source's width as displayed (after EXIF orientation). */
  public int sourceWidth() {
    return sourceWidth;
  }

  /** The source's height as displayed (after EXIF orientation). */
  public int sourceHeight() {
    return sourceHeight;
  }

  /** The sub-sampling asked of the decoder: 4 means the source was decoded at about a quarter of its size. */
  public int subsample() {
    return subsample;
  }

  /** How many JPEG encodings the search made. */
  public int encodings() {
    return encodings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardImage && Arrays.equals(jpeg, ((CardImage) o).jpeg);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(jpeg);
  }

  @Override
  public String toString() {
    return "CardImage{" + jpeg.length + " bytes, " + width + "x" + height + ", quality " + quality + ", from "
        + sourceWidth + "x" + sourceHeight + (subsample > 1 ? " decoded at 1/" + subsample : "") + "}";
  }
}
