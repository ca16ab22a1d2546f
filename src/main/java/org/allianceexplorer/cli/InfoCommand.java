package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
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
        description = {
            "The database, its name, the count of each kind of record, each election's coverage and the licences.",
            "The dataset's name when it has one; what each election has (candidate results, official counts, seat",
            "deals, claims); the licence of each part of the dataset when its manifest says."
        })
final class InfoCommand extends CliCommand {

    @Mixin
    Cli.DbOption db;

    @Override
    int run() {
        try (Database d = db.open()) {
            Repositories.StatisticsRepository stats = Repositories.of(d).statistics();
            Map<RecordKind, Long> counts = stats.counts();
            PrintWriter out = out();
            out.println("database  " + d.displayName());
            String name = NewDatabase.nameOf(d);
            if (name != null) {
                out.println("name      " + name);
            }
            for (Map.Entry<RecordKind, Long> e : counts.entrySet()) {
                out.printf(Locale.ROOT, "%-15s %,12d%n", e.getKey().code(), e.getValue());
            }
            out.printf(Locale.ROOT, "%-15s %,12d%n", "official counts", stats.officialCounts());
            List<Repositories.Coverage> coverage = stats.coverage().stream()
                    .filter(c -> c.results() + c.officialCounts() + c.deals() > 0)
                    .toList();
            if (!coverage.isEmpty()) {
                int w = coverage.stream()
                        .mapToInt(c -> c.election().length())
                        .max()
                        .orElse(8);
                out.println();
                out.printf(
                        Locale.ROOT,
                        "%-" + w + "s %10s %10s %8s %8s%n",
                        "election",
                        "results",
                        "official",
                        "deals",
                        "claims");
                for (Repositories.Coverage c : coverage) {
                    out.printf(
                            Locale.ROOT,
                            "%-" + w + "s %,10d %,10d %,8d %,8d%n",
                            c.election(),
                            c.results(),
                            c.officialCounts(),
                            c.deals(),
                            c.claims());
                }
            }
            String licence = stats.licence();
            if (licence != null) {
                out.println();
                out.println("licence   " + licence.replace("\n", "\n          "));
            }
            out.flush();
        }
        return Cli.OK;
    }
}
