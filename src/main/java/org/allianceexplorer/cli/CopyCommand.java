package org.allianceexplorer.cli;

import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EngineCopy;
import org.allianceexplorer.data.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "copy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Copies a whole database between engines, in either direction: a file to a team",
            "database on a PostgreSQL server, a server's database to a file, or file to file.",
            "Every record, the dataset's name and the edit history, with the same ids: the",
            "dumps of the two are identical. The source is only read. A new file appears only",
            "when complete; a server's database must be empty and gets the schema and the",
            "records in one transaction. Passwords: PGPASSWORD or ~/.pgpass."
        },
        footer = {
            "",
            "Examples:",
            "  alliance-explorer copy --from my.sqlite --to postgresql://ayesha@db.example.org:5432/alliances",
            "  alliance-explorer copy --from postgresql://ayesha@db.example.org/alliances --to backup.sqlite"
        })
final class CopyCommand extends CliCommand {

    @Option(
            names = "--from",
            paramLabel = "FILE|URL",
            required = true,
            description = "The database to copy (opened read-only): a file or postgresql://USER@HOST:PORT/DB.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "FILE|URL",
            required = true,
            description =
                    "A new file (must not exist), or an empty database on a server: postgresql://USER@HOST:PORT/DB.")
    String to;

    @Override
    int run() throws Exception {
        long rows;
        try (Database source = ServerAddress.isServer(from)
                ? Database.openServer(ServerAddress.parse(from), null, true)
                : Database.openReadOnly(Path.of(from))) {
            rows = ServerAddress.isServer(to)
                    ? EngineCopy.toServer(source, ServerAddress.parse(to), null)
                    : EngineCopy.toNewFile(source, Path.of(to));
        }
        return done("copied %s to %s: %,d rows in %.1f s", from, to, rows, seconds());
    }
}
