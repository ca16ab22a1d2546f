package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.RecordFilter;
import picocli.CommandLine;

/**
 * What every command shares: the command line it runs in, its output and progress, how long it took, and
 * how it ends. A command's failure is an exception (an {@link IllegalArgumentException} for bad usage),
 * which {@link Cli} turns into one line on standard error and an exit code; a command that succeeds ends
 * with {@link #done}.
 */
abstract class CliCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long started;

    /** The election of this key or name (either case), or a message naming what was asked and the database. */
    static Election election(Repositories r, String keyOrName, Database d) {
        String k = keyOrName.strip();
        return r.elections().elections(RecordFilter.ALL).stream()
                .filter(x -> x.code().equalsIgnoreCase(k) || x.name().equalsIgnoreCase(k))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("no election '" + keyOrName + "' in " + d.displayName()));
    }

    /** The abbreviation of the party with this abbreviation, alias or name, or a message naming the database. */
    static String party(Repositories r, String asked, Database d) {
        return r.parties()
                .party(asked.strip())
                .orElseThrow(() -> new IllegalArgumentException("no party '" + asked + "' in " + d.displayName()))
                .abbreviation();
    }

    @Override
    public final Integer call() throws Exception {
        started = System.nanoTime();
        return run();
    }

    /** Runs the command; returns its exit code ({@link Cli#OK}, {@link Cli#PROBLEMS}, {@link Cli#USAGE}). */
    abstract int run() throws Exception;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress lines on standard error while a person watches. */
    final Consumer<String> progress() {
        return Progress.of(spec);
    }

    /** Seconds since the command started. */
    final double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Refuses bad usage: {@code message} (one line) and exit code {@link Cli#USAGE}. */
    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Ends a command that did its work: prints its one-line result ({@code format} with {@link Locale#ROOT}). */
    final int done(String format, Object... args) {
        return done(List.of(), format, args);
    }

    /** Ends a command that did its work: its one-line result, then {@code details} a line each. */
    final int done(List<String> details, String format, Object... args) {
        out().printf(Locale.ROOT, format + "%n", args);
        details.forEach(out()::println);
        out().flush();
        return Cli.OK;
    }
}
