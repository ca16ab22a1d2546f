package org.allianceexplorer.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The columns of a record table and their layout: each column's state (visible, width, filtered, empty), the
 * shown order, fitting the default layout to the window, and the layout as a value for preferences.
 *
 * @param <R> the row type
 */
final class TableColumns<R> {

    private final RecordTableSpec<R> spec;
    /** In the order of the spec (index = column index). */
    private final List<ColumnState<R>> states = new ArrayList<>();

    private final ObservableList<ColumnState<R>> order = FXCollections.observableArrayList();
    /** A saved layout was restored: its widths are the user's, not to be fitted. */
    private boolean restoredLayout;

    TableColumns(RecordTableSpec<R> spec) {
        this.spec = spec;
        for (RecordColumn<R> c : spec.columns()) {
            states.add(new ColumnState<>(c));
        }
        order.setAll(states);
    }

    /** The columns in their shown order (visible or not). */
    ObservableList<ColumnState<R>> order() {
        return order;
    }

    /** Marks the columns with no value in any row of {@code d} as empty (not shown while so). */
    void markEmpty(TableData<R> d) {
        for (int c = 0; c < states.size(); c++) {
            states.get(c)
                    .empty
                    .set(d.size() > 0 && Arrays.stream(d.columns[c].texts).allMatch(String::isBlank));
        }
    }

    /** Marks a column as narrowed by a filter, or not. */
    void filtered(String columnId, boolean filtered) {
        states.get(spec.indexOf(columnId)).filtered.set(filtered);
    }

    void clearFiltered() {
        states.forEach(s -> s.filtered.set(false));
    }

    /** The columns shown, in order: chosen to be visible and not empty for every row. */
    List<RecordColumn<R>> visibleColumns() {
        return order.stream()
                .filter(s -> s.shownProperty().get())
                .map(ColumnState::column)
                .toList();
    }

    /** True while the columns have their default layout (no saved layout restored since the last Reset). */
    boolean defaultLayout() {
        return !restoredLayout;
    }

    /**
     * Fits the default layout into {@code available} pixels: the columns that may shrink (text that is not
     * {@link RecordColumn#whole()}) give up width in proportion to what they have above their minimum (the
     * given minimum, and at least 60% of their default width, so a name stays readable), until the columns
     * shown fit; when they cannot all fit, until the most first columns that can fit do. Does nothing to a
     * layout the user restored (a saved one) until Reset columns.
     */
    void fit(double available, ToDoubleFunction<String> minimum) {
        if (restoredLayout || available <= 0) {
            return;
        }
        List<ColumnState<R>> shownCols =
                order.stream().filter(s -> s.shownProperty().get()).toList();
        ToDoubleFunction<ColumnState<R>> floor = s -> Math.max(
                minimum.applyAsDouble(s.id()), Math.ceil(0.6 * s.column().width()));
        // the longest run of first columns that can fit; when not all can, the first ones show whole and the
        // others are to the right (the columns are in the order that matters)
        for (int k = shownCols.size(); k > 0; k--) {
            List<ColumnState<R>> first = shownCols.subList(0, k);
            double total =
                    first.stream().mapToDouble(s -> s.widthProperty().get()).sum();
            double room = first.stream()
                    .filter(s -> s.column().shrinks())
                    .mapToDouble(s -> Math.max(0, s.widthProperty().get() - floor.applyAsDouble(s)))
                    .sum();
            if (total <= available) {
                return;
            }
            if (total - room <= available) {
                double share = (total - available) / room;
                for (ColumnState<R> s : first) {
                    if (s.column().shrinks()) {
                        double w = s.widthProperty().get();
                        s.widthProperty().set(Math.floor(w - Math.max(0, w - floor.applyAsDouble(s)) * share));
                    }
                }
                return;
            }
        }
    }

    /** Moves the columns into this order of ids; unknown ids are ignored, columns not named follow in order. */
    void reorder(List<String> ids) {
        List<ColumnState<R>> next = new ArrayList<>();
        for (String id : ids) {
            Integer c = spec.indexOfOrNull(id);
            if (c != null && !next.contains(states.get(c))) {
                next.add(states.get(c));
            }
        }
        for (ColumnState<R> s : order) {
            if (!next.contains(s)) {
                next.add(s);
            }
        }
        if (!next.equals(order)) {
            order.setAll(next);
        }
    }

    /** The column layout as a value (order, widths, visibility), for preferences. */
    TableLayout layout() {
        return new TableLayout(order.stream()
                .map(s -> new TableLayout.Entry(
                        s.id(), s.widthProperty().get(), s.visibleProperty().get()))
                .toList());
    }

    /**
     * Restores a layout; unknown columns are ignored, columns it does not name keep their defaults at the end.
     * An empty layout (Reset columns) is the default layout again, which {@link #fit} may fit to the window.
     */
    void restore(TableLayout layout) {
        restoredLayout = !layout.columns().isEmpty();
        Map<String, TableLayout.Entry> byId = new HashMap<>();
        for (TableLayout.Entry e : layout.columns()) {
            byId.put(e.id(), e);
        }
        for (ColumnState<R> s : states) {
            TableLayout.Entry e = byId.get(s.id());
            s.visibleProperty().set(e == null ? s.column().visibleByDefault() : e.visible());
            s.widthProperty().set(e == null ? s.column().width() : e.width());
        }
        if (order.stream().noneMatch(s -> s.visibleProperty().get())) {
            states.forEach(s -> s.visibleProperty().set(true));
        }
        reorder(layout.columns().stream().map(TableLayout.Entry::id).toList());
    }
}
