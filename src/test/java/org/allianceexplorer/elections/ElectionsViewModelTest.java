package org.allianceexplorer.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Elections and the seats with winner, runner-up and margin. */
class ElectionsViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsTheSeatsWithTheirResults() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        ElectionsViewModel model = new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        assertThat(model.elections().get(0).election()).isNull();
        assertThat(model.elections()).hasSizeGreaterThan(1);

        ResultRow na242 = model.table().shown().stream()
                .filter(r -> r.seat().equals("NA-242") && r.winner() != null)
                .findFirst()
                .orElseThrow();
        assertThat(na242.winner()).isEqualTo("Syed Mustafa Kamal");
        assertThat(na242.winnerParty()).isEqualTo("MQM-P");
        assertThat(na242.votes()).isEqualTo(71_727);
        assertThat(na242.runnerUp()).isEqualTo("Dawa Khan Sabir");
        assertThat(na242.runnerUpParty()).isEqualTo("Independent");
        assertThat(na242.margin()).isEqualTo(17_957);

        model.table().setColumnFilter("party", Set.of("MQM-P"));
        assertThat(model.table().shown()).extracting(ResultRow::seat).contains("NA-242");
    }

    @Test
    void choosingAnElectionNarrowsTheTableAndTheAsOfDateHidesLaterResults() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        ElectionsViewModel model = new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        int all = model.table().total();
        ElectionChoice e2024 = model.elections().stream()
                .filter(c -> c.election() != null && c.seats() > 0)
                .findFirst()
                .orElseThrow();
        model.electionProperty().set(e2024);
        assertThat(model.table().total()).isEqualTo(e2024.seats()).isLessThan(all);
        assertThat(e2024.label()).contains("seats with results");

        long id = model.table().shown().get(0).constituencyId();
        state.setAsOf(LocalDate.of(2024, 1, 20));
        assertThat(model.table().shown()).allSatisfy(r -> assertThat(r.winner()).isNull());

        state.setAsOf(null);
        state.navigation().go(new RecordRef(RecordKind.CONSTITUENCIES, id, "seat"));
        assertThat(model.table()
                        .shown()
                        .get(model.table().revealProperty().get().position())
                        .constituencyId())
                .isEqualTo(id);
    }

    @Test
    void anElectionWithoutResultsSaysWhyAndShowsWhatIsKnown() {
        // choosing 1977 once showed a bare "No rows" and nothing in the detail pane
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        ElectionsViewModel model = new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        ElectionChoice e1977 = model.elections().stream()
                .filter(c -> c.election() != null && c.election().code().equals("pk-1977"))
                .findFirst()
                .orElseThrow();
        model.choose(e1977);
        assertThat(model.table().shown()).isEmpty();
        assertThat(model.emptyMessageProperty().get())
                .startsWith("No results are recorded for Pakistan general election 1977")
                .contains("polling day 7 Mar 1977");
        RecordRef current = state.navigation().getCurrent();
        assertThat(current.kind()).isEqualTo(RecordKind.ELECTIONS);
        assertThat(current.id()).isEqualTo(e1977.election().id());

        ElectionChoice e2024 = model.elections().stream()
                .filter(c -> c.election() != null && c.seats() > 0)
                .findFirst()
                .orElseThrow();
        model.choose(e2024);
        assertThat(model.emptyMessageProperty().get()).isEmpty();
    }
}
