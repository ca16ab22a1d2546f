package org.allianceexplorer.importer;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.Themes;

/**
 * File > Import…: the wizard's window, over the main window (its own stage, so that the main window shows the
 * imported data beside it when done). Made once and shown again on each use, starting over.
 */
public final class ImportWizard {

    /** The wizard's size: it fits a 1024x700 screen. */
    static final double WIDTH = 1000;

    static final double HEIGHT = 640;

    private final Window owner;
    private final AppState state;
    private final ImportWizardViewModel model;
    private Stage stage;

    public ImportWizard(Window owner, AppState state, MainViewModel main, DialogService dialogs) {
        this.owner = owner;
        this.state = state;
        this.model = new ImportWizardViewModel(state, main, dialogs);
    }

    /** Opens the wizard: on {@code file} when one was dropped, else at its first step. */
    public void open(Path file) {
        if (model.importingProperty().get()) {
            stage().toFront();
            return;
        }
        model.reset();
        if (file != null) {
            model.choose(file);
        }
        Stage s = stage();
        s.show();
        s.toFront();
    }

    public ImportWizardViewModel model() {
        return model;
    }

    /** The wizard's window (made on first use). */
    public Stage stage() {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.initModality(Modality.NONE);
            stage.setTitle("Import");
            ImportWizardView view = new ImportWizardView(model, this::close);
            Scene scene = new Scene(view, WIDTH, HEIGHT);
            scene.getStylesheets()
                    .add(ImportWizard.class
                            .getResource("/org/allianceexplorer/app/app.css")
                            .toExternalForm());
            Themes.styleRoot(view, state.darkThemeProperty());
            stage.setScene(scene);
            stage.setMinWidth(760);
            stage.setMinHeight(520);
            stage.setOnCloseRequest(e -> {
                if (model.importingProperty().get()) {
                    e.consume(); // Cancel import first: closing must not leave a job writing
                }
            });
        }
        return stage;
    }

    private void close() {
        if (stage != null && !model.importingProperty().get()) {
            stage.hide();
        }
    }
}
