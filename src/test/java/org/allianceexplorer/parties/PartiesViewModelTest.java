package org.allianceexplorer.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.table.RecordTableViewModel;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The parties table lists the parties existing on the as-of date, with dates at their precision. */
class PartiesViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsThePartiesExistingOnTheAsOfDate() {
        AppState state = new AppState();
        PartiesViewModel model = new PartiesViewModel(state, TaskRunner.immediate(), new TestDialogs());
        RecordTableViewModel<Party> table = model.table();
        assertThat(table.shown()).isEmpty();

        state.sessionProperty().set(bundled.session());
        assertThat(table.shown()).extracting(Party::abbreviation).contains("PPP", "PTI", "MQM-P", "NDP", "TeI");

        state.setAsOf(LocalDate.of(1990, 6, 1));
        assertThat(table.shown())
                .extracting(Party::abbreviation)
                .contains("PPP", "ANP", "MQM", "TeI")
                .doesNotContain("PTI", "MQM-P", "NDP", "PML-N");

        state.sessionProperty().set(null);
        assertThat(table.shown()).isEmpty();
    }

    @Test
    void showsPartialDatesAtTheirPrecisionAndSortsByDate() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        RecordTableViewModel<Party> table =
                new PartiesViewModel(state, TaskRunner.immediate(), new TestDialogs()).table();
        Party pmlz = table.shown().stream()
                .filter(p -> p.abbreviation().equals("PML-Z"))
                .findFirst()
                .orElseThrow();
        Party ppp = table.shown().stream()
                .filter(p -> p.abbreviation().equals("PPP"))
                .findFirst()
                .orElseThrow();
        var founded = table.spec().columns().stream()
                .filter(c -> c.id().equals("founded"))
                .findFirst()
                .orElseThrow();
        assertThat(founded.cellText(pmlz)).isEqualTo("Aug 2002");
        assertThat(founded.cellText(ppp)).isEqualTo("30 Nov 1967");

        table.sort(List.of(new RecordTableViewModel.SortKey("founded", true)));
        assertThat(table.shown())
                .extracting(Party::abbreviation)
                .containsSubsequence("JI", "JUI", "JUP", "PPP", "TeI", "NDP", "JUI-F", "MQM");
    }
}
