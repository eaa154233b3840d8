package newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsarchive.Archive;
import newsarchive.ingest.ArticleBuilder;
import newsarchive.ingest.read.ArticleReaders;
import newsarchive.ingest.read.Extraction;
import newsarchive.ingest.read.InputFiles;

/**
 * {@code archive extract}: the extraction JSON of each input, without an index; rejected inputs and
 * their reasons to {@code err}.
 */
public final class Extract implements Command {
  private final Archive archive;
  private final PrintStream out;
  private final PrintStream err;

  public Extract(Archive archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(List<String> args) throws IOException {
    Arguments a = Arguments.parse(args, Set.of(), Set.of("jsonl"));
    if (a.operands().isEmpty()) {
      throw new Arguments.UsageException("give at least one file or folder to extract");
    }
    ArticleReaders readers = archive.readers();
    ArticleBuilder builder = archive.builder();
    ObjectWriter writer =
        a.flag("jsonl") ? archive.json().writer() : archive.json().writerWithDefaultPrettyPrinter();
    List<Path> files =
        InputFiles.expand(
            a.operands().stream().map(Path::of).toList(),
            (p, why) -> err.println("rejected " + p + ": " + why));
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
