package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import picocli.CommandLine.Option;

/**
 * What the import commands share: the {@code --out}/{@code --into} target and {@code --max-problems} options,
 * and how a refused import's problems and notes, or a file that cannot be read, are printed on standard error.
 */
final class ImportOutput {

    private ImportOutput() {}

    /** The new database description of {@code --out}, the same for every command that makes one by import. */
    static final String NEW_FILE = "A new database (must not exist), written beside and moved into place.";

    /** {@code --out NEW_FILE} or {@code --into FILE}, exactly one: where an import writes. */
    static final class Target {
        @Option(names = "--out", paramLabel = "NEW_FILE", required = true, description = NEW_FILE)
        Path out;

        @Option(
                names = "--into",
                paramLabel = "FILE|URL",
                required = true,
                description = "An existing database to add to (replaced only when the import is complete), or a team"
                        + " database on a server, postgresql://USER@HOST:PORT/DB (one transaction).")
        String into;

        /** The database written: the new one or the existing one (a file, or a server's address). */
        String file() {
            return out != null ? out.toString() : into;
        }

        /** {@code --into} as a file (null with --out); see {@link #intoServer} for a server's database. */
        Path intoFile() {
            return into == null ? null : Path.of(into);
        }

        /** {@code --into} as a team database's address, or null when it is a file (or --out was given). */
        ServerAddress intoServer() {
            return into != null && ServerAddress.isServer(into) ? ServerAddress.parse(into) : null;
        }
    }

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

    /** {@code --editor NAME}: the name the history of the database imported into records the import under. */
    static final class Editor {
        @Option(
                names = "--editor",
                paramLabel = "NAME",
                description = "With --into: the name the database's history records the import under (default: your"
                        + " user name; a team database records its server user).")
        String name;

        /** The name, or null for the default; refused with --out, or blank. */
        String checked(Target target) {
            CliCommand.require(
                    name == null || target.into != null,
                    "--editor is for --into (a new database's history starts after the import)");
            CliCommand.require(name == null || !name.isBlank(), "--editor needs a name");
            return name == null ? null : name.strip();
        }
    }

    /** An import: its report, or an {@link ImportException} (with the report) when it was refused. */
    interface Run {
        ImportReport run() throws ImportException, IOException;
    }

    /**
     * Runs an import and ends the command: refused, its summary, problems and notes; an input that cannot be read,
     * one line (both exit code {@link Cli#USAGE}); else the import's notes, then what {@code done} says.
     */
    static int run(PrintWriter err, Run run, ToIntFunction<ImportReport> done) {
        ImportReport report;
        try {
            report = run.run();
        } catch (ImportException e) {
            ImportReport r = e.report();
            return refused(err, r.summary(), r.problems(), r.problemCount(), r.notes());
        } catch (IOException e) {
            return cannotRead(err, e);
        }
        notes(err, report.notes());
        return done.applyAsInt(report);
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

    /**
     * A refused import: its one-line summary, then its problems and notes; exit code {@link Cli#USAGE}.
     */
    static int refused(PrintWriter err, String summary, List<ImportProblem> listed, long count, List<String> notes) {
        err.println("alliance-explorer: " + summary);
        problems(err, listed, count);
        notes(err, notes);
        err.flush();
        return Cli.USAGE;
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
