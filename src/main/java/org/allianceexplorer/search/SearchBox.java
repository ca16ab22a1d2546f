package org.allianceexplorer.search;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Lazy;
import org.allianceexplorer.app.Shortcut;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search field of the toolbar ({@code #global-search}; Shortcut+F focuses it) with its results in a
 * popup under it, grouped by kind. Down and Up move through the results, Enter opens one, Escape closes.
 */
public final class SearchBox extends StackPane {

    private static final I18n.Messages T = I18n.of(SearchBox.class);

    static final KeyCombination FOCUS = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** The search box's keys, as Help > Keyboard shortcuts lists them. */
    public static final List<Shortcut> SHORTCUTS =
            List.of(Shortcut.of(FOCUS, "shortcut.search.focus", "shortcut.where.window"));

    private static final double POPUP_WIDTH = 460;
    private static final double ROW_HEIGHT = 30;
    private static final int ROWS_SHOWN = 14;

    private final SearchViewModel model;
    private final CustomTextField field = new CustomTextField();
    /** The results' popup, made when there are first results to show (not with the window). */
    private final Lazy<Results> results = Lazy.of(Results::new);

    public SearchBox(SearchViewModel model) {
        this.model = model;
        getStyleClass().add("search-box");
        getStylesheets().add(SearchBox.class.getResource("search.css").toExternalForm());

        field.setId("global-search");
        field.setPromptText(T.t("prompt"));
        field.setLeft(new FontIcon("mdi2m-magnify"));
        field.setPrefWidth(320);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // focus alone (e.g. handed on when a toolbar button is disabled) does not bring old results back
        field.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                model.warmUp();
            } else if (!(results.isMade() && results.get().list.isFocused())) {
                model.dismiss();
            }
        });
        field.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.resume());
        model.searchingProperty().addListener((o, a, b) -> update());
        getChildren().add(field);

        model.rows().addListener((ListChangeListener<SearchViewModel.Row>) c -> update());
        model.messageProperty().addListener((o, a, b) -> update());
        sceneProperty().addListener((o, a, b) -> install(a, b));
    }

    /** The text field (for focus and tests). */
    public CustomTextField field() {
        return field;
    }

    /** Shift+F on the window's scene focuses the field. */
    private void install(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(FOCUS);
        }
        if (scene != null) {
            scene.getAccelerators().put(FOCUS, () -> {
                field.requestFocus();
                field.selectAll();
            });
        }
    }

    /** The popup under the field: a message ("No matches") and the list of results, grouped by kind. */
    private final class Results {
        final ListView<SearchViewModel.Row> list = new ListView<>();
        final Label message = new Label();
        final Popup popup = new Popup();

        Results() {
            list.setId("search-results");
            list.getStyleClass().add("search-results");
            list.setItems(model.rows());
            list.setCellFactory(v -> new RowCell());
            list.setPrefWidth(POPUP_WIDTH);
            list.setFixedCellSize(ROW_HEIGHT);
            list.setFocusTraversable(false);
            list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
                if (b.intValue() != model.selectedProperty().get()) {
                    int i = b.intValue();
                    if (i >= 0 && i < model.rows().size() && model.rows().get(i).isHeader()) {
                        list.getSelectionModel().select(model.selectedProperty().get());
                    } else {
                        model.selectedProperty().set(i);
                    }
                }
            });
            model.selectedProperty().addListener((o, a, b) -> select(b.intValue()));
            list.setOnMouseClicked(e -> {
                if (model.openSelected()) {
                    popup.hide();
                }
            });
            message.setId("search-message");
            message.getStyleClass().add("search-message");
            message.textProperty().bind(model.messageProperty());
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.managedProperty());

            VBox box = new VBox(message, list);
            box.getStyleClass().add("search-popup");
            // the popup takes the window's stylesheets (theme and app colours) with it
            if (getScene() != null) {
                box.getStylesheets().addAll(getScene().getStylesheets());
            }
            box.getStylesheets().add(SearchBox.class.getResource("search.css").toExternalForm());
            popup.getContent().add(box);
            popup.setAutoHide(true);
            popup.setHideOnEscape(true);
            // a click outside the popup ends the search, so that the results do not come back with the focus
            popup.setOnAutoHide(e -> model.dismiss());
            // and does what it clicked (Latest, a tab): one click, not one to close the popup and another
            popup.setConsumeAutoHidingEvents(false);
        }

        void select(int i) {
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
        }
    }

    private boolean showing() {
        return results.isMade() && results.get().popup.isShowing();
    }

    private void hide() {
        if (results.isMade()) {
            results.get().popup.hide();
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (showing()) {
                    model.move(1);
                } else {
                    model.resume(); // the results of the query in the field, put away earlier
                }
                update();
                e.consume();
            }
            case UP -> {
                model.move(-1);
                e.consume();
            }
            case ENTER -> {
                if (model.searchingProperty().get() && model.openSelected()) {
                    hide();
                }
                e.consume();
            }
            case ESCAPE -> {
                model.dismiss();
                e.consume();
            }
            default -> {}
        }
    }

    private void update() {
        boolean any = !model.rows().isEmpty() || !model.messageProperty().get().isEmpty();
        if (!any
                || !model.searchingProperty().get()
                || !field.isFocused()
                || getScene() == null
                || getScene().getWindow() == null) {
            hide();
            return;
        }
        ListView<SearchViewModel.Row> list = results.get().list;
        Popup popup = results.get().popup;
        int n = model.rows().size();
        list.setManaged(n > 0);
        list.setVisible(n > 0);
        list.setPrefHeight(Math.min(n, ROWS_SHOWN) * ROW_HEIGHT + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b == null) {
                return;
            }
            // under the field, its right edge on the field's (the field sits at the right of the toolbar)
            double width = POPUP_WIDTH + 10;
            popup.show(field, Math.max(0, b.getMaxX() - width), b.getMaxY() + 2);
        }
        int sel = model.selectedProperty().get();
        if (sel >= 0) {
            list.getSelectionModel().select(sel);
        }
    }

    /** A header ("Seat deals") or a hit: title and what it is. */
    private static final class RowCell extends ListCell<SearchViewModel.Row> {
        RowCell() {
            // ask for no width of its own: the list's width is what a row gets
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-header", "search-hit");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                return;
            }
            if (row.isHeader()) {
                getStyleClass().add("search-header");
                setText(row.header().toUpperCase(Locale.ROOT));
                setGraphic(null);
                return;
            }
            getStyleClass().add("search-hit");
            Label title = new Label(row.hit().title());
            title.getStyleClass().add("search-hit-title");
            Label detail = new Label(row.hit().detail());
            detail.getStyleClass().add("search-hit-detail");
            // the cell takes the list's width and its labels end in "…" rather than scroll sideways
            if (row.hit().title().length() <= 36) {
                title.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                title.setMinWidth(0);
                title.setMaxWidth(300);
            }
            detail.setMinWidth(0);
            HBox box = new HBox(8, title, detail);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(box);
        }
    }
}
