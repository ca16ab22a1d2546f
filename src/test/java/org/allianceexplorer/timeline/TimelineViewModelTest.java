package org.allianceexplorer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimelineModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's lanes are built on the task runner; a newer request supersedes an older one. */
class TimelineViewModelTest {

    private Database db;
    private AppState state;

    @BeforeEach
    void open() throws Exception {
        db = Database.openReadOnly(TimelineFixtures.bundledDb());
        state = new AppState();
        state.sessionProperty().set(Session.of(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theModelIsBuiltThroughTheRunnerAndFollowsTheFilter() {
        TimelineViewModel vm = new TimelineViewModel(state, TaskRunner.immediate());
        TimelineModel all = vm.modelProperty().get();
        assertThat(all).isNotNull();
        assertThat(all.data()).isSameAs(vm.dataProperty().get());
        assertThat(vm.buildingProperty().get()).isFalse();

        vm.partyProperty().set("ANP");
        TimelineModel anp = vm.modelProperty().get();
        assertThat(anp).isNotSameAs(all);
        assertThat(anp.filter()).isEqualTo(vm.filterProperty().get());
        assertThat(anp.itemCount()).isLessThan(all.itemCount()).isPositive();

        vm.laneModeProperty().set(LaneMode.BY_PARTY);
        assertThat(vm.modelProperty().get().mode()).isEqualTo(LaneMode.BY_PARTY);
    }

    @Test
    void foldingALaneRebuildsWithTheLaneFolded() {
        TimelineViewModel vm = new TimelineViewModel(state, TaskRunner.immediate());
        Lane foldable = vm.modelProperty().get().lanes().stream()
                .filter(Lane::collapsible)
                .findFirst()
                .orElseThrow();
        vm.toggleCollapsed(foldable.key());
        TimelineModel folded = vm.modelProperty().get();
        assertThat(folded.lanes().get(folded.lane(foldable.key())).collapsed()).isTrue();
        vm.toggleCollapsed(foldable.key());
        TimelineModel open = vm.modelProperty().get();
        assertThat(open.lanes().get(open.lane(foldable.key())).collapsed()).isFalse();
    }

    @Test
    void aNewerRequestSupersedesAnOlderOne() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        TimelineViewModel vm = new TimelineViewModel(state, tasks);
        tasks.runAll(); // the load, then the first model
        TimelineModel first = vm.modelProperty().get();
        assertThat(first).isNotNull();
        int before = tasks.worked().size();

        vm.partyProperty().set("ANP");
        vm.partyProperty().set("MQM-P");
        assertThat(vm.modelProperty().get())
                .as("nothing built on the FX thread")
                .isSameAs(first);
        assertThat(vm.buildingProperty().get()).isTrue();
        assertThat(tasks.waiting()).hasSize(2);
        assertThat(tasks.waiting().get(0).isCancelled())
                .as("the older request is cancelled")
                .isTrue();

        // the newer job finishes first; the older one, finishing late, must not overwrite it
        tasks.run(1);
        TimelineModel mqm = vm.modelProperty().get();
        assertThat(mqm.filter().parties()).containsExactly("MQM-P");
        assertThat(vm.buildingProperty().get()).isFalse();
        tasks.run(0);
        assertThat(vm.modelProperty().get()).isSameAs(mqm);
        assertThat(tasks.worked().subList(before, tasks.worked().size()))
                .as("the superseded job skipped the work")
                .containsExactly("Laying out the timeline");
    }
}
