package newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsarchive.Archive;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archive extract}: the extraction JSON of each input, without an index; rejected inputs and
 * their reasons to {@code err}.
 */
@Command(
    name = "extract",
    description =
        "Prints the extraction JSON of each article in the files and folders, without an index;"
            + " rejected inputs go to standard error with their reason.")
public final class Extract implements Callable<Integer> {
  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--jsonl", description = "one JSON object a line instead of pretty JSON")
  boolean jsonl;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders to read")
  List<Path> paths = List.of();

  public Extract(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty()) {
      throw new UsageException("give at least one file or folder to extract");
    }
    ArticleReaders readers = archive.readers();
    ArticleBuilder builder = archive.builder();
    ObjectWriter writer =
        jsonl ? archive.json().writer() : archive.json().writerWithDefaultPrettyPrinter();
    List<Path> files =
        InputFiles.expand(paths, (p, why) -> err.println("rejected " + p + ": " + why));
    List<String> rejected = new ArrayList<>();
    for (Path file : files) {
      readers.read(
          file,
          x -> {
            switch (x) {
              case Extraction.Found f -> {
                try {
                  out.println(writer.writeValueAsString(builder.build(f.article())));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              case Extraction.Rejected r -> rejected.add(r.source() + ": " + r.reason());
            }
          });
    }
    rejected.forEach(r -> err.println("rejected " + r));
    return 0;
  }
}
