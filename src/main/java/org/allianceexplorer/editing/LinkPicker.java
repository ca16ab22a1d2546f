package org.allianceexplorer.editing;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.domain.edit.Choice;

/**
 * A type-ahead picker over the records a link can point to, as the global search works: the words typed are
 * looked up (in the background, latest words win) and the matches drop down under the field; Down and Up move
 * through them, Enter or a click picks one, Escape closes the list. The field then shows the record picked;
 * typing again drops the pick until another is made.
 */
final class LinkPicker {

    private static final I18n.Messages T = I18n.of(LinkPicker.class);

    private static final double ROW_HEIGHT = 28;
    private static final int ROWS_SHOWN = 10;

    private final FieldInput input;
    private final TextField field = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Popup popup = new Popup();
    private final Consumer<Choice> pick;
    private final Consumer<FieldInput> suggest;
    /** True while the field is set from a pick, not typed: it is not a new query. */
    private boolean showing;

    /**
     * A picker for {@code input}: {@code pick} takes the record picked (a link sets it, a list of links adds
     * it); {@code suggest} looks up what the input's query matches (when the field gets the focus).
     */
    LinkPicker(FieldInput input, Consumer<Choice> pick, Consumer<FieldInput> suggest, boolean keepsPick) {
        this.input = input;
        this.pick = pick;
        this.suggest = suggest;
        field.setPromptText(T.t("link.prompt", KindNames.kind(input.field().ref())));
        field.setMaxWidth(Double.MAX_VALUE);
        if (keepsPick) {
            input.choiceProperty().addListener((o, a, b) -> show(b));
            show(input.choiceProperty().get());
        }
        field.textProperty().addListener((o, a, b) -> {
            if (showing) {
                return;
            }
            if (keepsPick && input.choiceProperty().get() != null) {
                input.choiceProperty().set(null);
            }
            input.queryProperty().set(b);
        });
        field.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                suggest.accept(input);
            } else if (!list.isFocused()) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        list.getStyleClass().add("link-picker-list");
        list.setItems(input.suggestions());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> choose());
        input.suggestions().addListener((ListChangeListener<Choice>) c -> update());
        VBox box = new VBox(list);
        box.getStyleClass().add("link-picker-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    TextField field() {
        return field;
    }

    /** The drop-down list (for tests). */
    ListView<Choice> list() {
        return list;
    }

    /** The field shows the record picked; a pick dropped (the analyst typing over it) leaves what was typed. */
    private void show(Choice c) {
        if (c == null) {
            return;
        }
        showing = true;
        try {
            field.setText(c.text());
            input.queryProperty().set("");
        } finally {
            showing = false;
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    suggest.accept(input);
                }
                move(1);
                e.consume();
            }
            case UP -> {
                move(-1);
                e.consume();
            }
            case ENTER -> {
                if (popup.isShowing() && choose()) {
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> {}
        }
    }

    private void move(int by) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex() + by;
        i = Math.max(0, Math.min(n - 1, i));
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 3));
    }

    /** Picks the selected match (the first when none is selected); false when there is none. */
    private boolean choose() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c == null && !list.getItems().isEmpty()) {
            c = list.getItems().get(0);
        }
        if (c == null) {
            return false;
        }
        pick.accept(c);
        popup.hide();
        return true;
    }

    private void update() {
        if (input.suggestions().isEmpty()
                || !field.isFocused()
                || field.getScene() == null
                || field.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefHeight(Math.min(input.suggestions().size(), ROWS_SHOWN) * ROW_HEIGHT + 4);
        list.setPrefWidth(Math.max(field.getWidth(), 360));
        list.getSelectionModel().clearSelection();
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b == null) {
                return;
            }
            VBox box = (VBox) popup.getContent().get(0);
            box.getStylesheets().setAll(field.getScene().getStylesheets());
            box.getStyleClass().setAll("link-picker-popup");
            box.getStyleClass().addAll(field.getScene().getRoot().getStyleClass());
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }
}
