package io.github.wxshare.cli;

import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
    CardImagePolicy policy;
    try {
      policy = CardImagePolicy.builder().maxBytes(maxBytes).fit(fit).build();
    } catch (IllegalArgumentException e) {
      err.println("wxshare thumbnail: --max-bytes: " + e.getMessage());
      return 2;
    }
    CardImage card;
    try {
      card = ImageIoCardImages.render(image, policy);
    } catch (CardImageException e) {
      err.println("wxshare thumbnail: " + e.getMessage());
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

  /** Writes a temporary file beside {@code target} and moves it into place: readers see all or nothing. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "its directory does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }
}
