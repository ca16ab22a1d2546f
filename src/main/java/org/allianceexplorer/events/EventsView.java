package org.allianceexplorer.events;

import javafx.scene.layout.BorderPane;
import org.allianceexplorer.table.RecordTableView;

/** The events table. */
public final class EventsView extends BorderPane {

    public EventsView(EventsViewModel model) {
        setId("events-view");
        setCenter(new RecordTableView<>(model.table(), "events"));
    }
}
