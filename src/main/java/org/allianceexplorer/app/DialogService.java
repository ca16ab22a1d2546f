package org.allianceexplorer.app;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and file choosers, behind an interface so view-models can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    /**
     * Asks before something that takes more than the user asked for (a delete with its dependents): the
     * question, what happens, and the button that does it ({@code action}, e.g. "Delete"); {@code onConfirm}
     * runs only when that button is pressed. Does not block: the answer comes later.
     */
    void confirm(String title, String message, String action, Runnable onConfirm);

    /** Asks for a line of text ({@code initial} filled in); empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    Optional<Path> chooseDatabase();

    /** A folder to read from or write into (an empty one, for an export); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** A file to read, of the kinds given as {@code *.ext} patterns; empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String description, String... patterns);

    /** Where to write a file of this kind (e.g. "PNG image", "png"), starting from {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName);

    /**
     * Page size, orientation, margins and resolution for an export; {@code format} is png, svg, pdf or
     * bundle (which uses them all). Empty when cancelled.
     */
    Optional<ExportChoice> chooseExportOptions(String format);

    /**
     * Export > Animation…: the days, step, frames per second and width of an animation of {@code subject}, starting
     * from {@code initial}; empty when cancelled.
     */
    Optional<AnimationChoice> chooseAnimation(String subject, AnimationChoice initial);

    /** Opens a web address in the system browser; false when there is none. */
    boolean openLink(String url);
}
