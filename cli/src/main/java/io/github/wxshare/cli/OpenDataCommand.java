package io.github.wxshare.cli;

import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.server.OpenData;
import io.github.wxshare.server.OpenDataDecrypter;
import io.github.wxshare.server.OpenDataException;
import io.github.wxshare.server.ShareSigningException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wxshare open-data --app-id wx… --session-key KEY --iv IV ENCRYPTED_DATA}: decrypt and check, or say why not. */
@Command(
    name = "open-data",
    mixinStandardHelpOptions = true,
    description = {
      "Decrypts open data a Mini Program received (wx.getGroupEnterInfo, wx.getShareInfo, wx.authPrivateMessage) "
          + "with the user's session_key, and checks it strictly: standard Base64, 16-byte key and iv, PKCS#7 in full, "
          + "one strict JSON object, the watermark's AppID and age. Prints the decrypted JSON.",
      "The session key shows in the process list while this runs: use it on your own machine, to find out why a "
          + "decryption fails.",
      "Exit codes: 0 decrypted and checked, 1 refused (the code says why), 2 a usage error."
    })
final class OpenDataCommand implements Callable<Integer> {
  private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]{1,9})([smhd])");

  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration d = duration(value);
      if (d == null) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: give a positive number "
            + "with s, m, h or d (90s, 10m, 2h, 7d), or ISO-8601 (PT10M)");
      }
      return d;
    }
  }

  /** {@code 90s}, {@code 10m}, {@code 2h}, {@code 7d} or ISO-8601; positive; null otherwise. */
  static @Nullable Duration duration(String value) {
    Matcher m = SHORT_DURATION.matcher(value);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "s": d = Duration.ofSeconds(n); break;
        case "m": d = Duration.ofMinutes(n); break;
        case "h": d = Duration.ofHours(n); break;
        default: d = Duration.ofDays(n); break;
      }
    } else {
      try {
        d = Duration.parse(value);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return d.isNegative() || d.isZero() ? null : d;
  }

  static final class Age {
    @Option(names = "--max-age", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "The oldest watermark accepted: 90s, 10m, 2h, 7d or ISO-8601. Default: 10m.")
    @Nullable Duration maxAge;

    @Option(names = "--no-max-age", description = "Do not check the watermark's age (a stored sample); the AppID is still checked.")
    boolean none;
  }

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--app-id", paramLabel = "wx…", required = true, description = "The Mini Program's AppID (wx and 16 hex digits).")
  String appId;

  @Option(names = "--session-key", paramLabel = "KEY", required = true,
      description = "The user's session_key from jscode2session (Base64 of 16 bytes).")
  String sessionKey;

  @Option(names = "--iv", paramLabel = "IV", required = true, description = "The iv the Mini Program received (Base64 of 16 bytes).")
  String iv;

  @ArgGroup(exclusive = true)
  @Nullable Age age;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = CheckCommand.LangConverter.class,
      description = "Language of the messages: en, zh-CN or zh-TW. Default: ${DEFAULT-VALUE}.")
  Locale lang;

  @Parameters(index = "0", paramLabel = "ENCRYPTED_DATA", description = "The encryptedData (Base64), or - to read it from standard input.")
  String encryptedData;

  OpenDataCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    String data = encryptedData;
    if (data.equals("-")) {
      try {
        byte[] bytes = BoundedRead.bytes(in, OpenDataDecrypter.MAX_DATA_CHARS + 2L); // a line break may follow
        if (bytes == null) {
          err.println(Texts.of(lang, "signing.tooLarge", "command", "open-data", "file", "<stdin>", "max",
              OpenDataDecrypter.MAX_DATA_CHARS, "what", Texts.of(lang, "signing.what.openData")));
          return 2;
        }
        data = new String(bytes, StandardCharsets.US_ASCII).strip();
      } catch (IOException e) {
        err.println(Texts.of(lang, "cannotRead.signing", "command", "open-data", "file", "<stdin>", "reason",
            Texts.of(lang, "reason.other")));
        return 2;
      }
    }
    OpenDataDecrypter decrypter;
    try {
      decrypter = OpenDataDecrypter.of(appId);
    } catch (ShareSigningException e) {
      err.println("wxshare open-data: " + e.code() + ": " + e.message(lang));
      return 2;
    }
    if (age != null && age.none) {
      decrypter = decrypter.withoutMaxAge();
    } else if (age != null && age.maxAge != null) {
      decrypter = decrypter.maxAge(age.maxAge);
    }
    try {
      OpenData open = decrypter.decrypt(sessionKey, iv, data);
      out.println(open.json());
      return 0;
    } catch (OpenDataException e) {
      err.println("wxshare open-data: " + e.code() + ": " + e.message(lang));
      return 1;
    }
  }
}
