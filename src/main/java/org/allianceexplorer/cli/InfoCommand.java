package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.RecordKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Counts of each kind of record in the database.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    Cli.DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Database d = db.open()) {
            Map<RecordKind, Long> counts = Repositories.sqlite(d).statistics().counts();
            PrintWriter out = spec.commandLine().getOut();
            out.println("database  " + d.displayName());
            for (Map.Entry<RecordKind, Long> e : counts.entrySet()) {
                out.printf(Locale.ROOT, "%-15s %,12d%n", e.getKey().code(), e.getValue());
            }
            out.flush();
        }
        return Cli.OK;
    }
}
