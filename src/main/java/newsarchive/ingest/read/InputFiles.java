package newsarchive.ingest.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Expands the paths given to an ingest into the files to read, recursively and in a stable order.
 * Symbolic links are followed, but a link loop is reported once and not walked again. Stateless.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * The supported files under {@code paths}, sorted within each folder; {@code problems} receives
   * each path that could not be listed, with the reason. Files of other types in folders are passed
   * over without a word.
   */
  public static List<Path> expand(List<Path> paths, BiConsumer<Path, String> problems)
      throws IOException {
    return expand(paths, problems, file -> {});
  }

  /**
   * As {@link #expand(List, BiConsumer)}, and {@code skipped} receives each file in a folder that
   * is of a type no reader reads (a picture, a word-processor file), so it can be counted rather
   * than vanish. A file named on its own is never skipped: it is read, or rejected with its reason.
   */
  public static List<Path> expand(
      List<Path> paths, BiConsumer<Path, String> problems, Consumer<Path> skipped)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        problems.accept(path, "no such file or folder");
      } else if (Files.isDirectory(path)) {
        walk(path, files, problems, skipped);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static void walk(
      Path root, List<Path> files, BiConsumer<Path, String> problems, Consumer<Path> skipped)
      throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && ArticleReaders.supports(file)) {
              found.add(file);
            } else if (attrs.isSymbolicLink() && ArticleReaders.supports(file)) {
              // Links are followed, so a link still seen as a link points at nothing.
              problems.accept(file, "a symbolic link to nothing");
            } else if (attrs.isRegularFile()) {
              skipped.accept(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.accept(
                file,
                e instanceof FileSystemLoopException
                    ? "symbolic link loop, not followed"
                    : "cannot be read: " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    files.addAll(found);
  }
}
