package org.allianceexplorer.app;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The dialogs' OK and Cancel in the window's language: JavaFX's own {@code ButtonType.OK} and {@code CANCEL} say
 * them in English whatever the language chosen in the preferences. A dialog keeps the instance it added, to tell
 * which button closed it.
 */
final class DialogButtons {

    private static final I18n.Messages T = I18n.of(DialogButtons.class);

    private DialogButtons() {}

    static ButtonType ok() {
        return new ButtonType(T.t("dialog.ok"), ButtonData.OK_DONE);
    }

    static ButtonType cancel() {
        return new ButtonType(T.t("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }
}
