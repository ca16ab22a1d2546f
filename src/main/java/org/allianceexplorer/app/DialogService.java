package org.allianceexplorer.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.figure.PageSetup;
import org.allianceexplorer.figure.Pages;

/** Dialogs and file choosers, behind an interface so view-models can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    /**
     * Asks before something that takes more than the user asked for (a delete with its dependents): the
     * question, what happens, and the button that does it ({@code action}, e.g. "Delete"); {@code onConfirm}
     * runs only when that button is pressed. Does not block: the answer comes later.
     */
    default void confirm(String title, String message, String action, Runnable onConfirm) {
        confirm(title, message, action, onConfirm, () -> {});
    }

    /** As {@link #confirm(String, String, String, Runnable)}; {@code onDecline} runs when the dialog is dismissed. */
    void confirm(String title, String message, String action, Runnable onConfirm, Runnable onDecline);

    /** Asks for a line of text ({@code initial} filled in); empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    Optional<Path> chooseDatabase();

    /** A folder to read from or write into (an empty one, for an export); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** A file to read, of the kinds given as {@code *.ext} patterns; empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String description, String... patterns);

    /** Where to write a file of this kind (e.g. "PNG image", "png"), starting from {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName);

    /** A team database to connect to, and the password typed for it (null: ~/.pgpass or PGPASSWORD). */
    record ServerLogin(ServerAddress address, char[] password) {}

    /**
     * File > Connect to server…: the server, database and user of a team database (starting from {@code last}, may
     * be null) and the password if one is typed; empty when cancelled.
     */
    default Optional<ServerLogin> chooseServer(ServerAddress last) {
        return Optional.empty();
    }

    /** The file name ending of an Alliance Explorer database (the installers open such files with the application). */
    String DATABASE_EXTENSION = "aedb";

    /**
     * Where to write a new Alliance Explorer database: a save dialog for a {@code .aedb} file, named {@code baseName}
     * to start with.
     */
    default Optional<Path> chooseNewDatabase(String title, String baseName) {
        return chooseSaveFile(
                title,
                I18n.of(DialogService.class).t("database.files"),
                DATABASE_EXTENSION,
                baseName + "." + DATABASE_EXTENSION);
    }

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

    /**
     * Edit > Copy figure: the scale to copy a figure of {@code width} x {@code height} pixels at (1x to 4x, the
     * sizes shown), starting at {@code initial}; empty when cancelled.
     */
    default OptionalInt chooseCopyScale(double width, double height, int initial) {
        return OptionalInt.of(initial);
    }

    /** Puts the image on the system clipboard, with the SVG beside it for programs that take it. */
    default void putOnClipboard(BufferedImage image, String svg) {}

    /** How a print ended. */
    enum Printed {
        PRINTED,
        CANCELLED,
        NO_PRINTER
    }

    /** Prints the pages on {@code paper} (the printer's dialog lets the user change it). */
    default Printed print(Pages pages, PageSetup.Paper paper) {
        return Printed.NO_PRINTER;
    }
}
