package org.allianceexplorer.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alliances in force on the as-of date, with their member count then. */
class AlliancesViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsTheAlliancesInForceWithTheirMembers() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        AlliancesViewModel model = new AlliancesViewModel(state, TaskRunner.immediate(), new TestDialogs());
        assertThat(model.table().shown())
                .extracting(r -> r.alliance().shortName())
                .contains("PDM", "APDM");
        AllianceRow pdm = model.table().shown().stream()
                .filter(r -> "PDM".equals(r.alliance().abbreviation()))
                .findFirst()
                .orElseThrow();
        assertThat(pdm.members()).isGreaterThan(1);
        assertThat(model.table().spec().columns().get(2).cellText(pdm)).isEqualTo("opposition movement");

        state.setAsOf(LocalDate.of(2021, 1, 1));
        // APDM (2007-2008) was long over by 2021
        assertThat(model.table().shown())
                .extracting(r -> r.alliance().shortName())
                .contains("PDM")
                .doesNotContain("APDM", "ARD");
        AllianceRow then = model.table().shown().stream()
                .filter(r -> "PDM".equals(r.alliance().abbreviation()))
                .findFirst()
                .orElseThrow();
        assertThat(then.members()).isBetween(1, pdm.members());

        state.setAsOf(LocalDate.of(2005, 1, 1));
        assertThat(model.table().shown())
                .extracting(r -> r.alliance().shortName())
                .doesNotContain("PDM", "APDM")
                .contains("ARD");

        state.setAsOf(LocalDate.of(2007, 6, 1));
        assertThat(model.table().shown())
                .extracting(r -> r.alliance().shortName())
                .contains("ARD", "APDM");
    }
}
