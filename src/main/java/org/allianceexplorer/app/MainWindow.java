package org.allianceexplorer.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main window's frame: menu, the screen in the middle, a status bar with progress. */
public final class MainWindow extends BorderPane {

    private final MainViewModel model;

    public MainWindow(MainViewModel model, Node content, Runnable quit) {
        this.model = model;
        setId("main-window");
        MenuItem open = new MenuItem("Open database\u2026");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> model.chooseAndOpen());
        MenuItem bundled = new MenuItem("Bundled dataset");
        bundled.setId("menu-bundled");
        bundled.setOnAction(e -> model.openBundled());
        MenuItem exit = new MenuItem("Quit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> quit.run());
        Menu file = new Menu("File", null, open, bundled, exit);
        setTop(new MenuBar(file));

        setCenter(content);

        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        Label job = new Label();
        job.textProperty().bind(model.tasks().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.tasks().busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, job, progress);
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
    }

    /** The window's view-model (for the commands that menus and tests invoke). */
    public MainViewModel model() {
        return model;
    }
}
