package org.allianceexplorer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown over the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open an Alliance Explorer database");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("SQLite databases", "*.sqlite", "*.sqlite3", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
