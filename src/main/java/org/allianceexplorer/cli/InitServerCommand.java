package org.allianceexplorer.cli;

import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.TeamServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "init-server",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sets up a team database on a PostgreSQL server: the schema in an empty database",
            "(or keeps the one copy made), and two roles whose rights the server enforces:",
            "readers (read only) and editors (add, change, delete). Connect as the database's",
            "owner; password from PGPASSWORD or ~/.pgpass. Then give each person a login in one",
            "of the roles. Fill the database from a file with copy (first, into the empty",
            "database) or by editing."
        },
        footer = {
            "",
            "Example:",
            "  createdb -U admin alliances",
            "  alliance-explorer copy --from my.sqlite --to postgresql://admin@db.example.org:5432/alliances",
            "  alliance-explorer init-server --db postgresql://admin@db.example.org:5432/alliances",
            "  psql -U admin -c \"CREATE ROLE ayesha LOGIN PASSWORD '...' IN ROLE alliances_editors\""
        })
final class InitServerCommand extends CliCommand {

    @Option(
            names = "--db",
            paramLabel = "URL",
            required = true,
            description = "The database, empty or filled by copy: postgresql://OWNER@HOST:PORT/DB[?sslmode=MODE].")
    String db;

    @Option(names = "--readers", paramLabel = "ROLE", description = "The readers' role (default: DB_readers).")
    String readers;

    @Option(names = "--editors", paramLabel = "ROLE", description = "The editors' role (default: DB_editors).")
    String editors;

    @Override
    int run() throws Exception {
        require(ServerAddress.isServer(db), "--db must be a server's database: postgresql://OWNER@HOST:PORT/DB");
        ServerAddress address = ServerAddress.parse(db);
        TeamServer.Roles defaults = TeamServer.Roles.of(address);
        TeamServer.Roles roles = new TeamServer.Roles(
                readers == null ? defaults.readers() : readers, editors == null ? defaults.editors() : editors);
        TeamServer.initialize(address, null, roles);
        return done(
                "set up %s: the schema, and the roles %s (read only) and %s (edit); give each person a login in one"
                        + " of them: CREATE ROLE NAME LOGIN PASSWORD '...' IN ROLE %s",
                address, roles.readers(), roles.editors(), roles.editors());
    }
}
