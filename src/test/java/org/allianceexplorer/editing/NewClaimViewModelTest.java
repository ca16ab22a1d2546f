package org.allianceexplorer.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.edit.EditFixture;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.edit.Choice;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit this database, then the daily task: a new claim that creates a deal (candidate suggested from the
 * results, checked as typed), shown at once, named in Undo, undone and redone; a claim on an existing deal; a
 * bundled dataset edited only as a copy.
 */
class NewClaimViewModelTest {

    @TempDir
    Path dir;

    private AppState state;
    private TestDialogs dialogs;
    private EditCommands edits;

    @AfterEach
    void close() {
        if (state != null && state.getSession() != null) {
            state.getSession().database().close();
        }
    }

    private void openCopy() throws Exception {
        Path file = EditFixture.copy(dir.resolve("mine.sqlite"));
        state = new AppState();
        dialogs = new TestDialogs();
        edits = new EditCommands(state, TaskRunner.immediate(), dialogs);
        state.sessionProperty().set(Session.of(Database.openReadOnly(file)));
    }

    private static Choice pick(Iterable<Choice> choices, String prefix) {
        for (Choice c : choices) {
            if (c.text().startsWith(prefix)) {
                return c;
            }
        }
        throw new AssertionError("no choice " + prefix);
    }

    private SeatDeal deal(long id) {
        return state.getSession().repositories().deals().deals(RecordFilter.ALL).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private long count(RecordKind kind) {
        return state.getSession().counts().get(kind);
    }

    @Test
    void aNewClaimCreatesTheDealAndIsUndoneAndRedone() throws Exception {
        openCopy();
        NewClaimViewModel read = new NewClaimViewModel(state, TaskRunner.immediate(), edits, LocalDate.now());
        read.load();
        assertThat(edits.editableProperty().get()).isFalse();
        edits.newClaim(); // read-only: says how to start editing, opens nothing
        assertThat(state.noticeProperty().get().text()).contains("Edit this database");

        edits.startEditing();
        assertThat(edits.editableProperty().get()).isTrue();
        assertThat(state.getSession().editable()).isTrue();
        long deals = count(RecordKind.DEALS);
        long claims = count(RecordKind.CLAIMS);

        NewClaimViewModel m = new NewClaimViewModel(state, TaskRunner.immediate(), edits, LocalDate.of(2026, 3, 1));
        m.load();
        assertThat(m.electionProperty().get().text()).startsWith("Pakistan general election 2024");
        assertThat(m.validProperty().get()).isFalse();
        assertThat(m.problemProperty("seat").get()).isEqualTo("Choose the seat");
        assertThat(m.dateProperty().get()).isEqualTo("2026-03-01");

        m.seatProperty().set(pick(m.seats(), "NA-242"));
        m.giverProperty().set(pick(m.parties(), "PPP"));
        m.receiverProperty().set(pick(m.parties(), "PPP"));
        assertThat(m.problemProperty("receiver").get()).isEqualTo("A party cannot stand down for itself");
        m.receiverProperty().set(pick(m.parties(), "MQM-P"));
        assertThat(m.problemProperty("receiver").get()).isEmpty();
        // the receiver's candidate in that seat, from the results
        assertThat(m.candidateProperty().get()).isEqualTo("Syed Mustafa Kamal");
        m.dateProperty().set("14 Feb");
        assertThat(m.problemProperty("date").get()).isNotEmpty();
        m.dateProperty().set("2024-02-03");
        assertThat(m.problemProperty("source").get()).contains("cites its source");
        m.urlProperty().set("dawn.com/x");
        assertThat(m.problemProperty("source").get()).contains("http");
        m.urlProperty().set("https://www.dawn.com/news/example");
        m.outletProperty().set("Dawn");
        assertThat(m.validProperty().get()).isFalse();
        m.quotationProperty().set("'; DROP TABLE seat_deal; -- the PPP withdrew for the MQM-P at NA-242");
        m.statusProperty().set(ClaimStatus.REPORTED);
        assertThat(m.validProperty().get()).isTrue();

        boolean[] closed = {false};
        m.save(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(dialogs.errors).isEmpty();
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals + 1);
        assertThat(count(RecordKind.CLAIMS)).isEqualTo(claims + 1);
        RecordRef selected = state.navigation().getCurrent();
        assertThat(selected.kind()).isEqualTo(RecordKind.DEALS);
        SeatDeal deal = deal(selected.id());
        assertThat(deal.giver()).isEqualTo("PPP");
        assertThat(deal.receiver()).isEqualTo("MQM-P");
        assertThat(edits.undoLabelProperty().get()).startsWith("Undo ").contains("NA-242");
        assertThat(edits.canUndoProperty().get()).isTrue();

        edits.undo();
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals);
        assertThat(count(RecordKind.CLAIMS)).isEqualTo(claims);
        assertThat(edits.canUndoProperty().get()).isFalse();
        assertThat(edits.redoLabelProperty().get()).startsWith("Redo ");
        edits.redo();
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals + 1);
        assertThat(edits.canRedoProperty().get()).isFalse();

        // a second claim on the same deal adds to it; the source is found again by its URL
        NewClaimViewModel again = new NewClaimViewModel(state, TaskRunner.immediate(), edits, LocalDate.now());
        again.load();
        again.seatProperty().set(pick(again.seats(), "NA-242"));
        again.giverProperty().set(pick(again.parties(), "PPP"));
        again.receiverProperty().set(pick(again.parties(), "MQM-P"));
        again.dateProperty().set("2024-02-05");
        again.statusProperty().set(ClaimStatus.DENIED);
        again.urlProperty().set("https://www.dawn.com/news/example2");
        again.outletProperty().set("Dawn");
        again.quotationProperty().set("The PPP denied any such arrangement");
        again.save(() -> {});
        assertThat(dialogs.errors).isEmpty();
        assertThat(count(RecordKind.DEALS)).isEqualTo(deals + 1);
        assertThat(count(RecordKind.CLAIMS)).isEqualTo(claims + 2);
        assertThat(deal(selected.id()).status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(state.navigation().getCurrent().id()).isEqualTo(selected.id());

        // read-only again: nothing to undo, the window says so
        edits.stopEditing();
        assertThat(edits.editableProperty().get()).isFalse();
        assertThat(edits.canUndoProperty().get()).isFalse();
    }

    @Test
    void aBundledDatasetIsEditedOnlyAsACopyAndStaysAsItWas() throws Exception {
        state = new AppState();
        dialogs = new TestDialogs();
        edits = new EditCommands(state, TaskRunner.immediate(), dialogs);
        Database bundled = BundledDataset.open();
        Path original = bundled.path();
        byte[] before = Files.readAllBytes(original);
        state.sessionProperty().set(Session.of(bundled));

        edits.startEditing(); // asks where to save a copy: cancelled
        assertThat(edits.editableProperty().get()).isFalse();

        dialogs.saveTo = dir.resolve("my copy.sqlite");
        edits.startEditing();
        assertThat(dialogs.errors).isEmpty();
        assertThat(edits.editableProperty().get()).isTrue();
        assertThat(state.getSession().database().path()).isEqualTo(dialogs.saveTo);
        assertThat(state.getSession().counts().get(RecordKind.DEALS)).isPositive();
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
    }

    /** A seat's key is its whole code, spaces and all (Malaysia's "P. 017"): the new deal is named by it. */
    @Test
    void aSeatChoiceKeepsItsWholeCode() {
        Choice seat = NewClaimViewModel.choice(
                new org.allianceexplorer.domain.Constituency(17, "P. 017", "PADANG SERAI", "DR", "KEDAH", null));
        assertThat(seat.key()).isEqualTo("P. 017");
        assertThat(seat.text()).isEqualTo("P. 017  PADANG SERAI");
    }
}
