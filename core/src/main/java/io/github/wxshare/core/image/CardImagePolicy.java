package io.github.wxshare.core.image;

import java.util.Objects;

/**
 * What a card image must be: at most {@link #maxBytes()} bytes (131072, the OpenSDK's limit, by
 * default), exactly 5:4, cropped or padded to get there, at most {@link #maxWidth()} pixels wide,
 * JPEG quality between {@link #minQuality()} and {@link #maxQuality()}.
 *
 * <pre>{@code
 * CardImagePolicy policy = CardImagePolicy.builder().fit(CardImagePolicy.Fit.PAD).build();
 * }</pre>
 *
 * <p>Immutable; {@link #DEFAULT} is crop, 800x640 at most, quality 60 to 95, 100 megapixels at most
 * in the source, 16 megapixels at most decoded.
 */
public final class CardImagePolicy {
  /** The OpenSDK's limit on {@code thumbData} for a Mini Program card, in bytes, checked exactly. */
  public static final int MAX_BYTES = 131072;

  /** How an image of another aspect becomes 5:4. */
  public enum Fit {
    /** Cut the centre 5:4 part out: the card is filled, the edges are lost. */
    CROP,
    /** Keep the whole image, centred on white: nothing is lost, the card has white bars. */
    PAD
  }

  /** Crop, 800x640, quality 60 to 95, 131072 bytes, 100 megapixels in the source, 16 decoded. */
  public static final CardImagePolicy DEFAULT = builder().build();

  private final int maxBytes;
  private final Fit fit;
  private final int maxWidth;
  private final int minWidth;
  private final int minQuality;
  private final int maxQuality;
  private final long maxSourcePixels;
  private final long maxDecodedPixels;

  private CardImagePolicy(Builder b) {
    this.maxBytes = b.maxBytes;
    this.fit = b.fit;
    this.maxWidth = b.maxWidth;
    this.minWidth = b.minWidth;
    this.minQuality = b.minQuality;
    this.maxQuality = b.maxQuality;
    this.maxSourcePixels = b.maxSourcePixels;
    this.maxDecodedPixels = b.maxDecodedPixels;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.fit = fit;
    b.maxWidth = maxWidth;
    b.minWidth = minWidth;
    b.minQuality = minQuality;
    b.maxQuality = maxQuality;
    b.maxSourcePixels = maxSourcePixels;
    b.maxDecodedPixels = maxDecodedPixels;
    return b;
  }

  /** The byte budget of the JPEG; never above {@link #MAX_BYTES}. */
  public int maxBytes() {
    return maxBytes;
  }

  public Fit fit() {
    return fit;
  }

  /** The widest card image, a multiple of 5; its height is 4/5 of it. Smaller sources are not enlarged past their size. */
  public int maxWidth() {
    return maxWidth;
  }

  /** The narrowest card image the search shrinks to before it gives up ({@link CardImageException.Reason#DOES_NOT_FIT}). */
  public int minWidth() {
    return minWidth;
  }

  /** The lowest JPEG quality (1-100) tried before the image is made smaller instead. */
  public int minQuality() {
    return minQuality;
  }

  /** The highest JPEG quality (1-100) tried. */
  public int maxQuality() {
    return maxQuality;
  }

  /** Images with more pixels than this are refused before decoding ({@link CardImageException.Reason#TOO_LARGE}). */
  public long maxSourcePixels() {
    return maxSourcePixels;
  }

  /**
   * The most pixels an image is decoded into, whatever its shape: the decoder sub-samples by a
   * power of two until the decoded image fits, even below one source pixel per card pixel. It bounds
   * the memory of a decode (4 bytes a pixel: 64 MB by default) for a panorama of 500000x200 as for a
   * square photo, since the sub-sampling that the card's 5:4 region alone asks for is 1 for it.
   */
  public long maxDecodedPixels() {
    return maxDecodedPixels;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CardImagePolicy)) {
      return false;
    }
    CardImagePolicy p = (CardImagePolicy) o;
    return maxBytes == p.maxBytes && fit == p.fit && maxWidth == p.maxWidth && minWidth == p.minWidth
        && minQuality == p.minQuality && maxQuality == p.maxQuality && maxSourcePixels == p.maxSourcePixels
        && maxDecodedPixels == p.maxDecodedPixels;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxBytes, fit, maxWidth, minWidth, minQuality, maxQuality, maxSourcePixels, maxDecodedPixels);
  }

  @Override
  public String toString() {
    return "CardImagePolicy{maxBytes=" + maxBytes + ", fit=" + fit + ", maxWidth=" + maxWidth + ", minWidth=" + minWidth
        + ", quality=" + minQuality + ".." + maxQuality + ", maxSourcePixels=" + maxSourcePixels + ", maxDecodedPixels=" + maxDecodedPixels + "}";
  }

  /** Builds a {@link CardImagePolicy}; every setter checks its argument at once. */
  public static final class Builder {
    private int maxBytes = MAX_BYTES;
    private Fit fit = Fit.CROP;
    private int maxWidth = 800;
    private int minWidth = 100;
    private int minQuality = 60;
    private int maxQuality = 95;
    private long maxSourcePixels = 100_000_000L;
    private long maxDecodedPixels = 16_000_000L;

    private Builder() {}

    /** @throws IllegalArgumentException unless 1 &lt;= maxBytes &lt;= 131072 */
    public Builder maxBytes(int maxBytes) {
      if (maxBytes < 1 || maxBytes > MAX_BYTES) {
        throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES
            + " (the OpenSDK refuses larger thumbnails), was " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    public Builder fit(Fit fit) {
      this.fit = Objects.requireNonNull(fit, "fit == null");
      return this;
    }

    /** @throws IllegalArgumentException unless 5 &lt;= maxWidth &lt;= 4000 and a multiple of 5 */
    public Builder maxWidth(int maxWidth) {
      this.maxWidth = width("maxWidth", maxWidth);
      return this;
    }

    /** @throws IllegalArgumentException unless 5 &lt;= minWidth &lt;= 4000 and a multiple of 5 */
    public Builder minWidth(int minWidth) {
      this.minWidth = width("minWidth", minWidth);
      return this;
    }

    /** @throws IllegalArgumentException unless 1 &lt;= min &lt;= max &lt;= 100 */
    public Builder quality(int min, int max) {
      if (min < 1 || max > 100 || min > max) {
        throw new IllegalArgumentException("JPEG quality must be 1 <= min <= max <= 100, was " + min + ".." + max);
      }
      this.minQuality = min;
      this.maxQuality = max;
      return this;
    }

    /** @throws IllegalArgumentException unless positive */
    public Builder maxSourcePixels(long maxSourcePixels) {
      if (maxSourcePixels < 1) {
        throw new IllegalArgumentException("maxSourcePixels must be positive, was " + maxSourcePixels);
      }
      this.maxSourcePixels = maxSourcePixels;
      return this;
    }

    /** @throws IllegalArgumentException unless positive */
    public Builder maxDecodedPixels(long maxDecodedPixels) {
      if (maxDecodedPixels < 1) {
        throw new IllegalArgumentException("maxDecodedPixels must be positive, was " + maxDecodedPixels);
      }
      this.maxDecodedPixels = maxDecodedPixels;
      return this;
    }

    /** @throws IllegalArgumentException when minWidth exceeds maxWidth */
    public CardImagePolicy build() {
      if (minWidth > maxWidth) {
        throw new IllegalArgumentException("minWidth " + minWidth + " exceeds maxWidth " + maxWidth);
      }
      return new CardImagePolicy(this);
    }

    private static int width(String name, int width) {
      if (width < 5 || width > 4000 || width % 5 != 0) {
        throw new IllegalArgumentException(name + " must be a multiple of 5 between 5 and 4000 (the card is 5:4), was " + width);
      }
      return width;
    }
  }
}
