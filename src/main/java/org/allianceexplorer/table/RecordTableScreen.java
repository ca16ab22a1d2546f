package org.allianceexplorer.table;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.Printable;
import org.allianceexplorer.domain.RecordKind;

/**
 * A screen that is (mainly) a record table: id, title, icon, the kind it lists, and its column layout as a
 * value for preferences ({@link #layout()}, {@link #restore(TableLayout)}).
 */
public final class RecordTableScreen extends AbstractScreen {

    private final RecordKind kind;
    private final RecordTableViewModel<?> table;

    /** A table screen's id (also the key of its settings), title and icon. */
    public record Info(String id, String title, String icon) {}

    /** A table screen whose view {@code view} builds when the screen is first shown. */
    public RecordTableScreen(Info info, RecordKind kind, RecordTableViewModel<?> table, Supplier<Node> view) {
        super(info.id(), info.title(), info.icon(), view);
        this.kind = kind;
        this.table = table;
    }

    /**
     * A screen that is just its table: a pane {@code "<id>-view"} holding the table's view, the table's
     * settings kept under {@code id}.
     */
    public static RecordTableScreen plain(Info info, RecordKind kind, RecordTableViewModel<?> table) {
        return new RecordTableScreen(info, kind, table, () -> {
            BorderPane view = new BorderPane(new RecordTableView<>(table, info.id()));
            view.setId(info.id() + "-view");
            return view;
        });
    }

    /** The table: Ctrl+1…9 puts the keyboard in it, so that the arrows move through its rows at once. */
    @Override
    public Node focusTarget() {
        Node table = view().lookup(".record-table-view");
        return table != null ? table : view();
    }

    @Override
    public Optional<RecordKind> lists() {
        return Optional.ofNullable(kind);
    }

    /** File > Print: the rows shown, with the visible columns, on as many pages as they need. */
    @Override
    public Optional<Printable> printable() {
        return Optional.of((credits, ready) -> table.pages(title(), credits, ready));
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
