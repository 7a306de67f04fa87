package io.github.wxshare.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line as picocli reads it: every subcommand, help, versions, usage errors and suggestions. */
@Command(
    name = "wxshare",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = "Validates WeChat \"share a Mini Program card\" requests and makes their card images.",
    subcommands = {CheckCommand.class, SchemaCommand.class, ThumbnailCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = 2,
    exitCodeOnExecutionException = 2)
final class Commands {
  private Commands() {}

  /** A picocli command line whose commands write to these streams. */
  static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Commands(), new CommandLine.IFactory() {
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
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine(in, out, err);
    if (args.length == 0) {
      cli.usage(err);
      return 2;
    }
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Commands.class.getPackage().getImplementationVersion();
      return new String[] {"wxshare " + (v == null ? "(development build)" : v)};
    }
  }
}
