package org.allianceexplorer;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.FxDialogService;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.app.Preferences;
import org.allianceexplorer.app.RecentDatabases;
import org.allianceexplorer.app.Screen;
import org.allianceexplorer.app.Settings;
import org.allianceexplorer.app.Shortcut;
import org.allianceexplorer.app.Themes;
import org.allianceexplorer.app.WindowGeometry;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.detail.DetailView;
import org.allianceexplorer.detail.DetailViewModel;
import org.allianceexplorer.editing.NewClaimDialog;
import org.allianceexplorer.editing.RecordEditor;
import org.allianceexplorer.help.HelpWindows;
import org.allianceexplorer.importer.ImportWizard;
import org.allianceexplorer.preferences.PreferencesDialog;
import org.allianceexplorer.search.SearchBox;
import org.allianceexplorer.search.SearchViewModel;
import org.allianceexplorer.table.RecordTableView;
import org.allianceexplorer.table.TableLayouts;

/**
 * The composition root of the window: state, background runner, view-models and views. Opens the
 * database named by {@code --db FILE}, else the bundled dataset.
 */
public final class App extends Application {

    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters().getRaw();
        BundledDataset.Bundle bundle = datasetArgument(raw);
        ServerAddress server = serverArgument(raw);
        if (bundle != null) {
            tasks = show(stage, null, bundle, getHostServices(), Settings.user());
        } else if (server != null) {
            tasks = showServer(stage, server, getHostServices(), Settings.user());
        } else {
            tasks = show(stage, databaseArgument(raw), getHostServices(), Settings.user());
        }
    }

    /** Like {@link #show(Stage, Path, HostServices, Settings)}, remembering nothing (tests, embedding). */
    public static FxTaskRunner show(Stage stage, Path db, HostServices hostServices) {
        return show(stage, db, hostServices, Settings.memory());
    }

    /**
     * Builds the window on {@code stage}, shows it and starts opening {@code db} (else the database opened
     * last, else the bundled dataset). Returns the runner, to be closed when the window goes.
     */
    public static FxTaskRunner show(Stage stage, Path db, HostServices hostServices, Settings settings) {
        return show(stage, db, null, hostServices, settings);
    }

    /** Like {@link #show(Stage, Path, HostServices, Settings)}, opening a bundled dataset when one is given. */
    public static FxTaskRunner show(
            Stage stage, Path db, BundledDataset.Bundle bundle, HostServices hostServices, Settings settings) {
        return show(stage, hostServices, settings, main -> {
            if (bundle != null) {
                main.openBundledAtStart(bundle);
            } else {
                main.openAtStart(db);
            }
        });
    }

    /**
     * Like {@link #show(Stage, Path, HostServices, Settings)}, opening a team database on a server ({@code --db
     * postgresql://USER@HOST:PORT/DB}; the password from ~/.pgpass or PGPASSWORD), read-only.
     */
    public static FxTaskRunner showServer(
            Stage stage, ServerAddress server, HostServices hostServices, Settings settings) {
        return show(stage, hostServices, settings, main -> main.openServer(server, null));
    }

    private static FxTaskRunner show(
            Stage stage, HostServices hostServices, Settings settings, Consumer<MainViewModel> opening) {
        // the language first: every text of the window is read in it
        Preferences[] prefs = {Preferences.read(settings)};
        I18n.use(prefs[0].language());
        FxTaskRunner tasks = new FxTaskRunner();
        AppState state = new AppState();
        Themes.follow(state.darkThemeProperty(), settings);
        FxDialogService dialogs = new FxDialogService(stage, hostServices, settings);
        MainViewModel main = new MainViewModel(state, tasks, dialogs, new RecentDatabases(settings));
        List<Screen> screens = Screens.of(state, tasks, dialogs, main.edits());
        SearchBox search = new SearchBox(new SearchViewModel(state, tasks));
        // the import wizard is built when first opened: not before the window's first frame
        ImportWizard[] wizard = {null};
        main.datasets().useWizard(file -> {
            if (wizard[0] == null) {
                wizard[0] = new ImportWizard(stage, state, main, dialogs);
            }
            wizard[0].open(file);
        });
        NewClaimDialog newClaim = new NewClaimDialog(stage, state, tasks, main.edits());
        main.edits().useNewClaimDialog(newClaim::open);
        main.edits().useForms(new RecordEditor(stage, state, tasks, main.edits()));
        main.edits().rememberIn(settings);
        MainWindow window = new MainWindow(
                main,
                state,
                screens,
                search,
                () -> {
                    DetailView detail = new DetailView(new DetailViewModel(state, tasks, dialogs));
                    detail.editWith(main.edits());
                    return detail;
                },
                Platform::exit);
        window.setStyle(prefs[0].rootStyle());
        HelpWindows help = new HelpWindows(
                stage,
                state.darkThemeProperty(),
                dialogs::openLink,
                () -> {
                    List<Shortcut> all = new ArrayList<>(window.menuShortcuts());
                    all.addAll(SearchBox.SHORTCUTS);
                    all.addAll(RecordTableView.SHORTCUTS);
                    all.addAll(RecordEditor.SHORTCUTS);
                    return all;
                },
                stage.getIcons());
        main.useHelp(help::guide, help::shortcuts, help::about);
        main.usePreferences(
                () -> prefs[0],
                () -> new PreferencesDialog(stage, prefs[0]).showAndWait().ifPresent(p -> {
                    p.write(settings);
                    prefs[0] = p;
                    state.darkThemeProperty().set(p.dark());
                    window.setStyle(p.rootStyle());
                    main.edits().setEditor(p.editor());
                }));

        double[] size = WindowGeometry.initialSize(settings);
        Scene scene = new Scene(window, size[0], size[1]);
        if (I18n.rightToLeft()) {
            // left to right is the scene's own way (setting it anyway costs a pass of CSS over the whole window)
            scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        scene.getStylesheets().add(App.class.getResource("app/app.css").toExternalForm());
        Themes.styleRoot(window, state.darkThemeProperty());
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(scene);
        WindowGeometry.restore(stage, settings);
        TableLayouts.remember(screens, settings, stage);
        stage.show();

        // the first frame is the window's frame (menus, toolbar, navigation); the database opens and the content is
        // built once it is on the screen: their work (the native driver's loading, the copy of a bundled file, the
        // first screen's table) does not hold up the window's first layout and paint on a two-core machine
        afterFirstFrame(scene, () -> {
            opening.accept(main);
            window.fill();
            // the application's icons for the window manager and Help's windows: not needed for the first frame
            stage.getIcons().setAll(icons());
        });
        return tasks;
    }

    /** The application's icon at the sizes the build has (the window, the task bar, Help's windows). */
    static List<Image> icons() {
        List<Image> out = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL url = App.class.getResource("app/icons/icon-" + size + ".png");
            if (url != null) {
                out.add(new Image(url.toExternalForm()));
            }
        }
        return out;
    }

    /**
     * Runs {@code action} once the window's first frame has been drawn: a pulse waits for the renderer to finish the
     * frame before it, so the third pulse's layout comes after the first frame is on the screen. Until then the work
     * that follows (opening the database, building the content) does not compete with the renderer and the display
     * for a two-core machine.
     */
    private static void afterFirstFrame(Scene scene, Runnable action) {
        int[] pulses = {0};
        Runnable[] listener = {null};
        listener[0] = () -> {
            if (++pulses[0] < 3) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }

    /** The bundled dataset of {@code --dataset KEY}, or {@code null}. */
    static BundledDataset.Bundle datasetArgument(List<String> args) {
        int i = args.indexOf("--dataset");
        return i >= 0 && i + 1 < args.size() ? BundledDataset.byKey(args.get(i + 1)) : null;
    }

    /** The FILE of {@code --db FILE}, or {@code null}. */
    static Path databaseArgument(List<String> args) {
        int i = args.indexOf("--db");
        return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : null;
    }

    /** The team database of {@code --db postgresql://…}, or {@code null} (the launcher has checked it reads). */
    static ServerAddress serverArgument(List<String> args) {
        int i = args.indexOf("--db");
        return i >= 0 && i + 1 < args.size() && ServerAddress.isServer(args.get(i + 1))
                ? ServerAddress.parse(args.get(i + 1))
                : null;
    }
}
