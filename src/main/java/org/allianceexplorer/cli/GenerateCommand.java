package org.allianceexplorer.cli;

import org.allianceexplorer.data.generate.SyntheticDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a synthetic but valid database of a requested size.",
            "For scale tests and benchmarks. The same seed gives the same database. The file appears only",
            "when complete."
        })
final class GenerateCommand extends CliCommand {

    @Mixin
    Cli.NewDatabaseOption out;

    @Option(names = "--parties", paramLabel = "N", required = true, description = "Number of parties (2 to 100000).")
    int parties;

    @Option(names = "--deals", paramLabel = "M", required = true, description = "Number of seat deals (0 to 10000000).")
    int deals;

    @Option(
            names = "--elections",
            paramLabel = "E",
            defaultValue = "10",
            description =
                    "Number of elections, 1 to 1000 (default ${DEFAULT-VALUE}: every four years from 1985; more are"
                            + " spread over 1951-2024).")
    int elections;

    @Option(
            names = "--candidacies",
            paramLabel = "C",
            description = "Number of candidate results, 0 to 20000000, shared evenly among the elections (default:"
                    + " about four in ten seats of each election have 2 to 6 candidates).")
    Long candidacies;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    int run() throws Exception {
        SyntheticDatabase.Summary s = SyntheticDatabase.generate(
                out.file,
                new SyntheticDatabase.Size(parties, deals, elections, candidacies == null ? -1 : candidacies),
                seed);
        return done(
                "wrote %s: %,d parties, %,d deals, %,d claims, %,d elections, %,d candidacies in %.1f s",
                out.file, s.parties(), s.deals(), s.claims(), s.elections(), s.candidacies(), seconds());
    }
}
