package org.allianceexplorer;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.application.Application;
import org.allianceexplorer.cli.Cli;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetException;

/**
 * The entry point of the jar: with no arguments, or only {@code --db FILE} or {@code --dataset KEY}, the window; with a command,
 * the headless command line. (A main class that does not extend Application, so a plain jar can start
 * JavaFX from the class path.)
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (opensWindow(args)) {
            if (args.length == 2 && "--db".equals(args[0]) && !canOpen(Path.of(args[1]))) {
                System.exit(Cli.USAGE);
            }
            if (args.length == 2 && "--dataset".equals(args[0]) && !isBundled(args[1])) {
                System.exit(Cli.USAGE);
            }
            Application.launch(App.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Cli.run(args, out, err));
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 2 && ("--db".equals(args[0]) || "--dataset".equals(args[0])));
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
    private static boolean canOpen(Path db) {
        try (Database d = Database.openReadOnly(db)) {
            return d != null;
        } catch (DatabaseException e) {
            System.err.println("alliance-explorer: " + e.getMessage());
            return false;
        }
    }
}
