package org.allianceexplorer.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.Notice;
import org.allianceexplorer.app.Session;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.allianceexplorer.data.imports.results.AliasFile;
import org.allianceexplorer.data.imports.results.ResultsCheck;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsMapping;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.data.load.BundledDataset;
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
 * (nothing written). Dataset folders and zips go to the existing dataset import, ParlGov folders to
 * {@link ParlGovImport}. The reading and checking are the importer's own; nothing is re-implemented here.
 */
public final class ImportWizardViewModel {

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
            return title;
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
            return text;
        }
    }

    /** Where the results go. */
    public enum Target {
        OPEN_DATABASE,
        NEW_FILE
    }

    /** Rows of the file shown in the preview. */
    static final int PREVIEW_ROWS = 12;
    /** Problems listed (all are counted); the list scrolls. */
    static final int MAX_PROBLEMS = 500;

    private final AppState state;
    private final MainViewModel main;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);
    private final ObservableList<String> detected = FXCollections.observableArrayList();

    // the mapping: the keys the user (or a mapping file) set; what it leaves out is detected from the header
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper mappingName = new ReadOnlyStringWrapper(this, "mappingName", "detected");
    private final ObjectProperty<ResultsMapping.Layout> layout = new SimpleObjectProperty<>(this, "layout");
    private final StringProperty coalitions = new SimpleStringProperty(this, "coalitions", "");
    private final ReadOnlyObjectWrapper<ResultsPreview.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<ResultsPreview.Line> rows = FXCollections.observableArrayList();
    private final ObservableList<ResultsPreview.Result> results = FXCollections.observableArrayList();
    private final ObservableList<String> previewProblems = FXCollections.observableArrayList();
    private boolean applyingPreview;

    // the election, assembly and source every row is filed under and cites
    private final StringProperty election = new SimpleStringProperty(this, "election", "");
    private final StringProperty electionName = new SimpleStringProperty(this, "electionName", "");
    private final StringProperty pollingDay = new SimpleStringProperty(this, "pollingDay", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final StringProperty assembly = new SimpleStringProperty(this, "assembly", "");
    private final StringProperty assemblyName = new SimpleStringProperty(this, "assemblyName", "");
    private final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl", "");
    private final StringProperty sourceOutlet = new SimpleStringProperty(this, "sourceOutlet", "");
    private final StringProperty countries = new SimpleStringProperty(this, "countries", "");
    private final ObservableList<String> elections = FXCollections.observableArrayList();
    private final ObservableList<String> assemblies = FXCollections.observableArrayList();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final Map<String, Election> electionsByKey = new HashMap<>();

    // the check: labels to resolve, problems
    private final ObservableList<LabelChoice> labels = FXCollections.observableArrayList();
    private final Map<String, LabelChoice> choicesByLabel = new HashMap<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper(this, "checkSummary", "");
    private final ReadOnlyObjectWrapper<ResultsReport> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);

    // the import
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.NEW_FILE);
    private final BooleanProperty startFromOpen = new SimpleBooleanProperty(this, "startFromOpen", true);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private TaskRunner.Handle running;

    private final BooleanBinding canImport;
    private final BooleanBinding canUseOpen;

    public ImportWizardViewModel(AppState state, MainViewModel main, DialogService dialogs) {
        this.state = state;
        this.main = main;
        this.tasks = main.tasks();
        this.dialogs = dialogs;
        canUseOpen = Bindings.createBooleanBinding(() -> writable(state.getSession()), state.sessionProperty());
        canImport = Bindings.createBooleanBinding(
                () -> !importing.get()
                        && !done.get()
                        && !checking.get()
                        && switch (kind.get()) {
                            case RESULTS -> check.get() != null && check.get().ok();
                            case DATASET, PARLGOV -> true;
                            default -> false;
                        },
                importing,
                done,
                checking,
                check,
                kind);
        layout.addListener((o, a, b) -> {
            if (!applyingPreview && b != null) {
                mapping.put("layout", b == ResultsMapping.Layout.WIDE ? "wide" : "long");
                if (b == ResultsMapping.Layout.LONG) {
                    mapping.remove("blocks");
                }
                mappingChanged();
            }
        });
        coalitions.addListener((o, a, b) -> {
            if (!applyingPreview) {
                mapping.put("coalitions", b == null ? "" : b.strip());
                mappingChanged();
            }
        });
        ChangeListener<Object> stale = (o, a, b) -> invalidateCheck();
        for (StringProperty p :
                List.of(election, electionName, pollingDay, country, assembly, assemblyName, sourceUrl, sourceOutlet)) {
            p.addListener(stale);
        }
        target.addListener(stale);
        startFromOpen.addListener(stale);
        // an election the database has: its name, day and country are shown (and not needed)
        election.addListener((o, a, b) -> {
            Election e = electionsByKey.get(b == null ? "" : b.strip());
            if (e != null) {
                electionName.set(e.name());
                pollingDay.set(e.pollingDay() == null ? "" : e.pollingDay().toString());
                country.set(e.country() == null ? "" : e.country());
            }
        });
        state.sessionProperty().addListener((o, a, b) -> {
            if (!writable(b) && target.get() == Target.OPEN_DATABASE) {
                target.set(Target.NEW_FILE);
            }
        });
    }

    // --- step 1: choose -------------------------------------------------------------------------------

    /** Starts over: nothing chosen, the database's elections, assemblies and parties read for the choices. */
    public void reset() {
        if (importing.get()) {
            return;
        }
        file.set(null);
        kind.set(Kind.NONE);
        detected.clear();
        mapping.clear();
        mappingName.set("detected");
        clearPreview();
        labels.clear();
        choicesByLabel.clear();
        invalidateCheck();
        done.set(false);
        outcome.set("");
        target.set(canUseOpen.get() ? Target.OPEN_DATABASE : Target.NEW_FILE);
        step.set(Step.CHOOSE);
        loadChoices();
    }

    /** "Choose a file…": a results table, a dataset zip (through the dialog service). */
    public void chooseFile() {
        dialogs.chooseOpenFile(
                        "Import a file",
                        "Results tables and dataset archives",
                        "*.csv",
                        "*.tsv",
                        "*.txt",
                        "*.xlsx",
                        "*.zip")
                .ifPresent(this::choose);
    }

    /** "Choose a folder…": a dataset folder or ParlGov's tables. */
    public void chooseFolder() {
        dialogs.chooseFolder("Import a folder (a dataset, or ParlGov's tables)").ifPresent(this::choose);
    }

    /** Takes {@code path} (chosen, or dropped on the window) and reads what it is. */
    public void choose(Path path) {
        if (importing.get()) {
            return;
        }
        file.set(path);
        mapping.clear();
        mappingName.set("detected");
        clearPreview();
        labels.clear();
        choicesByLabel.clear();
        invalidateCheck();
        done.set(false);
        outcome.set("");
        Kind k = kindOf(path);
        kind.set(k);
        detected.setAll(path.toAbsolutePath().normalize().toString(), "What it is: " + k);
        switch (k) {
            case RESULTS -> {
                step.set(Step.DETECTED);
                readPreview();
            }
            case DATASET -> {
                detected.add("It is imported as a whole (every record, with its sources) into a new database;"
                        + " nothing is written unless every record imports.");
                step.set(Step.DETECTED);
            }
            case PARLGOV -> {
                detected.add("Parties, elections, results, electoral alliances and cabinets are imported into a"
                        + " new database (cite Döring & Manow, ParlGov, CC0). Countries: all, or those named below.");
                step.set(Step.DETECTED);
            }
            default -> {
                detected.add(
                        Files.isRegularFile(path) && isDatabase(path)
                                ? "This is a database: open it with File > Open database\u2026"
                                : "The wizard imports a results table (.csv, .xlsx), a dataset folder or zip, or a folder of"
                                        + " ParlGov's tables.");
                step.set(Step.DETECTED);
            }
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
            return new String(in.readNBytes(15), java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }

    // --- steps 2 and 3: detected, columns --------------------------------------------------------------

    /** Gives a column a role; the preview is read again with the changed mapping. */
    public void setRole(ColumnChoice column, Role role) {
        if (applyingPreview) {
            return;
        }
        ResultsPreview.Preview p = preview.get();
        Role was = p == null ? Role.NONE : roleOf(p, column.index());
        if (role == was || role.derived()) {
            return;
        }
        String header = column.header();
        if (was == Role.BLOCK_PARTY) {
            mapping.put("blocks", String.join("; ", without(blockNames(p), header)));
        } else if (was != Role.NONE && !was.derived()) {
            // a column not to be read says so ("-"), else its header's name would find it again
            mapping.put(was.key(), "-");
        }
        if (role == Role.BLOCK_PARTY) {
            List<String> blocks = new ArrayList<>(blockNames(p));
            if (!blocks.contains(header)) {
                blocks.add(header);
            }
            mapping.put("blocks", String.join("; ", blocks));
        } else if (role != Role.NONE) {
            mapping.put(role.key(), header);
        }
        mappingChanged();
    }

    private static List<String> blockNames(ResultsPreview.Preview p) {
        return p.blocks().stream().map(ResultsPreview.Block::name).toList();
    }

    private static List<String> without(List<String> items, String item) {
        return items.stream().filter(i -> !i.equals(item)).toList();
    }

    private static Role roleOf(ResultsPreview.Preview p, int column) {
        return p.columns().stream()
                .filter(c -> c.index() == column)
                .findFirst()
                .map(c -> Role.ofKey(c.role()))
                .orElse(Role.NONE);
    }

    /** "Load mapping…": a mapping file (docs/data-format.md); its problems are listed with their lines. */
    public void loadMapping() {
        Optional<Path> chosen =
                dialogs.chooseOpenFile("Load a results mapping", "Mapping files", "*.properties", "*.txt", "*.map");
        chosen.ifPresent(this::loadMapping);
    }

    public void loadMapping(Path mappingFile) {
        List<ImportProblem> found = new ArrayList<>();
        ResultsMapping m;
        try {
            m = ResultsMapping.read(mappingFile, found);
        } catch (IOException e) {
            dialogs.showError("Cannot read the mapping", mappingFile + ": " + message(e));
            return;
        }
        if (!found.isEmpty()) {
            dialogs.showError(
                    "The mapping has problems",
                    found.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
            return;
        }
        mapping.clear();
        mapping.putAll(m.values());
        mappingName.set(String.valueOf(mappingFile.getFileName()));
        // the mapping's source is cited unless the user typed another
        if (sourceOutlet.get().isBlank() && m.get("source.outlet") != null) {
            sourceOutlet.set(m.get("source.outlet"));
        }
        if (sourceUrl.get().isBlank() && m.get("source.url") != null) {
            sourceUrl.set(m.get("source.url"));
        }
        mappingChanged();
    }

    /** "Save mapping…": the mapping as it is now, in the documented format, to use again or on the command line. */
    public void saveMapping() {
        Path f = file.get();
        String base = f == null ? "results" : String.valueOf(f.getFileName()).replaceAll("\\.[A-Za-z]+$", "");
        dialogs.chooseSaveFile("Save the mapping", "Mapping files", "properties", base + ".properties")
                .ifPresent(this::saveMapping);
    }

    public void saveMapping(Path out) {
        Map<String, String> values = new LinkedHashMap<>(mapping);
        putIfSet(values, "source.outlet", sourceOutlet.get());
        putIfSet(values, "source.url", sourceUrl.get());
        ResultsPreview.Preview p = preview.get();
        // what was detected is written too, so that the file says everything the import read
        if (p != null && p.bound()) {
            values.putIfAbsent("layout", p.layout() == ResultsMapping.Layout.WIDE ? "wide" : "long");
            for (ResultsPreview.Column c : p.columns()) {
                Role r = Role.ofKey(c.role());
                if (r != Role.NONE && r.key() != null && !r.key().startsWith("block")) {
                    values.putIfAbsent(r.key(), c.header());
                }
            }
            if (p.layout() == ResultsMapping.Layout.WIDE && !p.blocks().isEmpty()) {
                values.putIfAbsent("blocks", String.join("; ", blockNames(p)));
            }
        }
        try {
            ResultsMapping.of(values, "mapping").write(out);
            mappingName.set(String.valueOf(out.getFileName()));
            state.announce(Notice.info("Saved the mapping to " + out.toAbsolutePath()));
        } catch (IOException e) {
            dialogs.showError("Cannot save the mapping", message(e));
        }
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private void mappingChanged() {
        invalidateCheck();
        readPreview();
    }

    /** Reads the first rows with the mapping as it is now (in the background; a newer read replaces an older). */
    private void readPreview() {
        Path f = file.get();
        if (f == null || kind.get() != Kind.RESULTS) {
            return;
        }
        ResultsMapping m = currentMapping();
        tasks.run(
                List.of(this, "preview"),
                "Reading " + f.getFileName() + "\u2026",
                () -> ResultsPreview.read(f, m, PREVIEW_ROWS, CsvReader.Limits.DEFAULT),
                this::applyPreview,
                e -> {
                    clearPreview();
                    previewProblems.setAll(f.getFileName() + ": " + message(e));
                });
    }

    private void applyPreview(ResultsPreview.Preview p) {
        applyingPreview = true;
        try {
            preview.set(p);
            List<String> firstRow =
                    p.rows().isEmpty() ? List.of() : p.rows().get(0).cells();
            List<ColumnChoice> cs = new ArrayList<>();
            for (ResultsPreview.Column c : p.columns()) {
                ColumnChoice choice = new ColumnChoice(
                        c.index(),
                        c.letter(),
                        c.header(),
                        c.index() < firstRow.size() && firstRow.get(c.index()) != null ? firstRow.get(c.index()) : "",
                        Role.ofKey(c.role()));
                choice.roleProperty().addListener((o, a, b) -> setRole(choice, b == null ? Role.NONE : b));
                cs.add(choice);
            }
            columns.setAll(cs);
            rows.setAll(p.rows());
            results.setAll(p.results());
            previewProblems.setAll(
                    p.problems().stream().map(ImportProblem::toString).toList());
            layout.set(p.layout() != null ? p.layout() : layout.get());
            if (p.layout() == ResultsMapping.Layout.WIDE) {
                coalitions.set(p.blocks().stream()
                        .filter(ResultsPreview.Block::coalition)
                        .map(ResultsPreview.Block::name)
                        .collect(Collectors.joining("; ")));
            }
            List<String> lines = new ArrayList<>();
            Path f = file.get();
            lines.add(f == null ? "" : f.toAbsolutePath().normalize().toString());
            lines.add("What it is: " + kind.get() + " (" + p.kind() + ")");
            if (!p.reading().isEmpty()) {
                lines.add("Read as: " + p.reading());
            }
            lines.add("Mapping: " + mappingName.get()
                    + (mappingName.get().equals("detected") ? " from the header" : " (what it leaves out: detected)"));
            if (p.bound()) {
                lines.add("Layout: " + p.summary());
            } else {
                lines.add(
                        "The columns could not all be found: choose their roles on the next page, or load a mapping.");
            }
            detected.setAll(lines);
        } finally {
            applyingPreview = false;
        }
    }

    private void clearPreview() {
        preview.set(null);
        columns.clear();
        rows.clear();
        results.clear();
        previewProblems.clear();
    }

    /** The mapping the import reads the file with: what was set here; the rest is detected. */
    ResultsMapping currentMapping() {
        return ResultsMapping.of(mapping, mappingName.get().equals("detected") ? "(mapping)" : mappingName.get());
    }

    // --- steps 4 and 5: labels, problems ---------------------------------------------------------------

    /** Runs the whole import on a scratch copy: the labels to resolve and every problem, nothing written. */
    public void check() {
        Path f = file.get();
        if (f == null || kind.get() != Kind.RESULTS) {
            return;
        }
        ResultsImport.Settings settings = settings();
        Path base = base();
        checking.set(true);
        check.set(null);
        tasks.run(
                List.of(this, "check"),
                "Checking " + f.getFileName() + "\u2026",
                () -> ResultsCheck.check(base, settings, tasks::progress),
                this::applyCheck,
                e -> {
                    checking.set(false);
                    problems.setAll(f.getFileName() + ": " + message(e));
                    checkSummary.set("The check could not run: " + message(e));
                });
    }

    private void applyCheck(ResultsReport r) {
        checking.set(false);
        List<LabelChoice> ls = new ArrayList<>();
        for (ResultsReport.UnknownLabel u : r.unknownLabels()) {
            LabelChoice c = choicesByLabel.computeIfAbsent(u.label(), l -> newChoice(u));
            ls.add(c);
        }
        // a label resolved earlier stays in the list (with its choice) while the user works on the others
        for (LabelChoice c : choicesByLabel.values()) {
            if (!ls.contains(c) && c.actionProperty().get() != LabelChoice.Action.LEAVE) {
                ls.add(c);
            }
        }
        ls.sort((a, b) -> Long.compare(b.count(), a.count()));
        labels.setAll(ls);
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : r.problems()) {
            lines.add((p.conflict() ? "conflict  " : "") + p);
        }
        if (r.problemCount() > r.problems().size()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "\u2026 and %,d more (the list shows the first %,d)",
                    r.problemCount() - r.problems().size(),
                    r.problems().size()));
        }
        problems.setAll(lines);
        List<String> summary = new ArrayList<>();
        summary.add(
                r.ok()
                        ? "Ready to import: " + r.summary().replace("added", "to add")
                        : "Cannot import yet: " + r.summary());
        summary.addAll(r.notes());
        checkSummary.set(String.join("\n", summary));
        check.set(r);
    }

    private LabelChoice newChoice(ResultsReport.UnknownLabel u) {
        String where = u.file() + " line " + u.line() + (u.column() == null ? "" : ", column " + u.column());
        LabelChoice c = new LabelChoice(u.label(), u.count(), where);
        ChangeListener<Object> stale = (o, a, b) -> invalidateCheck();
        c.actionProperty().addListener(stale);
        c.partyProperty().addListener(stale);
        c.abbreviationProperty().addListener(stale);
        c.nameProperty().addListener(stale);
        c.colourProperty().addListener(stale);
        return c;
    }

    /** Labels with no answer yet (the import cannot run while there are any). */
    public long unresolved() {
        return labels.stream().filter(l -> !l.resolved()).count();
    }

    private void invalidateCheck() {
        if (check.get() != null) {
            check.set(null);
            checkSummary.set("Changed since the last check: check again before importing.");
        }
    }

    /** The import's settings from what the wizard holds now. */
    ResultsImport.Settings settings() {
        List<AliasFile.Entry> resolved = new ArrayList<>();
        List<ResultsImport.NewParty> made = new ArrayList<>();
        for (LabelChoice c : choicesByLabel.values()) {
            switch (c.actionProperty().get()) {
                case ALIAS ->
                    resolved.add(new AliasFile.Entry(
                            c.label(), c.partyProperty().get().strip(), 0));
                case NO_PARTY -> resolved.add(new AliasFile.Entry(c.label(), AliasFile.NO_PARTY, 0));
                case NEW_PARTY -> {
                    String abbreviation = c.abbreviationProperty().get().strip();
                    made.add(new ResultsImport.NewParty(
                            abbreviation,
                            c.nameProperty().get(),
                            c.colourProperty().get()));
                    if (!abbreviation.equalsIgnoreCase(c.label())) {
                        resolved.add(new AliasFile.Entry(c.label(), abbreviation, 0));
                    }
                }
                case LEAVE -> {}
            }
        }
        return ResultsImport.Settings.of(
                        file.get(),
                        election.get(),
                        assembly.get(),
                        new ResultsImport.Source(
                                null, blank(sourceOutlet.get()), null, blank(sourceUrl.get()), null, null, null))
                .withMapping(currentMapping())
                .withNewElection(blank(electionName.get()), blank(pollingDay.get()), blank(country.get()))
                .withAssemblyName(blank(assemblyName.get()))
                .withResolved(resolved, made)
                .withLimits(MAX_PROBLEMS, CsvReader.Limits.DEFAULT);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The database the results are checked against and go into, or null for a new empty one. */
    private Path base() {
        Session s = state.getSession();
        if (s == null) {
            return null;
        }
        return target.get() == Target.OPEN_DATABASE || startFromOpen.get()
                ? s.database().path()
                : null;
    }

    // --- step 6: import --------------------------------------------------------------------------------

    /** Imports (after a check that passed): into the open user database, or a new file chosen now. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        Path from = file.get();
        switch (kind.get()) {
            case DATASET -> {
                main.datasets().importDataset(from);
                done.set(true);
                outcome.set("The dataset import runs in the status bar (its progress and Cancel are there).");
                return;
            }
            case PARLGOV -> {
                importParlGov(from);
                return;
            }
            default -> {}
        }
        Session session = state.getSession();
        boolean intoOpen = target.get() == Target.OPEN_DATABASE && writable(session);
        Path out;
        if (intoOpen) {
            out = session.database().path();
        } else {
            Optional<Path> chosen = dialogs.chooseSaveFile(
                    "Import " + from.getFileName() + " into a new database",
                    "Alliance Explorer databases",
                    "sqlite",
                    String.valueOf(from.getFileName()).replaceAll("\\.[A-Za-z]+$", "") + ".sqlite");
            if (chosen.isEmpty()) {
                return;
            }
            out = chosen.get();
            if (Files.exists(out)) {
                dialogs.showError(
                        "Choose a new file",
                        out + " already exists; the import writes a new database (to add to an open one of yours,"
                                + " import into the open database)");
                return;
            }
        }
        Path base = intoOpen ? null : base();
        ResultsImport.Settings settings = settings();
        String what = "Importing " + from.getFileName();
        importing.set(true);
        outcome.set("");
        step.set(Step.IMPORT);
        running = tasks.runCancellable(
                what + "\u2026",
                () -> {
                    java.util.function.Consumer<String> progress = m -> tasks.progress(what + ": " + m);
                    if (intoOpen) {
                        return ResultsImport.intoFile(out, settings, progress);
                    }
                    return base != null
                            ? ResultsImport.copyWithResults(base, out, settings, progress)
                            : ResultsImport.toNewFile(out, settings, progress);
                },
                report -> {
                    importing.set(false);
                    done.set(true);
                    running = null;
                    List<String> lines = new ArrayList<>();
                    lines.add("Imported " + from.getFileName() + " into " + out.toAbsolutePath() + ": "
                            + report.summary());
                    lines.addAll(report.countLines().stream()
                            .map(l -> l.strip().replaceAll("\\s{2,}", " "))
                            .toList());
                    outcome.set(String.join("\n", lines));
                    main.open(out);
                    state.announce(Notice.info(
                            "Imported " + from.getFileName() + " into " + out.getFileName() + ": " + report.summary()));
                },
                e -> {
                    importing.set(false);
                    running = null;
                    if (e instanceof ResultsImport.RefusedException r) {
                        applyCheck(r.report());
                        step.set(Step.CHECK);
                        outcome.set("Nothing was imported: " + r.report().summary());
                    } else {
                        outcome.set("Nothing was imported: " + message(e));
                    }
                },
                () -> {
                    importing.set(false);
                    running = null;
                    outcome.set("Cancelled; nothing was written"
                            + (intoOpen
                                    ? " (" + out.getFileName() + " is as it was)"
                                    : " (" + out.getFileName() + " was not made)"));
                    state.announce(Notice.info("Import of " + from.getFileName() + " cancelled; nothing was written"));
                });
    }

    private void importParlGov(Path from) {
        Optional<Path> chosen = dialogs.chooseSaveFile(
                "Import ParlGov into a new database", "Alliance Explorer databases", "sqlite", "parlgov.sqlite");
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        List<String> iso3 = java.util.Arrays.stream(countries.get().split("[;,\\s]+"))
                .filter(s -> !s.isBlank())
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .toList();
        String what = "Importing ParlGov";
        importing.set(true);
        step.set(Step.IMPORT);
        running = tasks.runCancellable(
                what + "\u2026",
                () -> ParlGovImport.toNewFile(
                        from, out, new ParlGovImport.Options(iso3, null), m -> tasks.progress(what + ": " + m)),
                report -> {
                    importing.set(false);
                    done.set(true);
                    running = null;
                    outcome.set(String.format(
                            Locale.ROOT,
                            "Imported ParlGov into %s: %,d records",
                            out.toAbsolutePath(),
                            report.added()));
                    main.open(out);
                },
                e -> {
                    importing.set(false);
                    running = null;
                    if (e instanceof ImportException ie) {
                        problems.setAll(ie.report().problems().stream()
                                .map(ImportProblem::toString)
                                .toList());
                        step.set(Step.CHECK);
                        outcome.set("Nothing was imported: " + ie.report().summary());
                    } else {
                        outcome.set("Nothing was imported: " + message(e));
                    }
                },
                () -> {
                    importing.set(false);
                    running = null;
                    outcome.set("Cancelled; nothing was written (" + out.getFileName() + " was not made)");
                });
    }

    /** Cancel while importing: the import stops and nothing of it is written. */
    public void cancelImport() {
        if (running != null) {
            running.cancel();
        }
    }

    // --- navigation ------------------------------------------------------------------------------------

    /** The steps this input goes through (a dataset or ParlGov folder has no columns or labels). */
    public List<Step> steps() {
        return kind.get() == Kind.RESULTS || kind.get() == Kind.NONE
                ? List.of(Step.values())
                : List.of(Step.CHOOSE, Step.DETECTED, Step.IMPORT);
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
        if (n == Step.LABELS || (n == Step.CHECK && check.get() == null)) {
            check();
        }
        step.set(n);
    }

    public void back() {
        List<Step> all = steps();
        int i = all.indexOf(step.get());
        if (i > 0 && !importing.get()) {
            step.set(all.get(i - 1));
        }
    }

    public void goTo(Step s) {
        if (!importing.get() && steps().contains(s) && (s == Step.CHOOSE || file.get() != null)) {
            if ((s == Step.LABELS || s == Step.CHECK) && check.get() == null && !checking.get()) {
                check();
            }
            step.set(s);
        }
    }

    /** The election, assembly and party lists of the open database, for the choices (in the background). */
    private void loadChoices() {
        Session s = state.getSession();
        if (s == null) {
            elections.clear();
            assemblies.clear();
            parties.clear();
            return;
        }
        tasks.run(
                "import-wizard-choices",
                "Reading the elections and parties\u2026",
                () -> new Choices(
                        s.repositories().elections().elections(RecordFilter.ALL),
                        s.repositories().elections().assemblies(),
                        s.repositories().parties().parties(RecordFilter.ALL)),
                c -> {
                    electionsByKey.clear();
                    c.elections.forEach(e -> electionsByKey.put(e.code(), e));
                    elections.setAll(
                            c.elections.stream().map(Election::code).sorted().toList());
                    assemblies.setAll(
                            c.assemblies.stream().map(Assembly::code).sorted().toList());
                    parties.setAll(c.parties.stream()
                            .map(Party::abbreviation)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList());
                },
                e -> {});
    }

    private record Choices(List<Election> elections, List<Assembly> assemblies, List<Party> parties) {}

    /** A user's database that is open: written through a copy; a bundled dataset never is. */
    static boolean writable(Session s) {
        return s != null
                && s.database().path() != null
                && BundledDataset.ALL.stream().noneMatch(b -> b.name().equals(s.name()));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // --- properties ------------------------------------------------------------------------------------

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

    public ReadOnlyStringProperty mappingNameProperty() {
        return mappingName.getReadOnlyProperty();
    }

    public ObjectProperty<ResultsMapping.Layout> layoutProperty() {
        return layout;
    }

    /** The wide layout's coalition blocks, {@code ;} between them. */
    public StringProperty coalitionsProperty() {
        return coalitions;
    }

    public ReadOnlyObjectProperty<ResultsPreview.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The first rows as they are in the file. */
    public ObservableList<ResultsPreview.Line> rows() {
        return rows;
    }

    /** The results those rows give with the mapping as it is now. */
    public ObservableList<ResultsPreview.Result> results() {
        return results;
    }

    public ObservableList<String> previewProblems() {
        return previewProblems;
    }

    public StringProperty electionProperty() {
        return election;
    }

    public StringProperty electionNameProperty() {
        return electionName;
    }

    public StringProperty pollingDayProperty() {
        return pollingDay;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty assemblyProperty() {
        return assembly;
    }

    public StringProperty assemblyNameProperty() {
        return assemblyName;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public StringProperty sourceOutletProperty() {
        return sourceOutlet;
    }

    /** ParlGov: the countries to import (ISO3), all when empty. */
    public StringProperty countriesProperty() {
        return countries;
    }

    public ObservableList<String> elections() {
        return elections;
    }

    public ObservableList<String> assemblies() {
        return assemblies;
    }

    /** The open database's parties' abbreviations, for the labels' type-ahead. */
    public ObservableList<String> parties() {
        return parties;
    }

    public ObservableList<LabelChoice> labels() {
        return labels;
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

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** A new file starts as a copy of the open database (its parties and aliases), else empty. */
    public BooleanProperty startFromOpenProperty() {
        return startFromOpen;
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
        return s == null ? "no database open" : s.name();
    }
}
