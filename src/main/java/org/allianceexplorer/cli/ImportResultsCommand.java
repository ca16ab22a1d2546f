package org.allianceexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.imports.results.AliasFile;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.io.CsvReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "import-results",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads candidate-level results from a CSV or XLSX file into a database.",
            "The long layout (one row per candidate: seat, candidate, party, votes[, rank, elected]) or",
            "the wide one (one row per seat, a block of columns per party or coalition).",
            "Columns are detected from the header, or named in a mapping file (--map).",
            "Party labels resolve through the party aliases and abbreviations; unknown ones",
            "are all listed with their counts (and written to --aliases-out to fill in), and",
            "nothing is written. Ranks and winners come from the votes when the file has no",
            "rank column. Every imported row cites the source. Nothing is written unless",
            "every row imports. Format of the mapping and alias files: docs/data-format.md."
        },
        footer = {
            "",
            "Exit codes: 0 imported, 2 refused (nothing written) or bad usage.",
            "Examples:",
            "  alliance-explorer import-results --from na_2024_candidates.csv --into my.sqlite \\",
            "      --election pk-2024 --assembly NA --map data/mappings/pakistan-na-2024.properties",
            "  alliance-explorer import-results --from MALAYSIA_2022_PARLIAMENT_RESULTS.csv --into my.sqlite \\",
            "      --election my-ge15 --election-name \"Malaysia general election 2022\" \\",
            "      --polling-day 2022-11-19 --country MYS --assembly DR \\",
            "      --map data/mappings/malaysia-ge15-parliament.properties --aliases-out aliases.csv"
        })
final class ImportResultsCommand extends CliCommand {

    @Option(
            names = "--from",
            paramLabel = "FILE",
            required = true,
            description = "The results: a .csv (UTF-8; comma, semicolon or tab) or an .xlsx workbook.")
    Path from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ImportOutput.Target target;

    @Option(names = "--election", paramLabel = "KEY", required = true, description = "The election's key.")
    String election;

    @Option(
            names = "--election-name",
            paramLabel = "NAME",
            description = "Makes the election when the database lacks it, with this name ...")
    String electionName;

    @Option(names = "--polling-day", paramLabel = "DATE", description = "... this polling day (YYYY[-MM[-DD]]) ...")
    String pollingDay;

    @Option(names = "--country", paramLabel = "ISO3", description = "... and this country (ISO3).")
    String country;

    @Option(
            names = "--assembly",
            paramLabel = "CODE",
            required = true,
            description = "The assembly's code (made when the database lacks it).")
    String assembly;

    @Option(names = "--assembly-name", paramLabel = "NAME", description = "The name of an assembly to be made.")
    String assemblyName;

    @Option(
            names = "--map",
            paramLabel = "MAPPING",
            description = "A mapping file naming the columns (key = value lines); else detected from the header.")
    Path map;

    @Option(names = "--source", paramLabel = "KEY", description = "The key of the source to cite (made if missing).")
    String sourceKey;

    @Option(names = "--source-url", paramLabel = "URL", description = "The source's address.")
    String sourceUrl;

    @Option(names = "--source-outlet", paramLabel = "NAME", description = "Who published the results.")
    String sourceOutlet;

    @Option(
            names = "--source-title",
            paramLabel = "TITLE",
            description = "The source's title (default: the file's name).")
    String sourceTitle;

    @Option(
            names = "--aliases",
            paramLabel = "FILE",
            description = "An alias file (label,count,party) with the labels you resolved; its aliases are added.")
    Path aliases;

    @Option(
            names = "--aliases-out",
            paramLabel = "FILE",
            description = "Where to write the unknown labels, ready to fill in and pass to --aliases.")
    Path aliasesOut;

    @Option(
            names = "--keep-unknown-labels",
            description = "Import rows with unknown labels as labels without a party instead of refusing.")
    boolean keepUnknown;

    @Mixin
    ImportOutput.MaxProblems maxProblems;

    @Mixin
    ImportOutput.Editor editor;

    @Override
    int run() {
        PrintWriter err = err();
        int max = maxProblems.checked();
        ResultsImport.Settings settings = ResultsImport.Settings.of(
                        from,
                        election,
                        assembly,
                        new ResultsImport.Source(sourceKey, sourceOutlet, sourceTitle, sourceUrl, null, null, null))
                .withMap(map)
                .withNewElection(electionName, pollingDay, country)
                .withAssemblyName(assemblyName)
                .withAliases(aliases)
                .withLimits(max, CsvReader.Limits.DEFAULT)
                .withEditor(editor.checked(target));
        if (keepUnknown) {
            settings = settings.keepingUnknownLabels();
        }
        ResultsReport report;
        try {
            ServerAddress server = target.intoServer();
            report = server != null
                    ? ResultsImport.intoServer(server, settings, progress())
                    : target.into != null
                            ? ResultsImport.intoFile(target.intoFile(), settings, progress())
                            : ResultsImport.toNewFile(target.out, settings, progress());
        } catch (ResultsImport.RefusedException e) {
            ResultsReport r = e.report();
            ImportOutput.problems(err, r.problems(), r.problemCount());
            ImportOutput.notes(err, r.notes());
            aliasFile(err, r);
            err.println("alliance-explorer: " + r.summary());
            err.flush();
            return Cli.USAGE;
        } catch (IOException e) {
            return ImportOutput.cannotRead(err, e);
        }
        ImportOutput.notes(err, report.notes());
        return done(
                report.countLines(),
                "imported %s into %s in %.1f s: %s",
                from,
                target.file(),
                seconds(),
                report.summary());
    }

    private void aliasFile(PrintWriter err, ResultsReport r) {
        if (r.unknownLabels().isEmpty()) {
            return;
        }
        if (aliasesOut == null) {
            err.println("note  --aliases-out FILE writes these labels to a file to fill in (then --aliases FILE)");
            return;
        }
        try {
            AliasFile.write(aliasesOut, r.unknownLabels());
            err.println("note  wrote " + r.unknownLabels().size() + " unknown labels to " + aliasesOut
                    + ": fill in the party column (an abbreviation, or - for no party), then --aliases " + aliasesOut);
        } catch (IOException e) {
            err.println("alliance-explorer: " + e.getMessage());
        }
    }
}
