package org.allianceexplorer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.allianceexplorer.data.NewDatabase;
import org.allianceexplorer.data.dump.Dumper;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.ZipInput;

/**
 * The File menu's commands that make or take out whole databases, and files dropped on the window: a new
 * empty database, a dataset folder or zip imported into a new database, the open database exported as a
 * dataset folder. Each runs in the background and writes only where the user chose, atomically (the same
 * code as {@code new}, {@code import --out} and {@code dump} on the command line); a new database is opened
 * when written.
 */
public final class DatasetCommands {

    private static final I18n.Messages T = I18n.of(DatasetCommands.class);

    /** How many of an import's problems the window lists (the command line lists more on request). */
    static final int PROBLEMS_SHOWN = 20;

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Path> open;
    /** File > Import…: the wizard (a feature the composition root installs), given a file to start on or null. */
    private Consumer<Path> wizard;

    DatasetCommands(AppState state, TaskRunner tasks, DialogService dialogs, Consumer<Path> open) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.open = open;
    }

    /** File > New database…: asks where, writes an empty database there and opens it. */
    public void newDatabase() {
        Optional<Path> target = dialogs.chooseNewDatabase(T.t("new.title"), "my-alliances");
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        tasks.run(
                T.t("new.running", out.getFileName()),
                () -> {
                    NewDatabase.create(out, NewDatabase.defaultName(out));
                    return out;
                },
                p -> {
                    open.accept(p);
                    state.announce(Notice.info(T.t("new.done", p.toAbsolutePath())));
                },
                e -> dialogs.showError(T.t("new.failed"), message(e)));
    }

    /** Installs the import wizard (App does; tests may install their own). */
    public void useWizard(Consumer<Path> openWizard) {
        this.wizard = openWizard;
    }

    /** File > Import…: the wizard, from its first step (choose a file or folder). */
    public void importWizard() {
        if (wizard != null) {
            wizard.accept(null);
        } else {
            chooseAndImportFolder();
        }
    }

    /** File > Import dataset folder…: asks for the folder, then for the new database. */
    public void chooseAndImportFolder() {
        dialogs.chooseFolder(T.t("import.folder.title")).ifPresent(this::importDataset);
    }

    /** File > Import dataset zip…: asks for the archive, then for the new database. */
    public void chooseAndImportZip() {
        dialogs.chooseOpenFile(T.t("import.zip.title"), T.t("import.zip.files"), "*.zip")
                .ifPresent(this::importDataset);
    }

    /**
     * Imports a dataset (a folder in the interchange format, or a zip of one) into a new database the user
     * names, then opens it. Nothing is written unless every record imports; the problems are listed, each with
     * its file, line and column.
     */
    public void importDataset(Path from) {
        Optional<Path> target = dialogs.chooseNewDatabase(
                T.t("import.target.title", from.getFileName()), NewDatabase.defaultName(from));
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        tasks.runCancellable(
                T.t("import.running", from.getFileName()),
                () -> DatasetImport.toNewFile(
                        from,
                        out,
                        Importer.Settings.DEFAULT,
                        ZipInput.Limits.DEFAULT,
                        step -> tasks.progress(T.t("import.step", from.getFileName(), step))),
                report -> {
                    open.accept(out);
                    state.announce(
                            Notice.info(T.t("import.done", from.getFileName(), out.toAbsolutePath(), report.added())));
                },
                e -> dialogs.showError(T.t("import.failed"), failure(from, e)),
                () -> state.announce(Notice.info(T.t("import.cancelled", from.getFileName(), out.getFileName()))));
    }

    /** File > Export database as folder…: writes the open database in the interchange format. */
    public void exportFolder() {
        Session session = state.getSession();
        if (session == null) {
            dialogs.showInfo(T.t("folder.nothing"), T.t("folder.nothing.text"));
            return;
        }
        Optional<Path> target = dialogs.chooseFolder(T.t("folder.title"));
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        tasks.runCancellable(
                T.t("folder.running", session.name()),
                () -> Dumper.toFolder(
                        session.database(),
                        out,
                        false,
                        file -> tasks.progress(T.t("folder.step", session.name(), file))),
                summary -> state.announce(Notice.info(T.t(
                        "folder.done",
                        summary.rows().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        session.name(),
                        out.toAbsolutePath()))),
                e -> dialogs.showError(T.t("folder.failed"), message(e)),
                () -> state.announce(Notice.info(T.t("folder.cancelled", out.toAbsolutePath()))));
    }

    /**
     * Files dropped on the window: a folder, a zip or a results spreadsheet opens the import wizard on it (without
     * one installed, a folder or zip is imported into a new database and for a spreadsheet the command line's
     * {@code import-results} is named); anything else is opened as a database (a file that is not one is refused
     * with a message, and left as it was).
     */
    public void dropped(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() > 1) {
            dialogs.showInfo(
                    T.t("drop.many"),
                    T.t(
                            "drop.many.text",
                            files.stream()
                                    .map(p -> String.valueOf(p.getFileName()))
                                    .collect(Collectors.joining(", "))));
            return;
        }
        Path file = files.get(0);
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if ((Files.isDirectory(file) || name.endsWith(".zip")) && wizard != null) {
            wizard.accept(file); // into the open database or a new one, as the user chooses there
        } else if (Files.isDirectory(file) || name.endsWith(".zip")) {
            importDataset(file);
        } else if ((name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls")) && wizard != null) {
            wizard.accept(file);
        } else if (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls")) {
            dialogs.showInfo(T.t("drop.results"), T.t("drop.results.text", file.getFileName()));
        } else {
            open.accept(file);
        }
    }

    private static String failure(Path from, Exception e) {
        if (e instanceof ImportException ie) {
            ImportReport r = ie.report();
            List<ImportProblem> shown =
                    r.problems().stream().limit(PROBLEMS_SHOWN).toList();
            // the count in the interface's words (the report's own line is the command line's, naming its options)
            StringBuilder b = new StringBuilder(T.t("import.refused", r.problemCount()));
            for (ImportProblem p : shown) {
                b.append('\n').append(p);
            }
            if (r.problemCount() > shown.size()) {
                b.append('\n').append(T.t("import.more", r.problemCount() - shown.size(), from.getFileName()));
            }
            return b.toString();
        }
        return message(e);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
