package org.allianceexplorer.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
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
        // issue 13: the seat is shown on its Form-47 (71,767 to 53,759), which says so, with what differs
        assertThat(na242.votes()).isEqualTo(71_767);
        assertThat(na242.runnerUp()).isEqualTo("Dawa Khan Sabir");
        assertThat(na242.runnerUpParty()).isEqualTo("Independent");
        assertThat(na242.runnerUpVotes()).isEqualTo(53_759);
        assertThat(na242.margin()).isEqualTo(18_008);
        assertThat(na242.basis()).isEqualTo("Form-47");
        assertThat(na242.differences()).isEqualTo("winner's votes, runner-up's votes");

        ResultRow na1 = model.table().shown().stream()
                .filter(r -> r.seat().equals("NA-1") && r.winner() != null)
                .findFirst()
                .orElseThrow();
        assertThat(na1.basis()).as("no Form-47 for NA-1").isEqualTo(ResultRow.LISTED);
        assertThat(na1.differences()).isNull();

        // NA-79: the Form-47 has another winner than the later transcription
        ResultRow na79 = model.table().shown().stream()
                .filter(r -> r.seat().equals("NA-79") && r.winner() != null)
                .findFirst()
                .orElseThrow();
        assertThat(na79.winner()).isEqualTo("Ehsan Ullah Virk");
        assertThat(na79.differences()).startsWith("winner, ");

        model.table().setColumnFilter("party", Set.of("MQM-P"));
        assertThat(model.table().shown()).extracting(ResultRow::seat).contains("NA-242");
        model.table().setColumnFilter("party", null);
        model.table().setColumnFilter("differences", Set.of("winner, winner's votes, runner-up, runner-up's votes"));
        assertThat(model.table().shown()).extracting(ResultRow::seat).contains("NA-79", "NA-81", "NA-154");
    }

    @Test
    void aLargeDatabaseIsReadOneElectionAtATimeAndShowsTheSameRows() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        ElectionsViewModel whole = new ElectionsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        // every database counts as large here
        ElectionsViewModel one = new ElectionsViewModel(state, tasks, new TestDialogs(), 0);
        tasks.runAll();
        assertThat(tasks.worked()).containsExactly("Loading elections and results");

        // the latest election with results is chosen and only its rows read
        ElectionChoice latest = one.electionProperty().get();
        assertThat(latest.election()).isNotNull();
        assertThat(latest.election().name()).contains("2024");
        assertThat(one.elections())
                .extracting(ElectionChoice::label)
                .isEqualTo(whole.elections().stream().map(ElectionChoice::label).toList());
        whole.electionProperty()
                .set(whole.elections().stream()
                        .filter(c -> c.election() != null
                                && c.election().id() == latest.election().id())
                        .findFirst()
                        .orElseThrow());
        assertThat(one.table().shown()).isEqualTo(whole.table().shown()).hasSize(latest.seats());

        // all elections: read when chosen, then the same rows as a database read whole
        one.electionProperty().set(one.elections().get(0));
        assertThat(one.table().shown()).isEmpty();
        tasks.runAll();
        assertThat(tasks.worked()).last().isEqualTo("Loading every election's results");
        whole.electionProperty().set(whole.elections().get(0));
        assertThat(one.table().shown()).isEqualTo(whole.table().shown());

        // navigating to a seat outside the election read: every election is read, then the seat selected
        one.electionProperty()
                .set(one.elections().stream()
                        .filter(c -> c.election() != null
                                && c.election().id() == latest.election().id())
                        .findFirst()
                        .orElseThrow());
        tasks.runAll();
        assertThat(one.table().shown()).hasSize(latest.seats());
        long na242 = one.table().shown().stream()
                .filter(r -> r.seat().equals("NA-242"))
                .findFirst()
                .orElseThrow()
                .constituencyId();
        long other = whole.table().shown().stream()
                .filter(r -> r.election() == null)
                .findFirst()
                .orElseThrow()
                .constituencyId();
        assertThat(other).isNotEqualTo(na242);
        state.navigation().go(new RecordRef(RecordKind.CONSTITUENCIES, other, "a seat without results"));
        tasks.runAll();
        assertThat(one.electionProperty().get().election()).isNull();
        assertThat(one.table().shown()).extracting(ResultRow::constituencyId).contains(other);
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
