package io.github.wxshare.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wxshare} command line.
 *
 * <pre>
 * wxshare check [--format text|json] [--lang en|zh] [--max-bytes N] FILE... | -
 * wxshare schema
 * wxshare thumbnail IMAGE -o OUT.jpg [--max-bytes N] [--fit crop|pad]
 * </pre>
 *
 * Exit codes: 0 every document valid, 1 some document invalid, 2 a usage error or an unreadable file.
 */
@Command(
    name = "wxshare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Validates WeChat \"share a Mini Program card\" requests and makes their card images.",
    subcommands = {CheckCommand.class, SchemaCommand.class, ThumbnailCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = 2,
    exitCodeOnExecutionException = 2)
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err)); // run() flushes out; err flushes itself
  }

  /** Runs the command line with the given streams; returns the exit code. For tests and embedding. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == CheckCommand.class) {
          return type.cast(new CheckCommand(in, out, err));
        }
        if (type == SchemaCommand.class) {
          return type.cast(new SchemaCommand(out));
        }
        if (type == ThumbnailCommand.class) {
          return type.cast(new ThumbnailCommand(out, err));
        }
        return CommandLine.defaultFactory().create(type);
      }
    });
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    int code = args.length == 0 ? usage(cli, err) : cli.execute(args);
    out.flush();
    return code;
  }

  private static int usage(CommandLine cli, PrintStream err) {
    cli.usage(err);
    return 2;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"wxshare " + (v == null ? "(development build)" : v)};
    }
  }
}
