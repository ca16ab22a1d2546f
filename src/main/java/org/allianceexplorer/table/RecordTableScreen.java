package org.allianceexplorer.table;

import java.util.Optional;
import javafx.scene.Node;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.domain.RecordKind;

/**
 * A screen that is (mainly) a record table: id, title, icon, the kind it lists, and its column layout as a
 * value for preferences ({@link #layout()}, {@link #restore(TableLayout)}).
 */
public abstract class RecordTableScreen extends AbstractScreen {

    private final RecordKind kind;
    private final RecordTableViewModel<?> table;

    protected RecordTableScreen(
            String id, String title, String icon, RecordKind kind, RecordTableViewModel<?> table, Node view) {
        super(id, title, icon, view);
        this.kind = kind;
        this.table = table;
    }

    /** The table: Ctrl+1…9 puts the keyboard in it, so that the arrows move through its rows at once. */
    @Override
    public Node focusTarget() {
        Node table = view().lookup(".record-table-view");
        return table != null ? table : view();
    }

    @Override
    public Optional<RecordKind> lists() {
        return Optional.of(kind);
    }

    /** The table's column layout (order, widths, shown), e.g. to keep in preferences as {@link TableLayout#format()}. */
    public TableLayout layout() {
        return table.layout();
    }

    /** Restores a layout read back with {@link TableLayout#parse(String)}. */
    public void restore(TableLayout layout) {
        table.restore(layout);
    }

    /** The table's view-model (tests and the composition root). */
    public RecordTableViewModel<?> table() {
        return table;
    }
}
