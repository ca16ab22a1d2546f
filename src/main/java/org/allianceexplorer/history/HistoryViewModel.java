package org.allianceexplorer.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.HistoryRepository;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.HistoryRow;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/**
 * Who changed what and when, newest edit first: one row per changed field of every edit, undo and redo made to the
 * open database (the same rows as {@code list history}). A row opens its record where the window shows that
 * kind; the history is not cut by the as-of date (it is about the file, not the events).
 */
public final class HistoryViewModel extends TableScreenViewModel<HistoryLine> {

    private static final I18n.Messages T = I18n.of(HistoryViewModel.class);

    public HistoryViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> newestFirst(r.history()).forEach(sink));
        table().setEmptyText(T.t("empty"));
    }

    /** The newest edit first; within an edit, its changes in the order it made them. */
    static List<HistoryLine> newestFirst(HistoryRepository history) {
        List<HistoryRow> rows = new ArrayList<>();
        history.forEachHistory(rows::add);
        List<List<HistoryRow>> edits = HistoryRow.editsNewestFirst(rows);
        List<HistoryLine> out = new ArrayList<>();
        for (List<HistoryRow> edit : edits) {
            for (HistoryRow r : edit) {
                out.add(new HistoryLine(out.size(), r));
            }
        }
        return out;
    }

    static RecordTableSpec<HistoryLine> spec() {
        return RecordTableSpec.mixed(
                List.of(
                        column("time", T.t("column.time"), 150, HistoryRow::timeShown)
                                .whole(),
                        column("editor", T.t("column.editor"), 100, HistoryRow::editor),
                        column("edit", T.t("column.edit"), 260, HistoryRow::editLabel),
                        column("editAction", T.t("column.editAction"), 60, r -> KindNames.editAction(r.editAction())),
                        column("kind", T.t("column.kind"), 100, r -> KindNames.table(r.kind())),
                        column("record", T.t("column.record"), 230, HistoryRow::record),
                        column("action", T.t("column.action"), 70, r -> KindNames.change(r.action())),
                        column("field", T.t("column.field"), 110, r -> KindNames.column(r.kind(), r.field())),
                        column("old", T.t("column.old"), 180, HistoryRow::oldValue),
                        column("new", T.t("column.new"), 180, HistoryRow::newValue)),
                HistoryLine::position,
                HistoryViewModel::ref,
                "history");
    }

    /** A column of the line's history row: {@code value} of it. */
    private static RecordColumn<HistoryLine> column(
            String id, String title, double width, Function<HistoryRow, String> value) {
        return RecordColumn.text(id, title, width, l -> value.apply(l.row()));
    }

    /** The record a row opens: one the window lists and that was not deleted by that change; else none. */
    static RecordRef ref(HistoryLine l) {
        HistoryRow r = l.row();
        if (r.recordId() == null || "delete".equals(r.action())) {
            return null;
        }
        return EditKind.ofTable(r.kind())
                .flatMap(EditKind::shownAs)
                .map(k -> new RecordRef(k, r.recordId(), r.record() == null ? r.kind() : r.record()))
                .orElse(null);
    }
}
