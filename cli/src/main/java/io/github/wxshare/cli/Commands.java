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
    description = "Validates WeChat \"share a Mini Program card\" requests, makes their card images, and signs and "
        + "verifies signed shares, and decrypts what a card brings back.",
    subcommands = {CheckCommand.class, SchemaCommand.class, ThumbnailCommand.class, SignCommand.class, VerifyCommand.class,
        OpenDataCommand.class,
        CommandLine.HelpCommand.class},
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
        if (type == SignCommand.class) {
          return type.cast(new SignCommand(out, err, System.getenv()));
        }
        if (type == VerifyCommand.class) {
          return type.cast(new VerifyCommand(out, err));
        }
        if (type == OpenDataCommand.class) {
          return type.cast(new OpenDataCommand(in, out, err));
        }
        return CommandLine.defaultFactory().create(type);
      }
    });
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Commands::usageError);
    return cli;
  }

  /**
   * A usage error: picocli's message, then the option or command meant when one is close to what was
   * typed ({@code --fromat}: {@code --format}), else picocli's own suggestions or the usage. Exit 2.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException unmatched = (CommandLine.UnmatchedArgumentException) e;
      String meant = unmatched.isUnknownOption() && !unmatched.getUnmatched().isEmpty()
          ? closestOption(unmatched.getUnmatched().get(0), command.getCommandSpec().optionsMap().keySet()) : null;
      if (meant != null) {
        err.println("Did you mean: " + meant + "? ('" + command.getCommandSpec().qualifiedName() + " --help' lists every option.)");
        return command.getCommandSpec().exitCodeOnInvalidInput();
      }
      if (CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err)) {
        return command.getCommandSpec().exitCodeOnInvalidInput();
      }
    }
    command.usage(err);
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The long option {@code typed} most likely means (its name before any {@code =}), as unknown JSON keys get one. */
  static @org.jspecify.annotations.Nullable String closestOption(String typed, java.util.Collection<String> options) {
    String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    return io.github.wxshare.core.internal.KeyHints.suggest(name,
        options.stream().filter(o -> o.startsWith("--")).toArray(String[]::new));
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
