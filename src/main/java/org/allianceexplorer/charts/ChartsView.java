package org.allianceexplorer.charts;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.charts.model.ChartKind;

/** The Charts screen: a chooser and the pickers that apply to the chosen chart, over the chart. */
public final class ChartsView extends BorderPane {

    private static final I18n.Messages T = I18n.of(ChartsView.class);

    /** A chart's name in the interface's language (the figure keeps its own title): the bundle's, else its own. */
    static String title(ChartKind k) {
        String key = "kind." + k.name();
        String own = T.t(key);
        return own.equals(key) ? k.title() : own;
    }

    private final ChartControl chart = new ChartControl();

    public ChartsView(ChartsViewModel model) {
        setId("charts-view");
        getStyleClass().add("charts-view");
        getStylesheets().add(ChartControl.class.getResource("charts.css").toExternalForm());
        chart.setId("chart-control");
        chart.figureProperty().bind(model.figureProperty());
        chart.figureStyleProperty().bind(model.styleProperty());

        ChoiceBox<ChartKind> kind = new ChoiceBox<>();
        kind.setId("charts-kind");
        kind.getItems().addAll(ChartKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(Widgets.names(ChartsView::title));
        kind.setTooltip(new Tooltip(T.t("kind.tip")));

        // the lists keep a leading null ("all"/"default") item
        ComboBox<String> party = picker("party", "all", model.partyProperty(), model.parties());
        ComboBox<String> partner = picker("partner", "any", model.partnerProperty(), model.parties());
        ComboBox<String> election = picker("election", "default", model.electionProperty(), model.elections());
        ComboBox<String> assembly = picker("assembly", "default", model.assemblyProperty(), model.assemblies());

        showFor(party, model, ChartKind::usesParty);
        showFor(partner, model, ChartKind::usesPartner);
        showFor(election, model, ChartKind::usesElection);
        showFor(assembly, model, ChartKind::usesAssembly);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("charts-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.buildingProperty());

        // wraps rather than hiding choices in an overflow menu on a narrow window
        Label chartLabel = new Label(T.t("kind.label"));
        FlowPane bar = new FlowPane(8, 6, chartLabel, kind, party, partner, election, assembly, busy);
        bar.getStyleClass().addAll("charts-toolbar", "figure-toolbar");
        bar.setId("charts-toolbar");
        setTop(bar);

        ScrollPane scroll = new ScrollPane(chart);
        scroll.setId("charts-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("charts-scroll");
        WrappedText error = new WrappedText();
        error.setId("charts-error");
        error.getStyleClass().add("charts-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.setMouseTransparent(true);
        setCenter(new StackPane(scroll, error));
    }

    public ChartControl chart() {
        return chart;
    }

    /**
     * The picker {@code charts-name} (tooltip {@code name.tip}) of {@code value}: its items follow {@code items}
     * after a leading null item, said as {@code name.none}.
     */
    private static ComboBox<String> picker(
            String name, String none, Property<String> value, ObservableList<String> items) {
        ComboBox<String> box = Widgets.nullable(T.t(name + "." + none), s -> s);
        box.setId("charts-" + name);
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(T.t(name + ".tip")));
        follow(box, items);
        return box;
    }

    private static void follow(ComboBox<String> box, ObservableList<String> source) {
        Runnable copy = () -> {
            String keep = box.getValue();
            box.getItems().setAll(source);
            box.getItems().add(0, null);
            box.setValue(keep);
        };
        copy.run();
        source.addListener((ListChangeListener<String>) c -> copy.run());
    }

    private static void showFor(Node node, ChartsViewModel model, Predicate<ChartKind> uses) {
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> uses.test(model.kindProperty().get()), model.kindProperty());
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}
