package org.allianceexplorer.charts;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.util.StringConverter;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
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
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartKind k) {
                return k == null ? "" : title(k);
            }

            @Override
            public ChartKind fromString(String s) {
                return null;
            }
        });
        kind.setTooltip(new Tooltip(T.t("kind.tip")));

        ComboBox<String> party = Widgets.nullable(T.t("party.all"), s -> s);
        party.setId("charts-party");
        party.valueProperty().bindBidirectional(model.partyProperty());
        party.setTooltip(new Tooltip(T.t("party.tip")));
        ComboBox<String> partner = Widgets.nullable(T.t("partner.any"), s -> s);
        partner.setId("charts-partner");
        partner.valueProperty().bindBidirectional(model.partnerProperty());
        partner.setTooltip(new Tooltip(T.t("partner.tip")));
        ComboBox<String> election = Widgets.nullable(T.t("election.default"), s -> s);
        election.setId("charts-election");
        election.valueProperty().bindBidirectional(model.electionProperty());
        election.setTooltip(new Tooltip(T.t("election.tip")));
        ComboBox<String> assembly = Widgets.nullable(T.t("assembly.default"), s -> s);
        assembly.setId("charts-assembly");
        assembly.valueProperty().bindBidirectional(model.assemblyProperty());
        assembly.setTooltip(new Tooltip(T.t("assembly.tip")));
        // the lists keep a leading null ("all"/"default") item
        follow(party, model.parties());
        follow(partner, model.parties());
        follow(election, model.elections());
        follow(assembly, model.assemblies());

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
        Label error = new Label();
        error.setId("charts-error");
        error.getStyleClass().add("charts-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.setMouseTransparent(true);
        setCenter(new StackPane(scroll, error));
    }

    public ChartControl chart() {
        return chart;
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
