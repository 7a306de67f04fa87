package io.github.wxshare.cli;

import io.github.wxshare.core.internal.Display;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code wxshare} command line.
 *
 * <pre>
 * wxshare check [--format text|json|github|sarif] [--lang TAG] [--max-bytes N] [--allow-empty] FILE... | -
 * wxshare schema
 * wxshare thumbnail IMAGE -o OUT.jpg [--max-bytes N] [--fit crop|pad]
 * wxshare sign --app-id wx… --key KEY.pem [--key-password-env VAR] --card CARD [--lang TAG] REQUEST.json
 * wxshare verify --app-id wx… --public-key PUB.pem --card CARD [--lang TAG] SIGNED.json
 * wxshare open-data --app-id wx… --session-key KEY --iv IV [--max-age DURATION | --no-max-age] [--lang TAG] DATA|-
 * </pre>
 *
 * Exit codes: 0 every document valid, 1 some document invalid, 2 a usage error or an unreadable file.
 *
 * <p>The JVM flags the launcher uses are in {@code cli/jvm.options}: {@code java @cli/jvm.options
 * -jar wxshare-cli-VERSION-all.jar check ...}.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err)); // run() flushes out; err flushes itself
  }

  /**
   * Runs the command line with the given streams; returns the exit code. For tests and embedding. A
   * plain {@code check} line runs without picocli's start-up ({@link CheckArgs}); every other line,
   * help and every usage mistake included, goes through picocli.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CheckOptions check = CheckArgs.parse(args);
    int code;
    if (check != null) {
      try {
        code = new Check(check, in, out, err).run();
      } catch (IOException | RuntimeException e) {
        err.println("wxshare check: " + Display.unsafeEscaped(String.valueOf(e.getMessage())));
        code = 2;
      }
    } else {
      code = Commands.run(args, in, out, err);
    }
    out.flush();
    return code;
  }
}
