package org.allianceexplorer.data.imports.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.ZipInput;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-results: layouts, mappings, labels, sources, bad input and all-or-nothing. */
class ResultsImportTest {

    static final Path MAPPINGS = Path.of("data", "mappings");
    static final ResultsImport.Source SOURCE = new ResultsImport.Source(
            null, "Election Commission", null, "https://example.org/results", null, null, null);

    @TempDir
    Path dir;

    static Path malaysiaFile() throws URISyntaxException {
        return Path.of(ResultsImportTest.class
                .getResource("malaysia-ge15/MALAYSIA_2022_PARLIAMENT_RESULTS.csv")
                .toURI());
    }

    /** A new database holding the Malaysian parties shipped beside the mapping. */
    private Path malaysiaDb() throws IOException {
        Path db = dir.resolve("my.sqlite");
        DatasetImport.toNewFile(
                MAPPINGS.resolve("malaysia-ge15-parties"),
                db,
                Importer.Settings.DEFAULT,
                ZipInput.Limits.DEFAULT,
                s -> {});
        return db;
    }

    /** A new database with the bundled dataset's sources, parties and aliases (no results). */
    private Path pakistanPartiesDb() throws IOException {
        Path folder = Files.createTempDirectory(dir, "pk-parties");
        for (String f : new String[] {"manifest.csv", "sources.csv", "parties.csv", "party_aliases.csv"}) {
            Files.copy(Path.of("data", f), folder.resolve(f));
        }
        Path db = folder.resolveSibling(folder.getFileName() + ".sqlite");
        DatasetImport.toNewFile(folder, db, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        return db;
    }

    private static ResultsImport.Settings malaysiaSettings(Path from) {
        return ResultsImport.Settings.of(from, "my-ge15", "DR", ResultsImport.Source.NONE)
                .withMap(MAPPINGS.resolve("malaysia-ge15-parliament.properties"))
                .withNewElection("Malaysia general election 2022", "2022-11-19", "MYS")
                .withAssemblyName("Dewan Rakyat");
    }

    private static List<List<String>> query(Path db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Database d = Database.openReadOnly(db);
                Statement st = d.connection().createStatement();
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

    private static long count(Path db, String sql) throws SQLException {
        return Long.parseLong(query(db, sql).get(0).get(0));
    }

    // --- the wide layout: Malaysia GE15 ------------------------------------------------------------------

    @Test
    void malaysiaEverySeatsWinnerAgreesWithItsWinningPartyColumn() throws Exception {
        Path db = malaysiaDb();
        ResultsReport r = ResultsImport.intoFile(db, malaysiaSettings(malaysiaFile()), s -> {});
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.rows()).isEqualTo(222);
        assertThat(r.seatsAdded()).isEqualTo(222);

        Map<String, String> winningParty = new HashMap<>();
        try (CsvReader in = new CsvReader(Files.newInputStream(malaysiaFile()))) {
            List<String> header = in.next().cells();
            int code = header.indexOf("PARLIAMENTARY CONSTITUENCY CODE");
            int won = header.indexOf("WINNING PARTY");
            CsvReader.Row row;
            while ((row = in.next()) != null) {
                if (!row.blank()) {
                    winningParty.put(row.cells().get(code), row.cells().get(won));
                }
            }
        }
        assertThat(winningParty).hasSize(222);
        List<List<String>> winners = query(
                db,
                "SELECT s.code, k.party_label, p.abbreviation FROM candidacy k"
                        + " JOIN constituency s ON s.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                        + " WHERE k.elected = 1 ORDER BY s.code");
        assertThat(winners).hasSize(222);
        for (List<String> w : winners) {
            String expected = winningParty.get(w.get(0));
            if (expected.equals("INDEPENDENT")) {
                // the file writes an independent winner as INDEPENDENT, the candidate as INDEPENDENT - SYMBOL
                assertThat(w.get(1)).as(w.get(0)).startsWith("INDEPENDENT - ");
                assertThat(w.get(2)).as(w.get(0)).isNull();
            } else {
                assertThat(w.get(1)).as(w.get(0)).isEqualTo(expected);
                // the party is the component party: "PN - PAS" is PAS, "PN - DIRECT" the coalition's own
                String component =
                        expected.contains(" - ") ? expected.substring(expected.indexOf(" - ") + 3) : expected;
                assertThat(w.get(2))
                        .as(w.get(0))
                        .isEqualTo(component.equals("DIRECT") ? expected.substring(0, 2) : component);
            }
        }
        // every result cites the file's source; one winner and rank 1 per seat
        assertThat(count(
                        db,
                        "SELECT count(*) FROM candidacy k WHERE NOT EXISTS (SELECT 1 FROM citation c"
                                + " WHERE c.record_kind = 'candidacy' AND c.record_id = k.id)"))
                .isZero();
        assertThat(query(
                        db,
                        "SELECT s.code FROM source s JOIN citation c ON c.source_id = s.id"
                                + " WHERE c.record_kind = 'candidacy' GROUP BY s.code"))
                .containsExactly(List.of("tindak-ge15-parliament"));
        assertThat(count(db, "SELECT count(*) FROM candidacy WHERE rank = 1")).isEqualTo(222);
        // P. 001 Padang Besar: PAS 24,267 ahead of UMNO 11,753, AMANAH 7,085 ...
        assertThat(query(
                        db,
                        "SELECT k.candidate_name, k.party_label, k.votes, k.rank FROM candidacy k JOIN constituency s"
                                + " ON s.id = k.constituency_id WHERE s.code = 'P. 001' ORDER BY k.rank"))
                .first()
                .isEqualTo(List.of("RUSHDAN BIN RUSMI", "PN - PAS", "24267", "1"));
    }

    @Test
    void importingTheSameFileAgainSkipsEveryRowAndLeavesTheFileAlone() throws Exception {
        Path db = malaysiaDb();
        ResultsImport.intoFile(db, malaysiaSettings(malaysiaFile()), s -> {});
        byte[] before = Files.readAllBytes(db);
        ResultsReport again = ResultsImport.intoFile(db, malaysiaSettings(malaysiaFile()), s -> {});
        assertThat(again.resultsAdded()).isZero();
        assertThat(again.resultsSkipped()).isEqualTo(945);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    // --- the long layout: Pakistan NA 2024 ---------------------------------------------------------------

    @Test
    void pakistanLongFileWithItsMappingMatchesTheBundledResults() throws Exception {
        Path db = pakistanPartiesDb();
        Path from = Path.of("data", "results", "na_2024_candidates.csv");
        ResultsImport.Settings s = ResultsImport.Settings.of(from, "pk-2024", "NA", ResultsImport.Source.NONE)
                .withMap(MAPPINGS.resolve("pakistan-na-2024.properties"))
                .withNewElection("Pakistan general election 2024", "2024-02-08", "PAK")
                .keepingUnknownLabels();
        ResultsReport r = ResultsImport.intoFile(db, s, x -> {});
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.resultsAdded()).isEqualTo(5112);
        assertThat(r.seatsAdded()).isEqualTo(266);
        // the founding case reads the same: NA-242, Kamal (MQM-P, through the alias MQM) ahead of an independent
        assertThat(query(
                        db,
                        "SELECT k.candidate_name, p.abbreviation, k.votes, k.elected FROM candidacy k"
                                + " JOIN constituency s ON s.id = k.constituency_id LEFT JOIN party p ON p.id = k.party_id"
                                + " WHERE s.code = 'NA-242' ORDER BY k.rank LIMIT 2"))
                .containsExactly(
                        List.of("Syed Mustafa Kamal", "MQM-P", "71727", "1"),
                        java.util.Arrays.asList("Dawa Khan Sabir", null, "53770", "0"));
        // seat names come from the constituency file named in the mapping
        assertThat(query(db, "SELECT name, province FROM constituency WHERE code = 'NA-1'"))
                .containsExactly(List.of("Chitral", "Khyber Pakhtunkhwa"));
        // the source is the one the mapping names, the bundled dataset's own
        assertThat(query(
                        db,
                        "SELECT DISTINCT s.code FROM citation c JOIN source s ON s.id = c.source_id"
                                + " WHERE c.record_kind = 'candidacy'"))
                .containsExactly(List.of("aej-2024"));
    }

    // --- labels ------------------------------------------------------------------------------------------

    @Test
    void unknownLabelsAreAllReportedWithCountsAndTheAliasFileRoundTrips() throws Exception {
        Path db = pakistanPartiesDb();
        byte[] before = Files.readAllBytes(db);
        Path csv = dir.resolve("r.csv");
        Files.writeString(
                csv, "seat,candidate,party,votes\nS-1,Ann,PPP,10\nS-1,Bob,XYZ,5\nS-2,Cy,XYZ,7\nS-2,Di,QQ,9\n");
        ResultsImport.Settings s =
                ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null);
        assertThatThrownBy(() -> ResultsImport.intoFile(db, s, x -> {}))
                .isInstanceOfSatisfying(ResultsImport.RefusedException.class, e -> {
                    assertThat(e.report().unknownLabels())
                            .extracting(ResultsReport.UnknownLabel::label, ResultsReport.UnknownLabel::count)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("XYZ", 2L),
                                    org.assertj.core.groups.Tuple.tuple("QQ", 1L));
                    assertThat(e.report().problems())
                            .extracting(ImportProblem::line)
                            .containsExactly(3L, 5L);
                    try {
                        AliasFile.write(dir.resolve("aliases.csv"), e.report().unknownLabels());
                    } catch (IOException io) {
                        throw new AssertionError(io);
                    }
                });
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        Path aliases = dir.resolve("aliases.csv");
        assertThat(Files.readString(aliases)).isEqualTo("label,count,party\nXYZ,2,\nQQ,1,\n");
        // the user fills it in: XYZ is PML-N, QQ an independent
        Files.writeString(aliases, "label,count,party\nXYZ,2,PML-N\nQQ,1,-\n");
        ResultsReport r = ResultsImport.intoFile(db, s.withAliases(aliases), x -> {});
        assertThat(r.ok()).isTrue();
        assertThat(r.aliasesAdded()).isEqualTo(1);
        assertThat(query(
                        db,
                        "SELECT k.candidate_name, p.abbreviation, k.party_label, k.rank, k.elected FROM candidacy k"
                                + " LEFT JOIN party p ON p.id = k.party_id ORDER BY k.id"))
                .containsExactly(
                        List.of("Ann", "PPP", "PPP", "1", "1"),
                        List.of("Bob", "PML-N", "XYZ", "2", "0"),
                        java.util.Arrays.asList("Cy", "PML-N", "XYZ", "2", "0"),
                        java.util.Arrays.asList("Di", null, "QQ", "1", "1"));
        assertThat(query(
                        db,
                        "SELECT a.label, p.abbreviation FROM party_alias a JOIN party p ON p.id = a.party_id"
                                + " WHERE a.label = 'XYZ'"))
                .containsExactly(List.of("XYZ", "PML-N"));
    }

    @Test
    void keepUnknownLabelsImportsThemAsLabelsWithoutAParty() throws Exception {
        Path db = pakistanPartiesDb();
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "seat,candidate,party,votes\nS-1,Ann,XYZ,10\n");
        ResultsReport r = ResultsImport.intoFile(
                db,
                ResultsImport.Settings.of(csv, "e1", "A1", SOURCE)
                        .withNewElection("E", "2024", null)
                        .keepingUnknownLabels(),
                x -> {});
        assertThat(r.ok()).isTrue();
        assertThat(query(db, "SELECT party_id, party_label FROM candidacy"))
                .containsExactly(java.util.Arrays.asList(null, "XYZ"));
    }

    // --- XLSX --------------------------------------------------------------------------------------------

    @Test
    void anXlsxWorkbookIsReadLikeTheCsv() throws Exception {
        Path xlsx = dir.resolve("results.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("NA");
            String[][] rows = {
                {"Constituency code", "Constituency name", "Candidate", "Party", "Votes"},
                {"NA-242", "Karachi East-I", "Syed Mustafa Kamal", "MQM", "71727"},
                {"NA-242", "Karachi East-I", "=HYPERLINK(\"x\")", "PML-N", "11894"},
            };
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = sh.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (i > 0 && j == 4) {
                        row.createCell(j).setCellValue(Double.parseDouble(rows[i][j]));
                    } else {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path db = pakistanPartiesDb();
        ResultsReport r = ResultsImport.intoFile(
                db,
                ResultsImport.Settings.of(xlsx, "e1", "NA", SOURCE).withNewElection("E", "2024-02-08", "PAK"),
                x -> {});
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(query(
                        db,
                        "SELECT s.name, k.candidate_name, p.abbreviation, k.votes, k.rank, k.elected"
                                + " FROM candidacy k JOIN constituency s ON s.id = k.constituency_id"
                                + " JOIN party p ON p.id = k.party_id ORDER BY k.rank"))
                .containsExactly(
                        List.of("Karachi East-I", "Syed Mustafa Kamal", "MQM-P", "71727", "1", "1"),
                        // text that looks like a formula is stored as it is
                        List.of("Karachi East-I", "=HYPERLINK(\"x\")", "PML-N", "11894", "2", "0"));
    }

    // --- mapping files -----------------------------------------------------------------------------------

    @Test
    void aMappingFileNamesColumnsTheHeaderDoesNotMakeClear() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "Wahlkreis;Bewerber;Partei;Stimmen;Platz\nW1;Ann;PPP;10;1\nW1;Bob;ANP;12;2\n");
        Path map = dir.resolve("m.properties");
        Files.writeString(
                map, "# test\nseat = Wahlkreis\ncandidate = Bewerber\nparty = Partei\nvotes = Stimmen\nrank = Platz\n");
        Path db = pakistanPartiesDb();
        ResultsImport.Settings s =
                ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null);
        // without the mapping the columns are not found
        assertThatThrownBy(() -> ResultsImport.intoFile(db, s, x -> {}))
                .isInstanceOfSatisfying(
                        ResultsImport.RefusedException.class,
                        e -> assertThat(e.report().problems())
                                .extracting(ImportProblem::message)
                                .anySatisfy(m -> assertThat(m).startsWith("no seat column found")));
        ResultsReport r = ResultsImport.intoFile(db, s.withMap(map), x -> {});
        assertThat(r.ok()).isTrue();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("semicolon-separated"));
        // the file's ranks are taken as they are (not recomputed from the votes)
        assertThat(query(db, "SELECT candidate_name, rank, elected FROM candidacy ORDER BY id"))
                .containsExactly(List.of("Ann", "1", "1"), List.of("Bob", "2", "0"));
    }

    @Test
    void aBadMappingFileIsReportedByLine() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "seat,candidate,party,votes\nS,Ann,PPP,1\n");
        Path map = dir.resolve("m.properties");
        Files.writeString(map, "seat = Seat\nsaet = x\nno equals sign\nvotes = Stimmen\n");
        Path db = pakistanPartiesDb();
        assertThatThrownBy(() -> ResultsImport.intoFile(
                        db,
                        ResultsImport.Settings.of(csv, "e1", "A1", SOURCE)
                                .withNewElection("E", "2024", null)
                                .withMap(map),
                        x -> {}))
                .isInstanceOfSatisfying(
                        ResultsImport.RefusedException.class,
                        e -> assertThat(e.report().problems())
                                .extracting(ImportProblem::toString)
                                .containsExactly(
                                        "m.properties line 2: unknown key 'saet' (the keys are listed in docs/data-format.md)",
                                        "m.properties line 3: not a 'key = value' line: no equals sign",
                                        "m.properties line 4: votes = Stimmen: there is no such column in the header"));
    }

    // --- ranks from votes --------------------------------------------------------------------------------

    @Test
    void ranksComeFromTheVotesAndATieForFirstElectsNobody() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(
                csv,
                "seat,candidate,party,votes\nS1,A,PPP,5\nS2,C,PPP,7\nS1,B,ANP,9\n"
                        + "S2,D,ANP,7\nS2,E,JIP,1\nS1,B,Independent,0\n");
        Path db = pakistanPartiesDb();
        ResultsReport r = ResultsImport.intoFile(
                db,
                ResultsImport.Settings.of(csv, "e1", "A1", SOURCE)
                        .withNewElection("E", "2024", null)
                        .keepingUnknownLabels(),
                x -> {});
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("1 seat tie for first place (S2)"));
        assertThat(query(db, "SELECT code, rank, elected FROM candidacy ORDER BY id"))
                .containsExactly(
                        List.of("e1/S1/A", "2", "0"),
                        List.of("e1/S2/C", "1", "0"),
                        List.of("e1/S1/B", "1", "1"),
                        List.of("e1/S2/D", "1", "0"),
                        List.of("e1/S2/E", "3", "0"),
                        // a second B in S1 (the file came back to S1): its key is numbered
                        List.of("e1/S1/B#2", "3", "0"));
    }

    /**
     * Results added to a seat that had results change those results' ranks: the import is one edit of the history
     * with those changes, under the editor's name, and Undo puts every rank back and takes the new results away.
     */
    @Test
    void resultsAddedToADatabaseAreOneEditThatUndoTakesBackWithTheRanksTheyChanged() throws Exception {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "seat,candidate,party,votes\nS1,A,PPP,5\nS2,C,PPP,7\n");
        Path db = pakistanPartiesDb();
        ResultsImport.Settings settings =
                ResultsImport.Settings.of(first, "e1", "A1", SOURCE).withNewElection("E", "2024", null);
        ResultsImport.intoFile(db, settings, x -> {});
        String sql = "SELECT code, rank, elected FROM candidacy ORDER BY id";
        List<List<String>> before = query(db, sql);
        List<List<String>> citationsBefore = query(db, "SELECT record_kind, record_id FROM citation ORDER BY 1, 2");
        assertThat(before).containsExactly(List.of("e1/S1/A", "1", "1"), List.of("e1/S2/C", "1", "1"));

        Path second = dir.resolve("second.csv");
        Files.writeString(second, "seat,candidate,party,votes\nS1,B,ANP,9\n");
        ResultsReport r = ResultsImport.intoFile(
                db, ResultsImport.Settings.of(second, "e1", "A1", SOURCE).withEditor("Ayesha"), x -> {});
        assertThat(query(db, sql))
                .containsExactly(
                        List.of("e1/S1/A", "2", "0"), List.of("e1/S2/C", "1", "1"), List.of("e1/S1/B", "1", "1"));
        long editId = r.history().editId();
        assertThat(editId).isPositive();
        assertThat(query(
                        db,
                        "SELECT e.label, e.editor, h.kind, h.record, h.action, h.field, h.old, h.new FROM history h"
                                + " JOIN edit e ON e.id = h.edit_id WHERE h.edit_id = " + editId
                                + " AND h.action = 'update' ORDER BY h.id"))
                .containsExactly(
                        List.of(
                                "Import results second.csv",
                                "Ayesha",
                                "candidacy",
                                "e1/S1/A",
                                "update",
                                "rank",
                                "1",
                                "2"),
                        List.of(
                                "Import results second.csv",
                                "Ayesha",
                                "candidacy",
                                "e1/S1/A",
                                "update",
                                "elected",
                                "1",
                                "0"));

        try (Editing editing = Editing.of(Database.openForEditing(db), Clock.systemUTC())) {
            editing.edits().undo(editId, "Ayesha");
        }
        assertThat(query(db, sql))
                .as("every rank as it was, the new result gone")
                .isEqualTo(before);
        assertThat(query(db, "SELECT record_kind, record_id FROM citation ORDER BY 1, 2"))
                .isEqualTo(citationsBefore);
    }

    /** A file sorted by seat is ranked a seat at a time as it is read: the same ranks and winners as in SQL. */
    @Test
    void aFileSortedBySeatIsRankedAsItIsReadWithTheSameRules() throws Exception {
        Path csv = dir.resolve("sorted.csv");
        Files.writeString(
                csv,
                "seat,candidate,party,votes\nS1,A,PPP,5\nS1,B,ANP,9\nS1,B,Independent,0\n"
                        + "S2,C,PPP,7\nS2,D,ANP,7\nS2,E,JIP,1\nS3,F,PPP,0\n");
        Path db = pakistanPartiesDb();
        ResultsReport r = ResultsImport.intoFile(
                db,
                ResultsImport.Settings.of(csv, "e1", "A1", SOURCE)
                        .withNewElection("E", "2024", null)
                        .keepingUnknownLabels(),
                x -> {});
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("1 seat tie for first place (S2)"));
        assertThat(query(db, "SELECT code, rank, elected FROM candidacy ORDER BY id"))
                .containsExactly(
                        List.of("e1/S1/A", "2", "0"),
                        List.of("e1/S1/B", "1", "1"),
                        List.of("e1/S1/B#2", "3", "0"),
                        List.of("e1/S2/C", "1", "0"),
                        List.of("e1/S2/D", "1", "0"),
                        List.of("e1/S2/E", "3", "0"),
                        // alone in its seat: first and elected, even with no votes
                        List.of("e1/S3/F", "1", "1"));
        assertThat(query(db, "SELECT count(*) FROM citation WHERE record_kind = 'candidacy'"))
                .containsExactly(List.of("7"));
    }

    /** Seats larger than a write batch (2,000 rows) are ranked whole, and every row is written once. */
    @Test
    void seatsLargerThanABatchAreRankedWhole() throws Exception {
        StringBuilder b = new StringBuilder("seat,candidate,party,votes\n");
        for (int seat = 1; seat <= 3; seat++) {
            for (int i = 1; i <= 2_500; i++) {
                b.append("S")
                        .append(seat)
                        .append(",C")
                        .append(i)
                        .append(",PPP,")
                        .append(i * seat)
                        .append('\n');
            }
        }
        Path csv = Files.writeString(dir.resolve("big.csv"), b);
        Path db = pakistanPartiesDb();
        ResultsImport.intoFile(
                db, ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null), x -> {});
        assertThat(query(db, "SELECT count(*), sum(elected), max(rank) FROM candidacy"))
                .containsExactly(List.of("7500", "3", "2500"));
        assertThat(query(db, "SELECT code FROM candidacy WHERE elected = 1 ORDER BY code"))
                .containsExactly(List.of("e1/S1/C2500"), List.of("e1/S2/C2500"), List.of("e1/S3/C2500"));
    }

    // --- bad input ---------------------------------------------------------------------------------------

    private ResultsReport refused(String csvText, ResultsImport.Settings base) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.write(csv, csvText.getBytes(StandardCharsets.ISO_8859_1));
        return refused(csv, base);
    }

    private ResultsReport refused(Path csv, ResultsImport.Settings base) throws Exception {
        Path db = pakistanPartiesDb();
        byte[] before = Files.readAllBytes(db);
        ResultsImport.Settings s = base == null
                ? ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null)
                : base;
        ResultsReport[] out = new ResultsReport[1];
        assertThatThrownBy(() -> ResultsImport.intoFile(db, s, x -> {}))
                .isInstanceOfSatisfying(ResultsImport.RefusedException.class, e -> out[0] = e.report());
        // nothing was written: the database keeps every byte
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        return out[0];
    }

    @Test
    void everyBadCellIsListedWithItsLineAndColumnAndNothingIsWritten() throws Exception {
        ResultsReport r = refused(
                "seat,candidate,party,votes\nS1,Ann,PPP,10\nS1,,PPP,ten\n,Bob,ANP,-3\nS2,Cy,ANP,1,234\nS2,Di,ANP,\n",
                null);
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "bad.csv line 3: column B (candidate): the candidate's name is empty",
                        "bad.csv line 3: column D (votes): 'ten' is not a whole number of votes (0 or more)",
                        "bad.csv line 4: column A (seat): the seat is empty",
                        "bad.csv line 4: column D (votes): '-3' is not a whole number of votes (0 or more)",
                        "bad.csv line 6: column D (votes): the votes are empty (0 if none)");
        assertThat(r.summary()).isEqualTo("refused: 5 problems; nothing was written");
    }

    @Test
    void aFailingLastRowLeavesTheDatabaseByteIdentical() throws Exception {
        StringBuilder sb = new StringBuilder("seat,candidate,party,votes\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("S")
                    .append(i % 50)
                    .append(",C")
                    .append(i)
                    .append(",PPP,")
                    .append(i)
                    .append('\n');
        }
        sb.append("S1,Last,PPP,x\n");
        ResultsReport r = refused(sb.toString(), null);
        assertThat(r.problems()).singleElement().extracting(ImportProblem::line).isEqualTo(5002L);
    }

    @Test
    void notUtf8IsRefusedClearly() throws Exception {
        ResultsReport r = refused("seat,candidate,party,votes\nS1,Jos\u00e9,PPP,1\n", null);
        assertThat(r.problems()).singleElement().asString().contains("line 2").contains("not UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, ("\uFEFFseat,candidate,party,votes\nS1,Ann,PPP,1\n").getBytes(StandardCharsets.UTF_8));
        Path db = pakistanPartiesDb();
        ResultsReport r = ResultsImport.intoFile(
                db, ResultsImport.Settings.of(csv, "e1", "A1", SOURCE).withNewElection("E", "2024", null), x -> {});
        assertThat(r.resultsAdded()).isEqualTo(1);
    }

    @Test
    void aDelimiterThatCannotBeToldIsRefused() throws Exception {
        assertThat(refused("seat candidate party votes\nS1 Ann PPP 1\n", null).problems())
                .singleElement()
                .asString()
                .contains("cannot tell how the columns are separated");
        assertThat(refused("seat;candidate,party;votes,x\n", null).problems())
                .singleElement()
                .asString()
                .contains("as many of two delimiters");
    }

    @Test
    void anOversizedCellIsRefused() throws Exception {
        Path csv = dir.resolve("big.csv");
        Files.writeString(csv, "seat,candidate,party,votes\nS1," + "x".repeat(200) + ",PPP,1\n");
        Path db = pakistanPartiesDb();
        ResultsImport.Settings s = ResultsImport.Settings.of(csv, "e1", "A1", SOURCE)
                .withNewElection("E", "2024", null)
                .withLimits(100, new CsvReader.Limits(100, 1000));
        ResultsReport r = refused(csv, s);
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .contains("big.csv line 2: column B (candidate): the cell is longer than 100 characters");
    }

    @Test
    void noSourceNoElectionNameAreRefusedBeforeAnyRow() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "seat,candidate,party,votes\nS1,Ann,PPP,1\n");
        ResultsReport r = refused(csv, ResultsImport.Settings.of(csv, "e9", "A1", ResultsImport.Source.NONE));
        assertThat(r.problems())
                .extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("every imported row cites the file's source"));
        ResultsReport r2 = refused(csv, ResultsImport.Settings.of(csv, "e9", "A1", SOURCE));
        assertThat(r2.problems())
                .extracting(ImportProblem::message)
                .anySatisfy(
                        m -> assertThat(m).startsWith("election 'e9' is not in the database; give --election-name"));
    }

    @Test
    void sniffingPicksTheDelimiterOfTheHeader() throws Exception {
        assertThat(TableInput.sniff("a,b,c\n1;2".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(',');
        assertThat(TableInput.sniff("a;b;\"c,d\"\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(';');
        assertThat(TableInput.sniff("a\tb\n".getBytes(StandardCharsets.UTF_8))).isEqualTo('\t');
    }
}
