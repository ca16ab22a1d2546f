package org.allianceexplorer.graph;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.allianceexplorer.app.DateField;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.graph.model.EdgeType;
import org.allianceexplorer.graph.model.GraphMeasures;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Relationships screen: a time slider with a play button, the filters, the graph control and a side
 * table of measures (degree, weighted degree, betweenness, component). Nodes and bindings only; the
 * state and commands are in {@link GraphViewModel}.
 */
public final class GraphView extends BorderPane {

    private static final I18n.Messages T = I18n.of(GraphView.class);

    private static final String ALL = "All";
    private final GraphViewModel model;
    private final GraphControl control = new GraphControl();
    private final Slider slider = new Slider();
    /** From this width on, the measures table is shown beside the graph from the start. */
    private static final double WIDE = 850;

    private boolean measuresChosen;
    private final BooleanProperty showMeasures = new SimpleBooleanProperty(true);

    public GraphView(GraphViewModel model) {
        this.model = model;
        setId("graph-view");
        getStylesheets().add(GraphView.class.getResource("graph.css").toExternalForm());

        control.setId("graph-control");
        control.figureProperty().bind(model.figureProperty());
        control.figureStyleProperty().bind(model.styleProperty());
        control.onPartyClickedProperty().set(model::select);
        control.onPartyOpenedProperty().set(model::openEgo);
        control.onPartyMovedProperty().set(model::moveNode);
        control.onPartyPinToggledProperty().set(model::togglePin);

        TableView<GraphMeasures.PartyMeasure> table = measuresTable();
        SplitPane split = new SplitPane(control, table);
        split.setId("graph-split");
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(table, false);
        showMeasures.addListener((o, a, b) -> {
            if (b && !split.getItems().contains(table)) {
                split.getItems().add(table);
                split.setDividerPositions(0.7);
            } else if (!b) {
                split.getItems().remove(table);
            }
        });
        // the measures sit beside the graph while the screen is wide enough for both; on a laptop the graph gets the
        // room, and the Measures button shows them (once pressed, the user's choice holds whatever the width)
        widthProperty().addListener((o, a, b) -> {
            if (!measuresChosen && b.doubleValue() > 0) {
                showMeasures.set(b.doubleValue() >= WIDE);
            }
        });
        // the bars wrap (and the less-used choices sit in a menu), so the screen never needs more than a laptop's width
        setTop(new VBox(timeBar(), filterBar()));
        setCenter(split);
        setMinSize(0, 0);
    }

    private HBox timeBar() {
        ToggleButton play = new ToggleButton(null, new FontIcon("mdi2p-play"));
        play.setId("graph-play");
        play.setTooltip(new Tooltip(T.t("play.tip")));
        play.selectedProperty().bindBidirectional(model.playingProperty());
        play.selectedProperty()
                .addListener((o, a, b) -> play.setGraphic(new FontIcon(b ? "mdi2p-pause" : "mdi2p-play")));
        Timeline timer = new Timeline(new KeyFrame(Duration.millis(450), e -> model.step()));
        timer.setCycleCount(Timeline.INDEFINITE);
        model.playingProperty().addListener((o, a, b) -> {
            if (b) {
                timer.play();
            } else {
                timer.stop();
            }
        });

        slider.setId("graph-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(60);
        Label date = new Label();
        date.setId("graph-date");
        date.getStyleClass().add("graph-date");
        // the range, position and date text are the view-model's; the slider only shows them and reports moves
        date.textProperty().bind(model.dateTextProperty());
        // while the slider takes the model's range and position it reports nothing back (clamping to a new
        // range would otherwise read as a move)
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            slider.setMin(model.sliderMinProperty().get());
            slider.setMax(model.sliderMaxProperty().get());
            slider.setValue(model.sliderValueProperty().get());
            syncing[0] = false;
        };
        model.sliderMinProperty().addListener((o, a, b) -> sync.run());
        model.sliderMaxProperty().addListener((o, a, b) -> sync.run());
        model.sliderValueProperty().addListener((o, a, b) -> sync.run());
        sync.run();
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0]) {
                model.slideTo(b.doubleValue());
            }
        });
        Button latest = new Button(T.t("latest"));
        latest.setId("graph-latest");
        latest.setOnAction(e -> model.latest());
        HBox bar = new HBox(play, new Label(T.t("asOf")), date, slider, latest);
        bar.getStyleClass().addAll("graph-toolbar", "figure-toolbar");
        return bar;
    }

    private FlowPane filterBar() {
        ComboBox<String> election = choice("graph-election", model.elections(), T.t("filter.allElections"));
        election.valueProperty()
                .addListener((o, a, b) -> model.electionProperty().set(ALL.equals(b) ? null : b));
        ComboBox<String> assembly = choice("graph-assembly", model.assemblies(), T.t("filter.allAssemblies"));
        assembly.valueProperty()
                .addListener((o, a, b) -> model.assemblyProperty().set(ALL.equals(b) ? null : b));
        ChoiceBox<GraphViewModel.Scope> scope = new ChoiceBox<>(model.scopes());
        scope.setId("graph-scope");
        scope.setValue(GraphViewModel.Scope.ALL);
        scope.valueProperty().bindBidirectional(model.scopeProperty());

        MenuButton types = new MenuButton(T.t("filter.ties"));
        types.setId("graph-types");
        for (EdgeType t : EdgeType.values()) {
            CheckMenuItem item = new CheckMenuItem(edgeName(t));
            item.setId("graph-type-" + t.name().toLowerCase(Locale.ROOT));
            item.selectedProperty().bindBidirectional(model.shownProperty(t));
            types.getItems().add(item);
        }

        ComboBox<String> ego = new ComboBox<>();
        ego.setId("graph-ego");
        ego.setPromptText(T.t("ego.prompt"));
        ego.setItems(model.parties());
        ego.valueProperty().bindBidirectional(model.egoPartyProperty());
        ego.setTooltip(new Tooltip(T.t("ego.tip")));
        ChoiceBox<Integer> depth = new ChoiceBox<>(FXCollections.observableArrayList(1, 2));
        depth.setId("graph-depth");
        depth.setValue(1);
        depth.setConverter(Widgets.names(d -> T.t("ego.depth", d)));
        depth.setPrefWidth(104);
        depth.setMaxWidth(Region.USE_PREF_SIZE);
        depth.setTooltip(new Tooltip(T.t("ego.depth.tip")));
        depth.valueProperty().addListener((o, a, b) -> model.depthProperty().set(b == null ? 1 : b));
        Button allParties = new Button(null, new FontIcon("mdi2c-close"));
        allParties.setId("graph-all-parties");
        allParties.setTooltip(new Tooltip(T.t("ego.clear.tip")));
        allParties.setOnAction(e -> model.egoPartyProperty().set(null));
        allParties.disableProperty().bind(model.egoPartyProperty().isNull());
        Label egoLabel = new Label(T.t("ego.label"));
        HBox egoBox = new HBox(6, egoLabel, ego, depth, allParties);
        egoBox.setAlignment(Pos.CENTER_LEFT);

        ToggleButton measures = new ToggleButton(T.t("measures"), new FontIcon("mdi2t-table"));
        measures.setId("graph-show-measures");
        measures.setTooltip(new Tooltip(T.t("measures.tip")));
        measures.selectedProperty().bindBidirectional(showMeasures);
        measures.setOnAction(e -> measuresChosen = true);

        FlowPane bar = new FlowPane(8, 6, election, assembly, scope, types, egoBox, compareBox(), viewMenu(), measures);
        bar.getStyleClass().addAll("graph-toolbar", "figure-toolbar", "graph-filters");
        return bar;
    }

    /**
     * Compare mode: "Compare with" a day before the as-of day; the ties added since then lie on a band, those
     * ended are grey dashes, the rest fade (the legend says which is which). Off when unticked.
     */
    private HBox compareBox() {
        CheckBox on = new CheckBox(T.t("compare"));
        on.setId("graph-compare");
        on.setTooltip(new Tooltip(T.t("compare.tip")));
        DateField day = new DateField(DateField.Partial.FIRST_DAY);
        day.setId("graph-compare-from");
        day.setPrefWidth(150);
        day.setMinWidth(Region.USE_PREF_SIZE);
        day.disableProperty().bind(on.selectedProperty().not());
        Label note = new Label();
        note.setId("graph-compare-note");
        note.getStyleClass().add("graph-compare-note");
        note.textProperty().bind(model.compareNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        Runnable apply = () -> model.compareFromProperty().set(on.isSelected() ? day.getValue() : null);
        on.selectedProperty().addListener((o, a, b) -> {
            if (b && day.getValue() == null) {
                // a first guess: a month before the as-of day (or before the data's last day)
                LocalDate to = model.compareDefaultTo();
                day.setValue(to == null ? null : to.minusMonths(1));
            }
            apply.run();
        });
        day.valueProperty().addListener((o, a, b) -> apply.run());
        model.compareFromProperty().addListener((o, a, b) -> {
            on.setSelected(b != null);
            if (b != null) {
                day.setValue(b);
            }
        });
        HBox box = new HBox(6, on, day, note);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The less-used choices, in one menu: layout, native names, parties without ties, pins, the measures table. */
    private MenuButton viewMenu() {
        ToggleGroup layouts = new ToggleGroup();
        RadioMenuItem force = new RadioMenuItem(T.t("view.force"));
        force.setId("graph-layout-force");
        RadioMenuItem circular = new RadioMenuItem(T.t("view.circular"));
        circular.setId("graph-layout-circular");
        force.setToggleGroup(layouts);
        circular.setToggleGroup(layouts);
        Runnable syncLayout = () -> layouts.selectToggle(
                model.layoutProperty().get() == GraphViewModel.LayoutKind.CIRCULAR ? circular : force);
        syncLayout.run();
        model.layoutProperty().addListener((o, a, b) -> syncLayout.run());
        force.setOnAction(e -> model.layoutProperty().set(GraphViewModel.LayoutKind.FORCE));
        circular.setOnAction(e -> model.layoutProperty().set(GraphViewModel.LayoutKind.CIRCULAR));

        CheckMenuItem nativeNames = new CheckMenuItem(T.t("view.nativeNames"));
        nativeNames.setId("graph-native-names");
        nativeNames.selectedProperty().bindBidirectional(model.nativeNamesProperty());
        CheckMenuItem isolated = new CheckMenuItem(T.t("view.isolated"));
        isolated.setId("graph-isolated");
        isolated.selectedProperty().bindBidirectional(model.showIsolatedProperty());
        MenuItem relayout = new MenuItem(T.t("view.relayout"), new FontIcon("mdi2r-refresh"));
        relayout.setId("graph-relayout");
        relayout.setOnAction(e -> model.relayout());
        MenuItem unpin = new MenuItem(T.t("view.unpin"), new FontIcon("mdi2p-pin-off-outline"));
        unpin.setId("graph-unpin");
        unpin.setOnAction(e -> model.unpinAll());

        MenuButton view = new MenuButton(T.t("view"), new FontIcon("mdi2t-tune-variant"));
        view.setId("graph-view-menu");
        view.getItems()
                .addAll(
                        force,
                        circular,
                        new SeparatorMenuItem(),
                        nativeNames,
                        isolated,
                        new SeparatorMenuItem(),
                        relayout,
                        unpin);
        return view;
    }

    /** A kind of tie as the Ties menu names it (the figure's legend keeps its own words). */
    static String edgeName(EdgeType t) {
        return T.name("edgeType", t);
    }

    private static ComboBox<String> choice(String id, ObservableList<String> items, String allLabel) {
        ObservableList<String> shown = FXCollections.observableArrayList(ALL);
        shown.addAll(items);
        ComboBox<String> box = new ComboBox<>(shown);
        items.addListener((ListChangeListener<String>) c -> {
            String keep = box.getValue();
            shown.setAll(ALL);
            shown.addAll(items);
            box.setValue(shown.contains(keep) ? keep : ALL);
        });
        box.setId(id);
        box.setValue(ALL);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return ALL.equals(s) ? allLabel : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return box;
    }

    private TableView<GraphMeasures.PartyMeasure> measuresTable() {
        TableView<GraphMeasures.PartyMeasure> table = new TableView<>(model.measures());
        table.setId("graph-measures");
        table.getStyleClass().add("graph-measures");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .add(column(T.t("measure.party"), T.t("measure.party.tip"), GraphMeasures.PartyMeasure::party));
        table.getColumns()
                .add(column(T.t("measure.ties"), T.t("measure.ties.tip"), GraphMeasures.PartyMeasure::degree));
        table.getColumns()
                .add(column(
                        T.t("measure.weight"), T.t("measure.weight.tip"), GraphMeasures.PartyMeasure::weightedDegree));
        table.getColumns()
                .add(column(
                        T.t("measure.bridging"),
                        T.t("measure.bridging.tip"),
                        m -> Math.round(m.betweenness() * 10) / 10.0));
        table.getColumns()
                .add(column(T.t("measure.group"), T.t("measure.group.tip"), GraphMeasures.PartyMeasure::component));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.select(b.party());
            }
        });
        // every header fits its column: the table is at least as wide as its headers (with room for a scroll bar)
        DoubleBinding min = Bindings.createDoubleBinding(
                () -> 16
                        + table.getColumns().stream()
                                .mapToDouble(TableColumn::getMinWidth)
                                .sum(),
                table.getColumns().stream().map(TableColumn::minWidthProperty).toArray(Observable[]::new));
        table.minWidthProperty().bind(min);
        table.prefWidthProperty().bind(min);
        return table;
    }

    /**
     * A measures column headed by a short title with the measure's full name in a tooltip; the column is never
     * narrower than its title.
     */
    private static <T> TableColumn<GraphMeasures.PartyMeasure, T> column(
            String title, String tip, Function<GraphMeasures.PartyMeasure, T> value) {
        TableColumn<GraphMeasures.PartyMeasure, T> c = new TableColumn<>();
        Label header = new Label(title);
        header.getStyleClass().add("measure-title");
        header.setTooltip(new Tooltip(tip));
        header.setMinWidth(Region.USE_PREF_SIZE);
        c.setGraphic(header);
        // the title as laid out (its width is known once the table's style is applied), plus the header's own
        // padding and the sort arrow's room
        c.minWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.ceil(Math.max(header.getWidth(), header.prefWidth(-1))) + 20,
                        header.widthProperty(),
                        header.textProperty()));
        c.setPrefWidth(60);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** The graph control (tests). */
    public GraphControl control() {
        return control;
    }
}
