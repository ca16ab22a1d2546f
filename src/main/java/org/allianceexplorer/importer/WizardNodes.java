package org.allianceexplorer.importer;

import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.allianceexplorer.app.WrappedText;

/** The few nodes every page of the import wizard makes the same way: titles, notes, lists of long lines. */
final class WizardNodes {

    /** Room a list's cells leave for its vertical scroll bar. */
    private static final double SCROLL_BAR = 24;

    private WizardNodes() {}

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-3", "wizard-title");
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Muted text that wraps and is never cut short in height. */
    static WrappedText note(String text) {
        WrappedText l = new WrappedText(text);
        l.getStyleClass().add("wizard-note");
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * A list of lines that may be long (problems): each wraps within the list's width, so that a line is read
     * whole, and the list scrolls (vertically only) however many there are.
     */
    static ListView<String> wrappingList(ObservableList<String> items, String id) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("wizard-lines");
        list.setMinSize(0, 0);
        list.setCellFactory(l -> new WrappingCell(l));
        return list;
    }

    /**
     * A line shown by a label that wraps at a width fixed by the list's (not the cell's, which changes as the scroll
     * bar comes and goes): the cell's height always fits the lines its text needs.
     */
    private static final class WrappingCell extends ListCell<String> {
        private final Label line = new Label();

        WrappingCell(ListView<String> list) {
            getStyleClass().add("wizard-line");
            line.getStyleClass().add("wizard-line-text");
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.prefWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // the list never scrolls sideways for a long line
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            line.setText(empty || item == null ? null : item);
            setGraphic(empty || item == null ? null : line);
        }
    }
}
