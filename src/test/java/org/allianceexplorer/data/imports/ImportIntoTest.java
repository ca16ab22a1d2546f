package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.io.ZipInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import --into: records matched by key; same content skipped, other content a conflict; all or nothing. */
class ImportIntoTest {

    @TempDir
    Path dir;

    private SyntheticBase synthetic;
    private Path db;
    private Path base;

    @BeforeEach
    void database() throws Exception {
        synthetic = SyntheticBase.in(dir);
        db = synthetic.db();
        base = synthetic.dump();
    }

    private static ImportReport into(Path from, Path file, Importer.OnConflict onConflict) throws IOException {
        return DatasetImport.intoFile(
                from, file, Importer.Settings.DEFAULT.withConflicts(onConflict), ZipInput.Limits.DEFAULT, s -> {});
    }

    private Path copyOfBase(String name) throws IOException {
        return synthetic.copyOfDump(name);
    }

    /** Replaces line {@code n} (1 = header) of a file through {@code edit}. */
    private static void editLine(Path file, int n, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(n - 1, edit.apply(lines.get(n - 1)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSameDumpAgainSkipsEveryRecordAndLeavesTheFileAsItWas() throws IOException {
        String hash = DatabaseContent.sha256(db);
        ImportReport r = into(base, db, Importer.OnConflict.REFUSE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isZero();
        assertThat(r.updated()).isZero();
        assertThat(r.skipped()).isGreaterThan(1_000);
        assertThat(DatabaseContent.sha256(db)).isEqualTo(hash);
        assertThat(listing()).containsExactly("base", "db.sqlite");
    }

    @Test
    void otherContentUnderAKnownKeyIsAConflictListedAndNothingIsWritten() throws IOException {
        Path edited = copyOfBase("edited");
        editLine(edited.resolve("deals.csv"), 2, l -> l.replaceFirst(",([^,]*),([^,]*)$", ",changed note,$2"));
        editLine(edited.resolve("parties.csv"), 3, l -> l.replaceFirst("^([^,]*),[^,]*,", "$1,Renamed Party,"));
        editLine(edited.resolve("memberships.csv"), 2, l -> l.substring(0, l.lastIndexOf(',') + 1) + "syn-src-00001");
        String hash = DatabaseContent.sha256(db);
        Throwable t = catchThrowable(() -> into(edited, db, Importer.OnConflict.REFUSE));
        assertThat(t).isInstanceOf(ImportException.class);
        ImportReport r = ((ImportException) t).report();
        assertThat(r.conflictCount()).isEqualTo(3);
        assertThat(r.summary()).contains("3 conflicts").contains("--update");
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .anySatisfy(m -> assertThat(m)
                        .contains(edited.resolve("deals.csv") + " line 2: column A (key): deal 'syn-deal-1'")
                        .contains("note")
                        .contains("'changed note' here"));
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .anySatisfy(m -> assertThat(m)
                        .contains("parties.csv line 3: column A (abbreviation): party 'P0002'")
                        .contains("'Renamed Party' here"));
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .anySatisfy(m -> assertThat(m)
                        .contains("memberships.csv line 2")
                        .contains("sources")
                        .contains("'syn-src-00001' here"));
        assertThat(DatabaseContent.sha256(db)).as("nothing written").isEqualTo(hash);
        assertThat(listing()).containsExactly("base", "db.sqlite", "edited");
    }

    @Test
    void updateTakesTheFolderVersionAndAgainIsSkipped() throws IOException {
        Path edited = copyOfBase("edited");
        editLine(edited.resolve("deals.csv"), 2, l -> l.replaceFirst(",([^,]*),([^,]*)$", ",changed note,$2"));
        editLine(edited.resolve("events.csv"), 2, l -> l.replaceFirst(",P[0-9]{4}(;P[0-9]{4})*,", ",P0001;P0002,"));
        ImportReport r = into(edited, db, Importer.OnConflict.UPDATE);
        assertThat(r.updated()).isEqualTo(2);
        assertThat(r.countsOf(DatasetFormat.File.DEALS).updated()).isEqualTo(1);
        Path after = dir.resolve("after");
        RoundTripTest.dump(db, after);
        assertThat(DatabaseContent.files(after)).isEqualTo(DatabaseContent.files(edited));
        ImportReport again = into(edited, db, Importer.OnConflict.REFUSE);
        assertThat(again.updated() + again.added()).isZero();
    }

    @Test
    void newRecordsAreAddedAndReferToTheDatabasesRecords() throws Exception {
        Path more = Files.createDirectory(dir.resolve("more"));
        Files.writeString(
                more.resolve("manifest.csv"),
                "key,value\nformat,alliance-explorer-dataset\nformat_version,2.0\n" + "name,Another name\n");
        Files.writeString(
                more.resolve("deals.csv"),
                "key,election,seat,assembly,giver,receiver,candidate,candidacy,alliance,"
                        + "note,sources\nnew-deal,syn-1985,NA-1,NA,P0001,P0002,,,,a new deal,syn-src-00001\n");
        Files.writeString(
                more.resolve("claims.csv"),
                "key,deal,date,status,source,note\n" + ",new-deal,1985-01-02,reported,syn-src-00001,\n");
        ImportReport r = into(more, db, Importer.OnConflict.REFUSE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(2);
        try (Database d = Database.openReadOnly(db);
                var st = d.connection().createStatement()) {
            var rs = st.executeQuery("SELECT k.code, d.note FROM deal_claim k JOIN seat_deal d ON d.id = k.deal_id"
                    + " WHERE d.code = 'new-deal'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("derived key").isEqualTo("new-deal/1985-01-02/reported");
            assertThat(rs.getString(2)).isEqualTo("a new deal");
            rs = st.executeQuery("SELECT value FROM meta WHERE key = 'name'");
            rs.next();
            assertThat(rs.getString(1)).as("the database keeps its name").startsWith("Synthetic dataset");
        }
    }

    @Test
    void aPartyInAnotherCaseIsADuplicateNotANewParty() throws IOException {
        Path more = Files.createDirectory(dir.resolve("more"));
        Files.writeString(
                more.resolve("parties.csv"),
                "abbreviation,name,native_name,colour,founded,dissolved,"
                        + "partyfacts_id,country,sources\np0001,Lower case,,,,,,PAK,syn-src-00001\n");
        Throwable t = catchThrowable(() -> into(more, db, Importer.OnConflict.UPDATE));
        assertThat(t).isInstanceOf(ImportException.class).hasMessageContaining("differs only in case from 'P0001'");
    }

    @Test
    void aFileThatIsNotADatabaseOfOursIsRefusedUntouched() throws IOException {
        Path other = dir.resolve("notes.sqlite");
        Files.writeString(other, "not a database");
        Throwable t = catchThrowable(() -> into(base, other, Importer.OnConflict.REFUSE));
        assertThat(t).isInstanceOf(DatabaseException.class).hasMessageContaining("not an SQLite database");
        assertThat(other).hasContent("not a database");
        assertThat(catchThrowable(() -> into(base, dir.resolve("missing.sqlite"), Importer.OnConflict.REFUSE)))
                .hasMessageContaining("no such file")
                .hasMessageContaining("--out");
    }

    @Test
    void aDatabaseWithAJournalBesideItIsRefused() throws IOException {
        Files.writeString(dir.resolve("db.sqlite-journal"), "hot");
        String hash = DatabaseContent.sha256(db);
        assertThat(catchThrowable(() -> into(base, db, Importer.OnConflict.REFUSE)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not closed cleanly");
        assertThat(DatabaseContent.sha256(db)).isEqualTo(hash);
    }
}
