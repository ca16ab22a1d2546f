package org.allianceexplorer.data.dump;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Streaming: each table is read once in id order with its citations merged in from their index, so
 * memory holds only the keys that other files refer to (parties, seats, deals ...), never the rows.
 */
public final class Dumper {

    /** Rows written per file. */
    public record Summary(Map<File, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Connection c;
    private final Map<File, Long> rows = new EnumMap<>(File.class);
    private Consumer<String> progress = s -> { };

    private IdKeys sourceKeys;
    private IdKeys partyKeys;
    private IdKeys personKeys;
    private IdKeys electionKeys;
    private IdKeys assemblyKeys;
    private IdKeys seatKeys;
    private IdKeys seatAssembly;
    private IdKeys allianceKeys;
    private IdKeys candidacyKeys;
    private IdKeys dealKeys;
    private final Map<RecordKeys.Keyed, Map<Long, String>> derived = new EnumMap<>(RecordKeys.Keyed.class);

    private Dumper(Connection c) {
        this.c = c;
    }

    /**
     * Dumps {@code db} into the folder {@code out}, which must not exist or be empty; with {@code force} it
     * may be an earlier dump (a folder with a manifest), which is replaced whole. The folder appears
     * complete or not at all.
     */
    public static Summary toFolder(Database db, Path out, boolean force, Consumer<String> progress)
            throws AtomicFile.OutputException {
        Dumper d = new Dumper(db.connection());
        d.progress = progress;
        AtomicFolder.write(out, force, p -> Files.isRegularFile(p.resolve(DatasetFormat.MANIFEST)),
                "a dataset folder (it has no " + DatasetFormat.MANIFEST + ")", folder -> {
                    try {
                        d.write(name -> Files.newOutputStream(folder.resolve(name)));
                    } catch (SQLException e) {
                        throw db.failure(e);
                    }
                });
        return new Summary(d.rows);
    }

    /** Dumps {@code db} into a zip archive at {@code out} (replacing it only when complete). */
    public static Summary toZip(Database db, Path out, Consumer<String> progress) throws AtomicFile.OutputException {
        Dumper d = new Dumper(db.connection());
        d.progress = progress;
        AtomicFile.write(out, stream -> {
            try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
                d.write(name -> {
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
                });
                zip.finish();
            } catch (SQLException e) {
                throw db.failure(e);
            }
        });
        return new Summary(d.rows);
    }

    @FunctionalInterface
    private interface Sink {
        OutputStream open(String name) throws IOException;
    }

    private void write(Sink sink) throws IOException, SQLException {
        // one read transaction: every file shows the same state of the database
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            keys();
            manifest(sink);
            for (File f : File.values()) {
                progress.accept(f.fileName());
                try (LosslessCsv out = new LosslessCsv(writer(sink.open(f.fileName())))) {
                    out.header(f.columns().toArray(String[]::new));
                    rows.put(f, file(f, out));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
    }

    private void manifest(Sink sink) throws IOException, SQLException {
        try (LosslessCsv out = new LosslessCsv(writer(sink.open(DatasetFormat.MANIFEST)))) {
            out.header("key", "value");
            out.text("format").text(DatasetFormat.FORMAT).endRow();
            out.text("format_version").text(DatasetFormat.CURRENT.toString()).endRow();
            Map<String, String> meta = new java.util.TreeMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM meta")) {
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

    private void keys() throws SQLException {
        Map<Long, String> deals = Map.of();
        for (RecordKeys.Keyed k : RecordKeys.Keyed.values()) {
            Map<Long, String> m = RecordKeys.derive(c, k, deals);
            if (k == RecordKeys.Keyed.DEAL) {
                deals = m;
            }
            derived.put(k, m);
        }
        sourceKeys = IdKeys.of(c, "source", "code", Map.of());
        partyKeys = IdKeys.of(c, "party", "abbreviation", Map.of());
        personKeys = IdKeys.of(c, "person", "code", Map.of());
        electionKeys = IdKeys.of(c, "election", "code", Map.of());
        assemblyKeys = IdKeys.of(c, "assembly", "code", Map.of());
        seatKeys = IdKeys.of(c, "constituency", "code", Map.of());
        seatAssembly = IdKeys.of(c, "constituency",
                "(SELECT a.code FROM assembly a WHERE a.id = constituency.assembly_id)", Map.of());
        allianceKeys = IdKeys.of(c, "alliance", "code", Map.of());
        candidacyKeys = IdKeys.of(c, "candidacy", "code", derived.get(RecordKeys.Keyed.CANDIDACY));
        dealKeys = IdKeys.of(c, "seat_deal", "code", derived.get(RecordKeys.Keyed.DEAL));
    }

    private String keyOr(RecordKeys.Keyed kind, long id, String code) {
        return code != null ? code : derived.get(kind).get(id);
    }

    // --- the files ------------------------------------------------------------------------------------------

    private long file(File f, LosslessCsv out) throws IOException, SQLException {
        return switch (f) {
            case SOURCES -> rows(out, "SELECT id, code, outlet, title, url, published, retrieved, snippet FROM source ORDER BY id",
                    null, (rs, cites) -> {
                        for (int i = 2; i <= 8; i++) {
                            out.text(rs.getString(i));
                        }
                    });
            case PARTIES -> rows(out, "SELECT id, abbreviation, name, native_name, colour, founded, dissolved, partyfacts_id,"
                    + " country FROM party ORDER BY id", "party", (rs, cites) -> {
                        for (int i = 2; i <= 7; i++) {
                            out.text(rs.getString(i));
                        }
                        out.number(number(rs, 8)).text(rs.getString(9)).text(cites);
                    });
            case PARTY_ALIASES -> rows(out, "SELECT id, label, party_id FROM party_alias ORDER BY id", "party_alias",
                    (rs, cites) -> out.text(rs.getString(2)).text(partyKeys.get(rs.getLong(3))).text(cites));
            case PEOPLE -> rows(out, "SELECT id, code, name, native_name FROM person ORDER BY id", "person",
                    (rs, cites) -> out.text(rs.getString(2)).text(rs.getString(3)).text(rs.getString(4)).text(cites));
            case AFFILIATIONS -> rows(out, "SELECT id, code, person_id, party_id, role, from_date, to_date FROM affiliation"
                    + " ORDER BY id", "affiliation", (rs, cites) -> out
                    .text(keyOr(RecordKeys.Keyed.AFFILIATION, rs.getLong(1), rs.getString(2)))
                    .text(personKeys.get(rs.getLong(3))).text(partyKeys.get(rs.getLong(4))).text(rs.getString(5))
                    .text(rs.getString(6)).text(rs.getString(7)).text(cites));
            case ELECTIONS -> rows(out, "SELECT id, code, name, polling_day, country FROM election ORDER BY id", "election",
                    (rs, cites) -> out.text(rs.getString(2)).text(rs.getString(3)).text(rs.getString(4))
                            .text(rs.getString(5)).text(cites));
            case ASSEMBLIES -> rows(out, "SELECT id, code, name, province, total_seats, general_seats, majority FROM assembly"
                    + " ORDER BY id", "assembly", (rs, cites) -> out.text(rs.getString(2)).text(rs.getString(3))
                    .text(rs.getString(4)).number(number(rs, 5)).number(number(rs, 6)).number(number(rs, 7)).text(cites));
            case CONSTITUENCIES -> rows(out, "SELECT id, code, name, assembly_id, province, district FROM constituency"
                    + " ORDER BY id", "constituency", (rs, cites) -> out.text(rs.getString(2)).text(rs.getString(3))
                    .text(assemblyKeys.get(rs.getLong(4))).text(rs.getString(5)).text(rs.getString(6)).text(cites));
            case CANDIDACIES -> rows(out, "SELECT id, code, election_id, constituency_id, candidate_name, party_id,"
                    + " party_label, person_id, votes, rank, elected FROM candidacy ORDER BY id", "candidacy", (rs, cites) -> {
                        long seat = rs.getLong(4);
                        out.text(keyOr(RecordKeys.Keyed.CANDIDACY, rs.getLong(1), rs.getString(2)))
                                .text(electionKeys.get(rs.getLong(3))).text(seatAssembly.get(seat)).text(seatKeys.get(seat))
                                .text(rs.getString(5)).text(partyKeys.get(number(rs, 6))).text(rs.getString(7))
                                .text(personKeys.get(number(rs, 8))).number(number(rs, 9)).number(number(rs, 10))
                                .number(number(rs, 11)).text(cites);
                    });
            case ALLIANCES -> rows(out, "SELECT id, code, name, abbreviation, kind, level, region, from_date, to_date,"
                    + " description FROM alliance ORDER BY id", "alliance", (rs, cites) -> {
                        for (int i = 2; i <= 10; i++) {
                            out.text(rs.getString(i));
                        }
                        out.text(cites);
                    });
            case MEMBERSHIPS -> rows(out, "SELECT id, code, alliance_id, party_id, from_date, to_date, role FROM membership"
                    + " ORDER BY id", "membership", (rs, cites) -> out
                    .text(keyOr(RecordKeys.Keyed.MEMBERSHIP, rs.getLong(1), rs.getString(2)))
                    .text(allianceKeys.get(rs.getLong(3))).text(partyKeys.get(rs.getLong(4))).text(rs.getString(5))
                    .text(rs.getString(6)).text(rs.getString(7)).text(cites));
            case DEALS -> rows(out, "SELECT id, code, election_id, constituency_id, giver_id, receiver_id, candidate_name,"
                    + " candidacy_id, alliance_id, note FROM seat_deal ORDER BY id", "seat_deal", (rs, cites) -> {
                        long seat = rs.getLong(4);
                        out.text(dealKeys.get(rs.getLong(1))).text(electionKeys.get(rs.getLong(3))).text(seatKeys.get(seat))
                                .text(seatAssembly.get(seat)).text(partyKeys.get(rs.getLong(5)))
                                .text(partyKeys.get(rs.getLong(6))).text(rs.getString(7))
                                .text(candidacyKeys.get(number(rs, 8))).text(allianceKeys.get(number(rs, 9)))
                                .text(rs.getString(10)).text(cites);
                    });
            case CLAIMS -> rows(out, "SELECT id, code, deal_id, date, status, source_id, note FROM deal_claim ORDER BY id",
                    null, (rs, cites) -> out.text(keyOr(RecordKeys.Keyed.CLAIM, rs.getLong(1), rs.getString(2)))
                    .text(dealKeys.get(rs.getLong(3))).text(rs.getString(4)).text(rs.getString(5))
                    .text(sourceKeys.get(rs.getLong(6))).text(rs.getString(7)));
            case EVENTS -> events(out);
            case RELATIONS -> rows(out, "SELECT id, code, party_a, party_b, kind, from_date, to_date, note FROM party_relation"
                    + " ORDER BY id", "party_relation", (rs, cites) -> out
                    .text(keyOr(RecordKeys.Keyed.RELATION, rs.getLong(1), rs.getString(2)))
                    .text(partyKeys.get(rs.getLong(3))).text(partyKeys.get(rs.getLong(4))).text(rs.getString(5))
                    .text(rs.getString(6)).text(rs.getString(7)).text(rs.getString(8)).text(cites));
        };
    }

    private long events(LosslessCsv out) throws IOException, SQLException {
        try (Merge parties = new Merge(c, "SELECT event_id, party_id FROM event_party ORDER BY event_id, party_id", partyKeys);
             Merge people = new Merge(c, "SELECT event_id, person_id FROM event_person ORDER BY event_id, person_id",
                     personKeys)) {
            return rows(out, "SELECT id, code, date, title, place, description FROM event ORDER BY id", "event",
                    (rs, cites) -> {
                        long id = rs.getLong(1);
                        for (int i = 2; i <= 6; i++) {
                            out.text(rs.getString(i));
                        }
                        out.text(parties.list(id)).text(people.list(id)).text(cites);
                    });
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(ResultSet rs, String cites) throws SQLException, IOException;
    }

    /** Writes every row of {@code sql} (id first, ascending), with its sources merged in when {@code citeKind} is set. */
    private long rows(LosslessCsv out, String sql, String citeKind, RowWriter w) throws SQLException, IOException {
        long n = 0;
        try (Merge cites = citeKind == null ? null : new Merge(c, "SELECT record_id, source_id FROM citation"
                + " WHERE record_kind = '" + citeKind + "' ORDER BY record_id, source_id", sourceKeys);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
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
     * (citations of a record, parties of an event), as a list cell.
     */
    private static final class Merge implements AutoCloseable {
        private final Statement st;
        private final ResultSet rs;
        private final IdKeys keys;
        private boolean more;
        private final List<String> items = new ArrayList<>();

        Merge(Connection c, String sql, IdKeys keys) throws SQLException {
            this.st = c.createStatement();
            this.rs = st.executeQuery(sql);
            this.keys = keys;
            this.more = rs.next();
        }

        /** The list cell for {@code id}: the keys of its rows, or null (an empty cell) when it has none. */
        String list(long id) throws SQLException {
            while (more && rs.getLong(1) < id) {
                more = rs.next();
            }
            items.clear();
            while (more && rs.getLong(1) == id) {
                String k = keys.get(rs.getLong(2));
                if (k != null) {
                    items.add(k);
                }
                more = rs.next();
            }
            return items.isEmpty() ? null : DatasetFormat.joinList(items);
        }

        @Override
        public void close() throws SQLException {
            rs.close();
            st.close();
        }
    }

    /** The keys of one table's records by id: an array when ids are dense (as they are), else a map. */
    private static final class IdKeys {
        private final String[] dense;
        private final Map<Long, String> sparse;

        private IdKeys(String[] dense, Map<Long, String> sparse) {
            this.dense = dense;
            this.sparse = sparse;
        }

        static IdKeys of(Connection c, String table, String keyExpr, Map<Long, String> derived) throws SQLException {
            long max;
            long count;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0), count(*) FROM " + table)) {
                rs.next();
                max = rs.getLong(1);
                count = rs.getLong(2);
            }
            boolean dense = max < 4 * count + 1024 && max < Integer.MAX_VALUE - 8;
            String[] arr = dense ? new String[(int) max + 1] : null;
            Map<Long, String> map = dense ? null : new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, " + keyExpr + " FROM " + table)) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String k = rs.getString(2);
                    if (k == null) {
                        k = derived.get(id);
                    }
                    if (dense) {
                        arr[(int) id] = k;
                    } else {
                        map.put(id, k);
                    }
                }
            }
            return new IdKeys(arr, map);
        }

        String get(Long id) {
            if (id == null) {
                return null;
            }
            if (dense != null) {
                return id >= 0 && id < dense.length ? dense[(int) (long) id] : null;
            }
            return sparse.get(id);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Dumper(%s)", rows);
    }
}
