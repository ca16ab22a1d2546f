package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetException;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headless command line. Exit codes: 0 ok, 1 {@code check} found problems, 2 bad usage or
 * unreadable input. Errors are one line on standard error, never a stack trace.
 */
@Command(
        name = "alliance-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Alliance Explorer: electoral alliances, seat deals, coalitions and party relations.",
            "With no command (or only --db FILE or --dataset KEY, or a database file alone, as a desktop's double-click"
                    + " gives it: alliance-explorer my.aedb) the window opens; with a command it runs headless.",
            "--db also takes a team database on a PostgreSQL server, postgresql://USER@HOST:PORT/DB, for the window"
                    + " (read-only) and the commands; the password from ~/.pgpass or PGPASSWORD, never in the address.",
            "Without --db the bundled dataset (Pakistan, 1977-2024) is used; --dataset malaysia-ge15 opens the"
                    + " second bundled dataset instead (Malaysia GE15, 2022; Tindak Malaysia, CC-BY-4.0)."
        },
        subcommands = {
            InfoCommand.class,
            ListCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            GenerateCommand.class,
            MigrateCommand.class,
            NewCommand.class,
            ImportCommand.class,
            ImportResultsCommand.class,
            ImportParlGovCommand.class,
            CoalitionsCommand.class,
            CompareCommand.class,
            DumpCommand.class,
            CopyCommand.class,
            InitServerCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 check found problems, 2 bad usage or unreadable input.",
            "Examples:",
            "  alliance-explorer info",
            "  alliance-explorer list deals --as-of 2024-01-20 --party ANP",
            "  alliance-explorer list claims --format csv > claims.csv",
            "  alliance-explorer check --db my.sqlite",
            "  alliance-explorer info --dataset malaysia-ge15",
            "  alliance-explorer list deals --dataset malaysia-ge15 --party DAP",
            "  alliance-explorer compare --from 2024-01-01 --to 2024-02-15 --party MQM-P",
            "  alliance-explorer generate --out big.sqlite --parties 1000 --deals 1000000 --seed 7",
            "  alliance-explorer new --out my.sqlite --name \"My dataset\"",
            "  alliance-explorer import --from my-dataset --into my.sqlite",
            "  alliance-explorer import-results --from results.csv --into my.sqlite --election pk-2024 --assembly NA \\",
            "      --source-outlet ECP --source-url https://ecp.gov.pk/",
            "  alliance-explorer dump --db my.sqlite --out my-dataset",
            "  alliance-explorer copy --from my.sqlite --to postgresql://ayesha@db.example.org:5432/alliances"
        })
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // the descriptions are written in lines of up to about 105 characters: wrap there, not at picocli's 80
        cl.setUsageHelpWidth(110);
        cl.registerConverter(LocalDate.class, Cli::day);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("alliance-explorer: " + e.getMessage());
            CommandLine c = e.getCommandLine();
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("alliance-explorer: " + message(e));
            err.flush();
            return expected(e) ? USAGE : INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean expected(Exception e) {
        return e instanceof DatabaseException
                || e instanceof DatasetException
                || e instanceof IllegalArgumentException
                || e instanceof AtomicFile.OutputException
                || e instanceof UncheckedIOException;
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return expected(e) ? m : "unexpected error (" + e.getClass().getSimpleName() + ": " + m + "); please report it";
    }

    static LocalDate day(String text) {
        try {
            return PartialDate.parseDay(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** {@code --db FILE} or {@code --dataset KEY}, shared by the commands that read a database. */
    static final class DbOption {
        @Option(
                names = "--db",
                paramLabel = "FILE|URL",
                description = "An Alliance Explorer database (opened read-only): a file, or a team database on a"
                        + " server, postgresql://USER@HOST:PORT/DB[?sslmode=MODE] (password from PGPASSWORD or"
                        + " ~/.pgpass). Default: the bundled dataset.")
        String db;

        @Option(
                names = "--dataset",
                paramLabel = "KEY",
                description = "A bundled dataset instead of --db: pakistan (the default) or malaysia-ge15.")
        String dataset;

        Database open() {
            if (db != null && dataset != null) {
                throw new IllegalArgumentException("give --db FILE or --dataset KEY, not both");
            }
            if (db != null) {
                return ServerAddress.isServer(db)
                        ? Database.openServer(ServerAddress.parse(db), null, true)
                        : Database.openReadOnly(Path.of(db));
            }
            return dataset == null ? BundledDataset.open() : BundledDataset.open(BundledDataset.byKey(dataset));
        }
    }

    /** {@code --as-of DAY} of the commands that show the records as they stood on a day. */
    static final class AsOfOption {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The state on this day (default: latest).")
        LocalDate day;
    }

    /** {@code --out FILE} of the commands that write a new database. */
    static final class NewDatabaseOption {
        @Option(
                names = "--out",
                paramLabel = "FILE",
                required = true,
                description = "The new database (must not exist).")
        Path file;
    }

    /** {@code --format csv|text} of the commands that write a table. */
    static final class FormatOption {
        @Option(
                names = "--format",
                paramLabel = "csv|text",
                defaultValue = "text",
                description =
                        "csv (header row; spreadsheet-safe) or text (aligned columns). Default: ${DEFAULT-VALUE}.")
        TableWriter.Format format;
    }

    /** The version the build wrote ({@link BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Alliance Explorer " + BuildInfo.version()};
        }
    }
}
