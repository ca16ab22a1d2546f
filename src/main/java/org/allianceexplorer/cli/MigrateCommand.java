package org.allianceexplorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Brings a database made by an older Alliance Explorer up to date, on a copy.",
            "The original file is never changed."
        })
final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The older database (read only).")
    Path db;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The migrated copy (must not exist).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Database.migrateCopy(db, out);
        spec.commandLine().getOut().println("migrated copy written to " + out);
        return Cli.OK;
    }
}
