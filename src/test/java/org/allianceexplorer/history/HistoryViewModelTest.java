package org.allianceexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.detail.DetailPage;
import org.allianceexplorer.detail.DetailViewModel;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The History screen lists every change, newest first, and a row opens its record (not a deleted one). */
class HistoryViewModelTest {

    @Test
    void listsEditsNewestFirstAndOpensTheirRecords(@TempDir Path dir) throws Exception {
        Path file = EditFixture.copy(dir.resolve("mine.sqlite"));
        AppState state = new AppState();
        TestDialogs dialogs = new TestDialogs();
        EditCommands edits = new EditCommands(state, TaskRunner.immediate(), dialogs);
        state.sessionProperty().set(Session.of(Database.openReadOnly(file)));
        HistoryViewModel model = new HistoryViewModel(state, TaskRunner.immediate(), dialogs);
        assertThat(model.table().shown()).isEmpty();
        assertThat(model.table().emptyText()).contains("Edit > Edit this database");

        edits.startEditing();
        long source = state.getSession()
                .repositories()
                .sources()
                .sources(org.allianceexplorer.domain.RecordFilter.ALL)
                .get(0)
                .id();
        edits.apply(
                "Adding a party",
                r -> r.add(
                        EditKind.PARTY,
                        Map.of("abbreviation", "TST", "name", "Test Party", "colour", "#123456"),
                        Cite.source(source),
                        "analyst"),
                e -> {});
        assertThat(dialogs.errors).isEmpty();
        edits.apply(
                "Renaming it",
                r -> r.change(
                        EditKind.PARTY,
                        state.getSession()
                                .repositories()
                                .parties()
                                .party("TST")
                                .orElseThrow()
                                .id(),
                        Map.of("name", "Test Party (renamed)"),
                        Cite.source(source),
                        "analyst"),
                e -> {});
        assertThat(dialogs.errors).isEmpty();

        List<HistoryLine> rows = List.copyOf(model.table().shown());
        assertThat(rows).isNotEmpty();
        // newest first: the rename's field change leads
        assertThat(rows.get(0).row().field()).isEqualTo("name");
        assertThat(rows.get(0).row().oldValue()).isEqualTo("Test Party");
        assertThat(rows.get(0).row().newValue()).isEqualTo("Test Party (renamed)");
        assertThat(rows.get(0).row().editor()).isEqualTo("analyst");
        assertThat(rows).extracting(l -> l.row().action()).contains("insert", "update");
        // the table names kinds, fields and changes in the interface's words, not the database's
        assertThat(cell(model, "time", rows.get(0))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(cell(model, "kind", rows.get(0))).isEqualTo("party");
        assertThat(cell(model, "field", rows.get(0))).isEqualTo("Name");
        assertThat(cell(model, "action", rows.get(0))).isEqualTo("changed");
        assertThat(cell(model, "editAction", rows.get(0))).isEqualTo("edit");
        HistoryLine citation = rows.stream()
                .filter(l -> l.row().kind().equals("citation"))
                .findFirst()
                .orElseThrow();
        assertThat(cell(model, "kind", citation)).isEqualTo("citation");
        assertThat(cell(model, "field", citation)).isIn("Record kind", "Record", "Source");
        assertThat(cell(model, "action", citation)).isEqualTo("added");
        HistoryLine citedKind = rows.stream()
                .filter(l ->
                        l.row().kind().equals("citation") && l.row().field().equals("record_kind"))
                .findFirst()
                .orElseThrow();
        assertThat(citedKind.row().newValue()).isEqualTo("party");
        assertThat(cell(model, "field", citedKind)).isEqualTo("Record kind");
        assertThat(cell(model, "new", citedKind)).isEqualTo("party");
        assertThat(citation.row().record()).startsWith("party TST cites source ");
        I18n.use("ur");
        try {
            assertThat(cell(model, "kind", rows.get(0))).isEqualTo("جماعت");
            assertThat(cell(model, "new", citedKind))
                    .as("the kind a citation is of, in words")
                    .isEqualTo("جماعت");
            assertThat(cell(model, "action", rows.get(0))).isEqualTo("تبدیل کیا گیا");
        } finally {
            I18n.use("en");
        }

        // one line per edit: the rename, then the party added with its citation
        model.onePerEditProperty().set(true);
        List<HistoryLine> perEdit = model.table().shown();
        assertThat(perEdit).hasSize(2).allMatch(HistoryLine::wholeEdit);
        assertThat(cell(model, "edit", perEdit.get(0))).isEqualTo("Change party TST");
        assertThat(cell(model, "field", perEdit.get(0))).isEqualTo("1 change");
        assertThat(cell(model, "action", perEdit.get(0))).isEqualTo("changed");
        assertThat(cell(model, "edit", perEdit.get(1))).isEqualTo("Add party TST");
        assertThat(cell(model, "kind", perEdit.get(1))).isEqualTo("party, citation");
        assertThat(cell(model, "record", perEdit.get(1))).isEqualTo("TST and 1 more");
        assertThat(cell(model, "field", perEdit.get(1)))
                .isEqualTo(rows.stream()
                                .filter(l -> l.row().editLabel().equals("Add party TST"))
                                .count()
                        + " changes")
                .isNotEqualTo("1 changes");
        assertThat(cell(model, "old", perEdit.get(1))).isEmpty();
        assertThat(HistoryViewModel.ref(perEdit.get(1)))
                .as("a whole edit opens its first record")
                .isEqualTo(HistoryViewModel.ref(rows.stream()
                        .filter(l -> l.row().editLabel().equals("Add party TST"))
                        .findFirst()
                        .orElseThrow()))
                .isNotNull();
        // Export CSV… in this mode writes the lines as shown: one per edit, with their summaries
        Path csv = dir.resolve("history-per-edit.csv");
        model.table().exportCsv(csv);
        List<String> written = Files.readAllLines(csv);
        assertThat(written).hasSize(3);
        assertThat(written.get(2))
                .contains("Add party TST")
                .contains("\"party, citation\"")
                .contains("TST and 1 more");
        model.onePerEditProperty().set(false);
        assertThat(model.table().shown()).hasSameSizeAs(rows);

        RecordRef opens = HistoryViewModel.ref(rows.get(0));
        assertThat(opens.kind()).isEqualTo(RecordKind.PARTIES);

        // selecting the row opens the party in the detail pane, whose page ends with its history
        model.table().selected(rows.get(0));
        assertThat(state.navigation().getCurrent()).isEqualTo(opens);
        DetailPage page = new DetailViewModel(state, TaskRunner.immediate(), dialogs).getPage();
        DetailPage.Section history = page.section("history").orElseThrow();
        assertThat(history.title()).isEqualTo("History (2 edits)");
        assertThat(history.lines().get(0).text()).contains("analyst").contains("Change party TST");
        assertThat(history.lines().get(0).note()).contains("Name: Test Party \u2192 Test Party (renamed)");
        assertThat(history.lines().get(1).text()).contains("Add party TST");
        assertThat(history.lines().get(1).note()).isEqualTo("added");
        // a record never edited has no history section
        state.navigation().go(new RecordRef(RecordKind.PARTIES, 1, "first"));
        assertThat(new DetailViewModel(state, TaskRunner.immediate(), dialogs)
                        .getPage()
                        .section("history"))
                .isEmpty();
    }

    /** The text the History table shows in the column {@code id} for {@code line}. */
    private static String cell(HistoryViewModel model, String id, HistoryLine line) {
        return model.table().columns().stream()
                .map(c -> c.column())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow()
                .cellText(line);
    }
}
