package org.allianceexplorer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.table.TestDialogs;
import org.allianceexplorer.testing.BundledDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events up to the as-of date. */
class EventsViewModelTest {

    @RegisterExtension
    static final BundledDb bundled = new BundledDb();

    @Test
    void listsTheEventsUpToTheAsOfDate() {
        AppState state = new AppState();
        state.sessionProperty().set(bundled.session());
        EventsViewModel model = new EventsViewModel(state, TaskRunner.immediate(), new TestDialogs());
        int all = model.table().total();
        assertThat(all).isGreaterThan(3);
        model.table().quickFilterProperty().set("NA-242 kamal");
        assertThat(model.table().shown())
                .extracting(Event::title)
                .contains("ANP candidate withdraws at NA-242 in favour of Mustafa Kamal");

        state.setAsOf(LocalDate.of(2024, 1, 20));
        assertThat(model.table().total()).isLessThan(all);
        assertThat(model.table().shown())
                .allSatisfy(e -> assertThat(e.date().earliest()).isBefore(LocalDate.of(2024, 1, 21)));
    }
}
