package org.allianceexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.dump.Dumper;
import picocli.CommandLine;
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
final class DumpCommand implements Callable<Integer> {

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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Dumper.Summary s;
        boolean zip = out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (zip && force) {
            throw new IllegalArgumentException(
                    "--force is for folders; a .zip is replaced only when the new one is complete");
        }
        if (zip && Files.exists(out)) {
            throw new IllegalArgumentException(out + ": already exists; choose another name or remove it first");
        }
        try (Database d = db.open()) {
            s = zip ? Dumper.toZip(d, out, Progress.of(spec)) : Dumper.toFolder(d, out, force, Progress.of(spec));
        }
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "wrote %s: %,d records in %d files in %.1f s%n",
                        out,
                        s.total(),
                        s.rows().size() + 1,
                        (System.nanoTime() - t0) / 1e9);
        return Cli.OK;
    }
}
