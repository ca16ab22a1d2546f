package org.allianceexplorer.table;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.allianceexplorer.app.AbstractScreen;
import org.allianceexplorer.app.Lazy;
import org.allianceexplorer.app.Printable;
import org.allianceexplorer.domain.RecordKind;

/**
 * A screen that is (mainly) a record table: id, title, icon, the kind it lists, and its column layout as a
 * value for preferences ({@link #layout()}, {@link #restore(TableLayout)}). Its view-model and its view are made
 * when the screen is first shown (or its table first asked for): the window starts without making ten of them.
 */
public final class RecordTableScreen extends AbstractScreen {

    private final RecordKind kind;
    private final Lazy<RecordTableViewModel<?>> table;
    /** A layout restored before the table was made: applied when it is. */
    private TableLayout pending;

    /** A table screen's id (also the key of its settings), title and icon. */
    public record Info(String id, String title, String icon) {}

    private RecordTableScreen(
            Info info, RecordKind kind, Supplier<RecordTableViewModel<?>> table, Supplier<Node> view) {
        super(info.id(), info.title(), info.icon(), view);
        this.kind = kind;
        this.table = Lazy.of(table);
    }

    /**
     * A screen whose view-model {@code model} makes (once, when the screen is first shown or its table asked for),
     * {@code table} is that model's record table and {@code view} builds its view.
     */
    public static <M> RecordTableScreen of(
            Info info,
            RecordKind kind,
            Supplier<M> model,
            Function<M, RecordTableViewModel<?>> table,
            Function<M, Node> view) {
        Lazy<M> made = Lazy.of(model);
        RecordTableScreen[] screen = {null};
        screen[0] = new RecordTableScreen(info, kind, () -> table.apply(made.get()), () -> {
            // the table first: a layout restored before it was made goes into it before its view is built
            screen[0].table();
            return view.apply(made.get());
        });
        return screen[0];
    }

    /**
     * A screen that is just its table: a pane {@code "<id>-view"} holding the table's view, the table's
     * settings kept under {@code id}.
     */
    public static RecordTableScreen plain(Info info, RecordKind kind, Supplier<RecordTableViewModel<?>> table) {
        return of(info, kind, table, t -> t, t -> {
            BorderPane view = new BorderPane(new RecordTableView<>(t, info.id()));
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
        return Optional.of((credits, ready) -> table().pages(title(), credits, ready));
    }

    /** The table's column layout (order, widths, shown), e.g. to keep in preferences as {@link TableLayout#format()}. */
    public TableLayout layout() {
        return table().layout();
    }

    /** The layout to keep at the window's close: the table's if it was made, else one restored into it, else none. */
    Optional<TableLayout> layoutToKeep() {
        return table.isMade() ? Optional.of(table.get().layout()) : Optional.ofNullable(pending);
    }

    /** Restores a layout read back with {@link TableLayout#parse(String)} (when the table is made, if it is not yet). */
    public void restore(TableLayout layout) {
        if (table.isMade()) {
            table.get().restore(layout);
        } else {
            pending = layout;
        }
    }

    /** The table's view-model (tests and the composition root), made now if the screen was never shown. */
    public RecordTableViewModel<?> table() {
        boolean first = !table.isMade();
        RecordTableViewModel<?> t = table.get();
        if (first && pending != null) {
            t.restore(pending);
            pending = null;
        }
        return t;
    }

    /** True once the table's view-model is made (it is not before the screen is first shown). */
    public boolean isMade() {
        return table.isMade();
    }
}
