package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.title;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Widgets;
import org.allianceexplorer.data.imports.results.ResultsMapping;

/**
 * Step 3: the columns with their roles (a combo box each) beside the live preview, a bar above (layout, coalitions,
 * the mapping file) that wraps when the window is narrow, and the election and source form below.
 */
final class ColumnsPage extends VBox {

    private static final I18n.Messages T = I18n.of(ColumnsPage.class);

    private final ColumnMapping mapping;

    ColumnsPage(ImportWizardViewModel model) {
        super(8);
        this.mapping = model.mapping();
        SplitPane split = new SplitPane(columnsTable(), new PreviewTabs(mapping));
        split.setId("wizard-columns-split");
        split.setDividerPositions(0.46);
        split.setMinSize(0, 160);
        VBox.setVgrow(split, Priority.ALWAYS);
        setMinWidth(0);
        getChildren().setAll(title(T.t("columns.title")), bar(), split, new ElectionFormPane(model.form()));
    }

    /** Layout and coalitions on the left, the mapping file on the right; a second line when there is no room. */
    private FlowPane bar() {
        ChoiceBox<ResultsMapping.Layout> layout =
                new ChoiceBox<>(FXCollections.observableArrayList(ResultsMapping.Layout.values()));
        layout.setId("wizard-layout");
        layout.valueProperty().bindBidirectional(mapping.layoutProperty());
        layout.setConverter(Widgets.names(
                l -> l == ResultsMapping.Layout.WIDE ? T.t("columns.layout.wide") : T.t("columns.layout.long")));
        TextField coalitions = new TextField();
        coalitions.setId("wizard-coalitions");
        coalitions.setPromptText(T.t("columns.coalitions.prompt"));
        coalitions.setPrefColumnCount(16);
        coalitions.setTooltip(new Tooltip(T.t("columns.coalitions.tip")));
        coalitions.setText(mapping.coalitionsProperty().get());
        mapping.coalitionsProperty().addListener((o, a, b) -> coalitions.setText(b));
        coalitions.setOnAction(e -> mapping.coalitionsProperty().set(coalitions.getText()));
        coalitions.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                mapping.coalitionsProperty().set(coalitions.getText());
            }
        });
        HBox layoutGroup = group(new Label(T.t("columns.layout")), layout);
        HBox wideOnly = group(new Label(T.t("columns.coalitions")), coalitions);
        wideOnly.visibleProperty().bind(mapping.layoutProperty().isEqualTo(ResultsMapping.Layout.WIDE));
        wideOnly.managedProperty().bind(wideOnly.visibleProperty());

        Label mappingName = new Label();
        mappingName.setId("wizard-mapping-name");
        mappingName.textProperty().bind(Bindings.concat(T.t("columns.mapping") + " ", mapping.mappingNameProperty()));
        mappingName.setMaxWidth(280);
        mappingName.setTooltip(new Tooltip());
        mappingName.getTooltip().textProperty().bind(mappingName.textProperty());
        Button load = new Button(T.t("columns.loadMapping"));
        load.setId("wizard-load-mapping");
        load.setOnAction(e -> mapping.loadMapping());
        Button save = new Button(T.t("columns.saveMapping"));
        save.setId("wizard-save-mapping");
        save.setOnAction(e -> mapping.saveMapping());
        HBox file = group(mappingName, load, save);
        mappingName.setMinWidth(60); // a long file name is cut (its tooltip has it), never the buttons
        file.setId("wizard-mapping-bar");

        FlowPane bar = new FlowPane(16, 6, layoutGroup, wideOnly, file);
        bar.setId("wizard-columns-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        // wrap at the page's width, not at FlowPane's default 400
        bar.prefWrapLengthProperty().bind(widthProperty());
        return bar;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox g = new HBox(6, nodes);
        g.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return g;
    }

    private TableView<ColumnChoice> columnsTable() {
        TableView<ColumnChoice> table = new TableView<>(mapping.columns());
        table.setId("wizard-columns");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinWidth(0);
        TableColumn<ColumnChoice, String> letter = new TableColumn<>("");
        letter.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().letter()));
        letter.setPrefWidth(40);
        letter.setMinWidth(36);
        letter.setMaxWidth(56);
        TableColumn<ColumnChoice, String> header = new TableColumn<>(T.t("columns.column"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        header.setPrefWidth(150);
        header.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        header.setMinWidth(90);
        TableColumn<ColumnChoice, String> sample = new TableColumn<>(T.t("columns.firstRow"));
        sample.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        sample.setPrefWidth(90);
        sample.setMinWidth(60);
        TableColumn<ColumnChoice, ColumnChoice> role = new TableColumn<>(T.t("columns.readAs"));
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        role.setPrefWidth(150);
        role.setMinWidth(140);
        role.setCellFactory(c -> new RoleCell());
        table.getColumns().setAll(List.of(letter, header, sample, role));
        table.setPlaceholder(new Label(T.t("columns.empty")));
        return table;
    }

    /** A column's role: a combo box; the wide layout's candidate and votes columns of a block are shown, not chosen. */
    private final class RoleCell extends TableCell<ColumnChoice, ColumnChoice> {
        private final ComboBox<Role> box = new ComboBox<>();
        private ColumnChoice bound;

        RoleCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("small");
        }

        @Override
        protected void updateItem(ColumnChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.roleProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Role now = item.roleProperty().get();
            List<Role> choices = Role.choices(mapping.layoutProperty().get());
            box.getItems().setAll(choices);
            if (!choices.contains(now)) {
                box.getItems().add(now);
            }
            box.setDisable(now.derived());
            box.setId("role-" + item.letter());
            box.valueProperty().bindBidirectional(item.roleProperty());
            bound = item;
            setGraphic(box);
        }
    }
}
