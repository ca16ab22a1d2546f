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
import java.util.HashMap;
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

    private long rows(Connection c, File f, LosslessCsv out) throws IOException, SQLException {
        return switch (f) {
            case SOURCES ->
                rows(
                        c,
                        out,
                        "SELECT id, code, outlet, title, url, published, retrieved, snippet FROM source"
                                + " ORDER BY id",
                        null,
                        (rs, cites) -> {
                            for (int i = 2; i <= 8; i++) {
                                out.utf8(rs.getBytes(i));
                            }
                        });
            case PARTIES ->
                rows(
                        c,
                        out,
                        "SELECT id, abbreviation, name, native_name, colour, founded, dissolved,"
                                + " partyfacts_id, country FROM party ORDER BY id",
                        "party",
                        (rs, cites) -> {
                            for (int i = 2; i <= 7; i++) {
                                out.utf8(rs.getBytes(i));
                            }
                            out.number(number(rs, 8)).utf8(rs.getBytes(9)).utf8(cites);
                        });
            case PARTY_ALIASES ->
                rows(
                        c,
                        out,
                        "SELECT id, label, party_id FROM party_alias ORDER BY id",
                        "party_alias",
                        (rs, cites) -> out.utf8(rs.getBytes(2))
                                .raw(parties.cell(rs.getLong(3)))
                                .utf8(cites));
            case PEOPLE ->
                rows(
                        c,
                        out,
                        "SELECT id, code, name, native_name FROM person ORDER BY id",
                        "person",
                        (rs, cites) -> out.utf8(rs.getBytes(2))
                                .utf8(rs.getBytes(3))
                                .utf8(rs.getBytes(4))
                                .utf8(cites));
            case AFFILIATIONS ->
                rows(
                        c,
                        out,
                        "SELECT id, code, person_id, party_id, role, from_date, to_date"
                                + " FROM affiliation ORDER BY id",
                        "affiliation",
                        (rs, cites) -> out.utf8(own(RecordKeys.Keyed.AFFILIATION, rs))
                                .raw(people.cell(rs.getLong(3)))
                                .raw(parties.cell(rs.getLong(4)))
                                .utf8(rs.getBytes(5))
                                .utf8(rs.getBytes(6))
                                .utf8(rs.getBytes(7))
                                .utf8(cites));
            case ELECTIONS ->
                rows(
                        c,
                        out,
                        "SELECT id, code, name, polling_day, country FROM election ORDER BY id",
                        "election",
                        (rs, cites) -> out.utf8(rs.getBytes(2))
                                .utf8(rs.getBytes(3))
                                .utf8(rs.getBytes(4))
                                .utf8(rs.getBytes(5))
                                .utf8(cites));
            case ASSEMBLIES ->
                rows(
                        c,
                        out,
                        "SELECT id, code, name, province, total_seats, general_seats, majority"
                                + " FROM assembly ORDER BY id",
                        "assembly",
                        (rs, cites) -> out.utf8(rs.getBytes(2))
                                .utf8(rs.getBytes(3))
                                .utf8(rs.getBytes(4))
                                .number(number(rs, 5))
                                .number(number(rs, 6))
                                .number(number(rs, 7))
                                .utf8(cites));
            case CONSTITUENCIES ->
                rows(
                        c,
                        out,
                        "SELECT id, code, name, assembly_id, province, district FROM constituency" + " ORDER BY id",
                        "constituency",
                        (rs, cites) -> out.utf8(rs.getBytes(2))
                                .utf8(rs.getBytes(3))
                                .raw(assemblies.cell(rs.getLong(4)))
                                .utf8(rs.getBytes(5))
                                .utf8(rs.getBytes(6))
                                .utf8(cites));
            case CANDIDACIES ->
                rows(
                        c,
                        out,
                        "SELECT id, code, election_id, constituency_id, candidate_name, party_id,"
                                + " party_label, person_id, votes, rank, elected FROM candidacy ORDER BY id",
                        "candidacy",
                        (rs, cites) -> {
                            long seat = rs.getLong(4);
                            out.utf8(own(RecordKeys.Keyed.CANDIDACY, rs))
                                    .raw(elections.cell(rs.getLong(3)))
                                    .raw(seatAssemblies.cell(seat))
                                    .raw(seats.cell(seat))
                                    .utf8(rs.getBytes(5))
                                    .raw(parties.cell(number(rs, 6)))
                                    .utf8(rs.getBytes(7))
                                    .raw(people.cell(number(rs, 8)))
                                    .number(number(rs, 9))
                                    .number(number(rs, 10))
                                    .number(number(rs, 11))
                                    .utf8(cites);
                        });
            case ALLIANCES ->
                rows(
                        c,
                        out,
                        "SELECT id, code, name, abbreviation, kind, level, region, from_date, to_date,"
                                + " description FROM alliance ORDER BY id",
                        "alliance",
                        (rs, cites) -> {
                            for (int i = 2; i <= 10; i++) {
                                out.utf8(rs.getBytes(i));
                            }
                            out.utf8(cites);
                        });
            case MEMBERSHIPS ->
                rows(
                        c,
                        out,
                        "SELECT id, code, alliance_id, party_id, from_date, to_date, role"
                                + " FROM membership ORDER BY id",
                        "membership",
                        (rs, cites) -> out.utf8(own(RecordKeys.Keyed.MEMBERSHIP, rs))
                                .raw(alliances.cell(rs.getLong(3)))
                                .raw(parties.cell(rs.getLong(4)))
                                .utf8(rs.getBytes(5))
                                .utf8(rs.getBytes(6))
                                .utf8(rs.getBytes(7))
                                .utf8(cites));
            case DEALS ->
                rows(
                        c,
                        out,
                        "SELECT id, code, election_id, constituency_id, giver_id, receiver_id,"
                                + " candidate_name, candidacy_id, alliance_id, note FROM seat_deal ORDER BY id",
                        "seat_deal",
                        (rs, cites) -> {
                            long seat = rs.getLong(4);
                            out.utf8(own(RecordKeys.Keyed.DEAL, rs))
                                    .raw(elections.cell(rs.getLong(3)))
                                    .raw(seats.cell(seat))
                                    .raw(seatAssemblies.cell(seat))
                                    .raw(parties.cell(rs.getLong(5)))
                                    .raw(parties.cell(rs.getLong(6)))
                                    .utf8(rs.getBytes(7))
                                    .raw(candidacies.cell(number(rs, 8)))
                                    .raw(alliances.cell(number(rs, 9)))
                                    .utf8(rs.getBytes(10))
                                    .utf8(cites);
                        });
            // the deal's key by a join (a rowid lookup each) rather than a million keys held in memory
            case CLAIMS ->
                rows(
                        c,
                        out,
                        "SELECT k.id, k.code, k.deal_id, k.date, k.status, k.source_id, k.note, d.code"
                                + " FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id ORDER BY k.id",
                        null,
                        (rs, cites) -> {
                            byte[] deal = rs.getBytes(8);
                            out.utf8(own(RecordKeys.Keyed.CLAIM, rs))
                                    .utf8(deal != null ? deal : derivedDeal(rs.getLong(3)))
                                    .utf8(rs.getBytes(4))
                                    .utf8(rs.getBytes(5))
                                    .raw(sources.cell(rs.getLong(6)))
                                    .utf8(rs.getBytes(7));
                        });
            case EVENTS -> events(c, out);
            case RELATIONS ->
                rows(
                        c,
                        out,
                        "SELECT id, code, party_a, party_b, kind, from_date, to_date, note"
                                + " FROM party_relation ORDER BY id",
                        "party_relation",
                        (rs, cites) -> out.utf8(own(RecordKeys.Keyed.RELATION, rs))
                                .raw(parties.cell(rs.getLong(3)))
                                .raw(parties.cell(rs.getLong(4)))
                                .utf8(rs.getBytes(5))
                                .utf8(rs.getBytes(6))
                                .utf8(rs.getBytes(7))
                                .utf8(rs.getBytes(8))
                                .utf8(cites));
        };
    }

    private long events(Connection c, LosslessCsv out) throws IOException, SQLException {
        try (Merge partyList = new Merge(
                        c, "SELECT event_id, party_id FROM event_party ORDER BY event_id, party_id", parties);
                Merge personList = new Merge(
                        c, "SELECT event_id, person_id FROM event_person ORDER BY event_id, person_id", people)) {
            return rows(
                    c,
                    out,
                    "SELECT id, code, date, title, place, description FROM event ORDER BY id",
                    "event",
                    (rs, cites) -> {
                        long id = rs.getLong(1);
                        for (int i = 2; i <= 6; i++) {
                            out.utf8(rs.getBytes(i));
                        }
                        out.utf8(partyList.list(id)).utf8(personList.list(id)).utf8(cites);
                    });
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(ResultSet rs, byte[] cites) throws SQLException, IOException;
    }

    /** Writes every row of {@code sql} (id first, ascending), with its sources merged in when {@code citeKind} is set. */
    private long rows(Connection c, LosslessCsv out, String sql, String citeKind, RowWriter w)
            throws SQLException, IOException {
        long n = 0;
        try (Merge cites = citeKind == null
                        ? null
                        : new Merge(
                                c,
                                "SELECT record_id, source_id FROM citation" + " WHERE record_kind = '" + citeKind
                                        + "' ORDER BY record_id, source_id",
                                sources);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                w.write(rs, cites == null ? null : cites.list(rs.getLong(1)));
                out.endRow();
                n++;
            }
        }
        return n;
    }

    private static Long number(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * A second, ordered query walked alongside the main one: the keys of the rows it has for each id
     * (citations of a record, parties of an event), as a list cell in UTF-8.
     */
    private static final class Merge implements AutoCloseable {
        private final Statement st;
        private final ResultSet rs;
        private final Keys keys;
        private boolean more;
        private byte[] buf = new byte[256];

        Merge(Connection c, String sql, Keys keys) throws SQLException {
            this.st = c.createStatement();
            this.rs = st.executeQuery(sql);
            this.keys = keys;
            this.more = rs.next();
        }

        /** The list for {@code id}: its rows' keys joined by {@code ;}, or null (an empty cell) when it has none. */
        byte[] list(long id) throws SQLException {
            while (more && rs.getLong(1) < id) {
                more = rs.next();
            }
            int n = 0;
            while (more && rs.getLong(1) == id) {
                byte[] item = keys.item(rs.getLong(2));
                if (item != null) {
                    if (n + item.length + 1 > buf.length) {
                        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + item.length + 1));
                    }
                    if (n > 0) {
                        buf[n++] = ';';
                    }
                    System.arraycopy(item, 0, buf, n, item.length);
                    n += item.length;
                }
                more = rs.next();
            }
            return n == 0 ? null : java.util.Arrays.copyOf(buf, n);
        }

        @Override
        public void close() throws SQLException {
            rs.close();
            st.close();
        }
    }

    /**
     * The keys of one table's records by id, prepared once: as a CSV cell (for a column that refers to the
     * record) and, for kinds that appear in lists, as a list item. Arrays when ids are dense (they are),
     * else maps.
     */
    private static final class Keys {
        private final byte[][] cells;
        private final byte[][] items;
        private final Map<Long, byte[]> sparseCells;
        private final Map<Long, byte[]> sparseItems;

        private Keys(byte[][] cells, byte[][] items, Map<Long, byte[]> sparseCells, Map<Long, byte[]> sparseItems) {
            this.cells = cells;
            this.items = items;
            this.sparseCells = sparseCells;
            this.sparseItems = sparseItems;
        }

        static Keys of(Connection c, String table, String keyExpr, Map<Long, String> derived, boolean listed)
                throws SQLException {
            long max;
            long count;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0), count(*) FROM " + table)) {
                rs.next();
                max = rs.getLong(1);
                count = rs.getLong(2);
            }
            boolean dense = max < 4 * count + 1024 && max < Integer.MAX_VALUE - 8;
            byte[][] cells = dense ? new byte[(int) max + 1][] : null;
            byte[][] items = dense && listed ? new byte[(int) max + 1][] : null;
            Map<Long, byte[]> sparseCells = dense ? null : new HashMap<>();
            Map<Long, byte[]> sparseItems = dense || !listed ? null : new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id, " + keyExpr + " FROM " + table)) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String k = rs.getString(2);
                    if (k == null) {
                        k = derived.get(id);
                    }
                    if (k == null) {
                        continue;
                    }
                    byte[] cell = LosslessCsv.cell(k);
                    byte[] item = listed ? DatasetFormat.listItem(k).getBytes(StandardCharsets.UTF_8) : null;
                    if (dense) {
                        cells[(int) id] = cell;
                        if (listed) {
                            items[(int) id] = item;
                        }
                    } else {
                        sparseCells.put(id, cell);
                        if (listed) {
                            sparseItems.put(id, item);
                        }
                    }
                }
            }
            return new Keys(cells, items, sparseCells, sparseItems);
        }

        byte[] cell(long id) {
            if (cells != null) {
                return id >= 0 && id < cells.length ? cells[(int) id] : null;
            }
            return sparseCells.get(id);
        }

        byte[] cell(Long id) {
            return id == null ? null : cell(id.longValue());
        }

        byte[] item(long id) {
            return get(items, sparseItems, id);
        }

        private static byte[] get(byte[][] dense, Map<Long, byte[]> sparse, Long id) {
            if (id == null) {
                return null;
            }
            if (dense != null) {
                return id >= 0 && id < dense.length ? dense[(int) (long) id] : null;
            }
            return sparse == null ? null : sparse.get(id);
        }
    }

    @Override
    public String toString() {
        return "Dumper(" + new ArrayList<>(rows.entrySet()) + ")";
    }
}
