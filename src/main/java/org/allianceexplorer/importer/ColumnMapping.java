package org.allianceexplorer.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.Notice;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.results.ResultsMapping;
import org.allianceexplorer.data.imports.results.ResultsPreview;
import org.allianceexplorer.io.CsvReader;

/**
 * How a results table is read: the mapping (the keys the user or a mapping file set; what it leaves out is detected
 * from the header), the layout and coalition blocks, and the live preview of the first rows with it: the columns
 * with their roles, the rows as in the file, the results they give and their problems. A role changed in a column
 * reads the preview again at once (in the background; a newer read replaces an older).
 */
public final class ColumnMapping {

    private static final I18n.Messages T = I18n.of(ColumnMapping.class);

    /** Rows of the file shown in the preview. */
    static final int PREVIEW_ROWS = 12;

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ElectionForm form;
    private final Supplier<Path> file;
    private final Runnable changed;

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

    /**
     * @param file the results table to read (null: none chosen, or not a results table)
     * @param changed runs whenever the mapping changes (the last check no longer holds)
     */
    ColumnMapping(
            AppState state,
            TaskRunner tasks,
            DialogService dialogs,
            ElectionForm form,
            Supplier<Path> file,
            Runnable changed) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.form = form;
        this.file = file;
        this.changed = changed;
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
    }

    /** Back to the mapping detected from the header, no preview (a new file). */
    void clear() {
        mapping.clear();
        mappingName.set("detected");
        clearPreview();
    }

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
        Optional<Path> chosen = dialogs.chooseOpenFile(
                T.t("mapping.load.title"), T.t("mapping.files"), "*.properties", "*.txt", "*.map");
        chosen.ifPresent(this::loadMapping);
    }

    public void loadMapping(Path mappingFile) {
        List<ImportProblem> found = new ArrayList<>();
        ResultsMapping m;
        try {
            m = ResultsMapping.read(mappingFile, found);
        } catch (IOException e) {
            dialogs.showError(
                    T.t("mapping.load.failed"),
                    T.t("mapping.load.failed.why", mappingFile, ImportWizardViewModel.message(e)));
            return;
        }
        if (!found.isEmpty()) {
            dialogs.showError(
                    T.t("mapping.problems"),
                    found.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
            return;
        }
        mapping.clear();
        mapping.putAll(m.values());
        mappingName.set(String.valueOf(mappingFile.getFileName()));
        form.citeIfBlank(m.get("source.outlet"), m.get("source.url"));
        mappingChanged();
    }

    /** "Save mapping…": the mapping as it is now, in the documented format, to use again or on the command line. */
    public void saveMapping() {
        Path f = file.get();
        String base = f == null ? "results" : String.valueOf(f.getFileName()).replaceAll("\\.[A-Za-z]+$", "");
        dialogs.chooseSaveFile(T.t("mapping.save.title"), T.t("mapping.files"), "properties", base + ".properties")
                .ifPresent(this::saveMapping);
    }

    public void saveMapping(Path out) {
        Map<String, String> values = new LinkedHashMap<>(mapping);
        putIfSet(values, "source.outlet", form.sourceOutletProperty().get());
        putIfSet(values, "source.url", form.sourceUrlProperty().get());
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
            state.announce(Notice.info(T.t("mapping.saved", out.toAbsolutePath())));
        } catch (IOException e) {
            dialogs.showError(T.t("mapping.save.failed"), ImportWizardViewModel.message(e));
        }
    }

    private static void putIfSet(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private void mappingChanged() {
        changed.run();
        readPreview();
    }

    /** Reads the first rows with the mapping as it is now (in the background; a newer read replaces an older). */
    void readPreview() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        ResultsMapping m = current();
        tasks.run(
                List.of(this, "preview"),
                T.t("mapping.reading", f.getFileName()),
                () -> ResultsPreview.read(f, m, PREVIEW_ROWS, CsvReader.Limits.DEFAULT),
                this::applyPreview,
                e -> {
                    clearPreview();
                    previewProblems.setAll(f.getFileName() + ": " + ImportWizardViewModel.message(e));
                });
    }

    private void applyPreview(ResultsPreview.Preview p) {
        applyingPreview = true;
        try {
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
            // last, so that whoever listens to the preview finds the columns and rows that go with it
            preview.set(p);
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
    ResultsMapping current() {
        return ResultsMapping.of(mapping, mappingName.get().equals("detected") ? "(mapping)" : mappingName.get());
    }

    /** "detected", or the name of the mapping file loaded or saved. */
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
}
