package org.allianceexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--out", paramLabel = "NEW_FILE", required = true, description = ImportOutput.NEW_FILE)
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

    @Mixin
    ImportOutput.MaxProblems maxProblems;

    @Override
    int run() {
        return ImportOutput.run(
                err(),
                () -> ParlGovImport.toNewFile(
                        from,
                        out,
                        new ParlGovImport.Options(List.copyOf(countries), partyFacts, maxProblems.checked()),
                        progress()),
                report ->
                        done(report.countLines(), "imported ParlGov from %s into %s in %.1f s", from, out, seconds()));
    }
}
