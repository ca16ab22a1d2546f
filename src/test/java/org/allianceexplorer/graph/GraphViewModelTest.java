package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DeferredTaskRunner;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.graph.model.EdgeChange;
import org.allianceexplorer.graph.model.EdgeType;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.GraphSnapshot;
import org.allianceexplorer.graph.model.PartyEdge;
import org.allianceexplorer.graph.model.PartyNode;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The graph's view-model without the toolkit: the time slider, Play, and layouts that replace each other. */
class GraphViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private AppState state;

    @BeforeEach
    void setUp() {
        state = new AppState();
        state.sessionProperty().set(bundled.session());
    }

    @Test
    void compareModeMarksTheFoundingCaseTiesAddedAndEndedSinceNewYear() {
        GraphViewModel vm = new GraphViewModel(state, TaskRunner.immediate());
        state.setAsOf(LocalDate.of(2024, 2, 15));
        vm.compareFromProperty().set(LocalDate.of(2024, 1, 1));
        GraphSnapshot s = vm.snapshotProperty().get();
        assertThat(s.comparison()).isNotNull();
        GraphFigure f = vm.figure();
        assertThat(f.change(edge(s, EdgeType.SEAT_DEAL, "ANP", "MQM-P"))).isEqualTo(EdgeChange.ADDED);
        // the rivalry of MQM-P and ANP ended when they agreed to cooperate (14 Feb 2024)
        assertThat(f.change(edge(s, EdgeType.RIVALRY, "ANP", "MQM-P"))).isEqualTo(EdgeChange.REMOVED);
        assertThat(f.info().asOf()).isEqualTo("1 Jan 2024 \u2013 15 Feb 2024");
        assertThat(f.info().legend())
                .first()
                .satisfies(l -> assertThat(l.label()).startsWith("added after 1 Jan 2024"));
        assertThat(vm.compareNoteProperty().get()).isEmpty();

        // a compare day after the as-of day: the plain graph, and a note saying why
        vm.compareFromProperty().set(LocalDate.of(2024, 3, 1));
        assertThat(vm.snapshotProperty().get().comparison()).isNull();
        assertThat(vm.figure().change(edge(vm.snapshotProperty().get(), EdgeType.SEAT_DEAL, "ANP", "MQM-P")))
                .isNull();
        assertThat(vm.compareNoteProperty().get()).contains("before the as-of day");

        // the latest state compared: the later day is the data's last
        vm.compareFromProperty().set(LocalDate.of(2024, 1, 1));
        state.setAsOf(null);
        assertThat(vm.snapshotProperty().get().comparison()).isNotNull();
        assertThat(vm.snapshotProperty().get().comparison().to()).isEqualTo(vm.lastDay());

        vm.compareFromProperty().set(null);
        assertThat(vm.snapshotProperty().get().comparison()).isNull();
        assertThat(vm.compareNoteProperty().get()).isEmpty();
    }

    private static PartyEdge edge(GraphSnapshot s, EdgeType type, String a, String b) {
        return s.graph().edges().stream()
                .filter(e -> e.type() == type && e.touches(a) && e.touches(b))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " tie of " + a + " and " + b));
    }

    @Test
    void theSliderSpansTheDataAndStandsOnTheSharedDate() {
        GraphViewModel vm = new GraphViewModel(state, TaskRunner.immediate());
        assertThat(vm.sliderMinProperty().get()).isEqualTo(vm.firstDay().toEpochDay());
        assertThat(vm.sliderMaxProperty().get()).isEqualTo(vm.lastDay().toEpochDay());
        assertThat(vm.firstDay()).isBefore(LocalDate.of(1980, 1, 1));
        assertThat(vm.sliderValueProperty().get())
                .as("latest: the end")
                .isEqualTo(vm.sliderMaxProperty().get());
        assertThat(vm.dateTextProperty().get()).isEqualTo("Latest");

        state.setAsOf(LocalDate.of(2024, 2, 10));
        assertThat(vm.sliderValueProperty().get())
                .isEqualTo(LocalDate.of(2024, 2, 10).toEpochDay());
        assertThat(vm.dateTextProperty().get()).isEqualTo("10 Feb 2024");
        assertThat(vm.snapshotProperty().get().day()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void movingTheSliderSetsTheSharedDateOnceADay() {
        GraphViewModel vm = new GraphViewModel(state, TaskRunner.immediate());
        int[] changes = {0};
        state.asOfProperty().addListener((o, a, b) -> changes[0]++);
        vm.slideTo(LocalDate.of(2023, 12, 1).toEpochDay() + 0.3);
        assertThat(state.getAsOf()).isEqualTo(LocalDate.of(2023, 12, 1));
        vm.slideTo(LocalDate.of(2023, 12, 1).toEpochDay() - 0.2); // the same day: nothing to do
        assertThat(changes[0]).isEqualTo(1);
        assertThat(vm.snapshotProperty().get().graph().nodes())
                .extracting(PartyNode::abbreviation)
                .contains("MQM-P");
        vm.latest();
        assertThat(state.getAsOf()).isNull();
    }

    @Test
    void playStepsThroughTheRangeAndStopsAtItsEnd() {
        GraphViewModel vm = new GraphViewModel(state, TaskRunner.immediate());
        long step = Math.max(1, ChronoUnit.DAYS.between(vm.firstDay(), vm.lastDay()) / 60);
        vm.playingProperty().set(true);
        vm.step();
        assertThat(state.getAsOf())
                .as("from latest, Play starts at the beginning")
                .isEqualTo(vm.firstDay().plusDays(step));
        vm.step();
        assertThat(state.getAsOf()).isEqualTo(vm.firstDay().plusDays(2 * step));
        int frames = 2;
        while (vm.playingProperty().get() && frames < 200) {
            vm.step();
            frames++;
        }
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(state.getAsOf()).isEqualTo(vm.lastDay());
        assertThat(frames).isBetween(55, 65);
        vm.playingProperty().set(true);
        vm.latest();
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void aNewerDateReplacesTheLayoutStillWaitingAndPlayWaitsForTheLayout() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        GraphViewModel vm = new GraphViewModel(state, tasks);
        tasks.runAll(); // reading the data, the first layout
        int before = tasks.worked().size();
        state.setAsOf(LocalDate.of(2023, 12, 1));
        state.setAsOf(LocalDate.of(2024, 2, 10));
        assertThat(tasks.waiting()).hasSize(2);
        assertThat(tasks.waiting().get(0).isCancelled()).isTrue();
        LocalDate now = state.getAsOf();
        vm.step(); // a frame while the layout runs is skipped, so frames never queue up
        assertThat(state.getAsOf()).isEqualTo(now);
        tasks.runAll();
        assertThat(tasks.worked().subList(before, tasks.worked().size())).containsExactly("Laying out the graph");
        assertThat(vm.snapshotProperty().get().day()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(vm.computingProperty().get()).isFalse();
    }
}
