package org.allianceexplorer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the database and lists the problems (exit code 1 when there are any).",
            "Checks file integrity, foreign keys, that every record cites a source, that deals have claims,",
            "that deal candidates stood in their seat where results exist, and more."
        })
final class CheckCommand implements Callable<Integer> {

    @Mixin
    Cli.DbOption db;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Problems listed per rule at most (default ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database d = db.open()) {
            int n = new Validator(d, limit).run(p -> out.println("problem  " + p));
            out.println(
                    n == 0
                            ? "ok: " + d.displayName() + " passes every check"
                            : n + " problem" + (n == 1 ? "" : "s") + " in " + d.displayName());
            out.flush();
            return n == 0 ? Cli.OK : Cli.PROBLEMS;
        }
    }
}
