package org.allianceexplorer.data.dump;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.File;
import org.allianceexplorer.data.format.RecordKeys;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.AtomicFolder;
import org.allianceexplorer.io.LosslessCsv;

/**
 * Writes a database out in the interchange format ({@code docs/data-format.md}): a folder (or a zip of
 * one) with the manifest and one CSV file per kind of record.
 *
 * <p>Deterministic: records are written in the order the database holds them (the order they were
 * added, so a dump of an imported folder keeps the folder's order), list cells in the order of the
 * records they name, and a record that has no key gets the key an import would derive for it. Dumping,
 * importing the dump into a new database and dumping that again gives the same bytes.
 *
 * <p>Lossless: text is written as it is, except that text a spreadsheet would take for a formula gets an
 * apostrophe in front, which the importer takes off again ({@code SafeCsv.protect}); an empty text is
 * {@code ""} and no value an empty cell.
 *
 * <p>Fast and streaming: each table is read once in id order with its citations merged in from their
 * index; text goes from SQLite to the file as UTF-8 bytes, never decoded; keys other files refer to are
 * prepared as cells once. Claims (the largest file) are written on a second connection and thread while
 * the rest is written on the first; both read the same state of the database (see {@link #toFolder}).
 */
public final class Dumper {

    /** Rows written per file. */
    public record Summary(Map<File, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Database db;
    private final Map<File, Long> rows = Collections.synchronizedMap(new EnumMap<>(File.class));
    private final Consumer<String> progress;

    private Keys sources;
    private Keys parties;
    private Keys people;
    private Keys elections;
    private Keys assemblies;
    private Keys seats;
    private Keys seatAssemblies;
    private Keys alliances;
    private Keys candidacies;
    private final Map<RecordKeys.Keyed, Map<Long, String>> derived = new EnumMap<>(RecordKeys.Keyed.class);

    private Dumper(Database db, Consumer<String> progress) {
        this.db = db;
        this.progress = progress;
    }

    /**
     * Dumps {@code db} into the folder {@code out}, which must not exist or be empty; with {@code force} it
     * may be an earlier dump (a folder with a manifest), which is replaced whole. The folder appears
     * complete or not at all.
     */
    public static Summary toFolder(Database db, Path out, boolean force, Consumer<String> progress)
            throws AtomicFile.OutputException {
        Dumper d = new Dumper(db, progress);
        AtomicFolder.write(
                out,
                force,
                p -> Files.isRegularFile(p.resolve(DatasetFormat.MANIFEST)),
                "a dataset folder (it has no " + DatasetFormat.MANIFEST + ")",
                folder -> d.write(name -> Files.newOutputStream(folder.resolve(name)), true));
        return new Summary(d.rows);
    }

    /** Dumps {@code db} into a zip archive at {@code out} (replacing it only when complete). */
    public static Summary toZip(Database db, Path out, Consumer<String> progress) throws AtomicFile.OutputException {
        Dumper d = new Dumper(db, progress);
        AtomicFile.write(out, stream -> {
            try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
                d.write(
                        name -> {
                            ZipEntry e = new ZipEntry(name);
                            // a fixed time, so that the same database gives the same archive
                            e.setLastModifiedTime(FileTime.fromMillis(315_532_800_000L));
                            zip.putNextEntry(e);
                            return new FilterOutputStream(zip) {
                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    out.write(b, off, len);
                                }

                                @Override
                                public void close() throws IOException {
                                    flush();
                                    zip.closeEntry();
                                }
                            };
                        },
                        false);
                zip.finish();
            }
        });
        return new Summary(d.rows);
    }

    @FunctionalInterface
    private interface Sink {
        OutputStream open(String name) throws IOException;
    }

    /** The files written each on a connection and thread of its own: the two largest. */
    private static final Set<File> PARALLEL = EnumSet.of(File.CLAIMS, File.DEALS);

    /**
     * Writes every file. With {@code parallel}, claims and deals each go on a read-only connection and a
     * thread of their own. All connections read the same state: the first holds its read transaction (and
     * so its shared lock, which keeps any writer from committing) while the others start theirs.
     */
    private void write(Sink sink, boolean parallel) throws IOException {
        Connection c = db.connection();
        List<Database> others = new ArrayList<>();
        ExecutorService pool = null;
        try {
            begin(c);
            keys(c);
            manifest(c, sink);
            List<Future<?>> tasks = new ArrayList<>();
            if (parallel && db.path() != null) {
                pool = Executors.newFixedThreadPool(PARALLEL.size(), r -> {
                    Thread t = new Thread(r, "alliance-explorer-dump");
                    t.setDaemon(true);
                    return t;
                });
                for (File f : PARALLEL) {
                    Database d = Database.openReadOnly(db.path(), db.displayName());
                    others.add(d);
                    begin(d.connection());
                    tasks.add(pool.submit(() -> {
                        file(d.connection(), f, sink);
                        return null;
                    }));
                }
            }
            for (File f : File.values()) {
                if (tasks.isEmpty() || !PARALLEL.contains(f)) {
                    file(c, f, sink);
                }
            }
            for (Future<?> t : tasks) {
                t.get();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof SQLException sql) {
                throw db.failure(sql);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            end(c);
            for (Database d : others) {
                end(d.connection());
                d.close();
            }
        }
    }

    private static void begin(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM meta")) {
            rs.next();
        }
    }

    private static void end(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a read transaction: nothing to undo
        }
    }

    private void file(Connection c, File f, Sink sink) throws IOException, SQLException {
        progress.accept(f.fileName());
        try (LosslessCsv out = new LosslessCsv(sink.open(f.fileName()))) {
            out.header(f.columns().toArray(String[]::new));
            rows.put(f, rows(c, f, out));
        }
    }

    private void manifest(Connection c, Sink sink) throws IOException, SQLException {
        try (LosslessCsv out = new LosslessCsv(sink.open(DatasetFormat.MANIFEST))) {
            out.header("key", "value");
            out.text("format").text(DatasetFormat.FORMAT).endRow();
            out.text("format_version").text(DatasetFormat.CURRENT.toString()).endRow();
            Map<String, String> meta = new TreeMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            // the name first, then the rest in order of their keys
            String name = meta.remove("name");
            if (name != null) {
                out.text("name").text(name).endRow();
            }
            for (Map.Entry<String, String> e : meta.entrySet()) {
                if (!e.getKey().equals("format") && !e.getKey().equals("format_version")) {
                    out.text(e.getKey()).text(e.getValue()).endRow();
                }
            }
        }
    }

    // --- keys of the records other files refer to ----------------------------------------------------

    private void keys(Connection c) throws SQLException {
        Map<Long, String> dealKeys = Map.of();
        for (RecordKeys.Keyed k : RecordKeys.Keyed.values()) {
            Map<Long, String> m = RecordKeys.derive(c, k, dealKeys);
            if (k == RecordKeys.Keyed.DEAL) {
                dealKeys = m;
            }
            derived.put(k, m);
        }
        sources = Keys.of(c, "source", "code", Map.of(), true);
        parties = Keys.of(c, "party", "abbreviation", Map.of(), true);
        people = Keys.of(c, "person", "code", Map.of(), true);
        elections = Keys.of(c, "election", "code", Map.of(), false);
        assemblies = Keys.of(c, "assembly", "code", Map.of(), false);
        seats = Keys.of(c, "constituency", "code", Map.of(), false);
        seatAssemblies = Keys.of(
                c,
                "constituency",
                "(SELECT a.code FROM assembly a WHERE a.id = constituency.assembly_id)",
                Map.of(),
                false);
        alliances = Keys.of(c, "alliance", "code", Map.of(), false);
        candidacies = Keys.of(c, "candidacy", "code", derived.get(RecordKeys.Keyed.CANDIDACY), false);
    }

    private byte[] derivedDeal(long id) {
        String k = derived.get(RecordKeys.Keyed.DEAL).get(id);
        return k == null ? null : k.getBytes(StandardCharsets.UTF_8);
    }

    /** A record's own key: its code, or the derived one when it has none. */
    private byte[] own(RecordKeys.Keyed kind, ResultSet rs) throws SQLException {
        byte[] code = rs.getBytes(2);
        if (code != null) {
            return code;
        }
        String k = derived.get(kind).get(rs.getLong(1));
        return k == null ? null : k.getBytes(StandardCharsets.UTF_8);
    }

    // --- the files ------------------------------------------------------------------------------------------

    /**
     * One column of a file: a cell of the file's query, or a list merged in from a second query ordered by
     * the record's id (its citations, an event's parties or people).
     */
    private sealed interface Column permits Cell, Listed {}

    @FunctionalInterface
    private non-sealed interface Cell extends Column {
        void write(ResultSet rs, LosslessCsv out) throws SQLException, IOException;
    }

    private record Listed(String sql, Keys keys) implements Column {}

    /** A file: its query (the record's id first; rows are written in id order) and its columns in order. */
    private record Spec(String sql, List<Column> columns) {}

    private Spec spec(File f) {
        return switch (f) {
            case SOURCES ->
                spec("SELECT id, code, outlet, title, url, published, retrieved, snippet FROM source", texts(2, 8));
            case PARTIES ->
                spec(
                        "SELECT id, abbreviation, name, native_name, colour, founded, dissolved, partyfacts_id, country"
                                + " FROM party",
                        texts(2, 7),
                        number(8),
                        text(9),
                        cites("party"));
            case PARTY_ALIASES ->
                spec("SELECT id, label, party_id FROM party_alias", text(2), ref(parties, 3), cites("party_alias"));
            case PEOPLE -> spec("SELECT id, code, name, native_name FROM person", texts(2, 4), cites("person"));
            case AFFILIATIONS ->
                spec(
                        "SELECT id, code, person_id, party_id, role, from_date, to_date FROM affiliation",
                        own(RecordKeys.Keyed.AFFILIATION),
                        ref(people, 3),
                        ref(parties, 4),
                        texts(5, 7),
                        cites("affiliation"));
            case ELECTIONS ->
                spec("SELECT id, code, name, polling_day, country FROM election", texts(2, 5), cites("election"));
            case ASSEMBLIES ->
                spec(
                        "SELECT id, code, name, province, total_seats, general_seats, majority FROM assembly",
                        texts(2, 4),
                        number(5),
                        number(6),
                        number(7),
                        cites("assembly"));
            case CONSTITUENCIES ->
                spec(
                        "SELECT id, code, name, assembly_id, province, district FROM constituency",
                        texts(2, 3),
                        ref(assemblies, 4),
                        texts(5, 6),
                        cites("constituency"));
            case CANDIDACIES ->
                spec(
                        "SELECT id, code, election_id, constituency_id, candidate_name, party_id, party_label,"
                                + " person_id, votes, rank, elected FROM candidacy",
                        own(RecordKeys.Keyed.CANDIDACY),
                        ref(elections, 3),
                        ref(seatAssemblies, 4),
                        ref(seats, 4),
                        text(5),
                        optionalRef(parties, 6),
                        text(7),
                        optionalRef(people, 8),
                        number(9),
                        number(10),
                        number(11),
                        cites("candidacy"));
            case SEAT_COUNTS ->
                spec(
                        "SELECT id, code, election_id, constituency_id, basis, declared, polling_stations, registered,"
                                + " polled, valid_votes, rejected_votes, turnout, winner_name, winner_label, winner_votes,"
                                + " winner_id, runner_up_name, runner_up_label, runner_up_votes, runner_up_id, candidates,"
                                + " flags FROM seat_count",
                        text(2),
                        ref(elections, 3),
                        ref(seatAssemblies, 4),
                        ref(seats, 4),
                        texts(5, 6),
                        number(7),
                        number(8),
                        number(9),
                        number(10),
                        number(11),
                        decimal(12),
                        texts(13, 14),
                        number(15),
                        optionalRef(candidacies, 16),
                        texts(17, 18),
                        number(19),
                        optionalRef(candidacies, 20),
                        number(21),
                        text(22),
                        cites("seat_count"));
            case PARTY_RESULTS ->
                spec(
                        "SELECT id, code, election_id, assembly_id, party_id, votes, vote_share, seats FROM party_result",
                        text(2),
                        ref(elections, 3),
                        ref(assemblies, 4),
                        ref(parties, 5),
                        number(6),
                        decimal(7),
                        number(8),
                        cites("party_result"));
            case ALLIANCES ->
                spec(
                        "SELECT id, code, name, abbreviation, kind, level, region, from_date, to_date, description"
                                + " FROM alliance",
                        texts(2, 10),
                        cites("alliance"));
            case MEMBERSHIPS ->
                spec(
                        "SELECT id, code, alliance_id, party_id, from_date, to_date, role FROM membership",
                        own(RecordKeys.Keyed.MEMBERSHIP),
                        ref(alliances, 3),
                        ref(parties, 4),
                        texts(5, 7),
                        cites("membership"));
            case DEALS ->
                spec(
                        "SELECT id, code, election_id, constituency_id, giver_id, receiver_id, candidate_name,"
                                + " candidacy_id, alliance_id, note FROM seat_deal",
                        own(RecordKeys.Keyed.DEAL),
                        ref(elections, 3),
                        ref(seats, 4),
                        ref(seatAssemblies, 4),
                        ref(parties, 5),
                        ref(parties, 6),
                        text(7),
                        optionalRef(candidacies, 8),
                        optionalRef(alliances, 9),
                        text(10),
                        cites("seat_deal"));
            // the deal's key by a join (a rowid lookup each) rather than a million keys held in memory
            case CLAIMS ->
                spec(
                        "SELECT k.id, k.code, k.deal_id, k.date, k.status, k.source_id, k.note, d.code"
                                + " FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id",
                        own(RecordKeys.Keyed.CLAIM),
                        claimedDeal(),
                        texts(4, 5),
                        ref(sources, 6),
                        text(7));
            case EVENTS ->
                spec(
                        "SELECT id, code, date, title, place, description FROM event",
                        texts(2, 6),
                        new Listed("SELECT event_id, party_id FROM event_party ORDER BY event_id, party_id", parties),
                        new Listed("SELECT event_id, person_id FROM event_person ORDER BY event_id, person_id", people),
                        cites("event"));
            case RELATIONS ->
                spec(
                        "SELECT id, code, party_a, party_b, kind, from_date, to_date, note FROM party_relation",
                        own(RecordKeys.Keyed.RELATION),
                        ref(parties, 3),
                        ref(parties, 4),
                        texts(5, 8),
                        cites("party_relation"));
        };
    }

    private static Spec spec(String sql, Column... columns) {
        return new Spec(sql, List.of(columns));
    }

    private static Cell text(int column) {
        return (rs, out) -> out.utf8(rs.getBytes(column));
    }

    /** The columns {@code from} to {@code to} of the query, as text. */
    private static Cell texts(int from, int to) {
        return (rs, out) -> {
            for (int i = from; i <= to; i++) {
                out.utf8(rs.getBytes(i));
            }
        };
    }

    private static Cell number(int column) {
        return (rs, out) -> out.number(number(rs, column));
    }

    /** A decimal column (a vote share), written as {@link DatasetFormat#decimal} does. */
    private static Cell decimal(int column) {
        return (rs, out) -> {
            double v = rs.getDouble(column);
            out.text(rs.wasNull() ? null : DatasetFormat.decimal(v));
        };
    }

    /** A reference by id that is always set, as the key of the record it names. */
    private static Cell ref(Keys keys, int column) {
        return (rs, out) -> out.raw(keys.cell(rs.getLong(column)));
    }

    private static Cell optionalRef(Keys keys, int column) {
        return (rs, out) -> out.raw(keys.cell(number(rs, column)));
    }

    /** The record's own key: its code (column 2), or the derived one when it has none. */
    private Cell own(RecordKeys.Keyed kind) {
        return (rs, out) -> out.utf8(own(kind, rs));
    }

    /** A claim's deal: its code (column 8, by the join), or the derived key of a deal that has none. */
    private Cell claimedDeal() {
        return (rs, out) -> {
            byte[] deal = rs.getBytes(8);
            out.utf8(deal != null ? deal : derivedDeal(rs.getLong(3)));
        };
    }

    /** The sources a record of {@code citeKind} cites. */
    private Listed cites(String citeKind) {
        return new Listed(
                "SELECT record_id, source_id FROM citation WHERE record_kind = '" + citeKind
                        + "' ORDER BY record_id, source_id",
                sources);
    }

    /** Writes every row of the file's query in id order, with its lists merged in. */
    private long rows(Connection c, File f, LosslessCsv out) throws SQLException, IOException {
        Spec spec = spec(f);
        List<Merge> merges = new ArrayList<>();
        long n = 0;
        try (Statement st = c.createStatement()) {
            for (Column col : spec.columns()) {
                if (col instanceof Listed l) {
                    merges.add(new Merge(c, l.sql(), l.keys()));
                }
            }
            try (ResultSet rs = st.executeQuery(spec.sql() + " ORDER BY 1")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int m = 0;
                    for (Column col : spec.columns()) {
                        if (col instanceof Cell cell) {
                            cell.write(rs, out);
                        } else {
                            out.utf8(merges.get(m++).list(id));
                        }
                    }
                    out.endRow();
                    n++;
                }
            }
        } finally {
            for (Merge merge : merges) {
                merge.close();
            }
        }
        return n;
    }

    private static Long number(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public String toString() {
        return "Dumper(" + new ArrayList<>(rows.entrySet()) + ")";
    }
}
