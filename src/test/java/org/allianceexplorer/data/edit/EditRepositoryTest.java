package org.allianceexplorer.data.edit;

import static org.allianceexplorer.data.edit.EditFixture.content;
import static org.allianceexplorer.data.edit.EditFixture.id;
import static org.allianceexplorer.data.edit.EditFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Validator;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Dependents;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.domain.edit.UndoStack;
import org.allianceexplorer.testing.Engine;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The edit service on a copy of the bundled dataset: add, change, delete, history, undo and redo. */
@ParameterizedClass
@EnumSource(Engine.class)
class EditRepositoryTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Editing editing;
    private EditRepository edits;
    private org.allianceexplorer.data.Repositories repos;
    private long source;

    @BeforeEach
    void open() throws Exception {
        editing = EditFixture.open(engine, dir);
        edits = editing.edits();
        repos = org.allianceexplorer.data.Repositories.of(editing.database());
        source = id(editing.database(), "SELECT min(id) FROM source");
    }

    @AfterEach
    void close() throws Exception {
        if (editing == null) {
            return; // the engine's setup was skipped (no PostgreSQL server for the tests)
        }
        // nothing dangles, whatever the test did
        assertThat(EditFixture.danglingForeignKeys(editing.database())).isEmpty();
        editing.close();
    }

    private List<String> checkProblems() {
        return new Validator(editing.database(), 50)
                .problems().stream().map(Object::toString).toList();
    }

    @Test
    void addingAPartyCommitsItWithItsCitationAndRecordsEveryField() throws Exception {
        List<String> problemsBefore = checkProblems();
        Edit e = edits.add(
                EditKind.PARTY,
                Map.of("abbreviation", "NEWP", "name", "New Party", "colour", "#12ab34", "founded", "2023-05"),
                Cite.source(source),
                "ayesha");
        long id = e.insertedId("party");
        assertThat(e.label()).isEqualTo("Add party NEWP");
        assertThat(text(
                        editing.database(),
                        "SELECT name || ' ' || colour || ' ' || founded FROM party WHERE id = ?",
                        id))
                .isEqualTo("New Party #12AB34 2023-05");
        assertThat(id(
                        editing.database(),
                        "SELECT count(*) FROM citation WHERE record_kind = 'party' AND record_id = ?",
                        id))
                .isEqualTo(1);
        List<HistoryRow> h = repos.history().history(EditKind.PARTY, id);
        assertThat(h).extracting(HistoryRow::field).containsExactly("abbreviation", "name", "colour", "founded");
        assertThat(h).allSatisfy(r -> {
            assertThat(r.time()).isEqualTo("2026-03-01T09:30:15Z");
            // on a team database the history names the database user, whatever name the edit was given
            assertThat(r.editor())
                    .isEqualTo(
                            engine == Engine.SQLITE
                                    ? "ayesha"
                                    : TestServer.address().user());
            assertThat(r.action()).isEqualTo("insert");
            assertThat(r.record()).isEqualTo("NEWP");
            assertThat(r.oldValue()).isNull();
            assertThat(r.editId()).isEqualTo(e.id());
        });
        assertThat(checkProblems()).isEqualTo(problemsBefore);
    }

    @Test
    void aNewFactWithoutASourceIsRefusedAndNothingIsWritten() throws Exception {
        List<String> before = content(editing.database());
        EditRejected r = catchThrowableOfType(
                () -> edits.add(EditKind.PARTY, Map.of("abbreviation", "X1", "name", "X"), null, "a"),
                EditRejected.class);
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("source");
        assertThat(content(editing.database())).isEqualTo(before);
        assertThat(id(editing.database(), "SELECT count(*) FROM edit")).isZero();
    }

    @Test
    void fieldProblemsNameTheirFields() {
        EditRejected r = catchThrowableOfType(
                () -> edits.add(
                        EditKind.PARTY,
                        Map.of(
                                "abbreviation",
                                " ",
                                "name",
                                "X",
                                "colour",
                                "red",
                                "founded",
                                "2020",
                                "dissolved",
                                "2019-02",
                                "partyfacts_id",
                                "-3"),
                        Cite.source(source),
                        "a"),
                EditRejected.class);
        assertThat(r.problems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("abbreviation", "colour", "partyfacts_id", "dissolved");
        assertThat(r.getMessage()).contains("colour: Colour: 'red' is not a colour");
    }

    @Test
    void aTakenAbbreviationIsRefusedOnItsField() throws Exception {
        String taken = text(editing.database(), "SELECT abbreviation FROM party ORDER BY id LIMIT 1");
        EditRejected r = catchThrowableOfType(
                () -> edits.add(EditKind.PARTY, Map.of("abbreviation", taken, "name", "X"), Cite.source(source), "a"),
                EditRejected.class);
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("abbreviation");
    }

    @Test
    void changingAMembershipsEndDateIsUndoneAndRedone() throws Exception {
        long m = id(editing.database(), "SELECT min(id) FROM membership WHERE to_date IS NULL");
        List<String> before = content(editing.database());
        UndoStack stack = new UndoStack();
        Edit e = edits.change(EditKind.MEMBERSHIP, m, Map.of("to_date", "2024-03-01"), Cite.source(source), "bilal");
        stack.done(e);
        assertThat(stack.nextUndo().map(UndoStack.Entry::label).orElseThrow()).startsWith("Change membership ");
        assertThat(text(editing.database(), "SELECT to_date FROM membership WHERE id = ?", m))
                .isEqualTo("2024-03-01");
        assertThat(repos.history().history(EditKind.MEMBERSHIP, m))
                .extracting(HistoryRow::action, HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("update", "to_date", null, "2024-03-01"));

        UndoStack.Entry undo = stack.nextUndo().orElseThrow();
        Edit u = edits.undo(undo.editId(), "bilal");
        stack.undone(undo);
        assertThat(u.label()).isEqualTo("Undo " + e.label());
        assertThat(text(editing.database(), "SELECT to_date FROM membership WHERE id = ?", m))
                .isNull();
        // the undo added a citation back out too: the data is as before
        assertThat(content(editing.database())).isEqualTo(before);
        assertThat(text(editing.database(), "SELECT action || ' ' || reverts FROM edit WHERE id = ?", u.id()))
                .isEqualTo("undo " + e.id());

        UndoStack.Entry redo = stack.nextRedo().orElseThrow();
        edits.redo(redo.editId(), "bilal");
        stack.redone(redo);
        assertThat(text(editing.database(), "SELECT to_date FROM membership WHERE id = ?", m))
                .isEqualTo("2024-03-01");
        assertThat(stack.nextUndo().map(UndoStack.Entry::label)).contains(e.label());
    }

    @Test
    void deletingAnAllianceWithMembershipsNeedsConfirmationAndUndoRestoresThemWithTheirIds() throws Exception {
        long a = id(
                editing.database(),
                "SELECT alliance_id FROM membership GROUP BY alliance_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1");
        long members = id(editing.database(), "SELECT count(*) FROM membership WHERE alliance_id = ?", a);
        List<String> before = content(editing.database());

        Dependents d = edits.dependents(EditKind.ALLIANCE, a);
        assertThat(d.deleted()).containsEntry(EditKind.MEMBERSHIP, (int) members);
        assertThat(d.needConfirmation()).isTrue();
        assertThat(content(editing.database())).as("asking writes nothing").isEqualTo(before);

        EditRejected r = catchThrowableOfType(() -> edits.delete(EditKind.ALLIANCE, a, false, "c"), EditRejected.class);
        assertThat(r.getMessage()).contains(members + " memberships").contains("confirm");
        assertThat(content(editing.database())).isEqualTo(before);

        Edit e = edits.delete(EditKind.ALLIANCE, a, true, "c");
        assertThat(e.label()).startsWith("Delete alliance ").contains(" and " + members + " memberships");
        assertThat(id(editing.database(), "SELECT count(*) FROM membership WHERE alliance_id = ?", a))
                .isZero();
        assertThat(id(
                        editing.database(),
                        "SELECT count(*) FROM citation WHERE record_kind = 'alliance' AND record_id = ?",
                        a))
                .isZero();
        assertThat(checkProblems()).noneMatch(p -> p.contains("citation"));

        edits.undo(e.id(), "c");
        assertThat(content(editing.database())).isEqualTo(before);
        edits.redo(e.id(), "c");
        assertThat(id(editing.database(), "SELECT count(*) FROM alliance WHERE id = ?", a))
                .isZero();
    }

    @Test
    void anUndoOfARecordChangedSinceIsRefused() throws Exception {
        long p = id(editing.database(), "SELECT min(id) FROM party");
        Edit first = edits.change(EditKind.PARTY, p, Map.of("name", "First name"), Cite.source(source), "a");
        edits.change(EditKind.PARTY, p, Map.of("name", "Second name"), Cite.source(source), "b");
        EditRejected r = catchThrowableOfType(() -> edits.undo(first.id(), "a"), EditRejected.class);
        assertThat(r.getMessage()).contains("changed since");
        assertThat(text(editing.database(), "SELECT name FROM party WHERE id = ?", p))
                .isEqualTo("Second name");
    }

    @Test
    void anEditThatBreaksARuleOfCheckIsRefused() throws Exception {
        // a membership that begins before its alliance: the rule "membership outside its alliance" of check
        long a = id(
                editing.database(),
                "SELECT min(id) FROM alliance WHERE from_date IS NOT NULL AND length(from_date) >= 4");
        String from = text(editing.database(), "SELECT from_date FROM alliance WHERE id = ?", a);
        long party = id(editing.database(), "SELECT min(id) FROM party");
        int year = Integer.parseInt(from.substring(0, 4)) - 5;
        List<String> before = content(editing.database());
        EditRejected r = catchThrowableOfType(
                () -> edits.add(
                        EditKind.MEMBERSHIP,
                        Map.of("alliance_id", "" + a, "party_id", "" + party, "from_date", "" + year),
                        Cite.source(source),
                        "a"),
                EditRejected.class);
        assertThat(r.getMessage()).contains("before the alliance began");
        assertThat(content(editing.database())).isEqualTo(before);
    }

    @Test
    void anEventIsEditedWithItsPartiesAndPeople() throws Exception {
        long p1 = id(editing.database(), "SELECT min(id) FROM party");
        long p2 = id(editing.database(), "SELECT max(id) FROM party");
        long person = id(editing.database(), "SELECT min(id) FROM person");
        Edit e = edits.add(
                EditKind.EVENT,
                Map.of("date", "2024-02-20", "title", "Talks", "parties", p1 + ";" + p2, "people", "" + person),
                Cite.source(source),
                "a");
        long ev = e.insertedId("event");
        assertThat(edits.values(EditKind.EVENT, ev).orElseThrow())
                .containsEntry("parties", p1 + ";" + p2)
                .containsEntry("people", "" + person)
                .containsEntry("code", "event-" + ev);
        edits.change(EditKind.EVENT, ev, Map.of("parties", "" + p2), Cite.source(source), "a");
        assertThat(edits.values(EditKind.EVENT, ev).orElseThrow()).containsEntry("parties", "" + p2);
        Edit del = edits.delete(EditKind.PARTY, p2, true, "a");
        assertThat(edits.values(EditKind.EVENT, ev).orElseThrow()).containsEntry("parties", null);
        edits.undo(del.id(), "a");
        assertThat(edits.values(EditKind.EVENT, ev).orElseThrow()).containsEntry("parties", "" + p2);
    }

    @Test
    void aDealAddedWithoutAKeyGetsTheKeyAnImportWouldDeriveNumberedWhenTaken() throws Exception {
        var db = editing.database();
        long election = id(db, "SELECT id FROM election WHERE code = 'pk-2024'");
        long seat = id(db, "SELECT min(constituency_id) FROM candidacy WHERE election_id = ?", election);
        long giver = id(db, "SELECT id FROM party WHERE abbreviation = 'ANP'");
        long receiver = id(db, "SELECT id FROM party WHERE abbreviation = 'MQM-P'");
        String base = "pk-2024/" + text(db, "SELECT code FROM constituency WHERE id = ?", seat) + "/ANP/MQM-P";
        Map<String, String> deal = Map.of(
                "election_id", "" + election,
                "constituency_id", "" + seat,
                "giver_id", "" + giver,
                "receiver_id", "" + receiver,
                "status", "reported",
                "date", "2024-01-10");
        Edit first = edits.add(EditKind.DEAL, deal, Cite.source(source), "a");
        Edit second = edits.add(EditKind.DEAL, deal, Cite.source(source), "a");
        Map<String, String> named = new HashMap<>(deal);
        named.put("code", "my-own-key");
        Edit third = edits.add(EditKind.DEAL, named, Cite.source(source), "a");

        assertThat(edits.values(EditKind.DEAL, first.insertedId("seat_deal")).orElseThrow())
                .containsEntry("code", base);
        assertThat(edits.values(EditKind.DEAL, second.insertedId("seat_deal")).orElseThrow())
                .as("the second deal of the same parties in the same seat is numbered, as an import numbers it")
                .containsEntry("code", base + "#2");
        assertThat(edits.values(EditKind.DEAL, third.insertedId("seat_deal")).orElseThrow())
                .as("a key given is kept")
                .containsEntry("code", "my-own-key");
        assertThat(first.label()).isEqualTo("Add deal " + base);
        assertThat(text(db, "SELECT code FROM deal_claim WHERE deal_id = ?", second.insertedId("seat_deal")))
                .as("the deal's first claim is keyed by the deal's key")
                .isEqualTo(base + "#2/2024-01-10/reported");
    }

    @Test
    void theHistoryNamesAnEventsPartiesAndItsCitationByTheirKeys() throws Exception {
        var db = editing.database();
        long anp = id(db, "SELECT id FROM party WHERE abbreviation = 'ANP'");
        String sourceKey = text(db, "SELECT code FROM source WHERE id = ?", source);
        Edit e = edits.add(
                EditKind.EVENT,
                Map.of("code", "talks-at-mardan", "date", "2024-02-20", "title", "Talks", "parties", "" + anp),
                Cite.source(source),
                "a");
        Edit deleted = edits.delete(EditKind.EVENT, e.insertedId("event"), true, "a");
        List<String> named = new ArrayList<>();
        repos.history().forEachHistory(r -> {
            if (r.editId() == e.id() || r.editId() == deleted.id()) {
                named.add(r.action() + " " + r.kind() + ": " + r.record());
            }
        });
        assertThat(named)
                .contains(
                        "insert event_party: event talks-at-mardan with party ANP",
                        "insert citation: event talks-at-mardan cites source " + sourceKey,
                        // deleted with the event, and still named by its key
                        "delete event_party: event talks-at-mardan with party ANP",
                        "delete citation: event talks-at-mardan cites source " + sourceKey);
    }

    @Test
    void aRecordOfAnOlderFileWithoutACitationIsDeletedAndTheDeleteUndone() throws Exception {
        try (java.sql.Statement st = editing.database().connection().createStatement()) {
            st.executeUpdate("INSERT INTO party (abbreviation, name) VALUES ('OLD', 'Imported without a source')");
        }
        long p = id(editing.database(), "SELECT id FROM party WHERE abbreviation = 'OLD'");
        Edit del = edits.delete(EditKind.PARTY, p, false, "a");
        // the party comes back as it was, without a citation: that is check's to report, not the undo's to refuse
        edits.undo(del.id(), "a");
        assertThat(text(editing.database(), "SELECT name FROM party WHERE id = ?", p))
                .isEqualTo("Imported without a source");
        assertThat(checkProblems()).contains("party OLD: cites no source");
        // a change to it must cite a source
        EditRejected r = catchThrowableOfType(
                () -> edits.change(EditKind.PARTY, p, Map.of("name", "Renamed"), null, "a"), EditRejected.class);
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("source");
        edits.change(EditKind.PARTY, p, Map.of("name", "Renamed"), Cite.source(source), "a");
        assertThat(checkProblems()).doesNotContain("party OLD: cites no source");
    }
}
