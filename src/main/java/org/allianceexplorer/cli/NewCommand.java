package org.allianceexplorer.cli;

import org.allianceexplorer.data.NewDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a new, empty database of the current schema, to fill with import.",
            "The file appears only when complete; an existing file is never replaced."
        },
        footer = {"", "Example:", "  alliance-explorer new --out my.sqlite --name \"Karachi seat deals 2024\""})
final class NewCommand extends CliCommand {

    @Mixin
    Cli.NewDatabaseOption out;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The dataset's name (default: the file's name without its extension).")
    String name;

    @Override
    int run() throws Exception {
        String n = name != null ? name : NewDatabase.defaultName(out.file);
        NewDatabase.create(out.file, n);
        return done("wrote %s: an empty database named '%s'", out.file, n);
    }
}
