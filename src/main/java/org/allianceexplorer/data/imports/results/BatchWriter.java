package org.allianceexplorer.data.imports.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The seats and results of an import, written in batches (statements prepared once) while the next batch is
 * read: a batch is handed to a writer thread of this import's own, which binds and steps it while the reading
 * thread goes on with the file. At most one batch is on the writer thread; the connection is used by one thread
 * at a time: the reading thread uses it only after {@link #drain()} (everything handed over is in, or its failure
 * thrown), and {@link #close()} waits for the writer before closing anything. With {@code inline} the batches
 * are written on the calling thread (an import that queries the database between rows).
 *
 * <p>Seats go before results in each batch (the results refer to them), and batches in the order handed over.
 */
final class BatchWriter implements AutoCloseable {

    /** Results in a batch. */
    static final int BATCH = 2_000;
    /**
     * Results in one INSERT: SQLite runs a statement's program once for all its rows (a statement per row costs
     * it more than the row does), so a batch goes in as statements of this many rows, and the rest one by one.
     */
    static final int ROWS_PER_INSERT = 50;

    private static final String RESULT_COLUMNS = "INSERT INTO candidacy (id, election_id, constituency_id,"
            + " candidate_name, party_id, party_label, person_id, votes, rank, elected, code) VALUES ";
    private static final String RESULT_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int RESULT_PARAMETERS = 11;

    private final PreparedStatement insertResult;
    private final PreparedStatement insertResults;
    private final PreparedStatement insertSeat;
    private final ExecutorService thread;
    private List<Object[]> seats = new ArrayList<>();
    private List<Object[]> results = new ArrayList<>(BATCH);
    private Future<?> writing;

    BatchWriter(Connection c, boolean inline) throws SQLException {
        insertResult = c.prepareStatement(RESULT_COLUMNS + RESULT_VALUES);
        insertResults = c.prepareStatement(
                RESULT_COLUMNS + String.join(", ", java.util.Collections.nCopies(ROWS_PER_INSERT, RESULT_VALUES)));
        insertSeat = c.prepareStatement(
                "INSERT INTO constituency (id, code, name, assembly_id, province) VALUES (?, ?, ?, ?, ?)");
        thread = inline
                ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "import-results writer");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A seat to make: id, code, name, assembly, province. */
    void seat(Object[] v) {
        seats.add(v);
    }

    /** A result: id, election, seat, name, party, label, person, votes, rank (null: 1), elected (null: 0), key. */
    void result(Object[] v) throws SQLException {
        results.add(v);
        if (results.size() >= BATCH) {
            handOver();
        }
    }

    /** Everything handed over is in the database (or its failure is thrown): the connection is the caller's. */
    void drain() throws SQLException {
        handOver();
        await();
    }

    private void handOver() throws SQLException {
        if (seats.isEmpty() && results.isEmpty()) {
            return;
        }
        List<Object[]> s = seats;
        List<Object[]> r = results;
        seats = new ArrayList<>();
        results = new ArrayList<>(BATCH);
        if (thread == null) {
            write(s, r);
            return;
        }
        await();
        writing = thread.submit(() -> {
            write(s, r);
            return null;
        });
    }

    /** Waits for the batch on the writer thread (not interruptible: the connection must be free after). */
    private void await() throws SQLException {
        Future<?> f = writing;
        if (f == null) {
            return;
        }
        writing = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException sql) {
                        throw sql;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new SQLException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(List<Object[]> seatRows, List<Object[]> resultRows) throws SQLException {
        if (!seatRows.isEmpty()) {
            for (Object[] v : seatRows) {
                insertSeat.setLong(1, (Long) v[0]);
                insertSeat.setString(2, (String) v[1]);
                insertSeat.setString(3, (String) v[2]);
                insertSeat.setLong(4, (Long) v[3]);
                insertSeat.setString(5, (String) v[4]);
                insertSeat.addBatch();
            }
            insertSeat.executeBatch();
        }
        int n = resultRows.size();
        int i = 0;
        if (n >= ROWS_PER_INSERT) {
            for (; i + ROWS_PER_INSERT <= n; i += ROWS_PER_INSERT) {
                for (int k = 0; k < ROWS_PER_INSERT; k++) {
                    bindResult(insertResults, k * RESULT_PARAMETERS, resultRows.get(i + k));
                }
                insertResults.addBatch();
            }
            insertResults.executeBatch();
        }
        if (i < n) {
            for (; i < n; i++) {
                bindResult(insertResult, 0, resultRows.get(i));
                insertResult.addBatch();
            }
            insertResult.executeBatch();
        }
    }

    /** Binds result {@code v} to the parameters after {@code at}. */
    private static void bindResult(PreparedStatement ps, int at, Object[] v) throws SQLException {
        ps.setLong(at + 1, (Long) v[0]);
        ps.setLong(at + 2, (Long) v[1]);
        ps.setLong(at + 3, (Long) v[2]);
        ps.setString(at + 4, (String) v[3]);
        ps.setObject(at + 5, v[4]);
        ps.setString(at + 6, (String) v[5]);
        ps.setObject(at + 7, v[6]);
        ps.setLong(at + 8, (Long) v[7]);
        ps.setLong(at + 9, v[8] == null ? 1 : (Long) v[8]);
        ps.setLong(at + 10, v[9] == null ? 0 : (Long) v[9]);
        ps.setString(at + 11, (String) v[10]);
    }

    /** Waits for the writer thread (its failure is dropped: the import is failing already), then closes. */
    @Override
    public void close() throws SQLException {
        try {
            if (writing != null) {
                try {
                    await();
                } catch (SQLException | RuntimeException e) {
                    // the import stops for another reason, or found this one already
                }
            }
        } finally {
            if (thread != null) {
                thread.shutdownNow();
            }
            try (insertResult;
                    insertResults;
                    insertSeat) {
                // closed
            }
        }
    }
}
