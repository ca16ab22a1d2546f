package org.allianceexplorer.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM on the test class path, for the kill harnesses (imports and dumps: {@code KillHarnessTest}; edits:
 * {@code EditKillHarnessTest}): the test starts it, kills it with {@code destroyForcibly} (kill -9) at a random
 * moment and checks what it left behind.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /** The command that runs {@code mainClass} with {@code args} in a new JVM on the test class path. */
    public static List<String> command(String mainClass, String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                // a short-lived child: start fast rather than run fast
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                cp,
                mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
