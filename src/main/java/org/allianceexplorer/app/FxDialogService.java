package org.allianceexplorer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown over the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final HostServices host;

    public FxDialogService(Window owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, "error-dialog");
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, "info-dialog");
    }

    private void alert(Alert.AlertType type, String title, String message, String id) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(460);
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

    @Override
    public Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Integer> choosePngScale() {
        ChoiceDialog<Integer> d = new ChoiceDialog<>(2, List.of(1, 2, 3, 4));
        d.initOwner(owner);
        d.setTitle("PNG scale");
        d.setHeaderText("Pixel scale of the PNG (2x for print, 4x for posters)");
        d.setContentText("Scale:");
        return d.showAndWait();
    }

    @Override
    public boolean openLink(String url) {
        if (host == null || url == null || url.isBlank()) {
            return false;
        }
        host.showDocument(url);
        return true;
    }
}
