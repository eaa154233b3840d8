package newsarchive;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import newsarchive.cli.Arguments;
import newsarchive.cli.BuildGazetteer;
import newsarchive.cli.Command;
import newsarchive.cli.Eval;
import newsarchive.cli.Export;
import newsarchive.cli.Extract;
import newsarchive.cli.Generate;
import newsarchive.cli.Ingest;
import newsarchive.cli.Search;
import newsarchive.cli.Serve;
import newsarchive.cli.Version;
import newsarchive.search.InvalidQueryException;

/** The command dispatch: picks the command, runs it, maps its errors to exit codes. */
public final class Main {
  private static final String USAGE =
      """
      usage: archive COMMAND [OPTIONS]      (archive --version: version and commit)
        serve    [--port 7070] [--host 127.0.0.1] [--index index] [--corpus corpus] [--web web]
        ingest   [--index index] [--commit-ms 2000] PATH...
        extract  [--jsonl] PATH...
        search   [--index index] [--faction F]... [--location L]... [--country C]... [--site S]...
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sort relevance|newest|oldest]
                 [--page N] [--size N] [--exact] [--json] QUERY
        export   [search options] [--format csv|jsonl] [--body] [--out FILE] QUERY
        gazetteer [--data ../shared/data] [--out src/main/resources/newsarchive/gazetteer]
                  [--overlay src/main/gazetteer-overlay]
        generate --articles N [--seed S] [--jsonl] OUT
        eval     [DIR] [--fakes PATH] [--gold PATH] [--json] [--verbose] [--check]
        test     (run by the launcher: the whole test suite)
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs one command; returns the process exit status. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      out.print(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String name = args.get(0);
    if (name.equals("--version") || name.equals("version")) {
      out.println(Version.current());
      return 0;
    }
    Command command = command(name, new Archive(), out, err);
    if (command == null) {
      err.println("archive: unknown command '" + name + "'");
      err.print(USAGE);
      return 2;
    }
    try {
      return command.run(args.subList(1, args.size()));
    } catch (Arguments.UsageException e) {
      err.println("archive " + name + ": " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (InvalidQueryException e) {
      err.println("archive " + name + ": " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("archive " + name + ": " + e.getMessage());
      return 1;
    }
  }

  /** The command called {@code name}, or null for none. */
  private static Command command(String name, Archive archive, PrintStream out, PrintStream err) {
    return switch (name) {
      case "serve" -> new Serve(archive, err);
      case "ingest" -> new Ingest(archive, out, err);
      case "extract" -> new Extract(archive, out, err);
      case "search" -> new Search(archive, out, err);
      case "export" -> new Export(archive, out, err);
      case "gazetteer" -> new BuildGazetteer(out);
      case "generate" -> new Generate(out, err);
      case "eval" -> new Eval(archive, out);
      default -> null;
    };
  }
}
