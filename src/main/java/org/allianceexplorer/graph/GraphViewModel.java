package org.allianceexplorer.graph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AnimationSource;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.graph.model.CircularLayout;
import org.allianceexplorer.graph.model.EdgeType;
import org.allianceexplorer.graph.model.ForceDirectedLayout;
import org.allianceexplorer.graph.model.GraphAnimation;
import org.allianceexplorer.graph.model.GraphData;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.GraphLayout;
import org.allianceexplorer.graph.model.GraphMeasures;
import org.allianceexplorer.graph.model.GraphPositions;
import org.allianceexplorer.graph.model.GraphQuery;
import org.allianceexplorer.graph.model.GraphSnapshot;
import org.allianceexplorer.graph.model.PartyNode;

/**
 * The Relationships screen's state and commands. Reads the whole relationship data of the open database
 * once (in the background), then derives and lays out the graph of the shared as-of date and the
 * filters, also in the background: every job goes through the {@link TaskRunner}; results change state
 * on the FX thread. While a job runs, further changes are coalesced into one more job.
 *
 * <p>The node positions are owned by the FX thread: dragging moves them here ({@link #moveNode}); a
 * layout job starts from a copy, so nodes keep their place when the date moves.
 */
public final class GraphViewModel {

    private static final I18n.Messages T = I18n.of(GraphViewModel.class);

    /** Force-directed or circular. */
    public enum LayoutKind {
        FORCE,
        CIRCULAR
    }

    /** An alliance scope for the province/city filter: a level and a region ({@code null}s mean any). */
    public record Scope(String label, Level level, String region) {
        /** All levels and regions (its label is the interface's, read when shown). */
        public static final Scope ALL = new Scope(null, null, null);

        @Override
        public String toString() {
            return label == null ? T.t("scope.all") : label;
        }
    }

    private final AppState state;
    private final ObjectBinding<FigureStyle> style;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<GraphData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<GraphSnapshot> snapshot =
            new ReadOnlyObjectWrapper<>(this, "snapshot", GraphSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<GraphFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ObservableList<GraphMeasures.PartyMeasure> measures = FXCollections.observableArrayList();
    private final ObservableList<String> elections = FXCollections.observableArrayList();
    private final ObservableList<String> assemblies = FXCollections.observableArrayList();
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList(Scope.ALL);
    private final ObservableList<String> parties = FXCollections.observableArrayList();

    private final ObjectProperty<String> election = new SimpleObjectProperty<>(this, "election");
    private final ObjectProperty<String> assembly = new SimpleObjectProperty<>(this, "assembly");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final Map<EdgeType, BooleanProperty> shown = new EnumMap<>(EdgeType.class);
    private final ObjectProperty<String> egoParty = new SimpleObjectProperty<>(this, "egoParty");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 1);
    private final BooleanProperty showIsolated = new SimpleBooleanProperty(this, "showIsolated", false);
    private final ObjectProperty<LayoutKind> layout = new SimpleObjectProperty<>(this, "layout", LayoutKind.FORCE);
    private final BooleanProperty nativeNames = new SimpleBooleanProperty(this, "nativeNames", false);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ReadOnlyStringWrapper compareNote = new ReadOnlyStringWrapper(this, "compareNote", "");
    /** Compare mode: the earlier day the as-of day's ties are set against; {@code null}: off. */
    private final ObjectProperty<LocalDate> compareFrom = new SimpleObjectProperty<>(this, "compareFrom");

    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin");
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax");
    private final ReadOnlyDoubleWrapper sliderValue = new ReadOnlyDoubleWrapper(this, "sliderValue");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", T.t("latest"));

    private GraphPositions positions = new GraphPositions();
    /** Keys of the loading job; the layout job's handle (so a new database cancels a stale layout). */
    private final Object loadJob = new Object();

    private TaskRunner.Handle layoutJob;

    public GraphViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.style = state.figureStyle();
        this.tasks = tasks;
        for (EdgeType t : EdgeType.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, "shown" + t.name(), true);
            p.addListener((o, a, b) -> recompute());
            shown.put(t, p);
        }
        // a large database's graph is loaded and derived only while Relationships is shown
        Runnable loadWhenShown = WhenShown.follow(state, "graph", this::load, this::recompute);
        WhenShown.onChange(this::recompute, election, assembly, scope, egoParty, depth, showIsolated, compareFrom);
        layout.addListener((o, a, b) -> {
            if (b == LayoutKind.FORCE) {
                positions = keepPinned(positions);
            }
            recompute();
        });
        nativeNames.addListener((o, a, b) -> {
            // native names make labels wider: lay out again from where the nodes are, so each has room for its label
            refreshFigure();
            recompute();
        });
        state.navigation().currentProperty().addListener((o, a, b) -> {
            selected.set(b != null && b.kind() == RecordKind.PARTIES ? b.label() : null);
            refreshFigure();
        });
        data.addListener((o, a, b) -> syncSlider());
        state.asOfProperty().addListener((o, a, b) -> syncSlider());
        syncSlider();
        loadWhenShown.run();
    }

    private void load() {
        Session s = state.getSession();
        data.set(null);
        snapshot.set(GraphSnapshot.EMPTY);
        measures.clear();
        positions = new GraphPositions();
        refreshFigure();
        if (s == null) {
            return;
        }
        computing.set(true);
        if (layoutJob != null) {
            layoutJob.cancel(); // a layout of the database that was open is not wanted any more
        }
        tasks.run(
                loadJob,
                T.t("task.read"),
                () -> GraphData.load(s.repositories(), s.repositories().relationships()),
                d -> {
                    computing.set(false);
                    showData(d);
                },
                e -> {
                    computing.set(false);
                    data.set(null);
                });
    }

    private void showData(GraphData d) {
        elections.setAll(d.elections().stream()
                .filter(e -> hasDeals(d, e) || d.seats().containsKey(e.code()))
                .map(Election::code)
                .toList());
        assemblies.setAll(new TreeSet<>(d.deals().stream()
                .map(SeatDeal::assembly)
                .filter(a -> a != null)
                .toList()));
        List<Scope> sc = new ArrayList<>();
        sc.add(Scope.ALL);
        for (Level l : Level.values()) {
            sc.add(new Scope(T.name("scope", l), l, null));
        }
        Set<String> regions = new TreeSet<>();
        for (Alliance a : d.alliances()) {
            if (a.region() != null && !a.region().isBlank()) {
                regions.add(a.region());
            }
        }
        regions.forEach(r -> sc.add(new Scope(T.t("scope.region", r), null, r)));
        scopes.setAll(sc);
        // a list control clears its value when its items are replaced: start from "all" again
        scope.set(Scope.ALL);
        parties.setAll(d.parties().stream()
                .map(Party::abbreviation)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList());
        data.set(d);
        recompute();
    }

    private static boolean hasDeals(GraphData d, Election e) {
        return d.deals().stream().anyMatch(x -> e.name().equals(x.election()));
    }

    /** The query the current filters make. */
    public GraphQuery query() {
        Set<EdgeType> types = EnumSet.noneOf(EdgeType.class);
        shown.forEach((t, p) -> {
            if (p.get()) {
                types.add(t);
            }
        });
        Scope s = scope.get() == null ? Scope.ALL : scope.get();
        return new GraphQuery(
                state.getAsOf(),
                election.get(),
                assembly.get(),
                s.level(),
                s.region(),
                types,
                egoParty.get(),
                depth.get(),
                showIsolated.get());
    }

    /** Derives and lays out the graph again (after a change of date or filter). */
    public void recompute() {
        GraphData d = data.get();
        if (d == null) {
            return;
        }
        GraphQuery q = query();
        boolean withNative = nativeNames.get();
        GraphPositions start = positions.copy();
        GraphLayout algorithm = layout.get() == LayoutKind.CIRCULAR ? new CircularLayout() : new ForceDirectedLayout();
        LocalDate before = comparing(compareDefaultTo()) ? compareFrom.get() : null;
        if (before != null && q.asOf() == null) {
            // the latest state compared: the data's last day is the later day
            q = q.withAsOf(compareDefaultTo());
        }
        GraphQuery query = q;
        computing.set(true);
        // latest wins: a newer date or filter (a step of Play) replaces the layout still being computed
        layoutJob = tasks.run(
                this,
                T.t("task.layout"),
                () -> before == null
                        ? GraphSnapshot.compute(d, query, start, algorithm, withNative)
                        : GraphSnapshot.compare(d, query, before, start, algorithm, withNative),
                snap -> {
                    computing.set(false);
                    if (data.get() != d) {
                        return;
                    }
                    // keep drags made while the job ran
                    GraphPositions p = snap.positions().copy();
                    for (long id : positions.ids()) {
                        if (positions.pinned(id)) {
                            p.set(id, positions.x(id), positions.y(id));
                            p.pin(id, true);
                        }
                    }
                    positions = p;
                    snapshot.set(snap);
                    measures.setAll(snap.measures());
                    refreshFigure();
                },
                e -> computing.set(false));
    }

    /**
     * Whether compare mode applies with {@code to} as the later day (the as-of day, else the data's last): a
     * compare day is set and falls before it; otherwise the graph is the plain one and
     * {@link #compareNoteProperty()} says why.
     */
    private boolean comparing(LocalDate to) {
        LocalDate from = compareFrom.get();
        boolean on = from != null && to != null && from.isBefore(to);
        compareNote.set(
                from == null || on
                        ? ""
                        : T.t(
                                "compare.tooLate",
                                to == null
                                        ? T.t("compare.none")
                                        : PartialDate.of(to).display()));
        return on;
    }

    private static GraphPositions keepPinned(GraphPositions p) {
        GraphPositions out = new GraphPositions();
        for (long id : p.ids()) {
            if (p.pinned(id)) {
                out.set(id, p.x(id), p.y(id));
                out.pin(id, true);
            }
        }
        return out;
    }

    private void refreshFigure() {
        GraphSnapshot s = snapshot.get();
        if (s == null || s == GraphSnapshot.EMPTY) {
            figure.set(null);
            return;
        }
        GraphFigure.Options o = new GraphFigure.Options(nativeNames.get(), null, selected.get(), true);
        GraphFigure f = figure.get();
        if (f != null && f.graph() == s.graph() && f.info() != null) {
            figure.set(f.with(o).withPositions(positions));
        } else {
            figure.set(s.figure(o).withPositions(positions));
        }
    }

    // --- commands -----------------------------------------------------------------------------------------

    /** Selects a party: the detail pane and other screens follow (through the shared navigation). */
    public void select(String abbreviation) {
        PartyNode n = snapshot.get().graph().node(abbreviation);
        if (n != null) {
            state.navigation().go(new RecordRef(RecordKind.PARTIES, n.id(), n.abbreviation()));
        }
    }

    /** Opens the ego network of a party (keeps the depth). */
    public void openEgo(String abbreviation) {
        egoParty.set(abbreviation);
    }

    /** Moves a party to a layout position and pins it there (a drag). */
    public void moveNode(String abbreviation, double x, double y) {
        PartyNode n = snapshot.get().graph().node(abbreviation);
        if (n == null) {
            return;
        }
        positions.set(n.id(), x, y);
        positions.pin(n.id(), true);
        refreshFigure();
    }

    /** Pins or unpins a party where it is. */
    public void togglePin(String abbreviation) {
        PartyNode n = snapshot.get().graph().node(abbreviation);
        if (n != null && positions.has(n.id())) {
            positions.pin(n.id(), !positions.pinned(n.id()));
            refreshFigure();
        }
    }

    public void unpinAll() {
        positions.unpinAll();
        refreshFigure();
    }

    /** Forgets the positions (pins kept) and lays out afresh. */
    public void relayout() {
        positions = keepPinned(positions);
        recompute();
    }

    /** The first and last day of the time slider: from the earliest tie in the data to the latest. */
    public LocalDate firstDay() {
        return data.get() == null ? LocalDate.of(1970, 1, 1) : data.get().earliestDay();
    }

    public LocalDate lastDay() {
        return data.get() == null ? LocalDate.now() : data.get().latestDay();
    }

    /**
     * One frame of the animation: moves the shared date forward by about a sixtieth of the range (at least a
     * day); stops playing at the end. Skipped while a layout is still running, so frames never queue up.
     */
    public void step() {
        if (data.get() == null || computing.get()) {
            return;
        }
        LocalDate first = firstDay();
        LocalDate last = lastDay();
        LocalDate now = state.getAsOf() == null || state.getAsOf().isAfter(last) ? first : state.getAsOf();
        long stepDays = Math.max(1, ChronoUnit.DAYS.between(first, last) / 60);
        LocalDate next = now.plusDays(stepDays);
        if (!next.isBefore(last)) {
            next = last;
            playing.set(false);
        }
        state.setAsOf(next);
    }

    /**
     * Export > Animation…: the graph of {@link #query()} (the filters as set now) on each frame day, offered over the
     * slider's range (a year up to the shown day while the data is still being read). The data read for the screen
     * is reused, else read in the export's job; the union of the range is laid out with the screen's layout.
     */
    public AnimationSource animation() {
        GraphQuery q = query();
        GraphData loaded = data.get();
        Session s = state.getSession();
        GraphLayout union = layout.get() == LayoutKind.CIRCULAR ? new CircularLayout() : new ForceDirectedLayout();
        LocalDate last = loaded != null ? lastDay() : state.getAsOf() != null ? state.getAsOf() : LocalDate.now();
        LocalDate first = loaded != null ? firstDay() : last.minusYears(1);
        return new AnimationSource(T.t("animation.subject"), "relationships", first, last, (days, progress) -> {
            GraphData d = loaded != null
                    ? loaded
                    : GraphData.load(s.repositories(), s.repositories().relationships());
            return GraphAnimation.of(d, q, days, union, progress);
        });
    }

    // --- the time slider: its range and position follow the data and the shared date --------------------

    /** The slider's first day (epoch day): the earliest date in the data. */
    public ReadOnlyDoubleProperty sliderMinProperty() {
        return sliderMin.getReadOnlyProperty();
    }

    /** The slider's last day (epoch day): the latest date in the data. */
    public ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }

    /** Where the slider stands (epoch day): the shared as-of date, the end for "latest". */
    public ReadOnlyDoubleProperty sliderValueProperty() {
        return sliderValue.getReadOnlyProperty();
    }

    /** The date beside the slider: "Latest" or the as-of date as people read it. */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** The user moved the slider: the shared date becomes that day (unless it already stands there). */
    public void slideTo(double epochDay) {
        long day = Math.round(epochDay);
        if (day == Math.round(sliderValue.get())) {
            return;
        }
        state.setAsOf(LocalDate.ofEpochDay(day));
    }

    /** Back to the latest state. */
    public void latest() {
        playing.set(false);
        state.setAsOf(null);
    }

    private void syncSlider() {
        sliderMin.set(firstDay().toEpochDay());
        sliderMax.set(lastDay().toEpochDay());
        LocalDate d = state.getAsOf();
        sliderValue.set(d == null ? sliderMax.get() : d.toEpochDay());
        dateText.set(d == null ? T.t("latest") : PartialDate.of(d).display());
    }

    // --- properties ---------------------------------------------------------------------------------------

    /** The later day of compare mode as things stand: the as-of day, else the data's last day ({@code null}: no data). */
    public LocalDate compareDefaultTo() {
        return state.getAsOf() != null ? state.getAsOf() : lastDay();
    }

    /** Compare mode's earlier day ({@code null}: off). */
    public ObjectProperty<LocalDate> compareFromProperty() {
        return compareFrom;
    }

    /** Why compare mode shows no comparison (the days are the wrong way round, no as-of day), else empty. */
    public ReadOnlyStringProperty compareNoteProperty() {
        return compareNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The canvas colours: {@link org.allianceexplorer.figure.FigureStyle#DARK} while the dark theme is on. */
    public ObjectBinding<FigureStyle> styleProperty() {
        return style;
    }

    public ReadOnlyObjectProperty<GraphFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public GraphFigure figure() {
        return figure.get();
    }

    public ReadOnlyObjectProperty<GraphData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ObservableList<GraphMeasures.PartyMeasure> measures() {
        return measures;
    }

    public ObservableList<String> elections() {
        return elections;
    }

    public ObservableList<String> assemblies() {
        return assemblies;
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObservableList<String> parties() {
        return parties;
    }

    public ObjectProperty<String> electionProperty() {
        return election;
    }

    public ObjectProperty<String> assemblyProperty() {
        return assembly;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty shownProperty(EdgeType t) {
        return shown.get(t);
    }

    public ObjectProperty<String> egoPartyProperty() {
        return egoParty;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public BooleanProperty showIsolatedProperty() {
        return showIsolated;
    }

    public ObjectProperty<LayoutKind> layoutProperty() {
        return layout;
    }

    public BooleanProperty nativeNamesProperty() {
        return nativeNames;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public AppState state() {
        return state;
    }

    /** The current positions (FX thread only; tests). */
    GraphPositions positions() {
        return positions;
    }
}
