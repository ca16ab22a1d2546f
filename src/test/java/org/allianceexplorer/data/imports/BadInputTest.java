package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.ZipInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: every problem names the file, line and column and says what is wrong; all of them are
 * listed (up to the cap); and nothing is written unless everything imports.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private Path ds;
    private Path out;
    private final Map<String, List<String>> files = new LinkedHashMap<>();

    @BeforeEach
    void dataset() throws IOException {
        ds = Files.createDirectory(dir.resolve("dataset"));
        out = dir.resolve("out.sqlite");
        files.put(
                "manifest.csv",
                List.of("key,value", "format,alliance-explorer-dataset", "format_version,2.0", "name,Test"));
        files.put("sources.csv", List.of("id,outlet,title,url,published,retrieved,snippet", "s1,Outlet,Title,,2024,,"));
        files.put(
                "parties.csv",
                List.of(
                        "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                        "AAA,Alpha,,#112233,1990,,,PAK,s1",
                        "BBB,Beta,,,,,,PAK,s1"));
        files.put("elections.csv", List.of("key,name,polling_day,country,sources", "e,Election,2024-02-08,PAK,s1"));
        files.put(
                "assemblies.csv",
                List.of("code,name,province,total_seats,general_seats,majority,sources", "NA,National,,10,8,6,s1"));
        files.put("constituencies.csv", List.of("code,name,assembly,province,district,sources", "NA-1,One,NA,,,s1"));
        files.put(
                "deals.csv",
                List.of(
                        "key,election,seat,assembly,giver,receiver,candidate,candidacy,alliance,note,sources",
                        "d1,e,NA-1,NA,AAA,BBB,,,,,s1"));
        files.put("claims.csv", List.of("key,deal,date,status,source,note", "k1,d1,2024-01-05,reported,s1,"));
    }

    private void write(Charset cs) throws IOException {
        for (Map.Entry<String, List<String>> e : files.entrySet()) {
            Files.write(ds.resolve(e.getKey()), (String.join("\n", e.getValue()) + "\n").getBytes(cs));
        }
    }

    private void append(String file, String... rows) {
        List<String> lines = new ArrayList<>(files.get(file));
        lines.addAll(List.of(rows));
        files.put(file, lines);
    }

    private ImportReport importOk() throws IOException {
        write(StandardCharsets.UTF_8);
        ImportReport r = RoundTripTest.importNew(ds, out);
        assertThat(r.problems()).isEmpty();
        assertThat(out).exists();
        return r;
    }

    /** Imports, expecting refusal; checks nothing was written and returns the report. */
    private ImportReport refused(Importer.Settings settings) throws IOException {
        Throwable t =
                catchThrowable(() -> DatasetImport.toNewFile(ds, out, settings, ZipInput.Limits.DEFAULT, s -> {}));
        assertThat(t).isInstanceOf(ImportException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        assertThat(out).as("nothing written").doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .as("no temporary file left")
                    .containsExactly("dataset");
        }
        return ((ImportException) t).report();
    }

    private ImportReport refused() throws IOException {
        write(StandardCharsets.UTF_8);
        return refused(Importer.Settings.DEFAULT);
    }

    private static List<String> messages(ImportReport r) {
        return r.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void theValidDatasetImports() throws IOException {
        assertThat(importOk().added()).isEqualTo(8);
    }

    @Test
    void everyProblemInEveryFileIsListedWithFileLineAndColumn() throws IOException {
        append("parties.csv", "CCC,Gamma,,red,1990-13,,,PAK,s1", "DDD,,,,,,,PAK,nowhere");
        append("deals.csv", "d2,e,NA-9,NA,AAA,ZZZ,,,,,s1", "d3,e,NA-1,NA,AAA,AAA,,,,,s1");
        append("claims.csv", "k2,d1,2024-01-05,rumoured,s1,", "k3,d1,,reported,s1,");
        ImportReport r = refused();
        assertThat(messages(r))
                .containsExactlyInAnyOrder(
                        ds.resolve("parties.csv") + " line 4: column D (colour): not a colour #RRGGBB: 'red'",
                        ds.resolve("parties.csv")
                                + " line 4: column E (founded): not a date: '1990-13' (month must be 01 to 12: 13)",
                        ds.resolve("parties.csv") + " line 5: column B (name): is empty",
                        ds.resolve("parties.csv") + " line 5: column I (sources): unknown source 'nowhere'",
                        ds.resolve("deals.csv") + " line 3: column C (seat): unknown seat 'NA-9' in assembly 'NA'",
                        ds.resolve("deals.csv") + " line 3: column F (receiver): unknown party 'ZZZ'",
                        ds.resolve("deals.csv")
                                + " line 4: column F (receiver): a party cannot make a seat deal with itself (AAA)",
                        ds.resolve("claims.csv")
                                + " line 3: column D (status): 'rumoured' is not one of reported, denied,"
                                + " confirmed, switched, collapsed",
                        ds.resolve("claims.csv") + " line 4: column C (date): is empty (a claim needs a date)");
        assertThat(r.problemCount()).isEqualTo(9);
        assertThat(r.summary()).isEqualTo("import refused, nothing was written: 9 problems");
    }

    @Test
    void aReferenceToARefusedRowIsNotReportedAgain() throws IOException {
        append("deals.csv", "d2,e,NA-1,NA,AAA,NOPE,,,,,s1");
        append("claims.csv", "k2,d2,2024-01-06,denied,s1,");
        assertThat(messages(refused())).singleElement().asString().contains("unknown party 'NOPE'");
    }

    @Test
    void problemsAreListedUpToTheCapAndAllAreCounted() throws IOException {
        for (int i = 0; i < 150; i++) {
            append("parties.csv", "X" + i + ",Name,,,not-a-date,,,PAK,s1");
        }
        ImportReport r = refused();
        assertThat(r.problems()).hasSize(100);
        assertThat(r.problemCount()).isEqualTo(150);
        assertThat(r.summary()).contains("150 problems").contains("the first 100 are listed");
    }

    @Test
    void utf8WithAByteOrderMarkIsRead() throws IOException {
        write(StandardCharsets.UTF_8);
        for (String f : files.keySet()) {
            byte[] b = Files.readAllBytes(ds.resolve(f));
            try (OutputStream o = Files.newOutputStream(ds.resolve(f))) {
                o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                o.write(b);
            }
        }
        assertThat(RoundTripTest.importNew(ds, out).added()).isEqualTo(8);
    }

    @Test
    void utf16IsRefusedNamingTheFile() throws IOException {
        write(StandardCharsets.UTF_8);
        Files.write(
                ds.resolve("parties.csv"),
                (String.join("\n", files.get("parties.csv")) + "\n").getBytes(StandardCharsets.UTF_16));
        assertThat(messages(refused(Importer.Settings.DEFAULT)))
                .first()
                .asString()
                .startsWith(ds.resolve("parties.csv") + " line 1: the file is UTF-16 text")
                .contains("save it as UTF-8");
    }

    @Test
    void latin1IsRefusedNamingTheLine() throws IOException {
        append("parties.csv", "CCC,Caf\u00e9 Party,,,,,,PAK,s1");
        write(Charset.forName("ISO-8859-1"));
        assertThat(messages(refused(Importer.Settings.DEFAULT)))
                .singleElement()
                .asString()
                .startsWith(ds.resolve("parties.csv")
                        + " line 4: column B (name): line 4 has byte 0xE9, which is not UTF-8");
    }

    @Test
    void semicolonAndTabSeparatedFilesAreReadAndSaid() throws IOException {
        write(StandardCharsets.UTF_8);
        Files.writeString(
                ds.resolve("parties.csv"),
                String.join("\n", files.get("parties.csv")).replace(',', ';') + "\n");
        Files.writeString(
                ds.resolve("elections.csv"),
                String.join("\n", files.get("elections.csv")).replace(',', '\t') + "\n");
        ImportReport r = RoundTripTest.importNew(ds, out);
        assertThat(r.added()).isEqualTo(8);
        assertThat(r.notes())
                .anySatisfy(n -> assertThat(n).contains("parties.csv").contains("semicolon-separated"))
                .anySatisfy(n -> assertThat(n).contains("elections.csv").contains("tab-separated"));
    }

    @Test
    void anOversizedCellIsRefused() throws IOException {
        append("parties.csv", "CCC,\"" + "x".repeat(2_000) + "\",,,,,,PAK,s1");
        write(StandardCharsets.UTF_8);
        ImportReport r = refused(
                new Importer.Settings(Importer.OnConflict.REFUSE, 100, new CsvReader.Limits(1_000, 100), true, null));
        assertThat(messages(r))
                .singleElement()
                .asString()
                .isEqualTo(ds.resolve("parties.csv")
                        + " line 4: column B (name): the cell is longer than 1,000 characters");
    }

    @Test
    void aRowWithTooManyCellsIsRefused() throws IOException {
        append("claims.csv", "k2,d1,2024-01-06,denied,s1,a note, with a comma");
        assertThat(messages(refused()))
                .singleElement()
                .asString()
                .isEqualTo(
                        ds.resolve("claims.csv") + " line 3: column G: the row has 7 cells, the header 6 (a comma too"
                                + " many, or text with a comma that needs quotes)");
    }

    @Test
    void anUnknownColumnAndAMissingColumnAreRefused() throws IOException {
        files.put(
                "elections.csv", List.of("key,name,polling_day,country,sources,comment", "e,Election,2024,PAK,s1,hi"));
        files.put("constituencies.csv", List.of("code,name,assembly,province,district", "NA-1,One,NA,,"));
        List<String> m = messages(refused());
        assertThat(m)
                .anySatisfy(s -> assertThat(s)
                        .startsWith(ds.resolve("elections.csv") + " line 1: column F (comment):"
                                + " unknown column 'comment'"));
        assertThat(m)
                .anySatisfy(s -> assertThat(s)
                        .startsWith(ds.resolve("constituencies.csv") + " line 1: the header lacks the column sources"));
    }

    @Test
    void aNewerMajorVersionIsRefusedAndANewerMinorReadIgnoringWhatItAdds() throws IOException {
        files.put("manifest.csv", List.of("key,value", "format,alliance-explorer-dataset", "format_version,3.0"));
        assertThat(messages(refused()))
                .singleElement()
                .asString()
                .contains("format 3.0")
                .contains("update Alliance Explorer");
        files.put("manifest.csv", List.of("key,value", "format,alliance-explorer-dataset", "format_version,2.7"));
        files.put(
                "elections.csv", List.of("key,name,polling_day,country,sources,turnout", "e,Election,2024,PAK,s1,51"));
        ImportReport r = importOk();
        assertThat(r.notes())
                .anySatisfy(n -> assertThat(n).contains("2.7").contains("newer"))
                .anySatisfy(n -> assertThat(n).contains("'turnout'").contains("ignored"));
    }

    @Test
    void aManifestOfAnotherFormatIsRefused() throws IOException {
        files.put("manifest.csv", List.of("key,value", "format,someone-elses", "format_version,2.0"));
        assertThat(messages(refused())).singleElement().asString().contains("someone-elses");
    }

    @Test
    void aFolderWithoutADatasetIsRefused() throws IOException {
        files.clear();
        Files.writeString(ds.resolve("holiday.txt"), "not data");
        assertThat(messages(refused())).singleElement().asString().contains("holds no dataset");
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        append("deals.csv", "d1,e,NA-1,NA,BBB,AAA,,,,,s1");
        assertThat(messages(refused()))
                .singleElement()
                .asString()
                .isEqualTo(ds.resolve("deals.csv") + " line 3: column A (key): duplicate deal 'd1': an earlier row has"
                        + " the same key");
    }

    // --- archives ---------------------------------------------------------------------------------

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path z = dir.resolve("in.zip");
        try (OutputStream o = Files.newOutputStream(z);
                ZipOutputStream zo = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        return z;
    }

    private Map<String, byte[]> entries(String prefix) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : files.entrySet()) {
            m.put(prefix + e.getKey(), (String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void aZipOfTheFolderImportsAndItsProblemsNameTheArchive() throws Exception {
        Path z = zip(entries("my-dataset/"));
        Path db = dir.resolve("z.sqlite");
        assertThat(RoundTripTest.importNew(z, db).added()).isEqualTo(8);
        append("parties.csv", "CCC,Gamma,,red,,,,PAK,s1");
        Path bad = zip(entries(""));
        Throwable t = catchThrowable(() -> RoundTripTest.importNew(bad, dir.resolve("z2.sqlite")));
        assertThat(((ImportException) t).report().problems())
                .singleElement()
                .asString()
                .startsWith(bad + "/parties.csv line 4: column D (colour)");
    }

    @Test
    void aZipSlipIsRefusedAndNothingIsWrittenAnywhere() throws IOException {
        Map<String, byte[]> m = entries("");
        m.put("../escaped.csv", "gotcha".getBytes(StandardCharsets.UTF_8));
        Path z = zip(m);
        Throwable t = catchThrowable(() -> RoundTripTest.importNew(z, out));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("zip slip");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("escaped.csv")).doesNotExist();
        assertThat(dir.getParent().resolve("escaped.csv")).doesNotExist();
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Map<String, byte[]> m = entries("");
        byte[] bomb = new byte[30 << 20];
        Arrays.fill(bomb, (byte) 'a');
        m.put("sources.csv", bomb);
        Path z = zip(m);
        Throwable t = catchThrowable(() -> RoundTripTest.importNew(z, out));
        assertThat(t).isInstanceOf(ZipInput.RefusedException.class).hasMessageContaining("zip bomb");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatIsNeitherFolderNorZipIsRefusedClearly() throws IOException {
        Path csv = dir.resolve("results.csv");
        Files.writeString(csv, "a,b\n");
        assertThat(catchThrowable(() -> RoundTripTest.importNew(csv, out)))
                .isInstanceOf(ImportSource.ImportSourceException.class)
                .hasMessageContaining("not a dataset folder");
        assertThat(catchThrowable(() -> RoundTripTest.importNew(dir.resolve("nowhere"), out)))
                .hasMessageContaining("no such folder or file");
    }

    @Test
    void hostileTextInAnErrorIsQuotedNotRun() throws IOException {
        append("deals.csv", "d2,e,NA-1,NA,AAA,'; DROP TABLE party; --,,,,,s1");
        // the cell is the text '; DROP TABLE party; -- (its apostrophe is not a formula guard: ; is no formula)
        assertThat(messages(refused()))
                .singleElement()
                .asString()
                .endsWith("column F (receiver): unknown party ''; DROP TABLE party; --'");
    }

    @Test
    void badPartyResultsAreEachNamedByLineAndColumn() throws IOException {
        files.put(
                "party_results.csv",
                List.of(
                        "key,election,assembly,party,votes,vote_share,seats,sources",
                        "r1,e,NA,AAA,100,24.27,,s1",
                        "r2,e,NA,CCC,100,101,3,s1",
                        "r3,e,NA,BBB,-1,1.5,5,s1",
                        "r4,e,NA,BBB,10,1e2,x,s1"));
        List<String> m = messages(refused());
        assertThat(m).hasSize(5);
        assertThat(m.get(0))
                .contains("/party_results.csv line 3: column D (party): ")
                .contains("CCC");
        assertThat(m.get(1)).contains("/party_results.csv line 3: column F (vote_share): must be a percentage");
        assertThat(m.get(2)).contains("/party_results.csv line 4: column E (votes): must be 0 or more");
        assertThat(m.get(3)).contains("/party_results.csv line 5: column F (vote_share): not a decimal number: '1e2'");
        assertThat(m.get(4)).contains("/party_results.csv line 5: column G (seats): not a whole number");
    }

    @Test
    void aPartyResultMayLeaveItsSeatsUnknown() throws Exception {
        files.put(
                "party_results.csv",
                List.of("key,election,assembly,party,votes,vote_share,seats,sources", "r1,e,NA,AAA,100,24.27,,s1"));
        assertThat(importOk().added()).isPositive();
        try (org.allianceexplorer.data.Database d = org.allianceexplorer.data.Database.openReadOnly(out);
                java.sql.Statement st = d.connection().createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT votes, vote_share, seats FROM party_result")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(100);
            assertThat(rs.getDouble(2)).isEqualTo(24.27);
            assertThat(rs.getObject(3)).isNull();
        }
    }
}
