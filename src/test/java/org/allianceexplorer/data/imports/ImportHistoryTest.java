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
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
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

    private SyntheticBase synthetic;
    private Path db;

    @BeforeEach
    void database() throws Exception {
        synthetic = SyntheticBase.in(dir);
        db = synthetic.db();
    }

    /**
     * The dump with two records changed (the first party renamed and citing a second source; the first event of
     * several parties with another title and one party fewer) and three added (a party, an alliance, its
     * membership of it).
     */
    private Path colleague() throws IOException {
        Path to = synthetic.copyOfDump("colleague");
        String second = secondSource(to);
        rewrite(to.resolve("parties.csv"), (header, rows) -> {
            String[] first = rows.get(0);
            first[header.indexOf("name")] = "Renamed by a colleague";
            first[first.length - 1] = first[first.length - 1] + ";" + second;
            String[] added = rows.get(1).clone();
            added[header.indexOf("abbreviation")] = "NEWP";
            added[header.indexOf("name")] = "A new party";
            rows.add(added);
        });
        rewrite(to.resolve("events.csv"), (header, rows) -> {
            int parties = header.indexOf("parties");
            String[] event = rows.stream()
                    .filter(r -> r[parties].contains(";"))
                    .findFirst()
                    .orElseThrow();
            event[header.indexOf("title")] = "Retitled";
            event[parties] = event[parties].substring(event[parties].indexOf(';') + 1);
        });
        rewrite(to.resolve("alliances.csv"), (header, rows) -> {
            String[] alliance = rows.get(0).clone();
            alliance[header.indexOf("key")] = "NEWA";
            alliance[header.indexOf("abbreviation")] = "NEWA";
            rows.add(alliance);
        });
        rewrite(to.resolve("memberships.csv"), (header, rows) -> {
            String[] m = rows.get(0).clone();
            m[header.indexOf("key")] = "NEWM";
            m[header.indexOf("alliance")] = "NEWA";
            m[header.indexOf("party")] = "NEWP";
            rows.add(m);
        });
        return to;
    }

    /** What {@link #rewrite} does to a file's rows (each split at its commas; the generated files quote nothing). */
    private interface RowEdit {
        void edit(List<String> header, List<String[]> rows);
    }

    private static void rewrite(Path file, RowEdit edit) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.split(",", -1));
        }
        edit.edit(List.of(lines.get(0).split(",", -1)), rows);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        rows.forEach(r -> out.add(String.join(",", r)));
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static String secondSource(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("sources.csv"), StandardCharsets.UTF_8)
                .get(2)
                .split(",", -1)[0];
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
        // the History screen holds every row: a text the rows repeat is held once
        assertThat(rows.get(1).editLabel()).isSameAs(rows.get(0).editLabel());
        assertThat(rows.get(1).time()).isSameAs(rows.get(0).time());
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
        // a citation and an event's party are named by the keys of what they link, the records added included
        assertThat(rows)
                .filteredOn(h -> h.kind().equals("citation") || h.kind().equals("event_party"))
                .extracting(HistoryRow::record)
                .anySatisfy(name -> assertThat(name).startsWith("party NEWP cites source "))
                .allSatisfy(name -> assertThat(name).doesNotContain("#"));

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
        ImportReport same = DatasetImport.intoFile(
                synthetic.dump(), db, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        assertThat(same.added()).isZero();
        assertThat(same.history().editId()).isZero();
        Path fresh = dir.resolve("fresh.sqlite");
        ImportReport made = DatasetImport.toNewFile(
                synthetic.dump(), fresh, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, s -> {});
        assertThat(made.history().editId()).isZero();
        try (Database d = Database.openReadOnly(fresh);
                Statement st = d.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM edit")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
