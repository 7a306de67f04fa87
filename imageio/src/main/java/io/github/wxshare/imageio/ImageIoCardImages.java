package io.github.wxshare.imageio;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.core.image.CardImages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Card images from files on the JVM, in one call:
 *
 * <pre>{@code
 * CardImage card = ImageIoCardImages.render(Path.of("thumb.png"), CardImagePolicy.DEFAULT);
 * Files.write(Path.of("card.jpg"), card.bytes());   // at most 131072 bytes, 5:4
 * }</pre>
 *
 * Every failure is a {@link CardImageException} naming the file and the reason: missing, a
 * directory, unreadable, larger than {@link #MAX_FILE_BYTES}, not an image, truncated, too many
 * pixels.
 */
public final class ImageIoCardImages {
  /** Files larger than this (256 MiB) are refused before they are read into memory. */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private static final ImageIoCardImageCodec CODEC = new ImageIoCardImageCodec();

  private ImageIoCardImages() {}

  /** The card image of {@code file} under {@code policy}. */
  public static CardImage render(Path file, CardImagePolicy policy) throws CardImageException {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(policy, "policy == null");
    return CardImages.render(CODEC, read(file), file.toString(), policy);
  }

  /** The codec these files are decoded with. */
  public static ImageIoCardImageCodec codec() {
    return CODEC;
  }

  static byte[] read(Path file) throws CardImageException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new CardImageException(name, CardImageException.Reason.UNREADABLE, "is a directory, not an image file");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new CardImageException(name, CardImageException.Reason.TOO_LARGE, "the file is " + size
            + " bytes, more than the " + MAX_FILE_BYTES + " a card image is made from");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CardImageException(name, CardImageException.Reason.UNREADABLE, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CardImageException(name, CardImageException.Reason.UNREADABLE, "permission denied", e);
    } catch (CardImageException e) {
      throw e;
    } catch (IOException e) {
      throw new CardImageException(name, CardImageException.Reason.UNREADABLE, "cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
