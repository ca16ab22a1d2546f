package org.allianceexplorer.importer;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.data.imports.results.ResultsPreview;

/**
 * The live preview of the first rows: the results they give with the mapping as it is now, and the rows as they
 * are in the file. Columns keep a readable width; a table wider than its place scrolls sideways.
 */
final class PreviewTabs extends TabPane {

    private static final I18n.Messages T = I18n.of(PreviewTabs.class);

    /** The narrowest a column of the file is shown. */
    static final double MIN_FILE_COLUMN = 90;

    PreviewTabs(ColumnMapping mapping) {
        TableView<ResultsPreview.Result> results = new TableView<>(mapping.results());
        results.setId("wizard-results");
        results.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        results.getColumns()
                .setAll(List.of(
                        column(T.t("preview.line"), r -> Long.toString(r.line()), 56, 48),
                        column(T.t("preview.seat"), ResultsPreview.Result::seat, 90, 80),
                        column(T.t("preview.candidate"), ResultsPreview.Result::candidate, 190, 130),
                        column(T.t("preview.partyLabel"), ResultsPreview.Result::label, 140, 100),
                        column(T.t("preview.votes"), ResultsPreview.Result::votes, 80, 70),
                        column(T.t("preview.problem"), ResultsPreview.Result::problem, 320, 160)));
        results.setPlaceholder(new Label(T.t("preview.empty")));
        results.setMinWidth(0);

        TableView<ResultsPreview.Line> rows = new TableView<>(mapping.rows());
        rows.setId("wizard-rows");
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rows.setMinWidth(0);
        Runnable rebuild = () -> {
            rows.getColumns().clear();
            rows.getColumns()
                    .add(column(T.t("preview.line"), (ResultsPreview.Line l) -> Long.toString(l.line()), 56, 48));
            for (ColumnChoice c : mapping.columns()) {
                Role r = c.roleProperty().get();
                int i = c.index();
                TableColumn<ResultsPreview.Line, String> col = column(
                        c.letter() + " " + c.header() + (r == Role.NONE ? "" : "\n" + r),
                        l -> i < l.cells().size() ? l.cells().get(i) : "",
                        Math.min(200, Math.max(MIN_FILE_COLUMN, c.header().length() * 7 + 24)),
                        MIN_FILE_COLUMN);
                rows.getColumns().add(col);
            }
        };
        mapping.columns().addListener((ListChangeListener<ColumnChoice>) ch -> rebuild.run());
        rebuild.run();

        Tab read = new Tab(T.t("preview.tab.results"), results);
        read.setId("wizard-tab-results");
        Tab asIs = new Tab(T.t("preview.tab.rows"), rows);
        asIs.setId("wizard-tab-rows");
        getTabs().setAll(read, asIs);
        setId("wizard-preview");
        setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setMinWidth(0);
    }

    private static <T> TableColumn<T, String> column(String name, Function<T, String> value, double width, double min) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(value.apply(v.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }
}
