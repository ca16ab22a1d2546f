package org.allianceexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.dump.Dumper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "dump",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a database out as a dataset folder (the interchange format), or a zip.",
            "Every record, with its sources and citations: importing the folder gives an",
            "equal database. Deterministic: the same database gives the same bytes. The",
            "folder appears only when complete. Format: docs/data-format.md."
        },
        footer = {
            "",
            "Examples:",
            "  alliance-explorer dump --db my.sqlite --out my-dataset",
            "  alliance-explorer dump --out bundled.zip                  # the bundled dataset",
            "  alliance-explorer dump --db my.sqlite --out my-dataset --force   # replace"
        })
final class DumpCommand extends CliCommand {

    @Mixin
    Cli.DbOption db;

    @Option(
            names = "--out",
            paramLabel = "FOLDER",
            required = true,
            description = "The folder to write (must not exist or be empty), or FILE.zip.")
    Path out;

    @Option(names = "--force", description = "Replace an existing dump (a folder with a manifest.csv) at --out.")
    boolean force;

    @Override
    int run() throws Exception {
        Dumper.Summary s;
        boolean zip = out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        require(!(zip && force), "--force is for folders; a .zip is replaced only when the new one is complete");
        require(!(zip && Files.exists(out)), out + ": already exists; choose another name or remove it first");
        try (Database d = db.open()) {
            s = zip ? Dumper.toZip(d, out, progress()) : Dumper.toFolder(d, out, force, progress());
        }
        return done(
                "wrote %s: %,d records in %d files in %.1f s",
                out, s.total(), s.rows().size() + 1, seconds());
    }
}
