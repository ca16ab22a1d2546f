package org.allianceexplorer.sources;

import java.util.List;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.table.RecordColumn;
import org.allianceexplorer.table.RecordTableSpec;
import org.allianceexplorer.table.TableScreenViewModel;

/** Sources published by the as-of date (all of them when it is empty); a source's link opens in the browser. */
public final class SourcesViewModel extends TableScreenViewModel<Source> {

    private static final I18n.Messages T = I18n.of(SourcesViewModel.class);

    private final DialogService dialogs;

    public SourcesViewModel(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                spec(),
                state,
                tasks,
                dialogs,
                (r, f, sink) -> r.sources().sources(f).forEach(sink));
        this.dialogs = dialogs;
    }

    static RecordTableSpec<Source> spec() {
        return new RecordTableSpec<>(
                RecordKind.SOURCES,
                List.of(
                        RecordColumn.<Source>text("outlet", T.t("column.outlet"), 150, Source::outlet),
                        RecordColumn.<Source>text("title", T.t("column.title"), 400, Source::title),
                        RecordColumn.<Source>date("published", T.t("column.published"), 110, Source::published),
                        RecordColumn.<Source>text("url", T.t("column.url"), 300, Source::url),
                        RecordColumn.<Source>date("retrieved", T.t("column.retrieved"), 110, Source::retrieved)
                                .hidden(),
                        RecordColumn.<Source>text("snippet", T.t("column.snippet"), 400, Source::snippet)
                                .hidden(),
                        RecordColumn.<Source>text("code", T.t("column.key"), 180, Source::code)
                                .hidden()),
                Source::id,
                Source::outlet,
                "sources");
    }

    /** Opens a source's link in the system browser; says so when there is none. */
    public void open(Source s) {
        if (s != null && !dialogs.openLink(s.url())) {
            dialogs.showInfo(T.t("open.failed.title"), T.t("open.failed", s.url()));
        }
    }
}
