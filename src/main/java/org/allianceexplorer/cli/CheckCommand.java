package org.allianceexplorer.cli;

import java.io.PrintWriter;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Validator;
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
final class CheckCommand extends CliCommand {

    @Mixin
    Cli.DbOption db;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Problems listed per rule at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run() {
        require(limit >= 1, "--limit must be at least 1");
        PrintWriter out = out();
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
