package org.allianceexplorer.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.data.generate.SyntheticDatabase.Size;
import org.allianceexplorer.data.generate.SyntheticDatabase.Summary;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.io.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic database: valid, of the requested size, deterministic, written whole or not at all. */
class SyntheticDatabaseTest {

    /** Every table, each in a total order, so two databases can be compared row by row. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("source", "id"),
            Map.entry("party", "id"),
            Map.entry("party_alias", "id"),
            Map.entry("person", "id"),
            Map.entry("affiliation", "id"),
            Map.entry("election", "id"),
            Map.entry("assembly", "id"),
            Map.entry("constituency", "id"),
            Map.entry("candidacy", "id"),
            Map.entry("alliance", "id"),
            Map.entry("membership", "id"),
            Map.entry("seat_deal", "id"),
            Map.entry("deal_claim", "id"),
            Map.entry("event", "id"),
            Map.entry("event_party", "event_id, party_id"),
            Map.entry("event_person", "event_id, person_id"),
            Map.entry("party_relation", "id"),
            Map.entry("citation", "record_kind, record_id, source_id"));

    @TempDir
    Path dir;

    @Test
    void isValidAndOfTheRequestedSize() throws Exception {
        Path f = dir.resolve("synthetic.sqlite");
        Summary s = SyntheticDatabase.generate(f, new Size(20, 500), 1);

        assertThat(s.parties()).isEqualTo(20);
        assertThat(s.deals()).isEqualTo(500);
        assertThat(s.claims()).isBetween(500L, 2000L);
        try (Database db = Database.openReadOnly(f)) {
            assertThat(new Validator(db, 20).problems()).isEmpty();
            Map<RecordKind, Long> n = Repositories.of(db).statistics().counts();
            assertThat(n.get(RecordKind.PARTIES)).isEqualTo(20);
            assertThat(n.get(RecordKind.DEALS)).isEqualTo(500);
            assertThat(n.get(RecordKind.CLAIMS)).isEqualTo(s.claims());
            assertThat(n.get(RecordKind.ELECTIONS)).isEqualTo(10);
            assertThat(n.get(RecordKind.RESULTS)).isPositive();
            assertThat(n.get(RecordKind.ALLIANCES)).isPositive();
            assertThat(n.get(RecordKind.MEMBERSHIPS)).isPositive();
            assertThat(n.get(RecordKind.EVENTS)).isPositive();
            assertThat(n.get(RecordKind.RELATIONS)).isPositive();
            assertThat(n.get(RecordKind.PEOPLE)).isPositive();
            assertThat(n.get(RecordKind.SOURCES)).isGreaterThanOrEqualTo(60);

            assertThat(strings(db, "SELECT abbreviation FROM party ORDER BY id"))
                    .startsWith("P0001", "P0002")
                    .allMatch(a -> a.matches("P\\d{4}"));
            assertThat(strings(db, "SELECT colour FROM party")).allMatch(c -> c.matches("#[0-9A-F]{6}"));
            assertThat(strings(db, "SELECT code FROM assembly ORDER BY id"))
                    .startsWith("NA")
                    .hasSizeGreaterThan(1);
            assertThat(strings(db, "SELECT DISTINCT kind FROM party_relation")).isNotEmpty();
            assertThat(count(db, "SELECT count(*) FROM seat_deal WHERE giver_id = receiver_id"))
                    .isZero();
            assertThat(count(db, "SELECT max(n) FROM (SELECT count(*) AS n FROM deal_claim GROUP BY deal_id)"))
                    .isBetween(1L, 4L);
            assertThat(count(
                            db,
                            "SELECT count(*) FROM deal_claim k JOIN source s ON s.id = k.source_id"
                                    + " WHERE k.date > s.published"))
                    .isZero();

            // deals at seats with results name the receiver's candidacy, so they have an outcome
            List<SeatDeal> deals = Repositories.of(db).deals().deals(RecordFilter.ALL);
            assertThat(deals).hasSize(500);
            assertThat(deals).anyMatch(d -> d.outcome() != null && d.outcome().won());
            assertThat(deals).anyMatch(d -> d.outcome() != null && !d.outcome().won());
            assertThat(deals).anyMatch(d -> d.outcome() == null);
            assertThat(deals).allMatch(d -> d.status() != null && d.claims() >= 1);
        }
    }

    @Test
    void smallestAndEmptySizesAreValidToo() throws Exception {
        Path f = dir.resolve("tiny.sqlite");
        Summary s = SyntheticDatabase.generate(f, new Size(2, 0), 5);

        assertThat(List.of(s.parties(), s.deals(), s.claims(), s.elections())).containsExactly(2L, 0L, 0L, 10L);
        try (Database db = Database.openReadOnly(f)) {
            assertThat(new Validator(db, 20).problems()).isEmpty();
        }
        Path g = dir.resolve("two-parties.sqlite");
        SyntheticDatabase.generate(g, new Size(2, 200), 5);
        try (Database db = Database.openReadOnly(g)) {
            assertThat(new Validator(db, 20).problems()).isEmpty();
            assertThat(count(db, "SELECT count(*) FROM seat_deal")).isEqualTo(200);
        }
    }

    @Test
    void theSameSeedGivesTheSameContent() throws Exception {
        Path a = dir.resolve("a.sqlite");
        Path b = dir.resolve("b.sqlite");
        SyntheticDatabase.generate(a, new Size(20, 500), 42);
        SyntheticDatabase.generate(b, new Size(20, 500), 42);

        assertThat(digest(b)).isEqualTo(digest(a));
    }

    @Test
    void anotherSeedGivesOtherContent() throws Exception {
        Path a = dir.resolve("a.sqlite");
        Path b = dir.resolve("b.sqlite");
        SyntheticDatabase.generate(a, new Size(20, 500), 1);
        SyntheticDatabase.generate(b, new Size(20, 500), 2);

        assertThat(digest(b)).isNotEqualTo(digest(a));
    }

    @Test
    void badSizesAreRefusedAndWriteNothing() {
        Path f = dir.resolve("bad.sqlite");
        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(1, 10), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parties")
                .hasMessageContaining("2");
        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(100_001, 10), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parties")
                .hasMessageContaining("100000");
        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(20, -1), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deals");
        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(20, 10_000_001), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deals")
                .hasMessageContaining("10000000");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anExistingTargetIsRefusedAndLeftAsItWas() throws Exception {
        Path f = dir.resolve("mine.sqlite");
        byte[] before = "not yours".getBytes(StandardCharsets.UTF_8);
        Files.write(f, before);

        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(20, 100), 1))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("mine.sqlite");
    }

    @Test
    void leavesNoTemporaryFileAfterSuccess() throws Exception {
        SyntheticDatabase.generate(dir.resolve("ok.sqlite"), new Size(20, 300), 1);

        assertThat(filesIn(dir)).containsExactly("ok.sqlite");
    }

    @Test
    void aFailureHalfWayLeavesNothingBehind() {
        for (String phase : List.of("sources", "results", "records", "deals")) {
            Path f = dir.resolve("half.sqlite");
            assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(20, 300), 1, p -> {
                        if (p.equals(phase)) {
                            throw new IllegalStateException("stopped after " + p);
                        }
                    }))
                    .hasMessage("stopped after " + phase);
            assertThat(filesIn(dir)).as("after failing at %s", phase).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsReportedAndNothingWritten() {
        Path f = dir.resolve("no-such-folder").resolve("x.sqlite");

        assertThatThrownBy(() -> SyntheticDatabase.generate(f, new Size(20, 10), 1))
                .isInstanceOf(AtomicFile.OutputException.class)
                .hasMessageContaining("does not exist");
        assertThat(filesIn(dir)).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** SHA-256 of every row of every table, in a total order. */
    static String digest(Path f) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Database db = Database.openReadOnly(f);
                Statement st = db.connection().createStatement()) {
            for (Map.Entry<String, String> t : new TreeMap<>(TABLES).entrySet()) {
                md.update(("\u0001" + t.getKey()).getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            String v = rs.getString(i);
                            md.update((v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8));
                            md.update((byte) 0x1f);
                        }
                        md.update((byte) 0x1e);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static List<String> strings(Database db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
