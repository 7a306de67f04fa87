package io.github.wxshare.cli;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;

/** {@code wxshare thumbnail IMAGE -o OUT.jpg}: the card image, always within the byte budget. */
@Command(
    name = "thumbnail",
    mixinStandardHelpOptions = true,
    description = {
      "Makes the card image of IMAGE (JPEG, PNG, GIF, BMP): 5:4, EXIF orientation applied, transparency on white, "
          + "the highest JPEG quality (then the largest size, up to 800x640) within --max-bytes.",
      "OUT is written only when the card image is made, and atomically: never a partial file.",
      "Exit codes: 0 written, 2 IMAGE unreadable or undecodable, OUT not writable, or a usage error."
    })
final class ThumbnailCommand implements Callable<Integer> {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final PrintStream out;
  private final PrintStream err;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image file.")
  Path image;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.jpg", required = true, description = "Where to write the JPEG.")
  Path output;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "131072",
      description = "The byte budget, 1 to 131072 (the OpenSDK's limit; default ${DEFAULT-VALUE}).")
  int maxBytes;

  @Option(names = "--fit", paramLabel = "crop|pad", defaultValue = "crop",
      description = "crop: cut the centre 5:4 part (default); pad: keep the whole image on white.")
  CardImagePolicy.Fit fit;

  ThumbnailCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (maxBytes < 1 || maxBytes > CardImagePolicy.MAX_BYTES) {
      err.println("wxshare thumbnail: --max-bytes takes 1 to " + CardImagePolicy.MAX_BYTES + " (the OpenSDK's limit for a "
          + "card image), not " + maxBytes + ".");
      return 2;
    }
    String named = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!named.endsWith(".jpg") && !named.endsWith(".jpeg")) {
      err.println("wxshare thumbnail: -o " + output + ": the card image is a JPEG, so its name ends in .jpg or .jpeg: "
          + "give one such as -o " + jpegName(output) + ".");
      return 2;
    }
    CardImagePolicy policy = CardImagePolicy.builder().maxBytes(maxBytes).fit(fit).build();
    CardImage card;
    try {
      card = ImageIoCardImages.render(image, policy);
    } catch (CardImageException e) {
      if (e.reason() == CardImageException.Reason.DOES_NOT_FIT) {
        err.println("wxshare thumbnail: " + image + ": the card image does not fit in --max-bytes " + maxBytes + " even at "
            + policy.minWidth() + "x" + policy.minWidth() * 4 / 5 + " and JPEG quality " + policy.minQuality() + ": raise "
            + "--max-bytes (up to " + CardImagePolicy.MAX_BYTES + "), or use an image with less fine detail or noise.");
      } else {
        err.println("wxshare thumbnail: " + e.getMessage());
      }
      return 2;
    }
    try {
      writeAtomically(output, card.bytes());
    } catch (IOException e) {
      err.println("wxshare thumbnail: cannot write " + output + ": " + describe(e));
      return 2;
    }
    out.println(output + ": " + card.size() + " bytes, " + card.width() + "x" + card.height() + ", JPEG quality "
        + card.quality() + " (from " + card.sourceWidth() + "x" + card.sourceHeight()
        + (card.subsample() > 1 ? ", decoded at 1/" + card.subsample() : "") + ")");
    return 0;
  }

  /**
   * Writes a temporary file beside {@code target} and moves it into place: readers see all or
   * nothing. The temporary file is created exclusively ({@code O_CREAT|O_EXCL}, which never follows a
   * link and fails on any entry already there), written through the handle that created it, never
   * reopened by name, and created with the default mode, so the umask decides OUT's permissions. If
   * the entry at the temporary name is no longer the file written (someone who may delete entries in
   * OUT's directory swapped in a link or another file), nothing is moved and OUT is left as it was.
   */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (Files.isDirectory(absolute) || directory == null) {
      throw new IOException("is a directory");
    }
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      Object created;
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        created = ownFile(temporary, -1, null);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      ownFile(temporary, bytes.length, created);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      } catch (NoSuchFileException e) {
        throw replaced(temporary, e);
      }
    } finally {
      Files.deleteIfExists(temporary); // a link swapped in is removed, never followed
    }
  }

  /**
   * The identity of the regular file at {@code temporary}, read without following a link; an
   * exception when it is something else, or (with {@code expected}) not the same file of {@code size}
   * bytes.
   */
  private static Object ownFile(Path temporary, long size, @Nullable Object expected) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(temporary, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw replaced(temporary, e);
    }
    Object key = attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    if (!attributes.isRegularFile() || (expected != null && (!key.equals(expected) || attributes.size() != size))) {
      throw replaced(temporary, null);
    }
    return key;
  }

  private static IOException replaced(Path temporary, @Nullable IOException cause) {
    return new IOException("its temporary file " + temporary.getFileName() + " was replaced while it was written "
        + "(removed, or swapped for a link or another file); nothing was moved into place: check who else writes in "
        + "that directory", cause);
  }
  /** {@code card.png} becomes {@code card.jpg}: the suggestion for an output that is not named as a JPEG. */
  static String jpegName(Path output) {
    String name = output.getFileName() == null ? "card" : output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String jpeg = (dot > 0 ? name.substring(0, dot) : name) + ".jpg";
    Path parent = output.getParent();
    return parent == null ? jpeg : parent.resolve(jpeg).toString();
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "its directory does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? "the system refused to write it" : message;
  }
}
