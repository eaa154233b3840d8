package newsarchive.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import newsarchive.Archive;
import newsarchive.search.InvalidQueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line, built in one place: every command with its options, so the usage that {@code
 * --help} prints, the README's list and the parsing all come from the same declarations. Exit
 * statuses: 0 it ran; 1 it could not do its work (an I/O error, no index, the port in use, a score
 * under its floor with {@code eval --check}); 2 a command line or query that cannot be read. Each
 * error is one line: {@code archive COMMAND: what went wrong}.
 */
public final class Commands {
  /** Exit status of a command that could not do its work. */
  public static final int FAILED = 1;

  /** Exit status of a command line or a query that cannot be read. */
  public static final int USAGE = 2;

  private Commands() {}

  /** The root of the command tree: {@code archive} and its commands. */
  @Command(
      name = "archive",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "A full-text searchable archive of conflict news.",
      footer = {
        "",
        "The launcher also runs: test (the whole suite), format (the sources in house style),",
        "fuzz (the fuzz tests, fuzzing), bench (the benchmarks). Exit status: 0 it ran; 1 it",
        "could not do its work; 2 a command line or query that cannot be read."
      })
  static final class Root implements Runnable {
    @Option(names = "--verbose", description = "show the JVM's and the libraries' log lines")
    boolean verbose;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "give a command; archive --help lists them");
    }
  }

  /** The command line of the archive, writing to {@code out} and {@code err}. */
  public static CommandLine create(Archive archive, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Root());
    add(cli, new Serve(archive, err));
    add(cli, new Ingest(archive, out, err));
    add(cli, new Extract(archive, out, err));
    add(cli, new Search(archive, out));
    add(cli, new Export(archive, out));
    add(cli, new Backup(out));
    add(cli, new Restore(out));
    add(cli, new Check(out));
    add(cli, new Generate(out, err));
    add(cli, new BuildGazetteer(out));
    add(cli, new Eval(archive, out));
    add(cli, new TrainPlaces(archive, out));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(
        (e, args) -> {
          err.println(prefix(e.getCommandLine()) + e.getMessage() + hint(e.getCommandLine()));
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          String prefix = prefix(commandLine);
          return switch (e) {
            case UsageException u -> {
              err.println(prefix + u.getMessage() + hint(commandLine));
              yield USAGE;
            }
            case InvalidQueryException q -> {
              err.println(prefix + q.getMessage());
              yield USAGE;
            }
            case CommandFailure f -> {
              err.println(prefix + f.getMessage());
              yield FAILED;
            }
            case java.io.IOException io -> {
              err.println(prefix + oneLine(io));
              yield FAILED;
            }
            case java.io.UncheckedIOException io -> {
              err.println(prefix + oneLine(io.getCause()));
              yield FAILED;
            }
            default -> throw e;
          };
        });
    return cli;
  }

  /** Adds {@code command} with --help, --version and --verbose (eval has its own --verbose). */
  private static void add(CommandLine root, Object command) {
    CommandLine sub = new CommandLine(command);
    sub.getCommandSpec().mixinStandardHelpOptions(true);
    sub.getCommandSpec().versionProvider(new Version());
    if (sub.getCommandSpec().findOption("--verbose") == null) {
      sub.getCommandSpec()
          .addOption(
              CommandLine.Model.OptionSpec.builder("--verbose")
                  .description("show the JVM's and the libraries' log lines")
                  .build());
    }
    root.addSubcommand(sub);
  }

  private static String prefix(CommandLine c) {
    return c.getParent() == null ? "archive: " : "archive " + c.getCommandName() + ": ";
  }

  private static String hint(CommandLine c) {
    return " (see " + c.getCommandSpec().qualifiedName() + " --help)";
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
