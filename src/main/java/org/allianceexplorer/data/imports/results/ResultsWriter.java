package org.allianceexplorer.data.imports.results;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.data.Dialect;
import org.allianceexplorer.data.ImportHistory;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.io.CsvReader;

/**
 * Writes an import's results in batches (insert statements prepared once): seats made when the assembly lacks
 * them, keys numbered within a seat, results already in the database matched ({@link ExistingResults}), and
 * ranks and winners from the votes when the file gives no rank: a seat at a time as its rows end, or, when the
 * file returns to a seat it left or the election has results there already, in one SQL pass once all rows are
 * in (see {@link ResultsImporter} for ties).
 *
 * <p>Fast where a file is large (issue 11's benchmark, docs/benchmarks.md): the batches are written on a writer
 * thread while the next is read ({@link BatchWriter}); the secondary indexes of candidacy and citation are
 * dropped while the rows go in and made again after when the tables are small beside the file
 * ({@link BulkIndexes}); and the citations of the seats and results made are written last, one statement each.
 */
final class ResultsWriter implements AutoCloseable {

    /** One result as read: the candidate, the party (null: none), the label printed, votes, rank, elected. */
    record Result(String name, Long party, String label, Long votes, Long rank, Long elected) {}

    private final Connection c;
    private final ResultsTarget target;
    private final ResultsReport report;
    private final String electionKey;
    private Map<String, String[]> seatInfo = Map.of();
    private final Map<String, Long> seats = new HashMap<>();
    /** The people of the database by party, then by name (folded): a result of theirs is linked to them. */
    private final Map<Long, Map<String, Long>> persons = new HashMap<>();

    private final Set<Long> seatsDone = new HashSet<>();
    private final Map<String, Integer> namesInSeat = new HashMap<>();
    /** The current seat's rows, held until the seat ends when ranks come from the votes (see {@link #rankSeat}). */
    private final List<Object[]> seatRows = new ArrayList<>();

    private final long maxBefore;
    private long nextCandidacy;
    private long nextSeat;
    /** The first id of a seat made by this import: seats from here on are this import's. */
    private final long firstSeat;

    private final ExistingResults existing;
    /** The seats and results on their way into the database (on a writer thread of their own, see there). */
    private final BatchWriter batches;
    /** Told of the results that were there before whose ranks the import changes. */
    private final ImportHistory history;
    /** The size of the file read, to judge whether its rows are many beside the database's (see {@link BulkIndexes}). */
    private final long fileBytes;
    /** The indexes dropped for a large import, made again when the rows are in (null: none dropped). */
    private BulkIndexes bulk;
    /** The seats tied for first place, found as seats are ranked in memory. */
    private final List<String> tiedSeats = new ArrayList<>();

    private String currentCode;
    private ColumnPlan plan;
    private long currentSeat = -1;
    /** Ranks are computed a seat at a time as the rows come; false when SQL must rank after all rows are in. */
    private boolean rankInMemory;
    /** A seat came back after the file had left it: its ranks need all its rows, so SQL ranks at the end. */
    private boolean seatRevisited;

    /** Loads the assembly's seats and the people by name and party, and prepares the statements. */
    ResultsWriter(
            Connection c,
            ResultsTarget target,
            ResultsReport report,
            String electionKey,
            String file,
            long fileBytes,
            ImportHistory history)
            throws SQLException {
        this.history = history;
        this.fileBytes = fileBytes;
        this.c = c;
        this.target = target;
        this.report = report;
        this.electionKey = electionKey;
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM constituency WHERE assembly_id = ?")) {
            ps.setLong(1, target.assembly);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seats.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT p.name, a.party_id, p.id FROM person p"
                        + " JOIN affiliation a ON a.person_id = p.id ORDER BY p.id")) {
            while (rs.next()) {
                persons.computeIfAbsent(rs.getLong(2), p -> new HashMap<>())
                        .putIfAbsent(DatasetFormat.fold(rs.getString(1)), rs.getLong(3));
            }
        }
        maxBefore = target.nextId("candidacy") - 1;
        nextCandidacy = maxBefore + 1;
        nextSeat = target.nextId("constituency");
        firstSeat = nextSeat;
        boolean hadResults = false;
        if (target.electionExisted) {
            Long n = target.idOf(
                    "SELECT count(*) FROM candidacy k JOIN constituency s ON s.id = k.constituency_id"
                            + " WHERE k.election_id = ? AND s.assembly_id = ?",
                    target.election,
                    target.assembly);
            hadResults = n != null && n > 0;
            if (hadResults) {
                report.note("the election has results in this assembly already: rows already there are skipped,"
                        + " rows that differ are conflicts");
            }
        }
        existing = hadResults ? new ExistingResults(c, maxBefore, report, file) : null;
        // the rows are matched against the database as they come: written on this thread, between the queries
        batches = new BatchWriter(c, existing != null);
    }

    /** The seats file's names and provinces of seats (code to {name, province}), for seats to be made. */
    void seats(Map<String, String[]> info) {
        this.seatInfo = info;
    }

    /** The file's columns, known once its header is read: ranks come from the votes when it has no rank column. */
    void header(ColumnPlan columns) throws SQLException {
        this.plan = columns;
        rankInMemory = existing == null && columns.rank < 0;
        // results matched against the election's results already there need the indexes as the rows go in; on a
        // team database the indexes stay (dropping one locks its table against every other user until the commit)
        if (existing == null && Dialect.of(c) == Dialect.SQLITE) {
            List<String> tables = new ArrayList<>();
            if (BulkIndexes.worthDropping(rowsOf("candidacy"), fileBytes)) {
                tables.add("candidacy");
            }
            if (BulkIndexes.worthDropping(rowsOf("citation"), fileBytes)) {
                tables.add("citation");
            }
            if (!tables.isEmpty()) {
                bulk = BulkIndexes.drop(c, tables.toArray(String[]::new));
            }
        }
    }

    private long rowsOf(String table) throws SQLException {
        Long n = target.idOf("SELECT count(*) FROM " + table);
        return n == null ? 0 : n;
    }

    /** Writes one result of seat {@code code} (a row of the file at {@code line}), unless the database has it. */
    void write(CsvReader.Row row, String code, Result r) throws SQLException {
        long seat = seat(code, row);
        String key = key(seat, code, r.name());
        Map<String, Long> ofParty = r.party() == null ? null : persons.get(r.party());
        Long person = ofParty == null ? null : ofParty.get(DatasetFormat.fold(r.name()));
        if (existing != null && existing.matched(key, row.line(), seat, r)) {
            return;
        }
        Object[] values = {
            nextCandidacy++,
            target.election,
            seat,
            r.name(),
            r.party(),
            r.label(),
            person,
            r.votes(),
            r.rank(),
            r.elected(),
            key
        };
        if (rankInMemory) {
            seatRows.add(values);
        } else {
            add(values);
        }
        report.resultsAdded++;
    }

    /** Adds one result to the batch (its citation is written with the others, {@link #finish}). */
    private void add(Object[] v) throws SQLException {
        batches.result(v);
    }

    /**
     * The seat just read, ranked from its votes as {@link #ranks} would (RANK over votes, highest first; elected
     * when first and alone there), then added to the batch.
     */
    private void rankSeat() throws SQLException {
        if (seatRows.isEmpty()) {
            return;
        }
        boolean keepElected = plan.elected >= 0;
        int first = 0;
        for (Object[] v : seatRows) {
            long votes = (Long) v[7];
            long above = 0;
            long same = 0;
            for (Object[] w : seatRows) {
                long x = (Long) w[7];
                if (x > votes) {
                    above++;
                } else if (x == votes) {
                    same++;
                }
            }
            v[8] = above + 1;
            if (above == 0) {
                first++;
            }
            if (!keepElected) {
                v[9] = above == 0 && same == 1 ? 1L : 0L;
            }
        }
        if (first > 1) {
            tiedSeats.add(currentCode);
        }
        for (Object[] v : seatRows) {
            add(v);
        }
        seatRows.clear();
    }

    /** The seat's id, made when the assembly lacks it (in the batch, before its results; cited in {@link #finish}). */
    private long seat(String code, CsvReader.Row row) throws SQLException {
        Long id = seats.get(code);
        if (id == null) {
            String[] info = seatInfo.get(code);
            String name = info != null ? info[0] : ResultCells.cell(row, plan.seatName);
            String province = info != null ? info[1] : ResultCells.cell(row, plan.province);
            id = nextSeat++;
            batches.seat(new Object[] {id, code, name, target.assembly, province});
            seats.put(code, id);
            report.seatsAdded++;
        }
        return id;
    }

    /** The result's key: election/seat/candidate, numbered #2, #3 ... for a second one of the same name. */
    private String key(long seat, String code, String name) throws SQLException {
        if (seat != currentSeat) {
            rankSeat();
            if (currentSeat >= 0) {
                seatsDone.add(currentSeat);
            }
            namesInSeat.clear();
            currentSeat = seat;
            currentCode = code;
            if (seatsDone.contains(seat)) {
                // the file comes back to a seat it left: the names it already gave it are in the database,
                // and its ranks need all its rows, so SQL ranks every seat at the end
                if (rankInMemory) {
                    rankInMemory = false;
                    seatRevisited = true;
                }
                flush();
                // and the query below needs the indexes: the rest goes in with them
                restoreIndexes();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT candidate_name FROM candidacy WHERE id > ? AND election_id = ? AND constituency_id = ?")) {
                    ps.setLong(1, maxBefore);
                    ps.setLong(2, target.election);
                    ps.setLong(3, seat);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            namesInSeat.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        int n = namesInSeat.merge(name, 1, Integer::sum);
        return DatasetFormat.numbered(DatasetFormat.derivedKey(electionKey, code, name), n);
    }

    /** Writes what is held: the seat being read (ranked) and the batches; the connection is then this thread's. */
    void flush() throws SQLException {
        rankSeat();
        batches.drain();
    }

    private void restoreIndexes() throws SQLException {
        if (bulk != null) {
            bulk.restore();
            bulk = null;
        }
    }

    /**
     * After the last row (held rows flushed), when everything imported: ranks where the file gives none, the
     * citations of the results added, and the indexes dropped for the import made again.
     */
    void finish(Consumer<String> progress) throws SQLException {
        flush();
        // a large file's last steps take seconds: they say so (and a cancelled job stops there, nothing written)
        boolean large = report.resultsAdded >= 100_000;
        if (large) {
            progress.accept(
                    String.format(Locale.ROOT, "%,d results written; ranks and citations", report.resultsAdded));
        }
        ranks();
        if (nextSeat > firstSeat) {
            cite("constituency", "constituency", firstSeat);
        }
        if (report.resultsAdded > 0) {
            cite("candidacy", "candidacy", maxBefore + 1);
        }
        if (large && bulk != null) {
            progress.accept("indexing the results");
        }
        restoreIndexes();
    }

    /**
     * Every seat and result this import made cites the file's source: one statement over the rows of {@code table}
     * from id {@code from} (this transaction wrote them all). The CHECK on citation.record_kind (a list of the
     * kinds) costs SQLite several microseconds a row, more than the row itself, and the kind here is a constant
     * that the list holds: CHECK constraints are off for this one statement (NOT NULL, the key and the source's
     * foreign key still hold) and back as they were after it.
     */
    private void cite(String kind, String table, long from) throws SQLException {
        String insert = "INSERT INTO citation (record_kind, record_id, source_id) SELECT ?, id, ? FROM " + table
                + " WHERE id >= ? ORDER BY id";
        if (Dialect.of(c) != Dialect.SQLITE) {
            // PostgreSQL checks the constant once per statement at no cost worth saving: the checks stay on
            insertCitations(insert, kind, from);
            return;
        }
        boolean ignoring;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA ignore_check_constraints")) {
            ignoring = rs.next() && rs.getInt(1) != 0;
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            try {
                insertCitations(insert, kind, from);
            } finally {
                st.execute("PRAGMA ignore_check_constraints = " + (ignoring ? "ON" : "OFF"));
            }
        }
    }

    private void insertCitations(String insert, String kind, long from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, kind);
            ps.setLong(2, target.source);
            ps.setLong(3, from);
            ps.executeUpdate();
        }
    }

    /** Ranks and winners from the votes, when the file gives no rank (see {@link ResultsImporter} for ties). */
    private void ranks() throws SQLException {
        if (plan.rank >= 0 || report.resultsAdded == 0) {
            return;
        }
        boolean keepElected = plan.elected >= 0;
        boolean inSql = !rankInMemory || seatRevisited;
        if (inSql) {
            rankInSql(keepElected);
        }
        if (!keepElected) {
            noteTies(inSql ? tiesInSql() : tiedSeats);
        }
    }

    /** Ranks (and winners) of every seat the file touched, in one SQL pass over the election's results there. */
    private void rankInSql(boolean keepElected) throws SQLException {
        // the results that were there in the seats the file touched: their ranks may change
        history.watchWhere(
                "candidacy",
                "id <= ? AND election_id = ? AND constituency_id IN"
                        + " (SELECT constituency_id FROM candidacy WHERE id > ? AND election_id = ?)",
                maxBefore,
                target.election,
                maxBefore,
                target.election);
        // ranks into a keyed scratch table first: an UPDATE ... FROM a window query joins without an index
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE results_rank (id INTEGER PRIMARY KEY, rk INTEGER, n INTEGER)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO results_rank (id, rk, n)"
                + " SELECT id, RANK() OVER (PARTITION BY constituency_id ORDER BY votes DESC),"
                + " COUNT(*) OVER (PARTITION BY constituency_id, votes) FROM candidacy WHERE election_id = ?"
                + " AND constituency_id IN (SELECT constituency_id FROM candidacy WHERE id > ? AND election_id = ?)")) {
            ps.setLong(1, target.election);
            ps.setLong(2, maxBefore);
            ps.setLong(3, target.election);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE candidacy SET rank = r.rk"
                    + (keepElected ? "" : ", elected = CASE WHEN r.rk = 1 AND r.n = 1 THEN 1 ELSE 0 END")
                    + " FROM results_rank r WHERE candidacy.id = r.id");
            st.execute("DROP TABLE results_rank");
        }
    }

    /** The seats the import touched that are tied for first place, by their codes. */
    private List<String> tiesInSql() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code FROM candidacy k JOIN constituency s"
                + " ON s.id = k.constituency_id WHERE k.id > ? AND k.election_id = ? AND k.rank = 1"
                + " GROUP BY k.constituency_id, s.code HAVING count(*) > 1")) {
            ps.setLong(1, maxBefore);
            ps.setLong(2, target.election);
            List<String> tied = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tied.add(rs.getString(1));
                }
            }
            return tied;
        }
    }

    /** A note naming the seats tied for first place (in the order of their codes), where no winner is marked. */
    private void noteTies(List<String> seatsTied) {
        // the order SQLite's BINARY collation gives: by the bytes of the UTF-8
        List<String> tied = new ArrayList<>(seatsTied);
        tied.sort((x, y) ->
                Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
        if (!tied.isEmpty()) {
            report.note(String.format(
                    Locale.ROOT,
                    "%,d seat%s tie for first place (%s): no winner is marked there;"
                            + " a rank or elected column says who won",
                    tied.size(),
                    tied.size() == 1 ? "" : "s",
                    String.join(", ", tied.subList(0, Math.min(10, tied.size())))));
        }
    }

    @Override
    public void close() throws SQLException {
        // the writer thread first: nothing else may use the connection while it writes
        try {
            batches.close();
        } finally {
            if (existing != null) {
                existing.close();
            }
        }
    }
}
