package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "import-parlgov",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Makes a new database from ParlGov's CSV tables (parties, elections, coalitions).",
            "ParlGov (parlgov.org, CC0; cite Döring, Quaas, Hesse & Manow 2023): parties (with Party Facts ids from the mapping file),",
            "national parliament elections and each party's votes, vote share and seats,",
            "electoral alliances (alliance_id) with their members, governing coalitions from",
            "cabinets (from a cabinet's start to the next one's), and lineage from party_change",
            "(a split when the old party stood again, else a merger). Every record cites ParlGov.",
            "Tables read: country, party, election, election_result, cabinet, cabinet_party,",
            "party_change. All problems are listed (file, line, column); nothing is written",
            "unless everything imports."
        },
        footer = {
            "",
            "Exit codes: 0 imported, 2 refused (nothing written) or bad usage.",
            "Example:",
            "  alliance-explorer import-parlgov --from parlgov --out nordics.sqlite \\",
            "      --country DNK --country NOR --country SWE \\",
            "      --partyfacts partyfacts/partyfacts-parlgov-ids.csv"
        })
final class ImportParlGovCommand extends CliCommand {

    @Option(
            names = "--from",
            paramLabel = "FOLDER",
            required = true,
            description = "The folder of ParlGov's CSV tables (party.csv, election.csv, ...).")
    Path from;

    @Option(
            names = "--out",
            paramLabel = "NEW_FILE",
            required = true,
            description = "A new database (must not exist), written beside and moved into place.")
    Path out;

    @Option(
            names = "--country",
            paramLabel = "ISO3",
            split = ",",
            description = "A country to import (ParlGov's three-letter code, e.g. NLD); repeat or separate by"
                    + " commas. Default: all.")
    List<String> countries = new ArrayList<>();

    @Option(
            names = "--partyfacts",
            paramLabel = "FILE",
            description = "Party Facts' ParlGov id mapping (parlgov_id,partyfacts_id). Default: "
                    + ParlGovImport.PARTY_FACTS_FILE + " in the --from folder, if there.")
    Path partyFacts;

    @Override
    int run() {
        PrintWriter err = err();
        ImportReport report;
        try {
            report = ParlGovImport.toNewFile(
                    from, out, new ParlGovImport.Options(List.copyOf(countries), partyFacts), progress());
        } catch (ImportException e) {
            ImportReport r = e.report();
            err.println("alliance-explorer: " + r.summary());
            for (ImportProblem p : r.problems()) {
                err.println("problem  " + p);
            }
            if (r.problemCount() > r.problems().size()) {
                err.printf(
                        Locale.ROOT,
                        "... and %,d more%n",
                        r.problemCount() - r.problems().size());
            }
            err.flush();
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("alliance-explorer: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            err.flush();
            return Cli.USAGE;
        }
        for (String n : report.notes()) {
            err.println("note  " + n);
        }
        err.flush();
        PrintWriter stdout = out();
        stdout.printf(Locale.ROOT, "imported ParlGov from %s into %s in %.1f s%n", from, out, seconds());
        for (String line : report.countLines()) {
            stdout.println(line);
        }
        stdout.flush();
        return Cli.OK;
    }
}
