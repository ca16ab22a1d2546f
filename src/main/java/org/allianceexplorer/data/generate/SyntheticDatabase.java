package org.allianceexplorer.data.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.io.AtomicFile;

/**
 * Writes a synthetic but valid Alliance Explorer database for scale tests and benchmarks.
 *
 * <p>Valid means {@code check} (the Validator) finds nothing: every record cites a source, every deal has
 * 1 to 4 dated claims whose sources were published on or after the claim, a deal's candidate stood for the
 * receiver in its seat wherever that seat has results, memberships start within their alliance, lineage
 * relations never run both ways.
 *
 * <p>Deterministic: everything is drawn from one {@link SplittableRandom} in one fixed order, so the same
 * seed and size give the same rows with the same ids. The file is written to a temporary file in the
 * target's folder (one transaction, batched inserts, no journal) and moved into place only when complete.
 */
public final class SyntheticDatabase {

    /**
     * How big: parties, seat deals, elections, and candidacies ({@code -1}: about four in ten seats of each
     * election have results, 2 to 6 candidates each).
     */
    public record Size(int parties, int deals, int elections, long candidacies) {
        /** Parties and deals at the ten default elections, with results at about four in ten seats. */
        public Size(int parties, int deals) {
            this(parties, deals, SyntheticWriter.DEFAULT_ELECTIONS, -1);
        }
    }

    /** What was written. */
    public record Summary(long parties, long deals, long claims, long elections, long candidacies) {}

    public static final int MIN_PARTIES = 2;
    public static final int MAX_PARTIES = 100_000;
    public static final int MAX_DEALS = 10_000_000;
    public static final int MAX_ELECTIONS = 1_000;
    public static final long MAX_CANDIDACIES = 20_000_000;

    private SyntheticDatabase() {}

    public static Summary generate(Path out, Size size, long seed) throws Exception {
        return generate(out, size, seed, phase -> {});
    }

    /**
     * As {@link #generate(Path, Size, long)}; {@code afterPhase} hears the name of each finished phase
     * (tests use it to fail half-way).
     */
    static Summary generate(Path out, Size size, long seed, Consumer<String> afterPhase) throws Exception {
        if (out == null) {
            throw new IllegalArgumentException("no output file given");
        }
        if (size == null) {
            throw new IllegalArgumentException("no size given");
        }
        if (size.parties() < MIN_PARTIES || size.parties() > MAX_PARTIES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the number of parties must be from %d to %d (got %d)",
                    MIN_PARTIES,
                    MAX_PARTIES,
                    size.parties()));
        }
        if (size.deals() < 0 || size.deals() > MAX_DEALS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "the number of deals must be from 0 to %d (got %d)", MAX_DEALS, size.deals()));
        }
        if (size.elections() < 1 || size.elections() > MAX_ELECTIONS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the number of elections must be from 1 to %d (got %d)",
                    MAX_ELECTIONS,
                    size.elections()));
        }
        if (size.candidacies() < -1 || size.candidacies() > MAX_CANDIDACIES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the number of candidacies must be from 0 to %,d (got %,d)",
                    MAX_CANDIDACIES,
                    size.candidacies()));
        }
        if (size.candidacies() > (long) size.elections() * 50_000 * Math.min(12, size.parties())) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%,d candidacies do not fit %d elections of at most 50,000 seats with %d parties",
                    size.candidacies(),
                    size.elections(),
                    size.parties()));
        }
        refuseExisting(out);
        Summary[] result = new Summary[1];
        AtomicFile.writeFile(out, tmp -> {
            try {
                try (Database db = Database.createNew(tmp)) {
                    result[0] = new SyntheticWriter(db.connection(), size, seed, afterPhase).write();
                } catch (SQLException e) {
                    throw new DatabaseException(
                            out + ": cannot write the synthetic database (" + e.getMessage() + ")", e);
                }
                // the target may have appeared while we were writing: still never replace a user's file
                refuseExisting(out);
            } finally {
                // the schema is applied with a rollback journal; leave none of its files behind on failure
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            }
        });
        return result[0];
    }

    private static void refuseExisting(Path out) {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; generate writes a new database only, so choose"
                    + " another name or remove the file first");
        }
    }
}
