package org.allianceexplorer;

import java.util.List;
import org.allianceexplorer.alliances.AlliancesViewModel;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.EditCommands;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.charts.ChartsScreen;
import org.allianceexplorer.deals.DealsViewModel;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.elections.ElectionsView;
import org.allianceexplorer.elections.ElectionsViewModel;
import org.allianceexplorer.events.EventsViewModel;
import org.allianceexplorer.graph.GraphScreen;
import org.allianceexplorer.history.HistoryView;
import org.allianceexplorer.history.HistoryViewModel;
import org.allianceexplorer.parties.PartiesViewModel;
import org.allianceexplorer.people.PeopleViewModel;
import org.allianceexplorer.sources.SourcesView;
import org.allianceexplorer.sources.SourcesViewModel;
import org.allianceexplorer.table.RecordTableScreen;
import org.allianceexplorer.table.RecordTableScreen.Info;
import org.allianceexplorer.timeline.TimelineScreen;

/**
 * The window's screens, in the navigation bar's order (Ctrl+1 is the first): each one's id (the key of its settings),
 * title (its package's {@code screen.title}, in the interface's language), icon and what it lists. A screen makes
 * its view-model and view when it is first shown, so the window's first frame waits for none of them.
 */
public final class Screens {

    private Screens() {}

    public static List<Screen> of(AppState state, TaskRunner tasks, DialogService dialogs, EditCommands edits) {
        return List.of(
                RecordTableScreen.plain(
                        info("parties", PartiesViewModel.class, "mdi2f-flag-variant-outline"),
                        RecordKind.PARTIES,
                        () -> new PartiesViewModel(state, tasks, dialogs).table()),
                RecordTableScreen.plain(
                        info("people", PeopleViewModel.class, "mdi2a-account-multiple-outline"),
                        RecordKind.PEOPLE,
                        () -> new PeopleViewModel(state, tasks, dialogs).table()),
                RecordTableScreen.plain(
                        info("alliances", AlliancesViewModel.class, "mdi2h-handshake-outline"),
                        RecordKind.ALLIANCES,
                        () -> new AlliancesViewModel(state, tasks, dialogs).table()),
                RecordTableScreen.plain(
                        info("deals", DealsViewModel.class, "mdi2s-swap-horizontal"),
                        RecordKind.DEALS,
                        () -> new DealsViewModel(state, tasks, dialogs).table()),
                // elections and their seats' results: the table lists constituencies
                RecordTableScreen.of(
                        info("elections", ElectionsViewModel.class, "mdi2v-vote-outline"),
                        RecordKind.CONSTITUENCIES,
                        () -> new ElectionsViewModel(state, tasks, dialogs),
                        ElectionsViewModel::table,
                        ElectionsView::new),
                RecordTableScreen.plain(
                        info("events", EventsViewModel.class, "mdi2c-calendar-star"),
                        RecordKind.EVENTS,
                        () -> new EventsViewModel(state, tasks, dialogs).table()),
                RecordTableScreen.of(
                        info("sources", SourcesViewModel.class, "mdi2b-book-open-page-variant-outline"),
                        RecordKind.SOURCES,
                        () -> new SourcesViewModel(state, tasks, dialogs),
                        SourcesViewModel::table,
                        SourcesView::new),
                new TimelineScreen(state, tasks),
                new GraphScreen(state, tasks),
                new ChartsScreen(state, tasks),
                // every change made to the open database, newest first: not one kind of record
                RecordTableScreen.of(
                        info("history", HistoryViewModel.class, "mdi2h-history"),
                        null,
                        () -> new HistoryViewModel(state, tasks, dialogs),
                        HistoryViewModel::table,
                        m -> new HistoryView(m, edits)));
    }

    /** A table screen's id, icon and title: {@code screen.title} of the package of {@code feature}. */
    private static Info info(String id, Class<?> feature, String icon) {
        return new Info(id, I18n.screenTitle(feature), icon);
    }
}
