package org.allianceexplorer.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.table.TestDialogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deal without an outcome says why. Malaysia's Padang Serai deals were agreed on 2 December 2022, after the
 * election's polling day (19 November; the seat's own poll was postponed to 7 December, which the database does
 * not hold): the page says they were first reported after polling day, not that the receiver has no result
 * (PKR's candidate has one).
 */
class DealOutcomeTextTest {

    private static Database db;
    private static AppState state;

    @BeforeAll
    static void open() {
        db = BundledDataset.open(BundledDataset.MALAYSIA_GE15);
        state = new AppState();
        state.sessionProperty().set(Session.of(db));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private DetailPage page(String seat, String giver) {
        SeatDeal deal = state.getSession().repositories().deals().deals(RecordFilter.ALL).stream()
                .filter(d -> d.seat().equals(seat) && d.giver().equals(giver))
                .findFirst()
                .orElseThrow();
        DetailViewModel model = new DetailViewModel(state, TaskRunner.immediate(), new TestDialogs());
        state.navigation().go(new RecordRef(RecordKind.DEALS, deal.id(), seat));
        return Optional.ofNullable(model.getPage()).orElseThrow();
    }

    @Test
    void aDealFirstReportedAfterPollingDaySaysSo() {
        String outcome = page("P. 017", "MIC").field("Outcome").orElseThrow().text();
        assertThat(outcome)
                .isEqualTo("none read from the results: first reported on 2 Dec 2022, after polling day (19 Nov 2022)");
    }

    @Test
    void aDealInForceOnPollingDayStillHasItsOutcome() {
        String outcome = page("P. 001", firstGiverOf("P. 001"))
                .field("Outcome")
                .orElseThrow()
                .text();
        assertThat(outcome).doesNotStartWith("none").isNotBlank();
    }

    private static String firstGiverOf(String seat) {
        return state.getSession().repositories().deals().deals(RecordFilter.ALL).stream()
                .filter(d -> d.seat().equals(seat) && d.outcome() != null)
                .findFirst()
                .orElseThrow()
                .giver();
    }
}
