package org.allianceexplorer.table;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** A column's state in a table view-model: shown or not, its width, whether a filter narrows it. */
public final class ColumnState<R> {

    private final RecordColumn<R> column;
    private final BooleanProperty visible;
    private final DoubleProperty width;
    final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding shown;

    ColumnState(RecordColumn<R> column) {
        this.column = column;
        this.visible = new SimpleBooleanProperty(this, "visible", column.visibleByDefault());
        this.width = new SimpleDoubleProperty(this, "width", column.width());
        this.shown = visible.and(empty.not());
    }

    public RecordColumn<R> column() {
        return column;
    }

    public String id() {
        return column.id();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    /** True when no row loaded has a value in this column: the table does not show it then. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Shown in the table: chosen to be visible, and not empty. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** True while a column filter hides some of its values. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }
}
