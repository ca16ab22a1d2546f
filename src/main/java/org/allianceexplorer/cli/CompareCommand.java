package org.allianceexplorer.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.analysis.Changes;
import org.allianceexplorer.domain.analysis.Changes.Change;
import org.allianceexplorer.io.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "What changed between two days: alliances formed and ended, memberships joined and left, relations",
            "begun and ended, seat deals made, confirmed, denied, switched and collapsed, each with its source.",
            "A change counts when it happened after --from and by --to (a date known only to the month counts",
            "from the month's first day, as everywhere in the app).",
            "CSV columns: date,kind,change,record,parties,source,url,quote (parties separated by ';')."
        })
final class CompareCommand extends CliCommand {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The first day.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The second day, after --from.")
    LocalDate to;

    @Option(names = "--party", paramLabel = "ABBR", description = "Only changes involving this party.")
    String party;

    @Mixin
    Cli.DbOption db;

    @Mixin
    Cli.FormatOption output;

    static final List<Column<Change>> COLUMNS = List.of(
            Column.text("date", c -> c.date().iso()),
            Column.text("kind", c -> c.kind().label()),
            Column.text("change", Change::change),
            Column.text("record", Change::record),
            Column.text("parties", c -> String.join(";", c.parties())),
            Column.text("source", c -> c.source() == null ? null : c.source().citation()),
            Column.text("url", c -> c.source() == null ? null : c.source().url()),
            Column.text("quote", c -> c.source() == null ? null : c.source().snippet()));

    /** The text layout leaves out the long quotation (it is in the CSV). */
    private static final List<Column<Change>> TEXT_COLUMNS = COLUMNS.subList(0, COLUMNS.size() - 1);

    @Override
    int run() throws IOException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--to (" + to + ") must be after --from (" + from + ")");
        }
        try (Database d = db.open()) {
            Repositories r = Repositories.of(d);
            String p = party == null ? null : party(r, party, d);
            List<Change> changes = changes(r, from, to).stream()
                    .filter(c -> p == null || c.parties().contains(p))
                    .toList();
            List<Column<Change>> columns = output.format == TableWriter.Format.text ? TEXT_COLUMNS : COLUMNS;
            TableWriter.report(
                    output.format,
                    out(),
                    columns,
                    changes,
                    w -> w.printf(
                            Locale.ROOT,
                            "%d changes after %s and by %s%s.%n%n",
                            changes.size(),
                            PartialDate.of(from).display(),
                            PartialDate.of(to).display(),
                            p == null ? "" : " involving " + p));
        }
        return Cli.OK;
    }

    /** The changes between the two days in the database (reads it; one query per change for its source). */
    static List<Change> changes(Repositories r, LocalDate from, LocalDate to) {
        RecordFilter all = RecordFilter.ALL;
        Changes.Records records = new Changes.Records(
                r.alliances().alliances(all),
                r.alliances().memberships(all),
                r.parties().relations(all),
                r.deals().claims(new RecordFilter(to, null)));
        return Changes.between(from, to, records, ref -> r.sourcesOf().of(List.of(ref), to));
    }
}
