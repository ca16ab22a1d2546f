package org.allianceexplorer.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.app.WhenShown;
import org.allianceexplorer.charts.model.ChartFigure;
import org.allianceexplorer.charts.model.ChartKind;
import org.allianceexplorer.charts.model.ChartRequest;
import org.allianceexplorer.charts.model.Charts;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.figure.FigureStyle;

/**
 * The Charts screen's state and commands: which chart, for which parties, election and assembly, as of the
 * shared as-of date. Every change builds the chart anew in the background through the {@link TaskRunner};
 * changes made while a chart is being built are coalesced into one more build. No {@code javafx.scene}.
 */
public final class ChartsViewModel {

    private static final I18n.Messages T = I18n.of(ChartsViewModel.class);

    /** The pickers' choices, read once per database. */
    private record Choices(List<String> parties, List<String> elections, List<String> assemblies) {}

    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(this, "kind", ChartKind.LEDGER);
    private final ObjectProperty<String> party = new SimpleObjectProperty<>(this, "party");
    private final ObjectProperty<String> partner = new SimpleObjectProperty<>(this, "partner");
    private final ObjectProperty<String> election = new SimpleObjectProperty<>(this, "election");
    private final ObjectProperty<String> assembly = new SimpleObjectProperty<>(this, "assembly");
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ObservableList<String> elections = FXCollections.observableArrayList();
    private final ObservableList<String> assemblies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartFigure<?>> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building");
    private final ObjectBinding<FigureStyle> style;
    /** Key of the job reading the pickers' choices (a newer database replaces it). */
    private final Object choicesJob = new Object();

    private TaskRunner.Handle chartJob;

    public ChartsViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        this.style = state.figureStyle();
        // charts over a large database are drawn only while Charts is shown
        Runnable loadWhenShown = WhenShown.follow(state, "charts", this::load, this::rebuild);
        WhenShown.onChange(this::rebuild, kind, party, partner, election, assembly);
        loadWhenShown.run();
    }

    private void load() {
        Session s = state.getSession();
        if (chartJob != null) {
            // a chart of the database that was open is not wanted any more
            chartJob.cancel();
            building.set(false);
        }
        figure.set(null);
        if (s == null) {
            return;
        }
        tasks.run(
                choicesJob,
                T.t("reading"),
                () -> new Choices(
                        s.repositories().parties().parties(RecordFilter.ALL).stream()
                                .map(Party::abbreviation)
                                .sorted()
                                .toList(),
                        s.repositories().elections().elections(RecordFilter.ALL).stream()
                                .map(Election::name)
                                .toList(),
                        s.repositories().elections().assemblies().stream()
                                .map(Assembly::code)
                                .toList()),
                c -> {
                    parties.setAll(c.parties());
                    elections.setAll(c.elections());
                    assemblies.setAll(c.assemblies());
                    rebuild();
                },
                e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** The request the pickers and the shared as-of date make. */
    public ChartRequest request() {
        List<String> ps = new ArrayList<>();
        if (party.get() != null) {
            ps.add(party.get());
        }
        ChartKind k = kind.get();
        if (partner.get() != null && k.usesPartner()) {
            ps.add(partner.get());
        }
        return new ChartRequest(
                state.getAsOf(),
                ps,
                k.usesElection() ? election.get() : null,
                k.usesAssembly() ? assembly.get() : null);
    }

    /** Builds the chart in the background; a newer request replaces the one being built (latest wins). */
    public void rebuild() {
        Session s = state.getSession();
        if (s == null) {
            return;
        }
        building.set(true);
        ChartKind k = kind.get();
        ChartRequest q = request();
        chartJob = tasks.run(
                this,
                T.t("drawing", ChartsView.title(k).toLowerCase(Locale.ROOT)),
                () -> Charts.build(k, s.repositories(), s.repositories().charts(), q),
                f -> {
                    building.set(false);
                    figure.set(f);
                    error.set("");
                },
                e -> {
                    building.set(false);
                    error.set(e.getMessage() == null ? e.toString() : e.getMessage());
                });
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    /** The party (ledger: the first-named party of every row; outcomes, membership: only its deals or alliances). */
    public ObjectProperty<String> partyProperty() {
        return party;
    }

    /** The second party of a pair (ledger, outcomes). */
    public ObjectProperty<String> partnerProperty() {
        return partner;
    }

    /** Election name ({@code null}: all for deal charts, the latest with results for the results chart). */
    public ObjectProperty<String> electionProperty() {
        return election;
    }

    /** Assembly code for the results chart ({@code null}: NA). */
    public ObjectProperty<String> assemblyProperty() {
        return assembly;
    }

    public ObservableList<String> parties() {
        return parties;
    }

    public ObservableList<String> elections() {
        return elections;
    }

    public ObservableList<String> assemblies() {
        return assemblies;
    }

    /** The chart on screen, {@code null} until one is built. */
    public ReadOnlyObjectProperty<ChartFigure<?>> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ChartFigure<?> figure() {
        return figure.get();
    }

    /** Why the last chart could not be built (empty when it could). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** {@link FigureStyle#DARK} while the dark theme is on. */
    public ObjectBinding<FigureStyle> styleProperty() {
        return style;
    }
}
