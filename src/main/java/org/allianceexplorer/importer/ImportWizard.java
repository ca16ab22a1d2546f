package org.allianceexplorer.importer;

import java.nio.file.Path;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.MainViewModel;
import org.allianceexplorer.app.Themes;

/**
 * File > Import…: the wizard's window, over the main window (its own stage, so that the main window shows the
 * imported data beside it when done). Made once and shown again on each use, starting over.
 */
public final class ImportWizard {

    private static final I18n.Messages T = I18n.of(ImportWizard.class);

    /** The wizard's size where the screen has room for it. */
    static final double WIDTH = 1180;

    static final double HEIGHT = 720;

    /** The smallest it may be made (it still fits a 1024x700 screen, where it opens at about 984x640). */
    static final double MIN_WIDTH = 760;

    static final double MIN_HEIGHT = 520;

    /** Room left on the screen around the window: its title bar and borders, a taskbar. */
    private static final double MARGIN_X = 40;

    private static final double MARGIN_Y = 60;

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
        if (model.importRun().importingProperty().get()) {
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
            stage.setTitle(T.t("wizard.title"));
            ImportWizardView view = new ImportWizardView(model, this::close);
            Dimension2D size = sizeFor(Screen.getPrimary().getVisualBounds());
            Scene scene = new Scene(view, size.getWidth(), size.getHeight());
            scene.getStylesheets()
                    .add(ImportWizard.class
                            .getResource("/org/allianceexplorer/app/app.css")
                            .toExternalForm());
            Themes.styleRoot(view, state.darkThemeProperty());
            stage.setScene(scene);
            stage.setResizable(true);
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
            stage.setOnCloseRequest(e -> {
                if (model.importRun().importingProperty().get()) {
                    e.consume(); // Cancel import first: closing must not leave a job writing
                }
            });
        }
        return stage;
    }

    /** The wizard's size on a screen whose usable part is {@code screen}: its own, or as much as fits. */
    static Dimension2D sizeFor(Rectangle2D screen) {
        double w = Math.min(WIDTH, screen.getWidth() - MARGIN_X);
        double h = Math.min(HEIGHT, screen.getHeight() - MARGIN_Y);
        return new Dimension2D(Math.max(MIN_WIDTH, w), Math.max(MIN_HEIGHT, h));
    }

    /** Sizes the window for {@code screen} (as it is sized for the primary screen when first made). */
    void fitTo(Rectangle2D screen) {
        Dimension2D size = sizeFor(screen);
        Stage s = stage();
        s.setWidth(size.getWidth());
        s.setHeight(size.getHeight());
    }

    private void close() {
        if (stage != null && !model.importRun().importingProperty().get()) {
            stage.hide();
        }
    }
}
