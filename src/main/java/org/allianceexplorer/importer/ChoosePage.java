package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;
import static org.allianceexplorer.importer.WizardNodes.title;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 1: choose a file or a folder. */
final class ChoosePage extends VBox {

    ChoosePage(ImportWizardViewModel model) {
        super(12);
        Button file = new Button("Choose a file\u2026", new FontIcon("mdi2f-file-table-outline"));
        file.setId("wizard-choose-file");
        file.setOnAction(e -> model.chooseFile());
        file.setDefaultButton(true);
        Button folder = new Button("Choose a folder\u2026", new FontIcon("mdi2f-folder-outline"));
        folder.setId("wizard-choose-folder");
        folder.setOnAction(e -> model.chooseFolder());
        Label chosen = new Label();
        chosen.setId("wizard-chosen");
        chosen.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.fileProperty().get() == null
                                ? ""
                                : "Chosen: " + model.fileProperty().get().toAbsolutePath(),
                        model.fileProperty()));
        chosen.setWrapText(true);
        chosen.setMinHeight(Region.USE_PREF_SIZE);
        chosen.visibleProperty().bind(model.fileProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        getChildren()
                .setAll(
                        title("Import into Alliance Explorer"),
                        note("A results table (CSV or XLSX, one row per candidate or one row per seat with a block of"
                                + " columns per party or coalition), a dataset folder or zip in the interchange format,"
                                + " or a folder of ParlGov's tables. A CSV or XLSX dropped on the window opens here"
                                + " too."),
                        new FlowPane(10, 8, file, folder),
                        chosen,
                        note("Nothing is written until the last step, and then only if everything imports. A bundled"
                                + " dataset is never written: the results go into a new database file."));
    }
}
