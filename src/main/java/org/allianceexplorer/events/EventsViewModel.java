package org.allianceexplorer.events;

import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/** Events up to the as-of date (all of them when it is empty). */
public final class EventsViewModel extends TableScreenViewModel<Event> {

    private static final I18n.Messages T = I18n.of(EventsViewModel.class);

    public EventsViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> r.events().events(f).forEach(sink));
    }

    static RecordTableSpec<Event> spec() {
        return new RecordTableSpec<>(
                RecordKind.EVENTS,
                List.of(
                        RecordColumn.<Event>date("date", T.t("column.date"), 105, Event::date),
                        RecordColumn.<Event>text("title", T.t("column.title"), 380, Event::title),
                        RecordColumn.<Event>text("place", T.t("column.place"), 130, Event::place),
                        RecordColumn.<Event>text(
                                "parties", T.t("column.parties"), 150, e -> String.join(", ", e.parties())),
                        RecordColumn.<Event>text(
                                "people", T.t("column.people"), 220, e -> String.join(", ", e.people())),
                        RecordColumn.<Event>text("code", T.t("column.key"), 200, Event::code)
                                .hidden()),
                Event::id,
                Event::title,
                "events");
    }
}
