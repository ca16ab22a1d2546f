package org.allianceexplorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.charts.model.LedgerFigure;
import org.allianceexplorer.charts.model.MembershipFigure;
import org.allianceexplorer.charts.model.OutcomesFigure;
import org.allianceexplorer.charts.model.ResultsFigure;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Charts view-model with the immediate runner: choices, rebuilding on every change, errors. */
class ChartsViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    private static Session session;

    @BeforeAll
    static void open() {
        session = bundled.session();
    }

    @Test
    void buildsTheChosenChartForTheSharedDate() {
        AppState state = new AppState();
        ChartsViewModel m = new ChartsViewModel(state, TaskRunner.immediate());
        assertThat(m.figure()).isNull();
        state.sessionProperty().set(session);
        assertThat(m.parties()).contains("MQM-P", "ANP");
        assertThat(m.assemblies()).contains("NA");
        assertThat(m.figure()).isInstanceOf(LedgerFigure.class);
        assertThat(m.figure().info().asOf()).isEqualTo("Latest");

        state.setAsOf(LocalDate.of(2024, 2, 14));
        assertThat(m.figure().info().asOf()).isEqualTo("As of 14 Feb 2024");

        m.partyProperty().set("ANP");
        m.partnerProperty().set("MQM-P");
        assertThat(((LedgerFigure) m.figure()).model().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.firstGave()).hasSize(6));

        m.kindProperty().set(ChartKind.OUTCOMES);
        assertThat(m.figure()).isInstanceOf(OutcomesFigure.class);
        m.kindProperty().set(ChartKind.MEMBERSHIP);
        assertThat(m.figure()).isInstanceOf(MembershipFigure.class);
        assertThat(m.request().parties()).containsExactly("ANP");
        m.kindProperty().set(ChartKind.RESULTS);
        assertThat(m.figure()).isInstanceOf(ResultsFigure.class);

        // an assembly without results says so on the chart; an impossible election is an error message
        m.assemblyProperty().set("PS");
        assertThat(((ResultsFigure) m.figure()).model().coverage()).isNull();
        m.electionProperty().set("Pakistan general election 1977");
        assertThat(m.errorProperty().get()).contains("no results");
        m.electionProperty().set(null);
        assertThat(m.errorProperty().get()).isEmpty();

        state.darkThemeProperty().set(true);
        assertThat(m.styleProperty().get().name()).isEqualTo("dark");
    }
}
