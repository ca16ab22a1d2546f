package org.allianceexplorer;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;
import org.allianceexplorer.app.Warmup;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetException;
import picocli.CommandLine.Command;

/**
 * The entry point of the jar: with no arguments, or only {@code --db FILE} or {@code --dataset KEY}, or only a
 * database FILE (what a desktop entry or a double-click on an .aedb file passes), the window; with a command, the
 * headless command line. (A main class that does not extend Application, so a plain jar can start JavaFX from the
 * class path.)
 */
public final class Launcher {

    /** The file names taken for a database when given alone: Alliance Explorer's own and plain SQLite ones. */
    private static final String[] DATABASE_EXTENSIONS = {".aedb", ".sqlite", ".sqlite3", ".db"};

    private Launcher() {}

    public static void main(String[] args) {
        String[] window = windowArguments(args);
        if (window != null) {
            if (window.length == 2 && "--db".equals(window[0]) && ServerAddress.isServer(window[1])) {
                // a team database: the window opens it read-only (the address must read; the server is asked by the
                // window, which says in one line what it refuses)
                try {
                    ServerAddress.parse(window[1]);
                } catch (DatabaseException e) {
                    System.err.println("alliance-explorer: --db: " + e.getMessage());
                    System.exit(Cli.USAGE);
                }
            } else if (window.length == 2 && "--db".equals(window[0]) && !canOpen(Path.of(window[1]))) {
                System.exit(Cli.USAGE);
            }
            if (window.length == 2 && "--dataset".equals(window[0]) && !isBundled(window[1])) {
                System.exit(Cli.USAGE);
            }
            // what the first frame needs that JavaFX's start does not: on the other core meanwhile
            Warmup.start();
            Application.launch(App.class, window);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err));
    }

    static boolean opensWindow(String[] args) {
        return windowArguments(args) != null;
    }

    /**
     * The window's arguments for a command line that opens the window, or {@code null} for one that runs a command:
     * none, {@code --db FILE} or {@code --dataset KEY} are the window's as they are; a single argument that is not a
     * command and not an option is a database, {@code --db FILE}, when it names an existing file or ends in .aedb,
     * .sqlite, .sqlite3 or .db (a missing or foreign one is then the clear error of {@code --db}, exit code 2, before
     * any window). Every other single argument, a command's name first of all, goes to the command line as before.
     */
    static String[] windowArguments(String[] args) {
        if (args.length == 0 || (args.length == 2 && ("--db".equals(args[0]) || "--dataset".equals(args[0])))) {
            return args;
        }
        if (args.length == 1 && isDatabaseFile(args[0])) {
            return new String[] {"--db", args[0]};
        }
        return null;
    }

    private static boolean isDatabaseFile(String arg) {
        if (arg.isEmpty() || arg.startsWith("-") || isCommand(arg)) {
            return false;
        }
        String name = arg.toLowerCase(Locale.ROOT);
        if (Arrays.stream(DATABASE_EXTENSIONS).anyMatch(name::endsWith)) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A name of one of {@link Cli}'s commands (read from its annotation, so a new command is one at once). */
    static boolean isCommand(String arg) {
        for (Class<?> c : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (command != null
                    && (arg.equals(command.name())
                            || Arrays.asList(command.aliases()).contains(arg))) {
                return true;
            }
        }
        return false;
    }

    /** A bundled dataset named on the command line is checked before the window opens. */
    private static boolean isBundled(String key) {
        try {
            return BundledDataset.byKey(key) != null;
        } catch (DatasetException e) {
            System.err.println("alliance-explorer: " + e.getMessage());
            return false;
        }
    }

    /** A database given on the command line is checked before the window opens: a bad one is a clear error. */
    static boolean canOpen(Path db) {
        try (Database d = Database.openReadOnly(db)) {
            return d != null;
        } catch (DatabaseException e) {
            System.err.println("alliance-explorer: " + e.getMessage());
            return false;
        }
    }
}
