package org.allianceexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.app.AnimationSource;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.TimeStep;
import org.allianceexplorer.graph.model.GraphAnimation;
import org.allianceexplorer.graph.model.PartyGraph;
import org.allianceexplorer.graph.model.PartyNode;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export > Animation… on the Relationships screen: the screen's settings of the moment on every frame. */
class GraphAnimationSourceTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void animatesTheEgoNetworkAndElectionSetOnScreenOverTheSlidersRange() throws Exception {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        GraphViewModel vm = new GraphViewModel(state, TaskRunner.immediate());
        vm.electionProperty().set("pk-2024");
        vm.egoPartyProperty().set("ANP");
        AnimationSource source = vm.animation();
        assertThat(source.subject()).isEqualTo("the relationship graph");
        assertThat(source.first()).isEqualTo(vm.firstDay());
        assertThat(source.last()).isEqualTo(vm.lastDay());

        // later changes on screen do not change an animation already asked for
        vm.egoPartyProperty().set("PPP");
        List<LocalDate> days = TimeStep.parse("1m").days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        GraphAnimation a = (GraphAnimation) source.frames().build(days, FigureAnimation.Progress.NONE);
        assertThat(a.days()).isEqualTo(days);
        for (int i = 0; i < days.size(); i++) {
            PartyGraph g = a.frame(i).graph();
            assertThat(g.nodes()).extracting(PartyNode::abbreviation).contains("ANP");
            assertThat(g.nodes())
                    .extracting(PartyNode::abbreviation)
                    .allSatisfy(p -> assertThat(
                                    p.equals("ANP") || g.neighbours("ANP").contains(p))
                            .isTrue());
            assertThat(a.frame(i).info().subtitle()).contains("ego network of ANP", "deals of pk-2024");
        }
    }
}
