package org.allianceexplorer.detail;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.KindNames;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Section;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.edit.HistoryRow;

/**
 * A record's history on its detail page: one line per edit that touched it, newest first (when, who, which
 * edit), its changed fields under it ("name: Test Party → Test Party (renamed)"). Shown only when the record
 * was edited; at most {@link #SHOWN} edits, the rest counted.
 */
final class HistorySection {

    private static final I18n.Messages T = I18n.of(HistorySection.class);

    static final int SHOWN = 10;

    private HistorySection() {}

    /** The section, or {@code null} when the record has no history. */
    static Section of(List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<List<HistoryRow>> edits = HistoryRow.editsNewestFirst(rows);
        List<Line> lines = new ArrayList<>();
        for (List<HistoryRow> edit : edits.subList(0, Math.min(SHOWN, edits.size()))) {
            HistoryRow first = edit.get(0);
            lines.add(new Line(
                    List.of(
                            Span.of(first.timeShown() + " UTC", Style.MUTED),
                            Span.of("  " + first.editor() + "  ", Style.MUTED),
                            Span.of(first.editLabel()
                                    + ("edit".equals(first.editAction())
                                            ? ""
                                            : I18n.aside(KindNames.editAction(first.editAction()))))),
                    changes(edit),
                    false));
        }
        int changes = edits.size();
        return new Section("history", T.t("section.history", changes), lines, Math.max(0, changes - SHOWN));
    }

    private static String changes(List<HistoryRow> edit) {
        List<String> out = new ArrayList<>();
        for (HistoryRow r : edit) {
            switch (r.action()) {
                case "insert", "delete" -> {
                    String what = KindNames.change(r.action());
                    if (out.isEmpty() || !out.get(out.size() - 1).equals(what)) {
                        out.add(what);
                    }
                }
                default ->
                    out.add(KindNames.column(r.kind(), r.field()) + ": " + shown(r.oldValue()) + " \u2192 "
                            + shown(r.newValue()));
            }
        }
        return String.join("; ", out);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? T.t("history.empty") : value;
    }
}
