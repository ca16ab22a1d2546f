package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.imports.ImportProblem;
import picocli.CommandLine.Option;

/**
 * What {@code import} and {@code import-results} share: the {@code --max-problems} option, and how a refused
 * import's problems and notes, or a file that cannot be read, are printed on standard error.
 */
final class ImportOutput {

    private ImportOutput() {}

    /** {@code --max-problems N}: how many problems are listed (all are counted). */
    static final class MaxProblems {
        @Option(
                names = "--max-problems",
                paramLabel = "N",
                defaultValue = "100",
                description = "Problems listed at most (default ${DEFAULT-VALUE}); all are counted.")
        int max;

        /** The number, refused below 1. */
        int checked() {
            CliCommand.require(max >= 1, "--max-problems must be at least 1");
            return max;
        }
    }

    /** The problems listed (a line each, conflicts marked) and how many more were counted. */
    static void problems(PrintWriter err, List<ImportProblem> listed, long count) {
        for (ImportProblem p : listed) {
            err.println((p.conflict() ? "conflict  " : "problem  ") + p);
        }
        if (count > listed.size()) {
            err.printf(Locale.ROOT, "... and %,d more (--max-problems N lists more)%n", count - listed.size());
        }
    }

    static void notes(PrintWriter err, List<String> notes) {
        for (String n : notes) {
            err.println("note  " + n);
        }
    }

    /** The input or database could not be read: one line, exit code {@link Cli#USAGE}. */
    static int cannotRead(PrintWriter err, IOException e) {
        err.println(
                "alliance-explorer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        err.flush();
        return Cli.USAGE;
    }
}
