package org.allianceexplorer.graph;

import java.time.LocalDate;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.allianceexplorer.domain.PartialDate;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Relationships screen: a time slider with a play button, the filters, the graph control and a side
 * table of measures (degree, weighted degree, betweenness, component). Nodes and bindings only; the
 * state and commands are in {@link GraphViewModel}.
 */
public final class GraphView extends BorderPane {

    private static final String ALL = "All";
    private final GraphViewModel model;
    private final GraphControl control = new GraphControl();
    private final Slider slider = new Slider();
    private boolean syncing;

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

        setTop(new VBox(timeBar(), filterBar()));
        SplitPane split = new SplitPane(control, measuresTable());
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
    }

    private HBox timeBar() {
        ToggleButton play = new ToggleButton(null, new FontIcon("mdi2p-play"));
        play.setId("graph-play");
        play.setTooltip(new Tooltip("Play: move the as-of date through time"));
        play.selectedProperty().bindBidirectional(model.playingProperty());
        play.selectedProperty().addListener((o, a, b) -> play.setGraphic(new FontIcon(b ? "mdi2p-pause" : "mdi2p-play")));
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
        Label date = new Label();
        date.setId("graph-date");
        date.getStyleClass().add("graph-date");
        Runnable syncSlider = () -> {
            syncing = true;
            slider.setMin(model.firstDay().toEpochDay());
            slider.setMax(model.lastDay().toEpochDay());
            LocalDate d = model.state().getAsOf();
            slider.setValue(d == null ? slider.getMax() : d.toEpochDay());
            date.setText(d == null ? "Latest" : PartialDate.of(d).display());
            syncing = false;
        };
        model.dataProperty().addListener((o, a, b) -> syncSlider.run());
        model.state().asOfProperty().addListener((o, a, b) -> syncSlider.run());
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.state().asOfProperty().set(LocalDate.ofEpochDay(Math.round(b.doubleValue())));
            }
        });
        syncSlider.run();
        Button latest = new Button("Latest");
        latest.setId("graph-latest");
        latest.setOnAction(e -> model.state().asOfProperty().set(null));
        HBox bar = new HBox(play, new Label("As of"), date, slider, latest);
        bar.getStyleClass().add("graph-toolbar");
        return bar;
    }

    private FlowPane filterBar() {
        ComboBox<String> election = choice("graph-election", model.elections(), "All elections");
        election.valueProperty().addListener((o, a, b) -> model.electionProperty().set(ALL.equals(b) ? null : b));
        ComboBox<String> assembly = choice("graph-assembly", model.assemblies(), "All assemblies");
        assembly.valueProperty().addListener((o, a, b) -> model.assemblyProperty().set(ALL.equals(b) ? null : b));
        ChoiceBox<GraphViewModel.Scope> scope = new ChoiceBox<>(model.scopes());
        scope.setId("graph-scope");
        scope.setValue(GraphViewModel.Scope.ALL);
        scope.valueProperty().bindBidirectional(model.scopeProperty());

        MenuButton types = new MenuButton("Ties");
        types.setId("graph-types");
        for (EdgeType t : EdgeType.values()) {
            CheckMenuItem item = new CheckMenuItem(t.label());
            item.setId("graph-type-" + t.name().toLowerCase(Locale.ROOT));
            item.selectedProperty().bindBidirectional(model.shownProperty(t));
            types.getItems().add(item);
        }

        ComboBox<String> ego = new ComboBox<>();
        ego.setId("graph-ego");
        ego.setPromptText("All parties");
        ego.setItems(model.parties());
        ego.valueProperty().bindBidirectional(model.egoPartyProperty());
        ego.setTooltip(new Tooltip("Show one party's ego network (double-click a party in the graph)"));
        ChoiceBox<Integer> depth = new ChoiceBox<>(FXCollections.observableArrayList(1, 2));
        depth.setId("graph-depth");
        depth.setValue(1);
        depth.valueProperty().addListener((o, a, b) -> model.depthProperty().set(b == null ? 1 : b));
        Button allParties = new Button("All parties");
        allParties.setId("graph-all-parties");
        allParties.setOnAction(e -> model.egoPartyProperty().set(null));
        allParties.disableProperty().bind(model.egoPartyProperty().isNull());

        ChoiceBox<GraphViewModel.LayoutKind> layout = new ChoiceBox<>(
                FXCollections.observableArrayList(GraphViewModel.LayoutKind.values()));
        layout.setId("graph-layout");
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(GraphViewModel.LayoutKind k) {
                return k == null ? "" : k == GraphViewModel.LayoutKind.FORCE ? "Force layout" : "Circular layout";
            }

            @Override
            public GraphViewModel.LayoutKind fromString(String s) {
                return null;
            }
        });
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        CheckBox nativeNames = new CheckBox("Native names");
        nativeNames.setId("graph-native-names");
        nativeNames.selectedProperty().bindBidirectional(model.nativeNamesProperty());
        CheckBox isolated = new CheckBox("Parties without ties");
        isolated.setId("graph-isolated");
        isolated.selectedProperty().bindBidirectional(model.showIsolatedProperty());
        Button relayout = new Button(null, new FontIcon("mdi2r-refresh"));
        relayout.setId("graph-relayout");
        relayout.setTooltip(new Tooltip("Lay out again (pinned parties stay)"));
        relayout.setOnAction(e -> model.relayout());
        Button unpin = new Button(null, new FontIcon("mdi2p-pin-off-outline"));
        unpin.setId("graph-unpin");
        unpin.setTooltip(new Tooltip("Unpin all parties (drag pins a party; right-click toggles)"));
        unpin.setOnAction(e -> model.unpinAll());

        Label depthLabel = new Label("depth");
        FlowPane bar = new FlowPane(8, 6, election, assembly, scope, types, new Label("Ego network of"), ego, depthLabel,
                depth, allParties, layout, nativeNames, isolated, relayout, unpin);
        bar.getStyleClass().addAll("graph-toolbar", "graph-filters");
        return bar;
    }

    private static ComboBox<String> choice(String id, ObservableList<String> items, String allLabel) {
        ObservableList<String> shown = FXCollections.observableArrayList(ALL);
        shown.addAll(items);
        ComboBox<String> box = new ComboBox<>(shown);
        items.addListener((javafx.collections.ListChangeListener<String>) c -> {
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
        table.getColumns().add(column("Party", 70, GraphMeasures.PartyMeasure::party));
        table.getColumns().add(column("Ties", 40, GraphMeasures.PartyMeasure::degree));
        table.getColumns().add(column("Weighted", 64, GraphMeasures.PartyMeasure::weightedDegree));
        table.getColumns().add(column("Betweenness", 84, m -> Math.round(m.betweenness() * 10) / 10.0));
        table.getColumns().add(column("Component", 70, GraphMeasures.PartyMeasure::component));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.select(b.party());
            }
        });
        table.setMinWidth(260);
        return table;
    }

    private static <T> TableColumn<GraphMeasures.PartyMeasure, T> column(String title, double width,
                                                                       java.util.function.Function<GraphMeasures.PartyMeasure, T> value) {
        TableColumn<GraphMeasures.PartyMeasure, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** The graph control (tests). */
    public GraphControl control() {
        return control;
    }
}
