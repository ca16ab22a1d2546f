package org.allianceexplorer.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.NewDatabase;
import org.allianceexplorer.data.OlderSchemaException;
import org.allianceexplorer.data.ServerAddress;
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

    private static final I18n.Messages T = I18n.of(MainViewModel.class);

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
                        ? T.t("app.name")
                        : T.t(
                                state.getSession().editable() ? "title.editing" : "title.open",
                                state.getSession().name()),
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
                        ? T.t("open.loadingBundled")
                        : T.t("open.loading", bundle.name().toLowerCase(java.util.Locale.ROOT)),
                () -> BundledDataset.open(bundle),
                () -> recent.openedBundled(bundle.key()));
    }

    /** At start with {@code --dataset KEY}: that bundled dataset. */
    public void openBundledAtStart(BundledDataset.Bundle bundle) {
        openBundled(bundle);
    }

    public void open(Path file) {
        open(file, () -> {});
    }

    /** As {@link #open(Path)}, then {@code then} once the database is the window's. */
    public void open(Path file, Runnable then) {
        open(file, then, () -> {});
    }

    /**
     * As {@link #open(Path, Runnable)}; {@code otherwise} runs when the file was not opened (after the message that
     * says why, or when an older database's copy was not made).
     */
    private void open(Path file, Runnable then, Runnable otherwise) {
        open(
                T.t("open.opening", file.getFileName()),
                () -> Database.openReadOnly(file),
                () -> {
                    recent.opened(file);
                    then.run();
                },
                e -> {
                    if (e instanceof OlderSchemaException older) {
                        offerUpdatedCopy(file, older, then, otherwise);
                    } else {
                        dialogs.showError(T.t("open.failed"), e.getMessage());
                        otherwise.run();
                    }
                });
    }

    /**
     * A database made by an older Alliance Explorer opens once a copy of it is brought up to date (the file itself is
     * never changed: an older version of the application may still need it): says so and asks where to save the
     * copy, writes it in the background (all of it or nothing, the same code as {@code migrate}) and opens it.
     */
    private void offerUpdatedCopy(Path file, OlderSchemaException older, Runnable then, Runnable otherwise) {
        dialogs.confirm(
                T.t("older.title"),
                T.t("older.text", file.getFileName(), older.version(), older.current()),
                T.t("older.action"),
                () -> dialogs.chooseNewDatabase(
                                T.t("older.saveTitle", file.getFileName()), NewDatabase.defaultName(file) + "-updated")
                        .ifPresentOrElse(copy -> updateCopy(file, copy, then, otherwise), otherwise),
                otherwise);
    }

    /** Writes {@code copy}, {@code file} brought up to date, in the background, then opens it and says so. */
    private void updateCopy(Path file, Path copy, Runnable then, Runnable otherwise) {
        Runnable opened = () -> {
            state.announce(Notice.info(T.t("older.done", file.getFileName(), copy.toAbsolutePath())));
            then.run();
        };
        tasks.run(
                T.t("older.running", file.getFileName()),
                () -> {
                    Database.migrateCopy(file, copy);
                    return copy;
                },
                p -> open(p, opened, otherwise),
                e -> {
                    dialogs.showError(T.t("older.failed"), e.getMessage());
                    otherwise.run();
                });
    }

    /**
     * At start: the database named on the command line, else the user's database opened last (if it still
     * exists), else the bundled dataset; when the last one is missing, a warning names it.
     */
    public void openAtStart(Path commandLine) {
        Path again = commandLine != null ? commandLine : preferences.get().openLastAtStart() ? recent.reopen() : null;
        if (again != null) {
            // a window with nothing in it helps no one: what cannot be opened is said, and the bundled dataset opens
            open(again, () -> {}, () -> {
                if (state.getSession() == null) {
                    openBundled(lastBundle());
                }
            });
            return;
        }
        Path missing = commandLine == null && preferences.get().openLastAtStart() ? recent.missing() : null;
        openBundled(lastBundle());
        if (missing != null) {
            // not silently: the user expects their own database, and gets the bundled one
            state.announce(Notice.warning(T.t("open.lastMissing", missing)));
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

    /**
     * File > Connect to server…: asks for a team database's server, database and user (the last ones offered again;
     * the password is asked for, or read from {@code ~/.pgpass} or {@code PGPASSWORD}, and never kept), then opens it
     * read-only. A refusal (unreachable, wrong password, no such database) is one line naming the server.
     */
    public void connectToServer() {
        dialogs.chooseServer(recent.lastServer()).ifPresent(login -> openServer(login.address(), login.password()));
    }

    /** A team database on a server, read-only ({@code password}: null for ~/.pgpass or PGPASSWORD; cleared once used). */
    public void openServer(ServerAddress address, char[] password) {
        open(
                T.t("open.connecting", address),
                () -> {
                    try {
                        return Database.openServer(address, password, true);
                    } finally {
                        if (password != null) {
                            Arrays.fill(password, '\0');
                        }
                    }
                },
                () -> recent.openedServer(address));
    }

    private void open(String title, Callable<Database> opener, Runnable remember) {
        open(title, opener, remember, e -> dialogs.showError(T.t("open.failed"), e.getMessage()));
    }

    private void open(String title, Callable<Database> opener, Runnable remember, Consumer<Exception> failed) {
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
                failed);
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
                T.t("export.title", format.name()),
                T.t("export.files", format.name()),
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
                T.t("export.running", out.getFileName()),
                () -> {
                    FigureExporter.write(figure, format, out, size, choice.get().page());
                    return out;
                },
                p -> state.announce(Notice.info(T.t("export.done", format.name(), p.toAbsolutePath()))),
                e -> exportFailed(out, e));
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
                dialogs.chooseSaveFile(T.t("bundle.title"), T.t("bundle.files"), "zip", fileName(figure) + ".zip");
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
                T.t("bundle.running", out.getFileName()),
                () -> {
                    // the sources behind what the figure plots (timeline and graph look them up now, off the FX thread)
                    Figure withSources = session == null ? figure : figure.withSources(session.repositories());
                    ReportBundle.write(withSources, out, size, choice.get().page());
                    return out;
                },
                p -> state.announce(Notice.info(T.t("bundle.done", p.toAbsolutePath()))),
                e -> exportFailed(out, e));
    }

    /**
     * Export > Animation…: asks for the days, step, pace and width (offering the source's range), then where, and
     * writes the animated GIF in the background, saying which frame it is on; Cancel stops it between frames and
     * nothing is written. A failure leaves no file and says why.
     */
    public void exportAnimation(AnimationSource source) {
        if (source == null || state.getSession() == null) {
            dialogs.showInfo(T.t("animation.nothing"), T.t("animation.nothing.text"));
            return;
        }
        Optional<AnimationChoice> chosen =
                dialogs.chooseAnimation(source.subject(), AnimationChoice.suggested(source.first(), source.last()));
        if (chosen.isEmpty()) {
            return;
        }
        AnimationChoice c = chosen.get();
        Optional<Path> target = dialogs.chooseSaveFile(
                T.t("animation.title"),
                T.t("animation.files"),
                "gif",
                source.fileName() + "-" + c.from() + "-" + c.to() + ".gif");
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        String name = String.valueOf(out.getFileName());
        tasks.runCancellable(
                T.t("animation.running", name),
                () -> {
                    List<LocalDate> days = c.days();
                    FigureAnimation animation =
                            source.frames().build(days, (i, n) -> tasks.progress(T.t("animation.layout", name, i, n)));
                    AnimatedGif.write(
                            animation,
                            out,
                            new FigureExporter.Size(c.width(), 1),
                            c.fps(),
                            (i, n) -> tasks.progress(T.t("animation.frame", name, i, n)));
                    return days.size();
                },
                frames -> state.announce(
                        Notice.info(T.t("animation.done", source.subject(), frames, out.toAbsolutePath()))),
                e -> exportFailed(out, e),
                () -> state.announce(Notice.info(T.t("animation.cancelled", name))));
    }

    private void nothingToExport() {
        dialogs.showInfo(T.t("export.nothing"), T.t("export.nothing.text"));
    }

    /** A file that could not be written: where, and why (nothing of it is left). */
    private void exportFailed(Path out, Throwable e) {
        dialogs.showError(T.t("export.failed"), T.t("export.failed.text", out.toAbsolutePath(), e.getMessage()));
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
            return T.t("status.none");
        }
        return T.t(
                "status.summary",
                s.name(),
                s.counts().get(RecordKind.PARTIES),
                s.counts().get(RecordKind.ALLIANCES),
                s.counts().get(RecordKind.DEALS),
                s.counts().get(RecordKind.CLAIMS),
                s.counts().get(RecordKind.RESULTS),
                s.counts().get(RecordKind.SOURCES));
    }
}
