package org.allianceexplorer.timeline;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.DateField;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.timeline.model.LaneMode;
import org.kordamp.ikonli.javafx.FontIcon;

/** The timeline screen: a toolbar (zoom, fit, jump, lane mode, filters) over the timeline control. */
public final class TimelineView extends BorderPane {

    private static final I18n.Messages T = I18n.of(TimelineView.class);

    private final TimelineControl timeline = new TimelineControl();

    public TimelineView(TimelineViewModel model) {
        setId("timeline-view");
        getStylesheets().add(TimelineControl.class.getResource("timeline.css").toExternalForm());
        timeline.setId("timeline");
        timeline.dataProperty().bind(model.dataProperty());
        timeline.modelProperty().bind(model.modelProperty());
        Bindings.bindContentBidirectional(timeline.getCollapsedLanes(), model.collapsedLanes());
        timeline.filterProperty().bind(model.filterProperty());
        timeline.visibleRangeProperty().bindBidirectional(model.rangeProperty());
        model.followAsOf(timeline.asOfProperty());
        timeline.selectedProperty().bind(model.selectedProperty());
        timeline.hideEmptyLanesProperty().bindBidirectional(model.hideEmptyLanesProperty());
        timeline.onRecordSelectedProperty().set(model::select);
        timeline.figureStyleProperty().bind(model.styleProperty());

        Button zoomIn = Widgets.iconButton("mdi2m-magnify-plus-outline", T.t("toolbar.zoomIn"), "timeline-zoom-in");
        zoomIn.setOnAction(e -> model.zoomIn());
        Button zoomOut = Widgets.iconButton("mdi2m-magnify-minus-outline", T.t("toolbar.zoomOut"), "timeline-zoom-out");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button fit = Widgets.iconButton("mdi2a-arrow-expand-horizontal", T.t("toolbar.fit"), "timeline-fit");
        fit.setOnAction(e -> {
            model.fitAll();
            timeline.setScrollY(0);
        });

        ToggleButton byParty = new ToggleButton(T.t("toolbar.byParty"), new FontIcon("mdi2a-account-group-outline"));
        byParty.setId("timeline-by-party");
        byParty.setTooltip(new Tooltip(T.t("toolbar.byParty.tip")));
        byParty.selectedProperty()
                .addListener((o, a, b) -> model.laneModeProperty().set(b ? LaneMode.BY_PARTY : LaneMode.BY_ALLIANCE));
        timeline.laneModeProperty().bind(model.laneModeProperty());

        // the window's one date field: ISO or the locale's order, a month or a year shown whole, a message on bad input
        DateField jump = new DateField(DateField.Partial.FIRST_DAY);
        jump.setId("timeline-jump-date");
        jump.setPromptText(T.t("toolbar.jump.prompt"));
        jump.setTooltip(new Tooltip(
                T.t("toolbar.jump.tip", DateInput.localeExample(Locale.getDefault(Locale.Category.FORMAT)))));
        jump.typedProperty().addListener((o, a, b) -> model.goTo(b));

        ComboBox<Election> election = new ComboBox<>(model.elections());
        election.setId("timeline-jump-election");
        election.setPromptText(T.t("toolbar.election.prompt"));
        election.setConverter(Widgets.names(Election::name));
        election.setOnAction(e -> model.jumpToElection(election.getValue()));

        ComboBox<String> party = nullable(T.t("filter.allParties"), s -> s);
        party.setId("timeline-party");
        Bindings.bindContent(party.getItems(), model.parties());
        party.valueProperty().bindBidirectional(model.partyProperty());
        ComboBox<AllianceKind> kind = nullable(T.t("filter.allKinds"), TimelineView::kindName);
        kind.setId("timeline-kind");
        kind.getItems().addAll(AllianceKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<Level> level = nullable(T.t("filter.allLevels"), TimelineView::levelName);
        level.setId("timeline-level");
        level.getItems().addAll(Level.values());
        level.valueProperty().bindBidirectional(model.levelProperty());
        ComboBox<String> assembly = nullable(T.t("filter.allAssemblies"), s -> s);
        assembly.setId("timeline-assembly");
        Bindings.bindContent(assembly.getItems(), model.assemblies());
        assembly.valueProperty().bindBidirectional(model.assemblyProperty());
        Button clear = Widgets.iconButton("mdi2f-filter-remove-outline", T.t("filter.clear"), "timeline-clear-filters");
        clear.setOnAction(e -> model.clearFilters());
        CheckBox compact = new CheckBox(T.t("toolbar.hideEmpty"));
        compact.setId("timeline-hide-empty");
        compact.selectedProperty().bindBidirectional(model.hideEmptyLanesProperty());

        ToolBar bar = new ToolBar(
                zoomIn,
                zoomOut,
                fit,
                new Separator(Orientation.VERTICAL),
                jump,
                election,
                new Separator(Orientation.VERTICAL),
                byParty,
                compact);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setId("timeline-toolbar");
        ToolBar filters = new ToolBar(new Label(T.t("filter.show")), party, kind, level, assembly, clear);
        filters.getStyleClass().add("timeline-toolbar");
        filters.setId("timeline-filters");
        setTop(new VBox(bar, filters));

        Label error = new Label();
        error.setId("timeline-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.setMouseTransparent(true);
        Label building = new Label(T.t("building"));
        building.setId("timeline-building");
        building.getStyleClass().add("timeline-building");
        building.visibleProperty().bind(model.buildingProperty());
        building.setMouseTransparent(true);
        StackPane.setAlignment(building, Pos.TOP_RIGHT);
        StackPane.setMargin(building, new Insets(6, 24, 0, 0));
        TimelineLegend legend = new TimelineLegend(model.styleProperty(), timeline.legendShownProperty());
        StackPane centre = new StackPane(timeline, error, building);
        // the chart takes what is left: the screen's toolbars fold into their overflow menus and the legend
        // stays, so the screen fits a 1280x720 window without pushing over the window's toolbar or status bar
        centre.setMinSize(0, 0);
        error.setMinSize(0, 0);
        setCenter(centre);
        setBottom(legend);
        setMinSize(0, 0);
    }

    public TimelineControl timeline() {
        return timeline;
    }

    /** A filter whose first choice, {@code null}, reads {@code all}. */
    /** An alliance kind as the filter names it ("electoral alliance"). */
    static String kindName(AllianceKind k) {
        return T.name("allianceKind", k);
    }

    /** A level as the filter names it ("provincial"). */
    static String levelName(Level l) {
        return T.name("level", l);
    }

    private static <T> ComboBox<T> nullable(String all, Function<T, String> text) {
        ComboBox<T> box = Widgets.nullable(all, text);
        box.getItems().add(0, null);
        return box;
    }
}
