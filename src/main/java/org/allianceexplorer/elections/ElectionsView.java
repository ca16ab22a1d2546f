package org.allianceexplorer.elections;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.table.RecordTableView;
import org.kordamp.ikonli.javafx.FontIcon;

/** Elections above, the seats with their results below. */
public final class ElectionsView extends BorderPane {

    private static final I18n.Messages T = I18n.of(ElectionsView.class);

    public ElectionsView(ElectionsViewModel model) {
        setId("elections-view");
        ListView<ElectionChoice> list = new ListView<>(model.elections());
        list.setId("elections-list");
        list.getStyleClass().add("elections-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ElectionChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
                setGraphic(
                        empty || c == null
                                ? null
                                : new FontIcon(
                                        c.election() == null ? "mdi2f-format-list-bulleted" : "mdi2v-vote-outline"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.electionProperty().get()) {
                model.choose(b);
            }
        });
        model.electionProperty().addListener((o, a, b) -> {
            if (b != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(b);
            }
        });
        list.getItems().addListener((ListChangeListener<ElectionChoice>) c -> {
            if (model.electionProperty().get() != null) {
                list.getSelectionModel().select(model.electionProperty().get());
            }
        });
        list.setPlaceholder(new Label(T.t("list.empty")));
        list.setMinHeight(70);
        Label heading = new Label(T.t("list.heading"));
        heading.getStyleClass().addAll("title-4", "elections-heading");
        VBox top = new VBox(4, heading, list);
        top.setStyle("-fx-padding: 6 8 6 8;");
        VBox.setVgrow(list, Priority.ALWAYS);

        RecordTableView<ResultRow> table = new RecordTableView<>(model.table(), "results");
        // an election without results: say why the table is empty instead of a bare "No rows"
        WrappedText whyText = new WrappedText();
        whyText.getStyleClass().add("elections-empty-text");
        whyText.textProperty().bind(model.emptyMessageProperty());
        whyText.setTextAlignment(TextAlignment.CENTER);
        VBox why = new VBox(8, new FontIcon("mdi2i-information-outline"), whyText);
        why.setId("elections-empty");
        why.getStyleClass().add("elections-empty");
        why.setAlignment(Pos.CENTER);
        why.setMaxSize(460, Region.USE_PREF_SIZE);
        why.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        why.setMouseTransparent(true);
        // an election with national results by party only (ParlGov's): those, in place of the seats
        RecordTableView<PartyResult> national =
                new RecordTableView<>(model.national().table(), "national-results");
        national.setId("national-results");
        national.visibleProperty().bind(model.national().shownProperty());
        table.visibleProperty().bind(model.national().shownProperty().not());
        StackPane tableArea = new StackPane(table, national, why);
        SplitPane split = new SplitPane(top, tableArea);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(top, false);
        setCenter(split);
    }
}
