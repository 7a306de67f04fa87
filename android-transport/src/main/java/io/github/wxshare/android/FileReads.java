package io.github.wxshare.android;

import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import io.github.wxshare.core.internal.BoundedRead;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Card image bytes, read bounded: never more than {@code maxFileBytes} from any stream, a regular
 * file only, and every failure as a {@link CardImageException} that names the file and why.
 */
final class FileReads {
  private final long maxFileBytes;

  FileReads(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }

  void regularAndSmallEnough(String path, BasicFileAttributes attributes) throws CardImageException {
    if (attributes.isDirectory()) {
      throw new CardImageException(path, Reason.UNREADABLE, "is a directory, not an image file");
    }
    if (!attributes.isRegularFile()) {
      throw new CardImageException(path, Reason.UNREADABLE, "is not a regular file (a device, a pipe or a socket), "
          + "so it is not read");
    }
    if (attributes.size() > maxFileBytes) {
      throw tooLarge(path, attributes.size());
    }
  }

  byte[] readFile(String path, File file) throws CardImageException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file.toPath(), BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new CardImageException(path, Reason.UNREADABLE, "no such file (" + file + ")", e);
    } catch (IOException e) {
      throw unreadable(path, file.getPath(), e);
    }
    regularAndSmallEnough(path, attributes);
    try (SeekableByteChannel channel = Files.newByteChannel(file.toPath(), StandardOpenOption.READ)) {
      return readAll(path, Channels.newInputStream(channel), channel.size());
    } catch (CardImageException e) {
      throw e;
    } catch (IOException e) {
      throw unreadable(path, file.getPath(), e);
    }
  }

  /**
   * Every byte of {@code in}, refused as soon as more than {@link #maxFileBytes} have come; with a
   * known {@code size} (a regular file), read into one array of that size.
   */
  byte[] readAll(String path, InputStream in, long size) throws IOException, CardImageException {
    byte[] all = BoundedRead.bytes(in, maxFileBytes, size);
    if (all == null) {
      throw tooLarge(path, maxFileBytes + 1);
    }
    return all;
  }

  CardImageException tooLarge(String path, long atLeast) {
    return new CardImageException(path, Reason.TOO_LARGE, "the file is " + (atLeast > maxFileBytes ? "over " : "")
        + maxFileBytes + " bytes (AndroidCardImages.Builder.maxFileBytes); a card image needs far less");
  }

  static CardImageException unreadable(String path, String where, IOException e) {
    if (e instanceof FileNotFoundException || e instanceof NoSuchFileException) {
      return new CardImageException(path, Reason.UNREADABLE, "no such file (" + e.getMessage() + ")", e);
    }
    return new CardImageException(path, Reason.UNREADABLE, "cannot be read from " + where + " (" + e + ")", e);
  }
}
