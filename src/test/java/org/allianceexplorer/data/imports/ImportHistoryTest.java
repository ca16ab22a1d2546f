package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.io.ZipInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into an existing database is one edit of its history: what it added and the fields it changed, under
 * the editor's name; Undo takes it back whole (every record as it was before), Redo makes it again.
 */
class ImportHistoryTest {

    @TempDir
    Path dir;

    private Path db;
    private Path base;

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("db.sqlite");
        SyntheticDatabase.generate(db, new SyntheticDatabase.Size(12, 200), 5);
        base = dir.resolve("base");
        RoundTripTest.dump(db, base);
    }

    /**
     * The dump with two records changed (the first party renamed and citing a second source; the first event of
     * several parties with another title and one party fewer) and three added (a party, an alliance, its
     * membership of it).
     */
    private Path colleague() throws IOException {
        Path to = Files.createDirectory(dir.resolve("colleague"));
        try (Stream<Path> s = Files.list(base)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        List<String> parties = lines(to.resolve("parties.csv"));
        String[] first = parties.get(1).split(",", -1);
        first[1] = "Renamed by a colleague";
        first[first.length - 1] = first[first.length - 1] + ";" + secondSource(to);
        parties.set(1, String.join(",", first));
        String[] added = parties.get(2).split(",", -1);
        added[0] = "NEWP";
        added[1] = "A new party";
        parties.add(String.join(",", added));
        Files.write(to.resolve("parties.csv"), parties, StandardCharsets.UTF_8);
        List<String> events = lines(to.resolve("events.csv"));
        List<String> header = List.of(events.get(0).split(",", -1));
        int partiesColumn = header.indexOf("parties");
        int linked = 1;
        while (!events.get(linked).split(",", -1)[partiesColumn].contains(";")) {
            linked++;
        }
        String[] event = events.get(linked).split(",", -1);
        event[header.indexOf("title")] = "Retitled";
        String[] eventParties = event[partiesColumn].split(";");
        assertThat(eventParties.length)
                .as("the first event links more than one party")
                .isGreaterThan(1);
        event[partiesColumn] = String.join(";", List.of(eventParties).subList(1, eventParties.length));
        events.set(linked, String.join(",", event));
        Files.write(to.resolve("events.csv"), events, StandardCharsets.UTF_8);
        List<String> alliances = lines(to.resolve("alliances.csv"));
        String[] alliance = alliances.get(1).split(",", -1);
        alliance[0] = "NEWA";
        alliance[2] = "NEWA";
        alliances.add(String.join(",", alliance));
        Files.write(to.resolve("alliances.csv"), alliances, StandardCharsets.UTF_8);
        List<String> memberships = lines(to.resolve("memberships.csv"));
        List<String> mHeader = List.of(memberships.get(0).split(",", -1));
        String[] m = memberships.get(1).split(",", -1);
        m[0] = "NEWM";
        m[mHeader.indexOf("alliance")] = "NEWA";
        m[mHeader.indexOf("party")] = "NEWP";
        memberships.add(String.join(",", m));
        Files.write(to.resolve("memberships.csv"), memberships, StandardCharsets.UTF_8);
        return to;
    }

    private static String secondSource(Path folder) throws IOException {
        return lines(folder.resolve("sources.csv")).get(2).split(",", -1)[0];
    }

    private static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Every record of the database, without the history. */
    private static Map<String, List<String>> records(Path file) throws SQLException {
        Map<String, List<String>> all = DatabaseContent.of(file);
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : Database.RECORD_TABLES) {
            out.put(t, all.get(t));
        }
        return out;
    }

    private ImportReport importColleague(String editor) throws IOException {
        return DatasetImport.intoFile(
                colleague(),
                db,
                Importer.Settings.DEFAULT
                        .withConflicts(Importer.OnConflict.UPDATE)
                        .withEditor(editor),
                ZipInput.Limits.DEFAULT,
                s -> {});
    }

    private List<HistoryRow> history() {
        try (Database d = Database.openReadOnly(db)) {
            List<HistoryRow> rows = new ArrayList<>();
            Repositories.of(d).history().forEachHistory(rows::add);
            return rows;
        }
    }

    @Test
    void anImportIntoADatabaseIsOneEditThatUndoTakesBackWholeAndRedoMakesAgain() throws Exception {
        Map<String, List<String>> before = records(db);
        ImportReport r = importColleague("Ayesha");
        assertThat(r.added()).isEqualTo(3);
        assertThat(r.updated()).isEqualTo(2);
        Map<String, List<String>> imported = records(db);
        assertThat(imported).isNotEqualTo(before);

        long editId = r.history().editId();
        assertThat(editId).isPositive();
        assertThat(r.history().label()).isEqualTo("Import colleague");
        List<HistoryRow> rows = history();
        assertThat(rows).allSatisfy(h -> {
            assertThat(h.editId()).isEqualTo(editId);
            assertThat(h.editor()).isEqualTo("Ayesha");
            assertThat(h.editLabel()).isEqualTo("Import colleague");
            assertThat(h.editAction()).isEqualTo("edit");
        });
        assertThat(rows)
                .filteredOn(h -> h.kind().equals("party") && h.action().equals("update"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.field()).isEqualTo("name");
                    assertThat(h.newValue()).isEqualTo("Renamed by a colleague");
                    assertThat(h.oldValue()).isNotEqualTo("Renamed by a colleague");
                });
        assertThat(rows)
                .filteredOn(h -> h.kind().equals("party")
                        && h.action().equals("insert")
                        && h.field().equals("abbreviation"))
                .extracting(HistoryRow::newValue)
                .containsExactly("NEWP");
        assertThat(rows)
                .filteredOn(h -> h.kind().equals("event_party") && h.action().equals("delete"))
                .isNotEmpty();
        assertThat(rows)
                .filteredOn(h -> h.kind().equals("citation") && h.action().equals("insert"))
                .extracting(HistoryRow::field)
                .contains("record_kind", "record_id", "source_id");

        try (Editing editing = Editing.of(Database.openForEditing(db), Clock.systemUTC())) {
            Edit undone = editing.edits().undo(editId, "Ayesha");
            assertThat(undone.label()).isEqualTo("Undo Import colleague");
        }
        assertThat(records(db)).as("every record as it was before the import").isEqualTo(before);

        try (Editing editing = Editing.of(Database.openForEditing(db), Clock.systemUTC())) {
            editing.edits().redo(editId, "Ayesha");
        }
        assertThat(records(db)).as("the import made again").isEqualTo(imported);
    }

    @Test
    void undoIsRefusedWhenARecordTheImportAddedWasChangedSince() throws Exception {
        ImportReport r = importColleague(null);
        assertThat(history()).allSatisfy(h -> assertThat(h.editor()).isEqualTo(Editing.defaultEditor()));
        Map<String, List<String>> imported;
        try (Database d = Database.openForEditing(db);
                Statement st = d.connection().createStatement()) {
            st.executeUpdate("UPDATE party SET name = 'Changed after' WHERE abbreviation = 'NEWP'");
        }
        imported = records(db);
        try (Editing editing = Editing.of(Database.openForEditing(db), Clock.systemUTC())) {
            assertThatThrownBy(() -> editing.edits().undo(r.history().editId(), "me"))
                    .hasMessageContaining("NEWP")
                    .hasMessageContaining("changed since");
        }
        assertThat(records(db)).as("a refused undo writes nothing").isEqualTo(imported);
    }

    @Test
    void anImportThatAddsNothingAndAnImportIntoANewFileAreNotInAHistory() throws Exception {
        ImportReport same =
                DatasetImport.intoFile(base, db, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        assertThat(same.added()).isZero();
        assertThat(same.history().editId()).isZero();
        Path fresh = dir.resolve("fresh.sqlite");
        ImportReport made =
                DatasetImport.toNewFile(base, fresh, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        assertThat(made.history().editId()).isZero();
        try (Database d = Database.openReadOnly(fresh);
                Statement st = d.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM edit")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
