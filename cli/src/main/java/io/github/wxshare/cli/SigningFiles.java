package io.github.wxshare.cli;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.server.ShareSigningException;
import io.github.wxshare.server.internal.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What {@code wxshare sign} and {@code wxshare verify} read: a key, a card, a request, each bounded,
 * each failure one line in the user's language naming the file and what to do. A failure is
 * reported here and answered with null; the command then exits 2 (1 for an invalid request).
 */
final class SigningFiles {
  /** A card is at most the OpenSDK's 131072 bytes; one more is read to tell that it is over. */
  static final int MAX_CARD_BYTES = 131072;

  private final String command;
  private final Locale lang;
  private final PrintStream err;

  SigningFiles(String command, Locale lang, PrintStream err) {
    this.command = command;
    this.lang = lang;
    this.err = err;
  }

  /** What both commands read: the request, the key's text and the card's bytes. */
  static final class Inputs {
    final ShareMiniProgramRequest request;
    final String pem;
    final byte[] card;

    Inputs(ShareMiniProgramRequest request, String pem, byte[] card) {
      this.request = request;
      this.pem = pem;
      this.card = card;
    }
  }

  /** The exit code of the last {@link #read} that failed: 1 for an invalid request, else 2. */
  int failure = 2;

  /** All three, or null when one cannot be had (each failure reported, {@link #failure} set). */
  @Nullable Inputs read(Path requestFile, Path keyFile, Path cardFile) {
    int[] exit = {0};
    ShareMiniProgramRequest request = request(requestFile, exit);
    String pem = key(keyFile);
    byte[] card = card(cardFile);
    if (request == null || pem == null || card == null) {
      failure = exit[0] != 0 ? exit[0] : 2;
      return null;
    }
    return new Inputs(request, pem, card);
  }

  /** A key, AppID or card that cannot sign or verify: its code and message; exit 2. */
  int refused(ShareSigningException e) {
    err.println("wxshare " + command + ": " + e.code() + ": " + e.message(lang));
    return 2;
  }

  /** The key file's text, at most {@link Pem#MAX_CHARS} bytes; null when unreadable (reported). */
  @Nullable String key(Path file) {
    byte[] bytes = read(file, Pem.MAX_CHARS, "signing.what.key");
    return bytes == null ? null : new String(bytes, StandardCharsets.US_ASCII);
  }

  /** The card's exact bytes; null when unreadable or over 131072 bytes (reported). */
  byte @Nullable [] card(Path file) {
    return read(file, MAX_CARD_BYTES, "signing.what.card");
  }

  /** The request in {@code file}; null when unreadable (exit 2) or invalid (exit 1), both reported. */
  @Nullable ShareMiniProgramRequest request(Path file, int[] exit) {
    byte[] bytes = read(file, ShareRequestJson.DEFAULT_MAX_DOCUMENT_BYTES, "signing.what.request");
    if (bytes == null) {
      exit[0] = 2;
      return null;
    }
    ParsedShareRequest parsed = ShareRequestJson.create().read(bytes);
    if (!parsed.isValid()) {
      err.println(Texts.of(lang, "signing.invalid", "command", command, "file", shown(file), "count",
          parsed.violations().size()));
      for (Violation v : parsed.violations()) {
        err.println("  " + v.pointer() + " " + v.code() + ": " + v.message(lang));
      }
      exit[0] = 1;
      return null;
    }
    return parsed.request();
  }

  private byte @Nullable [] read(Path file, int max, String what) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = BoundedRead.bytes(in, max);
      if (bytes == null) {
        err.println(Texts.of(lang, "signing.tooLarge", "command", command, "file", shown(file), "max", max,
            "what", Texts.of(lang, what)));
        return null;
      }
      return bytes;
    } catch (IOException e) {
      err.println(Texts.of(lang, "cannotRead.signing", "command", command, "file", shown(file), "reason",
          Texts.of(lang, reason(file, e))));
      return null;
    }
  }

  private static String reason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "reason.noSuchFile";
    }
    if (e instanceof AccessDeniedException) {
      return "reason.permission";
    }
    return Files.isDirectory(file) ? "reason.directory" : "reason.other";
  }

  static String shown(Path file) {
    return Display.printable(file.toString());
  }
}
