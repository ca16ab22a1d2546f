package org.allianceexplorer.importer;

import static org.allianceexplorer.importer.WizardNodes.note;
import static org.allianceexplorer.importer.WizardNodes.title;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.WrappedText;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 1: choose a file or a folder. */
final class ChoosePage extends VBox {

    private static final I18n.Messages T = I18n.of(ChoosePage.class);

    ChoosePage(ImportWizardViewModel model) {
        super(12);
        Button file = new Button(T.t("choose.file"), new FontIcon("mdi2f-file-table-outline"));
        file.setId("wizard-choose-file");
        file.setOnAction(e -> model.chooseFile());
        file.setDefaultButton(true);
        Button folder = new Button(T.t("choose.folder"), new FontIcon("mdi2f-folder-outline"));
        folder.setId("wizard-choose-folder");
        folder.setOnAction(e -> model.chooseFolder());
        WrappedText chosen = new WrappedText();
        chosen.setId("wizard-chosen");
        chosen.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.fileProperty().get() == null
                                ? ""
                                : T.t(
                                        "choose.chosen",
                                        model.fileProperty().get().toAbsolutePath()),
                        model.fileProperty()));
        chosen.setMinHeight(Region.USE_PREF_SIZE);
        chosen.visibleProperty().bind(model.fileProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        getChildren()
                .setAll(
                        title(T.t("choose.title")),
                        note(T.t("choose.what")),
                        new FlowPane(10, 8, file, folder),
                        chosen,
                        note(T.t("choose.safe")));
    }
}
