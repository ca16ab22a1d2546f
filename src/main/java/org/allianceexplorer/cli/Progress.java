package org.allianceexplorer.cli;

import java.util.function.Consumer;
import picocli.CommandLine;

/** Progress of a long command on standard error, only when a person is watching (a console); silent in scripts. */
final class Progress {

    private Progress() {}

    static Consumer<String> of(CommandLine.Model.CommandSpec spec) {
        if (System.console() == null) {
            return s -> {};
        }
        return s -> {
            spec.commandLine().getErr().println("  " + s);
            spec.commandLine().getErr().flush();
        };
    }
}
