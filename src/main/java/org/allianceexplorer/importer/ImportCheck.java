package org.allianceexplorer.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.results.ResultsCheck;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;

/**
 * The whole import run on a scratch copy ({@link ResultsCheck}: nothing written) and what it found: the labels to
 * resolve (handed to {@link LabelResolution}), every problem with file, line and column (the command line's report,
 * capped at {@link #MAX_PROBLEMS} and then counted), and a summary. Any change to what the import reads makes the
 * last check stale; the import runs only on a check that passed.
 */
public final class ImportCheck {

    private static final I18n.Messages T = I18n.of(ImportCheck.class);

    /** Problems listed (all are counted); the list scrolls. */
    static final int MAX_PROBLEMS = 500;

    private final TaskRunner tasks;
    private final LabelResolution labels;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper(this, "checkSummary", "");
    private final ReadOnlyObjectWrapper<ResultsReport> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);

    ImportCheck(TaskRunner tasks, LabelResolution labels) {
        this.tasks = tasks;
        this.labels = labels;
    }

    /**
     * Checks the import of {@code settings} against {@code base} (an open database, a file or a team database; null:
     * a new empty database), in the background.
     */
    void run(ResultsImport.Settings settings, Database base) {
        Path f = settings.from();
        checking.set(true);
        check.set(null);
        tasks.run(
                List.of(this, "check"),
                T.t("check.running", f.getFileName()),
                () -> base == null || base.path() != null
                        ? ResultsCheck.check(base == null ? null : base.path(), settings, tasks::progress)
                        : ResultsCheck.check(base, settings, tasks::progress),
                this::apply,
                e -> {
                    checking.set(false);
                    problems.setAll(f.getFileName() + ": " + ImportWizardViewModel.message(e));
                    checkSummary.set(T.t("check.failed", ImportWizardViewModel.message(e)));
                });
    }

    /** Shows a report: the check's, or that of an import refused when it ran. */
    void apply(ResultsReport r) {
        checking.set(false);
        labels.update(r.unknownLabels());
        list(r.problems(), r.problemCount());
        List<String> summary = new ArrayList<>();
        summary.add(
                r.ok()
                        ? T.t("check.ready", r.summary().replace("added", "to add"))
                        : T.t("check.notReady", r.summary()));
        summary.addAll(r.notes());
        checkSummary.set(String.join("\n", summary));
        check.set(r);
    }

    /** A new input: no check, no problems, no summary. */
    void clear() {
        check.set(null);
        problems.clear();
        checkSummary.set("");
    }

    /** A dataset's or ParlGov's import refused: its problems, and {@code why} in the window's words. */
    void refused(ImportReport r, String why) {
        checking.set(false);
        list(r.problems(), r.problemCount());
        checkSummary.set(T.t("check.notReady", why));
    }

    /** The problems listed, conflicts marked, and how many more were counted. */
    private void list(List<ImportProblem> listed, long count) {
        // a problem is the importer's English, starting with a path
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : listed) {
            lines.add((p.conflict() ? T.t("check.conflict") + "  " : "") + I18n.leftToRight(p.toString()));
        }
        if (count > listed.size()) {
            lines.add(T.t("check.more", count - listed.size(), listed.size()));
        }
        problems.setAll(lines);
    }

    /** Something the import reads changed: the last check no longer holds. */
    void invalidate() {
        if (check.get() != null) {
            check.set(null);
            checkSummary.set(T.t("check.stale"));
        }
    }

    /** True when the last check holds and passed. */
    boolean passed() {
        return check.get() != null && check.get().ok();
    }

    /** Every problem the check found (up to {@link #MAX_PROBLEMS}, then how many more), file, line and column. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    /** The last check's report (null: not checked since the last change). */
    public ReadOnlyObjectProperty<ResultsReport> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
