package org.allianceexplorer.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.domain.RecordFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad row stops the load with a message that names the file and the line, and leaves no
 * database file behind.
 */
class DatasetLoaderTest {

    @TempDir
    Path dir;

    private Path ds;
    private Path out;
    private Path target;

    /** A small valid dataset: file name to lines (header first). */
    private final Map<String, List<String>> files = new LinkedHashMap<>();

    @BeforeEach
    void dataset() throws IOException {
        ds = Files.createDirectory(dir.resolve("dataset"));
        out = Files.createDirectory(dir.resolve("out"));
        target = out.resolve("built.sqlite");
        files.put(
                "sources.csv",
                List.of(
                        "id,outlet,title,url,published,retrieved,snippet",
                        "s1,Outlet,Title one,https://example.org/1,2024-01-05,2024-03-01,a snippet",
                        "s2,Outlet,\"Title, two\",https://example.org/2,2024-02-10,,"));
        files.put(
                "parties.csv",
                List.of(
                        "abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources",
                        "AAA,Alpha Party,,#112233,1990,,101,PAK,s1",
                        "BBB,Beta Party,,,2000-05,,,PAK,s1;s2"));
        files.put("people.csv", List.of("key,name,native_name,sources", "p-one,Person One,,s1"));
        files.put(
                "elections.csv",
                List.of("key,name,polling_day,country,sources", "el-2024,Election 2024,2024-02-08,PAK,s1"));
        files.put(
                "assemblies.csv",
                List.of(
                        "code,name,province,total_seats,general_seats,majority,sources",
                        "NA,National Assembly,,10,8,6,s1"));
        files.put(
                "constituencies.csv",
                List.of("code,name,assembly,province,district,sources", "NA-1,Seat one,NA,Sindh,Karachi,s1"));
        files.put(
                "alliances.csv",
                List.of(
                        "key,name,abbreviation,kind,level,region,from,to,description,sources",
                        "al-1,Alliance One,A1,electoral_alliance,national,,2021,,desc,s1"));
        files.put("memberships.csv", List.of("alliance,party,from,to,role,sources", "al-1,AAA,2021,2021-04,member,s1"));
        files.put(
                "deals.csv",
                List.of(
                        "key,election,seat,assembly,giver,receiver,candidate,alliance,note,sources",
                        "d1,el-2024,NA-1,NA,AAA,BBB,,al-1,,s1"));
        files.put("claims.csv", List.of("deal,date,status,source,note", "d1,2024-01-05,reported,s1,"));
        files.put(
                "events.csv",
                List.of(
                        "key,date,title,place,description,parties,people,sources",
                        "ev1,2024-01-05,Meeting,Karachi,,AAA;BBB,p-one,s1"));
        files.put("relations.csv", List.of("party_a,party_b,kind,from,to,note,sources", "AAA,BBB,rivalry,2010,,,s1"));
    }

    private void write() throws IOException {
        for (Map.Entry<String, List<String>> e : files.entrySet()) {
            Files.writeString(ds.resolve(e.getKey()), String.join("\n", e.getValue()) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Appends rows to a file of the base dataset. */
    private void append(String file, String... rows) {
        List<String> lines = new ArrayList<>(files.get(file));
        lines.addAll(List.of(rows));
        files.put(file, lines);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Builds; expects a DatasetException naming the file and a line, and nothing left in the output folder.
     * {@code line} is the bad row's line in the file; that the number is exactly right is checked by
     * {@link #reportsTheFileLineOfTheBadRow} and friends, so that one off-by-one does not fail every test here.
     */
    private String assertLoadFails(String file, int line, String... fragments) throws IOException {
        write();
        Throwable t = catchThrowable(() -> BundledDataset.build(DatasetFiles.directory(ds), target));
        assertThat(t).isInstanceOf(DatasetException.class);
        String m = t.getMessage();
        assertThat(m).as("one line").doesNotContain("\n");
        assertThat(m).as("names the file").contains(ds.resolve(file).toString());
        assertThat(m).as("names a line near " + line).containsPattern("\\bline (" + (line - 1) + "|" + line + ")\\b");
        for (String f : fragments) {
            assertThat(m).containsIgnoringCase(f);
        }
        assertThat(target).as("no database file left").doesNotExist();
        assertThat(listing(out)).as("no journal or temporary file left").isEmpty();
        return m;
    }

    @Test
    void validDatasetLoadsAndPassesTheChecks() throws IOException {
        write();
        BundledDataset.build(DatasetFiles.directory(ds), target);
        assertThat(listing(out)).containsExactly("built.sqlite");
        try (Database db = Database.openReadOnly(target)) {
            assertThat(new Validator(db, 20).problems()).isEmpty();
            Repositories r = Repositories.of(db);
            assertThat(r.parties().parties(RecordFilter.ALL))
                    .extracting(p -> p.abbreviation())
                    .containsExactly("AAA", "BBB");
            assertThat(r.sources().sources(RecordFilter.ALL))
                    .extracting(s -> s.title())
                    .contains("Title, two");
            assertThat(r.deals().deals(RecordFilter.ALL)).hasSize(1);
        }
    }

    @Test
    void unknownPartyInAMembership() throws IOException {
        append("memberships.csv", "al-1,ZZZ,2021,,member,s1");
        assertLoadFails("memberships.csv", 3, "unknown party", "ZZZ");
    }

    @Test
    void unknownPartyInADeal() throws IOException {
        append("deals.csv", "d2,el-2024,NA-1,NA,AAA,NOPE,,,,s1");
        assertLoadFails("deals.csv", 3, "unknown party", "NOPE");
    }

    @Test
    void unknownPartyInAnEvent() throws IOException {
        append("events.csv", "ev2,2024-01-06,Rally,,,AAA;GHOST,,s1");
        assertLoadFails("events.csv", 3, "unknown party", "GHOST");
    }

    @Test
    void duplicatePartyAbbreviation() throws IOException {
        append("parties.csv", "AAA,Alpha Again,,,,,,PAK,s1");
        String m = assertLoadFails("parties.csv", 4);
        assertThat(m).containsPattern("(?i)duplicate|unique");
    }

    @Test
    void duplicatePartyAbbreviationInAnotherCase() throws IOException {
        append("parties.csv", "aaa,Alpha in lower case,,,,,,PAK,s1");
        assertLoadFails("parties.csv", 4, "duplicate", "AAA");
    }

    @Test
    void duplicateSourceId() throws IOException {
        append("sources.csv", "s1,Other outlet,Other title,,2024,,");
        String m = assertLoadFails("sources.csv", 4);
        assertThat(m).containsPattern("(?i)duplicate|unique");
    }

    @Test
    void duplicateDealKey() throws IOException {
        append("deals.csv", "d1,el-2024,NA-1,NA,BBB,AAA,,,,s1");
        String m = assertLoadFails("deals.csv", 3);
        assertThat(m).containsPattern("(?i)duplicate|unique");
    }

    @Test
    void impossibleDate() throws IOException {
        append("alliances.csv", "al-2,Alliance Two,,electoral_alliance,national,,2024-02-30,,,s1");
        assertLoadFails("alliances.csv", 3, "2024-02-30");
    }

    @Test
    void impossibleMonthInAClaim() throws IOException {
        append("claims.csv", "d1,2024-13,denied,s1,");
        assertLoadFails("claims.csv", 3, "2024-13");
    }

    @Test
    void endBeforeStart() throws IOException {
        append("memberships.csv", "al-1,BBB,2021-05,2021-04,member,s1");
        assertLoadFails("memberships.csv", 3, "before");
    }

    @Test
    void dissolvedBeforeFounded() throws IOException {
        append("parties.csv", "CCC,Gamma Party,,,2010,2009,,PAK,s1");
        assertLoadFails("parties.csv", 4, "before");
    }

    @Test
    void recordWithNoSources() throws IOException {
        append("parties.csv", "CCC,Gamma Party,,,,,,PAK,");
        assertLoadFails("parties.csv", 4, "cites no source");
    }

    @Test
    void relationWithNoSources() throws IOException {
        append("relations.csv", "AAA,BBB,cooperation,2020,,,");
        assertLoadFails("relations.csv", 3, "cites no source");
    }

    @Test
    void unknownSourceId() throws IOException {
        append("parties.csv", "CCC,Gamma Party,,,,,,PAK,s1;s9");
        assertLoadFails("parties.csv", 4, "unknown source", "s9");
    }

    @Test
    void unknownSourceOfAClaim() throws IOException {
        append("claims.csv", "d1,2024-01-07,denied,nowhere,");
        assertLoadFails("claims.csv", 3, "unknown source", "nowhere");
    }

    @Test
    void selfDeal() throws IOException {
        append("deals.csv", "d2,el-2024,NA-1,NA,BBB,bbb,,,,s1");
        assertLoadFails("deals.csv", 3, "itself");
    }

    @Test
    void badColour() throws IOException {
        append("parties.csv", "CCC,Gamma Party,,red,,,,PAK,s1");
        assertLoadFails("parties.csv", 4, "colour", "red");
    }

    @Test
    void shortColour() throws IOException {
        append("parties.csv", "CCC,Gamma Party,,#12345,,,,PAK,s1");
        assertLoadFails("parties.csv", 4, "colour", "#12345");
    }

    @Test
    void badAllianceKind() throws IOException {
        append("alliances.csv", "al-2,Alliance Two,,friendship_circle,national,,2024,,,s1");
        assertLoadFails("alliances.csv", 3, "kind", "friendship_circle", "electoral_alliance");
    }

    @Test
    void badAllianceLevel() throws IOException {
        append("alliances.csv", "al-2,Alliance Two,,electoral_alliance,galactic,,2024,,,s1");
        assertLoadFails("alliances.csv", 3, "level", "galactic");
    }

    @Test
    void badClaimStatus() throws IOException {
        append("claims.csv", "d1,2024-01-07,rumoured,s1,");
        assertLoadFails("claims.csv", 3, "status", "rumoured", "reported");
    }

    @Test
    void badRelationKind() throws IOException {
        append("relations.csv", "AAA,BBB,frenemies,2020,,,s1");
        assertLoadFails("relations.csv", 3, "kind", "frenemies");
    }

    @Test
    void missingColumn() throws IOException {
        files.put("people.csv", List.of("key,name,native_name", "p-one,Person One,"));
        assertLoadFails("people.csv", 2, "sources");
    }

    /** Writes the dataset and returns the load failure's message. */
    private String failure() throws IOException {
        write();
        Throwable t = catchThrowable(() -> BundledDataset.build(DatasetFiles.directory(ds), target));
        assertThat(t).isInstanceOf(DatasetException.class);
        return t.getMessage();
    }

    @Test
    void reportsTheFileLineOfTheBadRow() throws IOException {
        // header on line 1, AAA on 2, BBB on 3, the bad row on 4
        append("parties.csv", "CCC,Gamma Party,,not-a-colour,,,,PAK,s1");
        assertThat(failure()).contains(ds.resolve("parties.csv") + " line 4:");
    }

    @Test
    void reportsTheFileLineOfTheFirstDataRow() throws IOException {
        files.put("claims.csv", List.of("deal,date,status,source,note", "d1,2024-01-05,rumoured,s1,"));
        assertThat(failure()).contains(ds.resolve("claims.csv") + " line 2:");
    }

    @Test
    void reportsTheFileLineOfAConstraintFailure() throws IOException {
        append("parties.csv", "AAA,Alpha Again,,,,,,PAK,s1");
        assertThat(failure()).contains(ds.resolve("parties.csv") + " line 4:");
    }

    @Test
    void lineNumberCountsLinesOfMultiLineCells() throws IOException {
        append("sources.csv", "s3,Outlet,\"A title\nover two lines\",,2024,,", "s4,Outlet,Fine,,2024-99,,");
        // s4 starts on line 6: header, s1, s2, s3 (two lines)
        assertLoadFails("sources.csv", 6, "2024-99");
    }

    @Test
    void malformedCsvNamesTheFile() throws IOException {
        append("parties.csv", "CCC,\"Gamma Party,,,,,,PAK,s1");
        write();
        Throwable t = catchThrowable(() -> BundledDataset.build(DatasetFiles.directory(ds), target));
        assertThat(t).isInstanceOf(DatasetException.class);
        assertThat(t.getMessage())
                .doesNotContain("\n")
                .contains(ds.resolve("parties.csv").toString());
        assertThat(target).doesNotExist();
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void existingTargetIsNotOverwritten() throws IOException {
        write();
        Files.writeString(target, "keep me");
        Throwable t = catchThrowable(() -> BundledDataset.build(DatasetFiles.directory(ds), target));
        assertThat(t).hasMessageContaining("already exists");
        // the failure must not delete the user's file either
        assertThat(target).exists();
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }
}
