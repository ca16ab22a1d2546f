package org.allianceexplorer.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.Notice;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.ImportHistory;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.importer.ImportWizardViewModel.Kind;
import org.allianceexplorer.importer.ImportWizardViewModel.Step;
import org.allianceexplorer.io.ZipInput;

/**
 * The wizard's last step: where the results or the dataset go (the open database if it is a user's: a file in one
 * transaction on a copy moved into place, a team database in the server's one transaction; else a new file, for
 * results empty or starting from a copy of the open one), and the import itself in the background with progress and
 * Cancel (nothing written), then the database opened and a summary. The importing is {@link ResultsImport}'s and
 * {@link DatasetImport}'s; ParlGov folders go to {@link ParlGovImport}. Bundled datasets are never written.
 */
public final class ImportRun {

    private static final I18n.Messages T = I18n.of(ImportRun.class);

    /** Where the results go. */
    public enum Target {
        OPEN_DATABASE,
        NEW_FILE
    }

    private final AppState state;
    private final MainViewModel main;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ImportCheck check;
    private final Consumer<Step> show;

    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.NEW_FILE);
    private final BooleanProperty startFromOpen = new SimpleBooleanProperty(this, "startFromOpen", true);
    private final BooleanProperty takeTheirs = new SimpleBooleanProperty(this, "takeTheirs", false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private TaskRunner.Handle running;

    private final BooleanBinding canImport;
    private final BooleanBinding canUseOpen;

    /**
     * @param kind what the chosen input is
     * @param show turns the wizard to a page (the import's, or the problems' when the import refused)
     */
    ImportRun(
            AppState state,
            MainViewModel main,
            DialogService dialogs,
            ImportCheck check,
            ReadOnlyObjectProperty<Kind> kind,
            Consumer<Step> show) {
        this.state = state;
        this.main = main;
        this.tasks = main.tasks();
        this.dialogs = dialogs;
        this.check = check;
        this.show = show;
        canUseOpen = Bindings.createBooleanBinding(() -> writable(state.getSession()), state.sessionProperty());
        canImport = Bindings.createBooleanBinding(
                () -> !importing.get()
                        && !done.get()
                        && !check.checkingProperty().get()
                        && switch (kind.get()) {
                            case RESULTS -> check.passed();
                            case DATASET, PARLGOV -> true;
                            default -> false;
                        },
                importing,
                done,
                check.checkingProperty(),
                check.checkProperty(),
                kind);
        state.sessionProperty().addListener((o, a, b) -> {
            if (!writable(b) && target.get() == Target.OPEN_DATABASE) {
                target.set(Target.NEW_FILE);
            }
        });
    }

    /** A new input: nothing done yet, into the open database when it may be written. */
    void reset() {
        done.set(false);
        outcome.set("");
        target.set(canUseOpen.get() ? Target.OPEN_DATABASE : Target.NEW_FILE);
    }

    /** A new file chosen: nothing done with it yet. */
    void restart() {
        done.set(false);
        outcome.set("");
    }

    /**
     * A user's database that is open: a file, written through a copy (a bundled dataset never is); a team database,
     * in the server's one transaction, when the user may edit it.
     */
    static boolean writable(Session s) {
        if (s == null) {
            return false;
        }
        if (s.database().server() != null) {
            return s.mayEdit();
        }
        return s.database().path() != null
                && BundledDataset.ALL.stream().noneMatch(b -> b.name().equals(s.name()));
    }

    /** The open database the results are checked against and go into (a file or a team database), or null. */
    Database baseDatabase() {
        Session s = state.getSession();
        if (s == null) {
            return null;
        }
        return target.get() == Target.OPEN_DATABASE || startFromOpen.get() ? s.database() : null;
    }

    /**
     * Imports {@code from} (a results table after a check that passed; a dataset folder or zip; ParlGov's tables):
     * into the open user database, or a new file chosen now. A dataset's records that differ from the open
     * database's are refused and listed unless {@link #takeTheirsProperty} is set.
     */
    void importNow(Path from, Kind kind, Supplier<ResultsImport.Settings> settings, List<String> countries) {
        if (!canImport.get()) {
            return;
        }
        if (kind == Kind.PARLGOV) {
            importParlGov(from, countries);
            return;
        }
        boolean dataset = kind == Kind.DATASET;
        Session session = state.getSession();
        boolean intoOpen = target.get() == Target.OPEN_DATABASE && writable(session);
        boolean intoServer = intoOpen && session.database().server() != null;
        // a team database, or a file open for editing: written through a connection of its own, in one transaction
        // as an edit is; a file open read-only is imported into a copy that replaces it (its bytes stay as they
        // were if the import is refused or cancelled)
        boolean live = intoServer || intoOpen && session.editable();
        Path out;
        if (intoServer) {
            out = null;
        } else if (intoOpen) {
            out = session.database().path();
        } else {
            Optional<Path> chosen = dialogs.chooseNewDatabase(
                    T.t("run.save.title", from.getFileName()),
                    String.valueOf(from.getFileName()).replaceAll("\\.[A-Za-z]+$", ""));
            if (chosen.isEmpty()) {
                return;
            }
            out = chosen.get();
            if (Files.exists(out)) {
                dialogs.showError(T.t("run.exists.title"), T.t("run.exists", out));
                return;
            }
        }
        // the database written, as the outcome names it: a team database by its address, a file by its name
        String where = intoServer ? session.name() : out.toAbsolutePath().toString();
        String name = intoServer ? session.name() : String.valueOf(out.getFileName());
        Database base = intoOpen || dataset ? null : baseDatabase();
        String editor = main.edits().editor();
        ResultsImport.Settings resultsSettings = dataset ? null : settings.get().withEditor(editor);
        Importer.Settings datasetSettings = Importer.Settings.DEFAULT
                .withConflicts(takeTheirs.get() ? Importer.OnConflict.UPDATE : Importer.OnConflict.REFUSE)
                .withEditor(editor);
        String what = T.t("run.importing", from.getFileName());
        if (dataset) {
            check.clear(); // a dataset is checked as it imports: an earlier refusal's problems no longer hold
        }
        importing.set(true);
        outcome.set("");
        show.accept(Step.IMPORT);
        running = tasks.runCancellable(
                what + "\u2026",
                () -> {
                    Consumer<String> progress = m -> tasks.progress(what + ": " + m);
                    // into the open database: recorded in its history as one edit (Undo takes it back)
                    if (dataset) {
                        ImportReport r;
                        if (live) {
                            r = DatasetImport.into(
                                    session.database().openForEditing(),
                                    from,
                                    datasetSettings,
                                    ZipInput.Limits.DEFAULT,
                                    progress);
                        } else if (intoOpen) {
                            r = DatasetImport.intoFile(from, out, datasetSettings, ZipInput.Limits.DEFAULT, progress);
                        } else {
                            r = DatasetImport.toNewFile(from, out, datasetSettings, ZipInput.Limits.DEFAULT, progress);
                        }
                        return Imported.of(r, r.history());
                    }
                    ResultsReport r;
                    if (live) {
                        r = ResultsImport.into(session.database().openForEditing(), resultsSettings, progress);
                    } else if (intoOpen) {
                        r = ResultsImport.intoFile(out, resultsSettings, progress);
                    } else if (base == null) {
                        r = ResultsImport.toNewFile(out, resultsSettings, progress);
                    } else {
                        r = base.path() != null
                                ? ResultsImport.copyWithResults(base.path(), out, resultsSettings, progress)
                                : ResultsImport.copyWithResults(base, out, resultsSettings, progress);
                    }
                    return Imported.of(r, r.history());
                },
                imported -> {
                    finished(true);
                    List<String> lines = new ArrayList<>();
                    lines.add(T.t("run.done", from.getFileName(), I18n.leftToRight(where), imported.summary()));
                    ImportHistory.Recorded history = imported.history();
                    if (history.editId() > 0) {
                        lines.add(T.t("run.inHistory", history.label()));
                    } else if (history.note() != null) {
                        lines.add(T.t("run.notInHistory", history.limit()));
                    }
                    lines.addAll(imported.counts());
                    outcome.set(String.join("\n", lines));
                    // the import is an edit of the open database: Undo offers it
                    Runnable undoable = () -> main.edits().imported(history.editId(), history.label());
                    if (live) {
                        // the same database with the new records: every view reads it again
                        main.edits().showOwnChange();
                        undoable.run();
                    } else if (intoOpen) {
                        // the file was replaced whole: opened again
                        main.open(out, undoable);
                    } else {
                        main.open(out);
                    }
                    state.announce(Notice.info(T.t("run.done", from.getFileName(), name, imported.summary())));
                },
                e -> {
                    finished(false);
                    if (e instanceof ResultsImport.RefusedException r) {
                        check.apply(r.report());
                        show.accept(Step.CHECK);
                        outcome.set(T.t("run.nothing", r.report().summary()));
                    } else if (e instanceof ImportException ie) {
                        refused(ie.report());
                    } else {
                        outcome.set(T.t("run.nothing", ImportWizardViewModel.message(e)));
                    }
                },
                () -> {
                    finished(false);
                    outcome.set(intoOpen ? T.t("run.cancelled.asItWas", name) : T.t("run.cancelled.notMade", name));
                    state.announce(Notice.info(T.t("run.cancelled.notice", from.getFileName())));
                });
    }

    /**
     * What an import did, in the interface's words: its one-line summary, its counts (a line each), and its edit in
     * the history (the command line's own lines are English, and a stable interface).
     */
    private record Imported(String summary, List<String> counts, ImportHistory.Recorded history) {
        /** A dataset import: the totals, then each file that had a record added or updated. */
        static Imported of(ImportReport r, ImportHistory.Recorded history) {
            List<String> files = new ArrayList<>();
            for (DatasetFormat.File f : DatasetFormat.File.values()) {
                ImportReport.Counts c = r.countsOf(f);
                if (c != null && c.added() + c.updated() > 0) {
                    files.add(T.t("run.countsOfFile", f.fileName(), c.added(), c.skipped(), c.updated()));
                }
            }
            return new Imported(T.t("run.counts", r.added(), r.skipped(), r.updated()), files, history);
        }

        /** A results import: the totals, then what it read, added and made. */
        static Imported of(ResultsReport r, ImportHistory.Recorded history) {
            List<String> lines = new ArrayList<>();
            lines.add(T.t("run.results.rows", r.rows()));
            lines.add(T.t("run.results.added", r.resultsAdded()));
            lines.add(T.t("run.results.skipped", r.resultsSkipped()));
            lines.add(T.t("run.results.seats", r.seatsAdded()));
            lines.add(T.t("run.results.aliases", r.aliasesAdded()));
            if (r.partiesAdded() > 0) {
                lines.add(T.t("run.results.parties", r.partiesAdded()));
            }
            List<String> made = new ArrayList<>();
            if (r.electionAdded()) {
                made.add(T.t("run.created.election"));
            }
            if (r.assemblyAdded()) {
                made.add(T.t("run.created.assembly"));
            }
            if (r.sourceAdded()) {
                made.add(T.t("run.created.source"));
            }
            if (!made.isEmpty()) {
                lines.add(T.t("run.results.created", String.join(T.t("run.list.separator"), made)));
            }
            return new Imported(
                    T.t("run.results", r.resultsAdded(), r.resultsSkipped(), r.seatsAdded()), lines, history);
        }
    }

    /**
     * A dataset or ParlGov import refused: its problems on the Problems page (file, line and column each), and why
     * in the window's words (the report's own summary names the command line's options).
     */
    private void refused(ImportReport r) {
        List<String> why = new ArrayList<>();
        long others = r.problemCount() - r.conflictCount();
        if (others > 0) {
            why.add(T.t("run.refused.problems", others));
        }
        if (r.conflictCount() > 0) {
            why.add(T.t("run.refused.conflicts", r.conflictCount()));
        }
        check.refused(r, String.join("; ", why));
        show.accept(Step.CHECK);
        outcome.set(T.t("run.nothing", String.join("; ", why)));
    }

    private void importParlGov(Path from, List<String> iso3) {
        Optional<Path> chosen = dialogs.chooseNewDatabase(T.t("run.parlgov.save.title"), "parlgov");
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        String what = T.t("run.parlgov.importing");
        check.clear();
        importing.set(true);
        show.accept(Step.IMPORT);
        running = tasks.runCancellable(
                what + "\u2026",
                () -> ParlGovImport.toNewFile(
                        from, out, new ParlGovImport.Options(iso3, null), m -> tasks.progress(what + ": " + m)),
                report -> {
                    finished(true);
                    outcome.set(T.t("run.parlgov.done", out.toAbsolutePath(), report.added()));
                    main.open(out);
                },
                e -> {
                    finished(false);
                    if (e instanceof ImportException ie) {
                        refused(ie.report());
                    } else {
                        outcome.set(T.t("run.nothing", ImportWizardViewModel.message(e)));
                    }
                },
                () -> {
                    finished(false);
                    outcome.set(T.t("run.cancelled.notMade", out.getFileName()));
                });
    }

    private void finished(boolean imported) {
        importing.set(false);
        if (imported) {
            done.set(true);
        }
        running = null;
    }

    /** Cancel while importing: the import stops and nothing of it is written. */
    public void cancelImport() {
        if (running != null) {
            running.cancel();
        }
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** A new file starts as a copy of the open database (its parties and aliases), else empty. */
    public BooleanProperty startFromOpenProperty() {
        return startFromOpen;
    }

    /**
     * A dataset into the open database: where one of its records differs from the database's (the same key), take
     * the dataset's version; else such records are listed and nothing is written.
     */
    public BooleanProperty takeTheirsProperty() {
        return takeTheirs;
    }

    public BooleanBinding canUseOpenDatabase() {
        return canUseOpen;
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** What the import did (or why not), for the last page. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The running job's progress message. */
    public ReadOnlyStringProperty progressProperty() {
        return tasks.messageProperty();
    }

    /** The name of the open database, for the target choice. */
    public String openDatabaseName() {
        Session s = state.getSession();
        return s == null ? T.t("run.noDatabase") : s.name();
    }
}
