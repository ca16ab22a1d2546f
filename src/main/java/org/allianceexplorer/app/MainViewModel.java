package org.allianceexplorer.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.figure.AnimatedGif;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureAnimation;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.ReportBundle;

/**
 * The main window's state and commands: which database is open, opening another (in the background; a
 * file that cannot be opened leaves the current one open and says why), window title and status text.
 */
public final class MainViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RecentDatabases recent;
    private final StringBinding title;
    private final StringBinding status;
    private final DatasetCommands datasets;
    private final EditCommands edits;
    private final FigureCommands figures;
    private Supplier<Preferences> preferences = () -> Preferences.read(Settings.memory());
    private Runnable openPreferences = () -> {};
    private Runnable guide = () -> {};
    private Runnable shortcuts = () -> {};
    private Runnable about = () -> {};

    public MainViewModel(AppState state, TaskRunner tasks, DialogService dialogs, RecentDatabases recent) {
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.recent = recent;
        this.title = Bindings.createStringBinding(
                () -> state.getSession() == null
                        ? "Alliance Explorer"
                        : "Alliance Explorer \u2014 " + state.getSession().name()
                                + (state.getSession().editable() ? " (editing)" : ""),
                state.sessionProperty());
        this.status = Bindings.createStringBinding(() -> summary(state.getSession()), state.sessionProperty());
        this.datasets = new DatasetCommands(state, tasks, dialogs, this::open);
        this.edits = new EditCommands(state, tasks, dialogs);
        this.figures = new FigureCommands(state, tasks, dialogs, () -> preferences.get());
    }

    /** Copy figure, Print. */
    public FigureCommands figures() {
        return figures;
    }

    /** The preferences in force and the dialog that changes them (the composition root installs both). */
    public void usePreferences(Supplier<Preferences> current, Runnable dialog) {
        this.preferences = current;
        this.openPreferences = dialog;
    }

    /** The Help menu's windows (the composition root installs them). */
    public void useHelp(Runnable guide, Runnable shortcuts, Runnable about) {
        this.guide = guide;
        this.shortcuts = shortcuts;
        this.about = about;
    }

    /** The preferences in force. */
    public Preferences preferences() {
        return preferences.get();
    }

    /** Edit > Preferences…. */
    public void showPreferences() {
        openPreferences.run();
    }

    /** Help > User guide. */
    public void showGuide() {
        guide.run();
    }

    /** Help > Keyboard shortcuts. */
    public void showShortcuts() {
        shortcuts.run();
    }

    /** Help > About Alliance Explorer. */
    public void showAbout() {
        about.run();
    }

    /** Edit this database, Undo, Redo, New claim. */
    public EditCommands edits() {
        return edits;
    }

    /** New database, import of a dataset, export as a folder, files dropped on the window. */
    public DatasetCommands datasets() {
        return datasets;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding statusProperty() {
        return status;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public void openBundled() {
        openBundled(BundledDataset.PAKISTAN);
    }

    /** File > Bundled datasets: one of the datasets that ship in the application. */
    public void openBundled(BundledDataset.Bundle bundle) {
        open(
                bundle == BundledDataset.PAKISTAN
                        ? "Loading the bundled dataset\u2026"
                        : "Loading " + bundle.name().toLowerCase(java.util.Locale.ROOT) + "\u2026",
                () -> BundledDataset.open(bundle),
                () -> recent.openedBundled(bundle.key()));
    }

    /** At start with {@code --dataset KEY}: that bundled dataset. */
    public void openBundledAtStart(BundledDataset.Bundle bundle) {
        openBundled(bundle);
    }

    public void open(Path file) {
        open("Opening " + file.getFileName() + "\u2026", () -> Database.openReadOnly(file), () -> recent.opened(file));
    }

    /**
     * At start: the database named on the command line, else the user's database opened last (if it still
     * exists), else the bundled dataset; when the last one is missing, a warning names it.
     */
    public void openAtStart(Path commandLine) {
        Path again = commandLine != null ? commandLine : preferences.get().openLastAtStart() ? recent.reopen() : null;
        if (again != null) {
            open(again);
            return;
        }
        Path missing = commandLine == null && preferences.get().openLastAtStart() ? recent.missing() : null;
        openBundled(lastBundle());
        if (missing != null) {
            // not silently: the user expects their own database, and gets the bundled one
            state.announce(Notice.warning("The database opened last is not there any more: " + missing
                    + ". The bundled dataset is open instead; File > Open database\u2026 opens another."));
        }
    }

    /** The bundled dataset opened last (Malaysia GE15 stays open across starts), else the default one. */
    private BundledDataset.Bundle lastBundle() {
        String key = recent.bundledKey();
        return BundledDataset.ALL.stream()
                .filter(b -> b.key().equals(key))
                .findFirst()
                .orElse(BundledDataset.PAKISTAN);
    }

    /** The databases opened lately, newest first (File > Open recent). */
    public ObservableList<Path> recentDatabases() {
        return recent.files();
    }

    /** File > Open: asks for a file, then opens it. */
    public void chooseAndOpen() {
        dialogs.chooseDatabase().ifPresent(this::open);
    }

    private void open(String title, Callable<Database> opener, Runnable remember) {
        tasks.run(
                title,
                () -> {
                    Database db = opener.call();
                    try {
                        return Session.of(db);
                    } catch (RuntimeException e) {
                        db.close();
                        throw e;
                    }
                },
                session -> {
                    Session old = state.getSession();
                    state.sessionProperty().set(session);
                    remember.run();
                    if (old != null) {
                        old.closeLater(tasks);
                    }
                },
                e -> dialogs.showError("Cannot open the database", e.getMessage()));
    }

    /**
     * Export > PNG/SVG/PDF: asks where, then for page and resolution, then writes the figure in the
     * background. A failure leaves no file and says why.
     */
    public void exportFigure(Figure shown, FigureFormat format, double width) {
        if (shown == null) {
            nothingToExport();
            return;
        }
        Figure figure = shown.withCredit(preferences.get().credits());
        Optional<Path> target = dialogs.chooseSaveFile(
                "Export " + format.name(),
                format.name() + " files",
                format.extension(),
                fileName(figure) + "." + format.extension());
        if (target.isEmpty()) {
            return;
        }
        Optional<ExportChoice> choice = dialogs.chooseExportOptions(format.extension());
        if (choice.isEmpty()) {
            return;
        }
        Path out = target.get();
        FigureExporter.Size size = new FigureExporter.Size(width, choice.get().scale());
        tasks.run(
                "Exporting " + out.getFileName(),
                () -> {
                    FigureExporter.write(figure, format, out, size, choice.get().page());
                    return out;
                },
                p -> state.announce(Notice.info("Exported " + format.name() + " to " + p.toAbsolutePath())),
                e -> dialogs.showError(
                        "Export failed", "Could not write " + out.toAbsolutePath() + ": " + e.getMessage()));
    }

    /**
     * Export > Report bundle: the figure as PNG, SVG and PDF with the CSV of the data plotted and the list of
     * its sources, in a zip (or a folder when the name does not end in .zip).
     */
    public void exportBundle(Figure shown, double width) {
        if (shown == null) {
            nothingToExport();
            return;
        }
        Figure figure = shown.withCredit(preferences.get().credits());
        Optional<Path> target =
                dialogs.chooseSaveFile("Export report bundle", "Zip archives", "zip", fileName(figure) + ".zip");
        if (target.isEmpty()) {
            return;
        }
        Optional<ExportChoice> choice = dialogs.chooseExportOptions("bundle");
        if (choice.isEmpty()) {
            return;
        }
        Path out = target.get();
        FigureExporter.Size size = new FigureExporter.Size(width, choice.get().scale());
        Session session = state.getSession();
        tasks.run(
                "Writing " + out.getFileName(),
                () -> {
                    // the sources behind what the figure plots (timeline and graph look them up now, off the FX thread)
                    Figure withSources = session == null ? figure : figure.withSources(session.repositories());
                    ReportBundle.write(withSources, out, size, choice.get().page());
                    return out;
                },
                p -> state.announce(Notice.info("Wrote the report bundle to " + p.toAbsolutePath())),
                e -> dialogs.showError(
                        "Export failed", "Could not write " + out.toAbsolutePath() + ": " + e.getMessage()));
    }

    /**
     * Export > Animation…: asks for the days, step, pace and width (offering the source's range), then where, and
     * writes the animated GIF in the background, saying which frame it is on; Cancel stops it between frames and
     * nothing is written. A failure leaves no file and says why.
     */
    public void exportAnimation(AnimationSource source) {
        if (source == null || state.getSession() == null) {
            dialogs.showInfo(
                    "Nothing to animate",
                    "Export > Animation\u2026 animates the Relationships screen as it is set up: open a database and"
                            + " that screen first.");
            return;
        }
        Optional<AnimationChoice> chosen =
                dialogs.chooseAnimation(source.subject(), AnimationChoice.suggested(source.first(), source.last()));
        if (chosen.isEmpty()) {
            return;
        }
        AnimationChoice c = chosen.get();
        Optional<Path> target = dialogs.chooseSaveFile(
                "Export animation",
                "GIF animations",
                "gif",
                source.fileName() + "-" + c.from() + "-" + c.to() + ".gif");
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        String name = String.valueOf(out.getFileName());
        tasks.runCancellable(
                "Exporting " + name + "\u2026",
                () -> {
                    List<LocalDate> days = c.days();
                    FigureAnimation animation = source.frames()
                            .build(days, (i, n) -> tasks.progress("Laying out " + name + ": frame " + i + " of " + n));
                    AnimatedGif.write(
                            animation,
                            out,
                            new FigureExporter.Size(c.width(), 1),
                            c.fps(),
                            (i, n) -> tasks.progress("Exporting " + name + ": frame " + i + " of " + n));
                    return days.size();
                },
                frames -> state.announce(Notice.info("Exported the animation of " + source.subject() + " (" + frames
                        + " frames) to " + out.toAbsolutePath())),
                e -> dialogs.showError(
                        "Export failed", "Could not write " + out.toAbsolutePath() + ": " + e.getMessage()),
                () -> state.announce(Notice.info(
                        "Export of " + name + " cancelled; nothing was written (" + name + " was not made)")));
    }

    private void nothingToExport() {
        dialogs.showInfo(
                "Nothing to export",
                "This screen has no figure to export; try Timeline, Relationships or Charts."
                        + " Tables export their rows with Export CSV.");
    }

    private static String fileName(Figure figure) {
        return figure.info()
                .title()
                .replaceAll("[^A-Za-z0-9\\-]+", "-")
                .replaceAll("(^-+|-+$)", "")
                .toLowerCase(Locale.ROOT);
    }

    static String summary(Session s) {
        if (s == null) {
            return "No database open";
        }
        return String.format(
                Locale.ROOT,
                "%s \u00b7 %,d parties \u00b7 %,d alliances \u00b7 %,d seat deals \u00b7 %,d claims"
                        + " \u00b7 %,d results \u00b7 %,d sources",
                s.name(),
                s.counts().get(RecordKind.PARTIES),
                s.counts().get(RecordKind.ALLIANCES),
                s.counts().get(RecordKind.DEALS),
                s.counts().get(RecordKind.CLAIMS),
                s.counts().get(RecordKind.RESULTS),
                s.counts().get(RecordKind.SOURCES));
    }
}
