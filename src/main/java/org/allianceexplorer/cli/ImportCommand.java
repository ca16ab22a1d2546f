package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.ZipInput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads a dataset folder (the interchange format) or a .zip of one into a database.",
            "--out makes a new database; --into adds to an existing one, matching records",
            "by key: one already there with the same content is skipped, one with other",
            "content is a conflict. All problems and conflicts are listed (file, line,",
            "column); nothing is written unless everything imports.",
            "Format: docs/data-format.md."
        },
        footer = {
            "",
            "Exit codes: 0 imported, 2 refused (nothing written) or bad usage.",
            "Examples:",
            "  alliance-explorer import --from my-dataset --out my.sqlite",
            "  alliance-explorer import --from update.zip --into my.sqlite",
            "  alliance-explorer import --from corrected --into my.sqlite --update",
            "  alliance-explorer import --from update.zip --into postgresql://ayesha@db.example.org:5432/alliances"
        })
final class ImportCommand extends CliCommand {

    @Option(
            names = "--from",
            paramLabel = "FOLDER|FILE.zip",
            required = true,
            description = "The dataset: a folder with manifest.csv and the CSV files, or a .zip of one.")
    Path from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ImportOutput.Target target;

    @Option(names = "--update", description = "With --into: take the folder's version of conflicting records.")
    boolean update;

    @Option(
            names = "--allow-unsourced",
            description = "Import records that cite no source too (check lists them); by default they are refused.")
    boolean allowUnsourced;

    @Mixin
    ImportOutput.MaxProblems maxProblems;

    @Mixin
    ImportOutput.Editor editor;

    @Override
    int run() {
        PrintWriter err = err();
        int max = maxProblems.checked();
        require(!update || target.into != null, "--update is for --into (a new database has nothing to update)");
        Importer.Settings settings = new Importer.Settings(
                update ? Importer.OnConflict.UPDATE : Importer.OnConflict.REFUSE,
                max,
                CsvReader.Limits.DEFAULT,
                !allowUnsourced,
                editor.checked(target));
        return ImportOutput.run(
                err,
                () -> {
                    if (target.out != null) {
                        return DatasetImport.toNewFile(from, target.out, settings, ZipInput.Limits.DEFAULT, progress());
                    }
                    ServerAddress server = target.intoServer();
                    return server != null
                            ? DatasetImport.intoServer(from, server, settings, ZipInput.Limits.DEFAULT, progress())
                            : DatasetImport.intoFile(
                                    from, target.intoFile(), settings, ZipInput.Limits.DEFAULT, progress());
                },
                report -> done(report.countLines(), "imported %s into %s in %.1f s", from, target.file(), seconds()));
    }
}
