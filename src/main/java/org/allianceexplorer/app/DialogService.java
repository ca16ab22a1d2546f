package org.allianceexplorer.app;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and file choosers, behind an interface so view-models can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    Optional<Path> chooseDatabase();
}
