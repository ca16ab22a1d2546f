package org.allianceexplorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.NewDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
final class NewCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The new database (must not exist).")
    Path out;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The dataset's name (default: the file's name without its extension).")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String n = name != null ? name : NewDatabase.defaultName(out);
        NewDatabase.create(out, n);
        spec.commandLine().getOut().println("wrote " + out + ": an empty database named '" + n + "'");
        return Cli.OK;
    }
}
