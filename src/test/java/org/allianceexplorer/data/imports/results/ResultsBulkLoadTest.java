package org.allianceexplorer.data.imports.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.ZipInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of import-results (a file's rows loaded with the secondary indexes dropped and made again,
 * citations written in one statement with CHECK constraints off for it) leaves the same database as row by
 * row would: the same indexes, every seat and result cited once, keys still unique, constraints back on.
 */
class ResultsBulkLoadTest {

    static final ResultsImport.Source SOURCE = ResultsImportTest.SOURCE;

    @TempDir
    Path dir;

    /** A new database with the bundled dataset's sources, parties and aliases (no results: a small table). */
    private Path partiesDb() throws IOException {
        Path folder = Files.createTempDirectory(dir, "pk-parties");
        for (String f : new String[] {"manifest.csv", "sources.csv", "parties.csv", "party_aliases.csv"}) {
            Files.copy(Path.of("data", f), folder.resolve(f));
        }
        Path db = folder.resolveSibling(folder.getFileName() + ".sqlite");
        DatasetImport.toNewFile(folder, db, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        return db;
    }

    /** A long file of {@code seats} seats of 5 candidates, sorted by seat, votes all different. */
    private Path longFile(int seats) throws IOException {
        StringBuilder b = new StringBuilder("seat,candidate,party,votes\n");
        String[] parties = {"PPP", "PML-N", "MQM-P", "ANP", "JI"};
        for (int s = 1; s <= seats; s++) {
            for (int i = 0; i < 5; i++) {
                b.append("S").append(s).append(",Candidate ").append(i + 1).append(',');
                b.append(parties[i])
                        .append(',')
                        .append(1000 + 17 * ((s + i) % 5))
                        .append('\n');
            }
        }
        return Files.writeString(dir.resolve("long.csv"), b);
    }

    private static ResultsImport.Settings settings(Path csv) {
        return ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null);
    }

    private static List<List<String>> query(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> query(Path db, String sql) throws SQLException {
        try (Database d = Database.openReadOnly(db)) {
            return query(d.connection(), sql);
        }
    }

    private static final String INDEXES = "SELECT tbl_name, name, sql FROM sqlite_schema WHERE type = 'index'"
            + " AND tbl_name IN ('candidacy', 'citation', 'constituency') ORDER BY name";

    @Test
    void theIndexesAfterTheImportAreTheOnesBeforeAndHoldEveryRow() throws Exception {
        Path db = partiesDb();
        List<List<String>> before = query(db, INDEXES);
        assertThat(before)
                .extracting(r -> r.get(1))
                .contains("candidacy_code", "candidacy_party", "candidacy_seat", "citation_source");

        ResultsReport r = ResultsImport.intoFile(db, settings(longFile(600)), x -> {});

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.resultsAdded()).isEqualTo(3000);
        assertThat(query(db, INDEXES)).isEqualTo(before);
        assertThat(query(db, "PRAGMA integrity_check")).containsExactly(List.of("ok"));
        // the indexes answer: a seat's results through candidacy_seat, a key through candidacy_code
        assertThat(query(
                        db,
                        "SELECT count(*) FROM candidacy INDEXED BY candidacy_seat WHERE election_id ="
                                + " (SELECT id FROM election WHERE code = 'e1')"))
                .containsExactly(List.of("3000"));
        assertThat(
                        query(
                                db,
                                "SELECT rank, elected FROM candidacy INDEXED BY candidacy_code WHERE code = 'e1/S7/Candidate 3'"))
                .containsExactly(List.of("1", "1"));
        assertThat(query(
                        db,
                        "SELECT count(*) FROM citation INDEXED BY citation_source WHERE source_id ="
                                + " (SELECT id FROM source WHERE url = 'https://example.org/results')"))
                // the election, the assembly, 600 seats and 3,000 results
                .containsExactly(List.of(String.valueOf(2 + 600 + 3000)));
    }

    @Test
    void everySeatAndResultMadeCitesTheSourceOnceAndNothingElseIsCited() throws Exception {
        Path db = partiesDb();
        List<List<String>> citationsBefore = query(db, "SELECT record_kind, count(*) FROM citation GROUP BY 1");
        ResultsImport.intoFile(db, settings(longFile(40)), x -> {});
        assertThat(query(
                        db,
                        "SELECT c.record_kind, count(*), count(DISTINCT c.record_id) FROM citation c"
                                + " JOIN source s ON s.id = c.source_id WHERE s.url = 'https://example.org/results'"
                                + " GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        List.of("assembly", "1", "1"),
                        List.of("candidacy", "200", "200"),
                        List.of("constituency", "40", "40"),
                        List.of("election", "1", "1"));
        // each cited record is one of this import's
        assertThat(query(
                        db,
                        "SELECT count(*) FROM citation c JOIN source s ON s.id = c.source_id"
                                + " WHERE s.url = 'https://example.org/results' AND ("
                                + " (c.record_kind = 'candidacy' AND c.record_id NOT IN (SELECT k.id FROM candidacy k"
                                + " JOIN election e ON e.id = k.election_id WHERE e.code = 'e1'))"
                                + " OR (c.record_kind = 'constituency' AND c.record_id NOT IN (SELECT s2.id FROM"
                                + " constituency s2 JOIN assembly a ON a.id = s2.assembly_id WHERE a.code = 'A1')))"))
                .containsExactly(List.of("0"));
        // the other citations are as they were
        assertThat(query(
                        db,
                        "SELECT record_kind, count(*) FROM citation c WHERE source_id NOT IN"
                                + " (SELECT id FROM source WHERE url = 'https://example.org/results') GROUP BY 1"))
                .isEqualTo(citationsBefore);
    }

    /** A key the database already has (under another election) is refused when the unique index is made again. */
    @Test
    void aKeyTheDatabaseHasIsRefusedAndNothingIsWritten() throws Exception {
        Path db = partiesDb();
        try (Database d = Database.openWritable(db);
                Statement st = d.connection().createStatement()) {
            st.execute("INSERT INTO election (id, code, name) VALUES (900, 'other', 'Other')");
            st.execute("INSERT INTO assembly (id, code, name) VALUES (900, 'X', 'X')");
            st.execute("INSERT INTO constituency (id, code, name, assembly_id) VALUES (900, 'X1', 'X1', 900)");
            st.execute("INSERT INTO candidacy (id, election_id, constituency_id, candidate_name, votes, rank, elected,"
                    + " code) VALUES (900, 900, 900, 'Someone', 1, 1, 1, 'e1/S3/Candidate 2')");
        }
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> ResultsImport.intoFile(db, settings(longFile(10)), x -> {}))
                .isInstanceOfSatisfying(
                        ResultsImport.RefusedException.class,
                        e -> assertThat(e.report().problems().toString())
                                .contains("UNIQUE")
                                .contains("candidacy.code"));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /** CHECK constraints are off only for the statement that writes the citations: on again on the connection. */
    @Test
    void checkConstraintsHoldOnTheConnectionAfterTheImport() throws Exception {
        Path db = partiesDb();
        try (Database d = Database.openWritable(db)) {
            ResultsReport r = ResultsImport.run(d, settings(longFile(3)), x -> {});
            assertThat(r.ok()).as(r.problems().toString()).isTrue();
            Connection c = d.connection();
            c.setAutoCommit(true);
            assertThat(query(c, "PRAGMA ignore_check_constraints")).containsExactly(List.of("0"));
            assertThatThrownBy(() -> {
                        try (Statement st = c.createStatement()) {
                            st.execute("INSERT INTO citation (record_kind, record_id, source_id)"
                                    + " VALUES ('no such kind', 1, (SELECT min(id) FROM source))");
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("CHECK");
            assertThat(query(c, "SELECT count(*) FROM citation WHERE record_kind = 'candidacy'"))
                    .containsExactly(List.of("15"));
        }
    }

    /**
     * A file that comes back to a seat it left: the rest of the rows go in with the indexes (made again at that
     * row), the second name in the seat is numbered, and the seat is ranked whole.
     */
    @Test
    void aFileThatComesBackToASeatIsNumberedAndRankedWhole() throws Exception {
        StringBuilder b = new StringBuilder("seat,candidate,party,votes\n");
        for (int s = 1; s <= 300; s++) {
            b.append("S").append(s).append(",A,PPP,").append(s).append('\n');
        }
        for (int s = 1; s <= 300; s++) {
            b.append("S").append(s).append(",A,ANP,").append(s + 1).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("back.csv"), b);
        Path db = partiesDb();
        List<List<String>> before = query(db, INDEXES);
        ResultsReport r = ResultsImport.intoFile(db, settings(csv), x -> {});
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(query(db, INDEXES)).isEqualTo(before);
        assertThat(query(db, "SELECT code, rank, elected FROM candidacy WHERE code LIKE 'e1/S17/%' ORDER BY code"))
                .containsExactly(List.of("e1/S17/A", "2", "0"), List.of("e1/S17/A#2", "1", "1"));
        assertThat(query(db, "SELECT count(*), sum(elected) FROM candidacy")).containsExactly(List.of("600", "300"));
    }

    /**
     * A database with many results (so the indexes stay: the file is small beside them) and one key of the
     * file already there: the batch that repeats it fails on the writer thread while the next is read, and the
     * import is refused with the database's message, nothing written.
     */
    @Test
    void aBatchThatFailsOnTheWriterThreadRefusesTheImport() throws Exception {
        Path db = partiesDb();
        try (Database d = Database.openWritable(db);
                Statement st = d.connection().createStatement()) {
            st.execute("INSERT INTO election (id, code, name) VALUES (900, 'other', 'Other')");
            st.execute("INSERT INTO assembly (id, code, name) VALUES (900, 'X', 'X')");
            st.execute("INSERT INTO constituency (id, code, name, assembly_id) VALUES (900, 'X1', 'X1', 900)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)"
                    + " INSERT INTO candidacy (id, election_id, constituency_id, candidate_name, votes, rank, elected,"
                    + " code) SELECT 1000 + i, 900, 900, 'C' || i, i, i, i = 1, 'other/X1/C' || i FROM n");
            st.execute("UPDATE candidacy SET code = 'e1/S30/Candidate 2' WHERE id = 1500");
        }
        Path csv = longFile(700);
        assertThat(BulkIndexes.worthDropping(60_001, Files.size(csv))).isFalse();
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> ResultsImport.intoFile(db, settings(csv), x -> {}))
                .isInstanceOfSatisfying(
                        ResultsImport.RefusedException.class,
                        e -> assertThat(e.report().problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString())
                                        .contains("(database)")
                                        .contains("UNIQUE constraint failed: candidacy.code")));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /** Cancelled while batches are on the writer thread (progress throws): nothing is written, no stray thread. */
    @Test
    void aCancelledImportWritesNothingAndStopsItsWriter() throws Exception {
        Path db = partiesDb();
        Path csv = longFile(25_000);
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> ResultsImport.intoFile(db, settings(csv), x -> {
                    throw new java.util.concurrent.CancellationException("cancelled");
                }))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (var files = Files.list(db.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("." + db.getFileName()));
        }
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .doesNotContain("import-results writer");
    }

    /**
     * A large file's last steps (citations, indexes) say so on the progress line, and a job cancelled there
     * (progress throws) writes nothing.
     */
    @Test
    void aLargeImportSaysItIsIndexingAndCancelledThereWritesNothing() throws Exception {
        Path db = partiesDb();
        Path csv = longFile(20_000);
        byte[] before = Files.readAllBytes(db);
        List<String> said = new ArrayList<>();
        assertThatThrownBy(() -> ResultsImport.intoFile(db, settings(csv), x -> {
                    said.add(x);
                    if (x.startsWith("indexing")) {
                        throw new java.util.concurrent.CancellationException("cancelled");
                    }
                }))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(said)
                .containsExactly(
                        "100,000 rows read", "100,000 results written; ranks and citations", "indexing the results");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theIndexesAreDroppedOnlyWhenTheFileIsLargeBesideTheTable() {
        assertThat(BulkIndexes.worthDropping(0, 100)).isTrue();
        assertThat(BulkIndexes.worthDropping(BulkIndexes.SMALL_TABLE, 100)).isTrue();
        // 5,000,000 results in the database: a 1 MB file adds too few rows to rebuild them, a 100 MB file not
        assertThat(BulkIndexes.worthDropping(5_000_000, 1_000_000)).isFalse();
        assertThat(BulkIndexes.worthDropping(5_000_000, 100_000_000)).isTrue();
    }
}
