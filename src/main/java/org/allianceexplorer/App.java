package org.allianceexplorer;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.FxDialogService;
import org.allianceexplorer.app.FxTaskRunner;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.MainWindow;
import org.allianceexplorer.parties.PartiesView;
import org.allianceexplorer.parties.PartiesViewModel;

/**
 * The composition root of the window: state, background runner, view-models and views. Opens the
 * database named by {@code --db FILE}, else the bundled dataset.
 */
public final class App extends Application {

    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        tasks = show(stage, databaseArgument(getParameters().getRaw()));
    }

    /**
     * Builds the window on {@code stage}, shows it and starts opening {@code db} (the bundled dataset when
     * {@code null}). Returns the runner, to be closed when the window goes.
     */
    public static FxTaskRunner show(Stage stage, Path db) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FxTaskRunner tasks = new FxTaskRunner();
        AppState state = new AppState();
        MainViewModel main = new MainViewModel(state, tasks, new FxDialogService(stage));
        PartiesView parties = new PartiesView(new PartiesViewModel(state, tasks));
        MainWindow window = new MainWindow(main, parties, Platform::exit);

        Scene scene = new Scene(window, 1200, 760);
        scene.getStylesheets().add(App.class.getResource("app/app.css").toExternalForm());
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(scene);
        stage.show();

        if (db == null) {
            main.openBundled();
        } else {
            main.open(db);
        }
        return tasks;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }

    /** The FILE of {@code --db FILE}, or {@code null}. */
    static Path databaseArgument(List<String> args) {
        int i = args.indexOf("--db");
        return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : null;
    }
}
