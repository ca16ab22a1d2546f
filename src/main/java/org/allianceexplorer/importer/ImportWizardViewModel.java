package org.allianceexplorer.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.allianceexplorer.data.imports.results.ResultsCheck;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.io.CsvReader;

/**
 * File > Import…: the state and commands of the import wizard, without the scene graph. A file or folder is
 * chosen and what it is detected; a results table (CSV, XLSX) is read with a mapping (detected from its header,
 * loaded from a mapping file, or changed a column at a time) into a live preview of its first rows; the import is
 * then checked whole on a scratch copy ({@link ResultsCheck}: unknown labels with their counts, every problem with
 * file, line and column, the command line's report) and runs only when the check passed: into the open database
 * (a user's, one transaction on a copy moved into place) or into a new file, in the background with Cancel
 * (nothing written). Dataset folders and zips go the same two ways (records that differ from the open database's are
 * listed, or taken when the user says so), ParlGov folders to {@link ParlGovImport}. The reading and checking are the importer's own; nothing is re-implemented here.
 *
 * <p>This class holds the chosen input, what was detected and the steps, and composes the parts, each the one owner
 * of its rules: {@link ElectionForm} (election, assembly, source), {@link ColumnMapping} (mapping and preview),
 * {@link LabelResolution} (unknown labels), {@link ImportCheck} (the check and its problems) and {@link ImportRun}
 * (target, import, Cancel).
 */
public final class ImportWizardViewModel {

    private static final I18n.Messages T = I18n.of(ImportWizardViewModel.class);

    /** The wizard's pages. */
    public enum Step {
        CHOOSE("Choose"),
        DETECTED("Detected"),
        MAP("Columns"),
        LABELS("Party labels"),
        CHECK("Problems"),
        IMPORT("Import");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return own("step." + name(), title);
        }
    }

    /** What the chosen input is. */
    public enum Kind {
        NONE("nothing chosen yet"),
        RESULTS("a results table"),
        DATASET("a dataset in the interchange format"),
        PARLGOV("ParlGov's tables"),
        UNKNOWN("not something the wizard imports");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return own("kind." + name(), text);
        }
    }

    /** The bundle's text of {@code key}, else {@code english} (the enums' own words). */
    static String own(String key, String english) {
        String s = T.t(key);
        return s.equals(key) ? english : s;
    }

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);
    private final ObservableList<String> detected = FXCollections.observableArrayList();

    private final ElectionForm form = new ElectionForm();
    private final LabelResolution labels;
    private final ImportCheck check;
    private final ColumnMapping mapping;
    private final ImportRun run;

    public ImportWizardViewModel(AppState state, MainViewModel main, DialogService dialogs) {
        this.state = state;
        this.tasks = main.tasks();
        this.dialogs = dialogs;
        labels = new LabelResolution(this::invalidateCheck);
        check = new ImportCheck(tasks, labels);
        mapping = new ColumnMapping(
                state,
                tasks,
                dialogs,
                form,
                () -> kind.get() == Kind.RESULTS ? file.get() : null,
                this::invalidateCheck);
        run = new ImportRun(state, main, dialogs, check, kind.getReadOnlyProperty(), step::set);
        form.onChange(this::invalidateCheck);
        run.targetProperty().addListener((o, a, b) -> invalidateCheck());
        run.startFromOpenProperty().addListener((o, a, b) -> invalidateCheck());
        mapping.previewProperty().addListener((o, a, b) -> {
            if (b != null) {
                detected.setAll(detectedLines(b));
            }
        });
    }

    // --- step 1: choose -------------------------------------------------------------------------------

    /** Starts over: nothing chosen, the database's elections, assemblies and parties read for the choices. */
    public void reset() {
        if (run.importingProperty().get()) {
            return;
        }
        file.set(null);
        kind.set(Kind.NONE);
        detected.clear();
        mapping.clear();
        labels.clear();
        invalidateCheck();
        run.reset();
        step.set(Step.CHOOSE);
        loadChoices();
    }

    /** "Choose a file…": a results table, a dataset zip (through the dialog service). */
    public void chooseFile() {
        dialogs.chooseOpenFile(
                        T.t("choose.file.title"),
                        T.t("choose.file.filter"),
                        "*.csv",
                        "*.tsv",
                        "*.txt",
                        "*.xlsx",
                        "*.zip")
                .ifPresent(this::choose);
    }

    /** "Choose a folder…": a dataset folder or ParlGov's tables. */
    public void chooseFolder() {
        dialogs.chooseFolder(T.t("choose.folder.title")).ifPresent(this::choose);
    }

    /** Takes {@code path} (chosen, or dropped on the window) and reads what it is. */
    public void choose(Path path) {
        if (run.importingProperty().get()) {
            return;
        }
        file.set(path);
        mapping.clear();
        labels.clear();
        check.clear();
        run.restart();
        Kind k = kindOf(path);
        kind.set(k);
        detected.setAll(path.toAbsolutePath().normalize().toString(), T.t("detected.whatItIs", k));
        switch (k) {
            case RESULTS -> {} // what it was read as follows from the preview
            case DATASET -> detected.add(T.t("detected.dataset"));
            case PARLGOV -> detected.add(T.t("detected.parlgov"));
            default ->
                detected.add(
                        Files.isRegularFile(path) && isDatabase(path)
                                ? T.t("detected.database")
                                : T.t("detected.unknown"));
        }
        step.set(Step.DETECTED);
        if (k == Kind.RESULTS) {
            mapping.readPreview();
        }
    }

    static Kind kindOf(Path path) {
        if (path == null || !Files.exists(path)) {
            return Kind.UNKNOWN;
        }
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("manifest.csv")) || Files.isRegularFile(path.resolve("parties.csv"))) {
                return Kind.DATASET;
            }
            if (Files.isRegularFile(path.resolve("election.csv"))
                    && Files.isRegularFile(path.resolve("party.csv"))
                    && Files.isRegularFile(path.resolve("election_result.csv"))) {
                return Kind.PARLGOV;
            }
            return Kind.UNKNOWN;
        }
        String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return Kind.DATASET;
        }
        if (n.endsWith(".csv")
                || n.endsWith(".tsv")
                || n.endsWith(".txt")
                || n.endsWith(".xlsx")
                || n.endsWith(".xls")) {
            return Kind.RESULTS;
        }
        return Kind.UNKNOWN;
    }

    private static boolean isDatabase(Path p) {
        try (var in = Files.newInputStream(p)) {
            return new String(in.readNBytes(15), StandardCharsets.US_ASCII).equals("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }

    /** What a results table was read as, a line each (the Detected page). */
    private List<String> detectedLines(ResultsPreview.Preview p) {
        List<String> lines = new ArrayList<>();
        Path f = file.get();
        lines.add(f == null ? "" : f.toAbsolutePath().normalize().toString());
        lines.add(T.t("detected.whatItIs.results", kind.get(), p.kind()));
        if (!p.reading().isEmpty()) {
            lines.add(T.t("detected.readAs", p.reading()));
        }
        String name = mapping.mappingNameProperty().get();
        lines.add(name.equals("detected") ? T.t("detected.mapping.header", name) : T.t("detected.mapping.file", name));
        if (p.bound()) {
            lines.add(T.t("detected.layout", p.summary()));
        } else {
            lines.add(T.t("detected.unbound"));
        }
        return lines;
    }

    // --- steps 4 to 6: check and import ----------------------------------------------------------------

    /** Runs the whole import on a scratch copy: the labels to resolve and every problem, nothing written. */
    public void check() {
        if (file.get() != null && kind.get() == Kind.RESULTS) {
            check.run(settings(), run.baseDatabase());
        }
    }

    private void invalidateCheck() {
        check.invalidate();
    }

    /** The import's settings from what the wizard holds now: the form, the mapping, the labels resolved. */
    ResultsImport.Settings settings() {
        return labels.applyTo(form.settings(file.get()))
                .withMapping(mapping.current())
                .withLimits(ImportCheck.MAX_PROBLEMS, CsvReader.Limits.DEFAULT);
    }

    /** Imports (after a check that passed): into the open user database, or a new file chosen now. */
    public void importNow() {
        run.importNow(file.get(), kind.get(), this::settings, form.countryCodes());
    }

    // --- navigation ------------------------------------------------------------------------------------

    /**
     * The steps this input goes through: a dataset or ParlGov folder has no columns or labels, and its problems only
     * once an import refused it (it is checked as it imports).
     */
    public List<Step> steps() {
        if (kind.get() == Kind.RESULTS || kind.get() == Kind.NONE) {
            return List.of(Step.values());
        }
        return check.problems().isEmpty()
                ? List.of(Step.CHOOSE, Step.DETECTED, Step.IMPORT)
                : List.of(Step.CHOOSE, Step.DETECTED, Step.CHECK, Step.IMPORT);
    }

    /** Next: on to the next page; to the labels and problems through a check. */
    public void next() {
        Step s = step.get();
        List<Step> all = steps();
        int i = all.indexOf(s);
        if (i < 0 || i + 1 >= all.size() || (s == Step.CHOOSE && file.get() == null)) {
            return;
        }
        Step n = all.get(i + 1);
        if (n == Step.LABELS || (n == Step.CHECK && check.checkProperty().get() == null)) {
            check();
        }
        step.set(n);
    }

    public void back() {
        List<Step> all = steps();
        int i = all.indexOf(step.get());
        if (i > 0 && !run.importingProperty().get()) {
            step.set(all.get(i - 1));
        }
    }

    public void goTo(Step s) {
        if (!run.importingProperty().get() && steps().contains(s) && (s == Step.CHOOSE || file.get() != null)) {
            if ((s == Step.LABELS || s == Step.CHECK)
                    && check.checkProperty().get() == null
                    && !check.checkingProperty().get()) {
                check();
            }
            step.set(s);
        }
    }

    /** The election, assembly and party lists of the open database, for the choices (in the background). */
    private void loadChoices() {
        Session s = state.getSession();
        if (s == null) {
            form.setChoices(List.of(), List.of());
            labels.setParties(List.of());
            return;
        }
        tasks.run(
                "import-wizard-choices",
                T.t("choices.reading"),
                () -> new Choices(
                        s.repositories().elections().elections(RecordFilter.ALL),
                        s.repositories().elections().assemblies(),
                        s.repositories().parties().parties(RecordFilter.ALL)),
                c -> {
                    form.setChoices(c.elections, c.assemblies);
                    labels.setParties(c.parties);
                },
                e -> {});
    }

    private record Choices(List<Election> elections, List<Assembly> assemblies, List<Party> parties) {}

    static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // --- the parts and properties ----------------------------------------------------------------------

    /** The election, assembly and source every row is filed under and cites; ParlGov's countries. */
    public ElectionForm form() {
        return form;
    }

    /** The mapping of the file's columns and the live preview of its first rows. */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** The party labels to resolve. */
    public LabelResolution resolution() {
        return labels;
    }

    /** The last check: problems, summary, report. */
    public ImportCheck importCheck() {
        return check;
    }

    /** Where the results go, and the import with progress and Cancel. */
    public ImportRun importRun() {
        return run;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** What was detected, a line each. */
    public ObservableList<String> detected() {
        return detected;
    }
}
