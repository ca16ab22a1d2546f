package org.allianceexplorer.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineData;
import org.allianceexplorer.timeline.model.TimelineFilter;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * The timeline screen's state and commands: the data of the open database (read in the background), the
 * filters, lane mode and visible window; the as-of date is the shared one, and a click selects a record in
 * the shared navigation. No nodes here.
 */
public final class TimelineViewModel {

    private static final I18n.Messages T = I18n.of(TimelineViewModel.class);

    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final ObjectProperty<String> party = new SimpleObjectProperty<>(this, "party");
    private final ObjectProperty<AllianceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<String> assembly = new SimpleObjectProperty<>(this, "assembly");
    private final ObjectProperty<TimelineFilter> filter =
            new SimpleObjectProperty<>(this, "filter", TimelineFilter.ALL);
    private final ObjectProperty<LaneMode> laneMode =
            new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_ALLIANCE);
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(
            this, "range", TimeRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)));
    private final BooleanProperty hideEmptyLanes = new SimpleBooleanProperty(this, "hideEmptyLanes", true);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ObservableList<Election> elections = FXCollections.observableArrayList();
    private final ObservableList<String> assemblies = FXCollections.observableArrayList();
    private final ObservableSet<String> collapsed = FXCollections.observableSet();
    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model");
    private final BooleanProperty building = new SimpleBooleanProperty(this, "building");
    /** The latest model request; a job whose number is older is superseded and its result dropped. */
    /** Keys of this view-model's jobs: a newer layout or load replaces the one still running. */
    private final Object layoutJob = new Object();

    private final Object loadJob = new Object();
    private final ObjectProperty<FigureStyle> style = new SimpleObjectProperty<>(this, "style", FigureStyle.LIGHT);

    public TimelineViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        party.addListener(o -> updateFilter());
        kind.addListener(o -> updateFilter());
        level.addListener(o -> updateFilter());
        assembly.addListener(o -> updateFilter());
        data.addListener(o -> rebuild());
        filter.addListener(o -> rebuild());
        laneMode.addListener(o -> rebuild());
        collapsed.addListener((SetChangeListener<String>) c -> rebuild());
        // a large database's timeline is built only once the Timeline is shown
        Runnable reloadWhenShown = WhenShown.defer(state, "timeline", this::reload);
        state.sessionProperty().addListener((o, a, b) -> reloadWhenShown.run());
        state.darkThemeProperty().addListener((o, a, b) -> style.set(b ? FigureStyle.DARK : FigureStyle.LIGHT));
        style.set(state.darkThemeProperty().get() ? FigureStyle.DARK : FigureStyle.LIGHT);
        reloadWhenShown.run();
    }

    private void updateFilter() {
        TimelineFilter f = TimelineFilter.ALL;
        if (party.get() != null) {
            f = f.withParties(List.of(party.get()));
        }
        if (kind.get() != null) {
            f = f.withKinds(List.of(kind.get()));
        }
        if (level.get() != null) {
            f = f.withLevels(List.of(level.get()));
        }
        if (assembly.get() != null) {
            f = f.withAssemblies(List.of(assembly.get()));
        }
        filter.set(f);
    }

    /**
     * Builds the lanes for the current data, filter, lane mode and folded lanes on the background runner
     * (about a second at 50,000 items): the screen keeps the previous model meanwhile, and a newer request
     * supersedes an older one (a superseded job that has not started skips the work; its result is dropped).
     */
    private void rebuild() {
        TimelineData d = data.get();
        TimelineFilter f = filter.get();
        LaneMode m = laneMode.get();
        Set<String> folded = Set.copyOf(collapsed);
        building.set(true);
        tasks.run(
                layoutJob,
                T.t("task.layout"),
                () -> TimelineModel.build(d, f, m, folded),
                built -> {
                    building.set(false);
                    model.set(built);
                },
                e -> {
                    building.set(false);
                    error.set(T.t("task.layout.failed", e.getMessage()));
                });
    }

    /** Reads the open database's timeline in the background. */
    public void reload() {
        Session s = state.getSession();
        if (s == null) {
            show(TimelineData.EMPTY);
            return;
        }
        loading.set(true);
        tasks.run(
                loadJob,
                T.t("task.load"),
                () -> TimelineData.load(s.repositories()),
                d -> {
                    loading.set(false);
                    error.set("");
                    show(d);
                },
                e -> {
                    loading.set(false);
                    error.set(T.t("task.load.failed", e.getMessage()));
                    show(TimelineData.EMPTY);
                });
    }

    private void show(TimelineData d) {
        boolean first = data.get().isEmpty();
        data.set(d);
        parties.setAll(d.parties().stream()
                .map(p -> p.abbreviation())
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList());
        List<Election> el = new ArrayList<>(
                d.elections().stream().filter(e -> e.pollingDay() != null).toList());
        el.sort(Comparator.comparing(Election::pollingDay).reversed());
        elections.setAll(el);
        Set<String> as = new TreeSet<>();
        for (DealClaim c : d.claims()) {
            as.add(TimelineModel.assemblyOf(c.seat()));
        }
        assemblies.setAll(as);
        if (party.get() != null && !parties.contains(party.get())) {
            party.set(null);
        }
        if (first && !el.isEmpty()) {
            jumpToElection(el.get(0)); // the latest election's campaign: where the stories are
        }
    }

    // ---- commands

    /** Selects a record: the detail pane and the other screens follow. */
    public void select(RecordRef ref) {
        if (ref != null) {
            state.navigation().go(ref);
        }
    }

    public void jumpToElection(Election e) {
        if (e != null && e.pollingDay() != null) {
            range.set(TimeRange.campaign(e));
        }
    }

    public void jumpTo(LocalDate day) {
        if (day != null) {
            range.set(range.get().centredOn(day.toEpochDay() + 0.5));
        }
    }

    /** Goes to a date as typed: a day is centred (the zoom kept), a month or a year is shown whole. */
    public void goTo(PartialDate d) {
        if (d == null) {
            return;
        }
        if (d.precision() == PartialDate.Precision.DAY) {
            jumpTo(d.earliest());
        } else {
            range.set(TimeRange.of(d.earliest(), d.latest()));
        }
    }

    public void fitAll() {
        if (model.get() != null) {
            range.set(model.get().fullRange());
        }
    }

    /** Folds or unfolds a lane ({@link Lane#key()}). */
    public void toggleCollapsed(String laneKey) {
        if (!collapsed.remove(laneKey)) {
            collapsed.add(laneKey);
        }
    }

    public void zoomIn() {
        range.set(range.get().zoom(1 / 1.5, range.get().centre()));
    }

    public void zoomOut() {
        range.set(range.get().zoom(1.5, range.get().centre()));
    }

    public void clearFilters() {
        party.set(null);
        kind.set(null);
        level.set(null);
        assembly.set(null);
    }

    // ---- state

    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public ObjectProperty<TimelineFilter> filterProperty() {
        return filter;
    }

    /** The one party to show ({@code null}: all). */
    public ObjectProperty<String> partyProperty() {
        return party;
    }

    public ObjectProperty<AllianceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObjectProperty<String> assemblyProperty() {
        return assembly;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public BooleanProperty hideEmptyLanesProperty() {
        return hideEmptyLanes;
    }

    /** Keeps the timeline's cursor on the shared as-of date; dragging it sets that date (AppState.setAsOf). */
    public void followAsOf(Property<LocalDate> cursor) {
        state.follow(cursor);
    }

    /** The shared selection. */
    public ReadOnlyObjectProperty<RecordRef> selectedProperty() {
        return state.navigation().currentProperty();
    }

    /** The painter's colours: dark with the dark theme. */
    public ObjectProperty<FigureStyle> styleProperty() {
        return style;
    }

    /** The lanes and items for the current data, filter, lane mode and folded lanes (built in the background). */
    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    /** Keys of the folded lanes. */
    public ObservableSet<String> collapsedLanes() {
        return collapsed;
    }

    /** True while a newer model is being built (the screen shows the previous one). */
    public BooleanProperty buildingProperty() {
        return building;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<String> parties() {
        return parties;
    }

    /** Elections, the latest first. */
    public ObservableList<Election> elections() {
        return elections;
    }

    public ObservableList<String> assemblies() {
        return assemblies;
    }
}
