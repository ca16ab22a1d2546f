package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record forms: checked as typed with the edit service's rules (a message per field, Save only when all is
 * well), links picked by name, a source cited; add a party, change a membership's end date, delete an alliance
 * with its memberships after confirming; each undone and redone.
 */
class RecordFormViewModelTest {

    @TempDir
    Path dir;

    private AppState state;
    private TestDialogs dialogs;
    private EditCommands edits;
    private final TaskRunner tasks = TaskRunner.immediate();

    @BeforeEach
    void openForEditing() throws Exception {
        Path file = EditFixture.copy(dir.resolve("mine.sqlite"));
        state = new AppState();
        dialogs = new TestDialogs();
        edits = new EditCommands(state, tasks, dialogs);
        state.sessionProperty().set(Session.of(Database.openReadOnly(file)));
        edits.startEditing();
        assertThat(state.getSession().editable()).isTrue();
    }

    @AfterEach
    void close() {
        if (state.getSession() != null) {
            state.getSession().database().close();
        }
        assertThat(dialogs.errors).isEmpty();
    }

    private long count(RecordKind kind) {
        return state.getSession().counts().get(kind);
    }

    private String text(String sql, Object... args) throws Exception {
        return EditFixture.text(state.getSession().database(), sql, args);
    }

    private long id(String sql, Object... args) throws Exception {
        return EditFixture.id(state.getSession().database(), sql, args);
    }

    private static void type(FieldInput in, String text) {
        in.textProperty().set(text);
    }

    private static FieldInput in(RecordFormViewModel m, String name) {
        return m.input(name).orElseThrow();
    }

    /** Types words in a link's picker and picks the first match, as the window does. */
    private static Choice pick(FieldInput in, String words) {
        in.queryProperty().set(words);
        assertThat(in.suggestions()).as("matches for " + words).isNotEmpty();
        Choice c = in.suggestions().get(0);
        in.choiceProperty().set(c);
        return c;
    }

    @Test
    void aPartyIsCheckedAsTypedThenAddedWithItsSourceAndUndone() throws Exception {
        RecordFormViewModel m = RecordFormViewModel.add(state, tasks, edits, EditKind.PARTY, Map.of());
        m.load();
        assertThat(m.validProperty().get()).isFalse();
        assertThat(in(m, "abbreviation").problemProperty().get()).isEqualTo("Abbreviation is required");
        assertThat(in(m, "name").problemProperty().get()).isEqualTo("Name is required");

        type(in(m, "abbreviation"), "IPP");
        type(in(m, "name"), "Istehkam-e-Pakistan Party");
        type(in(m, "native_name"), "استحکامِ پاکستان پارٹی");
        type(in(m, "colour"), "green");
        assertThat(in(m, "colour").problemProperty().get())
                .contains("not a colour")
                .contains("#RRGGBB");
        type(in(m, "colour"), "#1b5e20");
        assertThat(in(m, "colour").problemProperty().get()).isEmpty();
        type(in(m, "founded"), "June 2023");
        assertThat(in(m, "founded").hintProperty().get()).isEqualTo("month: Jun 2023");
        type(in(m, "dissolved"), "2022");
        assertThat(in(m, "dissolved").problemProperty().get()).contains("before");
        type(in(m, "dissolved"), "");
        type(in(m, "partyfacts_id"), "-3");
        assertThat(in(m, "partyfacts_id").problemProperty().get()).contains("1 or more");
        type(in(m, "partyfacts_id"), "");
        assertThat(in(m, "abbreviation").problemProperty().get()).isEmpty();
        // every field is fine; the source is still missing
        assertThat(m.citeProblemProperty().get()).contains("cites a source");
        assertThat(m.validProperty().get()).isFalse();
        m.newSourceProperty().set(true);
        m.urlProperty().set("ftp://dawn");
        assertThat(m.citeProblemProperty().get()).contains("http");
        m.urlProperty().set("https://www.dawn.com/news/1756785");
        m.outletProperty().set("Dawn");
        m.quotationProperty().set("=cmd|' /C calc'!A0 Jahangir Tareen launched the Istehkam-e-Pakistan Party");
        assertThat(m.citeProblemProperty().get()).isEmpty();
        assertThat(m.validProperty().get()).isTrue();

        long parties = count(RecordKind.PARTIES);
        boolean[] closed = {false};
        // the dataset has an IPP: the edit service refuses, the form says so beside the field and stays open
        m.save(() -> closed[0] = true);
        assertThat(closed[0]).isFalse();
        assertThat(in(m, "abbreviation").problemProperty().get()).contains("another party has this abbreviation");
        assertThat(m.validProperty().get()).isFalse();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties);
        type(in(m, "abbreviation"), "IPP-2");
        assertThat(in(m, "abbreviation").problemProperty().get()).isEmpty();
        assertThat(m.validProperty().get()).isTrue();
        m.save(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties + 1);
        assertThat(
                        text(
                                "SELECT colour || ' ' || founded || ' ' || native_name FROM party WHERE abbreviation = 'IPP-2'"))
                .isEqualTo("#1B5E20 2023-06 استحکامِ پاکستان پارٹی");
        assertThat(
                        text(
                                "SELECT s.snippet FROM citation c JOIN source s ON s.id = c.source_id"
                                        + " JOIN party p ON p.id = c.record_id AND c.record_kind = 'party' WHERE p.abbreviation = 'IPP-2'"))
                .startsWith("=cmd|");
        assertThat(state.navigation().getCurrent().kind()).isEqualTo(RecordKind.PARTIES);
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Add party IPP-2");

        edits.undo();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties);
        edits.redo();
        assertThat(count(RecordKind.PARTIES)).isEqualTo(parties + 1);
    }

    @Test
    void aMembershipsEndDateIsChangedCitingAStoredSourceAndUndone() throws Exception {
        long membership = id("SELECT min(id) FROM membership WHERE to_date IS NULL");
        RecordFormViewModel m = RecordFormViewModel.change(state, tasks, edits, EditKind.MEMBERSHIP, membership);
        m.load();
        assertThat(m.loadedProperty().get()).isTrue();
        assertThat(m.headingProperty().get()).startsWith("Change membership ");
        // the links show what they point to, not ids
        assertThat(in(m, "alliance_id").choiceProperty().get()).isNotNull();
        assertThat(in(m, "party_id").choiceProperty().get().text()).contains("  \u2014  ");
        // nothing changed yet: nothing to save, and no source asked for
        assertThat(m.validProperty().get()).isFalse();
        assertThat(m.citeProblemProperty().get()).isEmpty();

        String from = in(m, "from_date").textProperty().get();
        type(in(m, "to_date"), "1900");
        assertThat(in(m, "to_date").problemProperty().get()).contains("before").contains(from);
        type(in(m, "to_date"), "2031-02-30");
        assertThat(in(m, "to_date").problemProperty().get()).isNotEmpty();
        type(in(m, "to_date"), "2031-02-14");
        assertThat(in(m, "to_date").hintProperty().get()).isEqualTo("day: 14 Feb 2031");
        assertThat(m.citeProblemProperty().get()).contains("cites a source");
        // the source picker finds a stored source by its outlet
        m.citedSource().queryProperty().set("x");
        assertThat(m.citeProblemProperty().get()).isEqualTo("Pick the source from the list");
        pick(m.citedSource(), "Dawn");
        assertThat(m.validProperty().get()).isTrue();

        m.save(() -> {});
        assertThat(text("SELECT to_date FROM membership WHERE id = ?", membership))
                .isEqualTo("2031-02-14");
        assertThat(text("SELECT edit.label FROM edit ORDER BY id DESC LIMIT 1")).startsWith("Change membership ");
        edits.undo();
        assertThat(text("SELECT to_date FROM membership WHERE id = ?", membership))
                .isNull();
        edits.redo();
        assertThat(text("SELECT to_date FROM membership WHERE id = ?", membership))
                .isEqualTo("2031-02-14");
    }

    @Test
    void aFormOpenedBeforeAnotherEditorsChangeRefusesToSaveOverItAndShowsIt() throws Exception {
        long party = id("SELECT min(id) FROM party");
        long source = id("SELECT min(id) FROM source");
        String name = text("SELECT name FROM party WHERE id = ?", party);
        RecordFormViewModel m = RecordFormViewModel.change(state, tasks, edits, EditKind.PARTY, party);
        m.load();
        // meanwhile another editor (another window, another analyst on the team database) renames the party
        try (Editing other = EditFixture.open(state.getSession().database().path())) {
            other.edits()
                    .change(
                            EditKind.PARTY,
                            party,
                            Map.of("name", "Renamed Meanwhile"),
                            org.allianceexplorer.domain.edit.Cite.source(source),
                            "bilal");
        }
        type(in(m, "colour"), "#123456");
        pick(m.citedSource(), "Dawn");
        m.save(() -> {});
        assertThat(m.formProblemProperty().get())
                .startsWith("Not saved: ")
                .contains("someone else changed this party since you opened it")
                .contains("name '" + name + "' → 'Renamed Meanwhile', by bilal");
        assertThat(text("SELECT name FROM party WHERE id = ?", party))
                .as("the other change kept")
                .isEqualTo("Renamed Meanwhile");
        assertThat(text("SELECT coalesce(colour, '-') FROM party WHERE id = ?", party))
                .as("this one not written")
                .isNotEqualTo("#123456");
    }

    @Test
    void aPickerLooksUpAsTypedAndAPendingPickBlocksSaving() throws Exception {
        long alliance = id("SELECT min(id) FROM alliance");
        RecordFormViewModel m = RecordFormViewModel.add(
                state, tasks, edits, EditKind.MEMBERSHIP, Map.of("alliance_id", Long.toString(alliance)));
        m.load();
        assertThat(in(m, "alliance_id").choiceProperty().get().id()).isEqualTo(alliance);
        FieldInput party = in(m, "party_id");
        party.queryProperty().set("Awami National");
        assertThat(party.suggestions()).extracting(Choice::key).first().isEqualTo("ANP");
        assertThat(party.problemProperty().get()).startsWith("Pick a party from the list");
        party.choiceProperty().set(party.suggestions().get(0));
        party.queryProperty().set("");
        assertThat(party.problemProperty().get()).isEmpty();
    }

    @Test
    void aNewDealIsAddedWithItsFirstClaim() throws Exception {
        RecordFormViewModel m = RecordFormViewModel.add(state, tasks, edits, EditKind.DEAL, Map.of());
        m.load();
        assertThat(m.firstClaim()).extracting(FieldInput::name).containsExactly("status", "date");
        pick(in(m, "election_id"), "2024");
        pick(in(m, "constituency_id"), "NA-241");
        pick(in(m, "giver_id"), "JI");
        pick(in(m, "receiver_id"), "JI");
        assertThat(in(m, "receiver_id").problemProperty().get()).contains("same party");
        pick(in(m, "receiver_id"), "PTI");
        // the result picker offers only the candidates of that election and seat
        in(m, "candidacy_id").queryProperty().set(" ");
        assertThat(in(m, "candidacy_id").suggestions())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.text()).contains("NA-241"));
        type(m.firstClaim().get(1), "14 Feb 2024");
        m.citedSource().queryProperty().set("dawn-apdm-2008"); // Dawn, 2 Jan 2008
        m.citedSource().choiceProperty().set(m.citedSource().suggestions().get(0));
        assertThat(m.validProperty().get()).isTrue();
        long deals = count(RecordKind.DEALS);
        long claims = count(RecordKind.CLAIMS);
        // a claim dated after its source was published is refused by check's rule: the form says why
        m.save(() -> {});
        assertThat(m.formProblemProperty().get()).startsWith("Not saved: ").contains("after its source was published");
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals);
        m.newSourceProperty().set(true);
        m.urlProperty().set("https://www.dawn.com/news/example-2024");
        m.outletProperty().set("Dawn");
        m.publishedProperty().set("2024-02-14");
        m.quotationProperty().set("JI withdrew its candidate in favour of the PTI-backed independent");
        assertThat(m.formProblemProperty().get()).isEmpty();
        m.save(() -> {});
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals + 1);
        assertThat(count(RecordKind.CLAIMS)).isEqualTo(claims + 1);
        assertThat(text("SELECT date || ' ' || status FROM deal_claim ORDER BY id DESC LIMIT 1"))
                .isEqualTo("2024-02-14 reported");
    }

    @Test
    void anAllianceIsDeletedWithItsMembershipsOnlyWhenConfirmedAndComesBackWithUndo() throws Exception {
        long alliance = id(
                "SELECT alliance_id FROM membership GROUP BY alliance_id HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 1");
        long members = id("SELECT count(*) FROM membership WHERE alliance_id = ?", alliance);
        long alliances = count(RecordKind.ALLIANCES);

        dialogs.confirmYes = false;
        edits.delete(EditKind.ALLIANCE, alliance);
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.confirmations.get(0)).startsWith("Delete alliance ").contains(members + " memberships");
        assertThat(count(RecordKind.ALLIANCES)).isEqualTo(alliances); // cancelled: nothing written

        dialogs.confirmYes = true;
        edits.delete(EditKind.ALLIANCE, alliance);
        assertThat(count(RecordKind.ALLIANCES)).isEqualTo(alliances - 1);
        assertThat(id("SELECT count(*) FROM membership WHERE alliance_id = ?", alliance))
                .isZero();
        assertThat(edits.undoLabelProperty().get()).contains(members + " memberships");
        edits.undo();
        assertThat(count(RecordKind.ALLIANCES)).isEqualTo(alliances);
        assertThat(id("SELECT count(*) FROM membership WHERE alliance_id = ?", alliance))
                .isEqualTo(members);
        edits.redo();
        assertThat(count(RecordKind.ALLIANCES)).isEqualTo(alliances - 1);
    }

    @Test
    void aRecordDeletedMeanwhileSaysSoInsteadOfAnEmptyForm() throws Exception {
        RecordFormViewModel m = RecordFormViewModel.change(state, tasks, edits, EditKind.PARTY, 987_654L);
        m.load();
        assertThat(m.formProblemProperty().get()).contains("no longer in the database");
        assertThat(m.validProperty().get()).isFalse();
    }

    @Test
    void theNameInTheHistoryIsAskedRememberedAndRecorded() throws Exception {
        Settings settings = Settings.memory();
        edits.rememberIn(settings);
        assertThat(edits.editor()).isEqualTo(Editing.defaultEditor());
        dialogs.text = "  Ayesha (Dawn desk)  ";
        edits.askEditor();
        assertThat(edits.editor()).isEqualTo("Ayesha (Dawn desk)");
        long alliance = id("SELECT min(id) FROM alliance");
        RecordFormViewModel m = RecordFormViewModel.change(state, tasks, edits, EditKind.ALLIANCE, alliance);
        m.load();
        type(in(m, "description"), "Renamed for the test");
        pick(m.citedSource(), "Dawn");
        m.save(() -> {});
        assertThat(text("SELECT editor FROM edit ORDER BY id DESC LIMIT 1")).isEqualTo("Ayesha (Dawn desk)");
        // a new window takes the name remembered; an empty answer goes back to the user name
        EditCommands again = new EditCommands(state, tasks, dialogs);
        again.rememberIn(settings);
        assertThat(again.editor()).isEqualTo("Ayesha (Dawn desk)");
        dialogs.text = "";
        again.askEditor();
        assertThat(again.editor()).isEqualTo(Editing.defaultEditor());
        assertThat(settings.get("editing.editor", null)).isNull();
    }

    @Test
    void aSourceIsCitedFromTheFormAloneAndRemovedButNeverTheLastOne() throws Exception {
        long anp = id("SELECT id FROM party WHERE abbreviation = 'ANP'");
        String sources = "SELECT count(*) FROM citation WHERE record_kind = 'party' AND record_id = ?";
        long before = id(sources, anp);
        // the form with nothing changed but a source picked: saving cites it
        RecordFormViewModel m = RecordFormViewModel.change(state, tasks, edits, EditKind.PARTY, anp);
        m.load();
        assertThat(m.validProperty().get()).isFalse();
        long cited = pick(m.citedSource(), "2008").id();
        assertThat(m.validProperty().get()).isTrue();
        m.save(() -> {});
        assertThat(id(sources, anp)).isEqualTo(before + 1);

        edits.uncite(EditKind.PARTY, anp, cited);
        assertThat(id(sources, anp)).isEqualTo(before);
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Remove source #" + cited + " of party ANP");
        // down to one source: removing it is refused, with the reason, and nothing is written
        while (id(sources, anp) > 1) {
            edits.uncite(
                    EditKind.PARTY,
                    anp,
                    id("SELECT max(source_id) FROM citation WHERE record_kind = 'party'" + " AND record_id = ?", anp));
        }
        long last = id("SELECT source_id FROM citation WHERE record_kind = 'party' AND record_id = ?", anp);
        edits.uncite(EditKind.PARTY, anp, last);
        assertThat(dialogs.errors).singleElement().asString().contains("the only source this party cites");
        dialogs.errors.clear();
        assertThat(id(sources, anp)).isEqualTo(1);
    }

    @Test
    void aNewRecordsKeyLeftEmptyIsMadeForItAndItsPartiesArePicked() throws Exception {
        RecordFormViewModel m = RecordFormViewModel.add(state, tasks, edits, EditKind.EVENT, Map.of());
        m.load();
        assertThat(m.madeIfEmpty("code")).isTrue();
        assertThat(in(m, "code").problemProperty().get()).isEmpty(); // not required: made if left empty
        type(in(m, "date"), "2024-01-12");
        type(in(m, "title"), "Test event");
        FieldInput parties = in(m, "parties");
        parties.queryProperty().set("PML-N");
        parties.chosen().add(parties.suggestions().get(0));
        parties.queryProperty().set("MQM-P");
        parties.chosen().add(parties.suggestions().get(0));
        assertThat(parties.value()).matches("\\d+;\\d+");
        pick(m.citedSource(), "ARY");
        assertThat(m.validProperty().get()).isTrue();
        long events = count(RecordKind.EVENTS);
        m.save(() -> {});
        assertThat(count(RecordKind.EVENTS)).isEqualTo(events + 1);
        assertThat(text("SELECT code FROM event WHERE title = 'Test event'")).startsWith("event-");
        assertThat(
                        id(
                                "SELECT count(*) FROM event_party x JOIN event e ON e.id = x.event_id WHERE e.title = 'Test event'"))
                .isEqualTo(2);
    }
}
