package org.allianceexplorer.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.HistoryRepository;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.EditSummary;
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

    private final BooleanProperty onePerEdit;

    public HistoryViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(state, tasks, dialogs, new SimpleBooleanProperty(false));
    }

    private HistoryViewModel(AppState state, TaskRunner tasks, DialogService dialogs, BooleanProperty onePerEdit) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> newestFirst(r.history(), onePerEdit.get()).forEach(sink));
        this.onePerEdit = onePerEdit;
        table().setEmptyText(T.t("empty"));
        onePerEdit.addListener((o, was, now) -> table().reload());
    }

    /**
     * One line per edit instead of one per change: an import of thousands of records is one line (its kinds, its
     * first record and how many more, how many changes), which Undo takes back as it would from any of its lines.
     */
    public BooleanProperty onePerEditProperty() {
        return onePerEdit;
    }

    /** The newest edit first; within an edit, its changes in the order it made them (or the edit as one line). */
    static List<HistoryLine> newestFirst(HistoryRepository history, boolean onePerEdit) {
        List<HistoryLine> out = new ArrayList<>();
        if (onePerEdit) {
            // each edit summed up as its last row is read: an import's hundreds of thousands of rows are not all kept
            List<HistoryLine.Edit> sums = new ArrayList<>();
            List<HistoryRow> firsts = new ArrayList<>();
            HistoryRow.ByEdit byEdit = new HistoryRow.ByEdit(edit -> {
                sums.add(summary(edit));
                firsts.add(edit.get(0));
            });
            history.forEachHistory(byEdit);
            byEdit.finish();
            for (int i = sums.size() - 1; i >= 0; i--) {
                out.add(new HistoryLine(out.size(), firsts.get(i), sums.get(i)));
            }
            return out;
        }
        List<HistoryRow> rows = new ArrayList<>();
        history.forEachHistory(rows::add);
        for (List<HistoryRow> edit : HistoryRow.editsNewestFirst(rows)) {
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
                        summed(
                                "kind",
                                T.t("column.kind"),
                                100,
                                r -> KindNames.table(r.kind()),
                                HistoryLine.Edit::kinds),
                        summed("record", T.t("column.record"), 230, HistoryRow::record, HistoryLine.Edit::records),
                        summed(
                                "action",
                                T.t("column.action"),
                                70,
                                r -> KindNames.change(r.action()),
                                HistoryLine.Edit::changes),
                        summed(
                                "field",
                                T.t("column.field"),
                                110,
                                r -> KindNames.column(r.kind(), r.field()),
                                HistoryLine.Edit::fields),
                        summed("old", T.t("column.old"), 180, r -> shown(r, r.oldValue()), e -> null),
                        summed("new", T.t("column.new"), 180, r -> shown(r, r.newValue()), e -> null)),
                HistoryLine::position,
                HistoryViewModel::ref,
                "history");
    }

    /** A column of the line's history row: {@code value} of it. */
    private static RecordColumn<HistoryLine> column(
            String id, String title, double width, Function<HistoryRow, String> value) {
        return RecordColumn.text(id, title, width, l -> value.apply(l.row()));
    }

    /** A value as the History shows it: the kind of record a citation is of in words ("deal", not "seat_deal"). */
    private static String shown(HistoryRow r, String value) {
        return "citation".equals(r.kind()) && "record_kind".equals(r.field()) ? KindNames.table(value) : value;
    }

    /** A column of a line: {@code value} of its history row, or for a line of a whole edit {@code sum} of the edit. */
    private static RecordColumn<HistoryLine> summed(
            String id,
            String title,
            double width,
            Function<HistoryRow, String> value,
            Function<HistoryLine.Edit, String> sum) {
        return RecordColumn.text(id, title, width, l -> l.wholeEdit() ? sum.apply(l.edit()) : value.apply(l.row()));
    }

    /** A whole edit in words, worked out once (an import's edit may have hundreds of thousands of changes). */
    static HistoryLine.Edit summary(List<HistoryRow> edit) {
        EditSummary sum = EditSummary.of(edit);
        RecordRef opens = null;
        for (HistoryRow r : edit) {
            opens = ref(r);
            if (opens != null) {
                break;
            }
        }
        String separator = T.t("summary.separator");
        return new HistoryLine.Edit(
                String.join(
                        separator,
                        sum.tables().stream().map(KindNames::table).distinct().toList()),
                sum.records() == 1 ? sum.firstRecord() : T.t("summary.records", sum.firstRecord(), sum.records() - 1),
                String.join(
                        separator, sum.actions().stream().map(KindNames::change).toList()),
                T.t("summary.fields", sum.changes()),
                opens);
    }

    /**
     * The record a line opens: one the window lists and that was not deleted by that change (for a whole edit, the
     * first such of its changes); else none.
     */
    static RecordRef ref(HistoryLine l) {
        return l.wholeEdit() ? l.edit().opens() : ref(l.row());
    }

    private static RecordRef ref(HistoryRow r) {
        if (r.recordId() == null || "delete".equals(r.action())) {
            return null;
        }
        return EditKind.ofTable(r.kind())
                .flatMap(EditKind::shownAs)
                .map(k -> new RecordRef(k, r.recordId(), r.record() == null ? r.kind() : r.record()))
                .orElse(null);
    }
}
