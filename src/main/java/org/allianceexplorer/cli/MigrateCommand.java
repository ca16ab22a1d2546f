package org.allianceexplorer.cli;

import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Brings a database made by an older Alliance Explorer up to date, on a copy.",
            "The original file is never changed."
        })
final class MigrateCommand extends CliCommand {

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The older database (read only).")
    Path db;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The migrated copy (must not exist).")
    Path out;

    @Override
    int run() {
        Database.migrateCopy(db, out);
        return done("migrated copy written to %s", out);
    }
}
