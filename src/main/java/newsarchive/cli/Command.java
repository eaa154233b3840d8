package newsarchive.cli;

import java.io.IOException;
import java.util.List;

/**
 * One command of the command line: reads its own options and operands, writes its output where it
 * was told when built, and answers the process exit status. A wrong command line is an {@link
 * Arguments.UsageException}; {@link newsarchive.Main} maps that and I/O errors to exit codes.
 */
public interface Command {
  /** Runs with the words after the command's name; returns the exit status. */
  int run(List<String> args) throws IOException;
}
