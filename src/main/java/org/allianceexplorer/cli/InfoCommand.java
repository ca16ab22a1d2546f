package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.NewDatabase;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "The database, the dataset's name (when it has one) and the count of each kind of record.")
final class InfoCommand extends CliCommand {

    @Mixin
    Cli.DbOption db;

    @Override
    int run() {
        try (Database d = db.open()) {
            Map<RecordKind, Long> counts = Repositories.sqlite(d).statistics().counts();
            PrintWriter out = out();
            out.println("database  " + d.displayName());
            String name = NewDatabase.nameOf(d);
            if (name != null) {
                out.println("name      " + name);
            }
            for (Map.Entry<RecordKind, Long> e : counts.entrySet()) {
                out.printf(Locale.ROOT, "%-15s %,12d%n", e.getKey().code(), e.getValue());
            }
            out.flush();
        }
        return Cli.OK;
    }
}
