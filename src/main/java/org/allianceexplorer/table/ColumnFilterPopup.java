package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;
import org.allianceexplorer.app.I18n;

/**
 * A column's filter: a search box over the column's values and a checklist with row counts (as in a
 * spreadsheet). Apply lets through the checked values that match the search; Clear removes the filter.
 */
final class ColumnFilterPopup extends Popup {

    private static final I18n.Messages T = I18n.of(ColumnFilterPopup.class);

    static final double ROW = 30;
    static final int MAX_ROWS = 12;

    /** The list's height for this many values: all of them, up to {@link #MAX_ROWS} (and its border). */
    static double heightFor(int values) {
        return Math.max(3, Math.min(MAX_ROWS, values)) * ROW + 4;
    }

    /** One value in the checklist. */
    private static final class Item {
        final String text;
        final String lower;
        final int count;
        final BooleanProperty selected;

        Item(RecordTableViewModel.FilterChoice c) {
            text = c.text();
            lower = c.text().toLowerCase(Locale.ROOT);
            count = c.count();
            selected = new SimpleBooleanProperty(c.selected());
        }
    }

    ColumnFilterPopup(
            String title, List<RecordTableViewModel.FilterChoice> choices, Consumer<Collection<String>> apply) {
        setAutoHide(true);
        setHideOnEscape(true);
        List<Item> all = choices.stream().map(Item::new).toList();
        FilteredList<Item> visible = new FilteredList<>(FXCollections.observableArrayList(all));

        Label heading = new Label(T.t("filter.heading", title));
        heading.getStyleClass().add("column-filter-title");
        TextField search = new TextField();
        search.setId("column-filter-search");
        search.setPromptText(T.t("filter.search.prompt"));
        CheckBox selectAll = new CheckBox(T.t("filter.selectAll"));
        selectAll.setId("column-filter-all");
        selectAll.setSelected(all.stream().allMatch(i -> i.selected.get()));
        selectAll.setOnAction(e -> visible.forEach(i -> i.selected.set(selectAll.isSelected())));

        ListView<Item> list = new ListView<>(visible);
        list.setId("column-filter-values");
        // rows of a known height, and room for all of them up to a dozen (then it scrolls): the theme's own
        // cell size is taller than what was reckoned here, so a list of four showed three
        list.setFixedCellSize(ROW);
        list.setPrefSize(300, heightFor(all.size()));
        list.setCellFactory(CheckBoxListCell.forListView(i -> i.selected, new StringConverter<>() {
            @Override
            public String toString(Item i) {
                return (i.text.isEmpty() ? T.t("filter.blank") : i.text) + "   ("
                        + String.format(Locale.ROOT, "%,d", i.count) + ")";
            }

            @Override
            public Item fromString(String s) {
                return null;
            }
        }));
        Label shown = new Label();
        shown.getStyleClass().add("column-filter-count");
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            visible.setPredicate(q.isEmpty() ? null : i -> i.lower.contains(q));
            shown.setText(q.isEmpty() ? "" : T.t("filter.shown", visible.size(), all.size()));
        });

        Button clear = new Button(T.t("filter.clear"));
        clear.setId("column-filter-clear");
        clear.setOnAction(e -> {
            apply.accept(null);
            hide();
        });
        Button cancel = new Button(T.t("filter.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> hide());
        Button ok = new Button(T.t("filter.apply"));
        ok.setId("column-filter-apply");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> {
            List<String> allowed = new ArrayList<>();
            for (Item i : visible) {
                if (i.selected.get()) {
                    allowed.add(i.text);
                }
            }
            apply.accept(allowed.size() == all.size() ? null : allowed);
            hide();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                ok.fire();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, clear, spacer, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox tools = new HBox(8, selectAll, new Region(), shown);
        tools.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, heading, search, tools, list, buttons);
        box.getStyleClass().add("column-filter-popup");
        box.setId("column-filter-popup");
        box.getStylesheets()
                .add(ColumnFilterPopup.class.getResource("table.css").toExternalForm());
        getContent().add(box);
        setOnShown(e -> search.requestFocus());
    }
}
