package org.allianceexplorer;

import java.io.IOException;
import java.nio.file.Path;
import org.allianceexplorer.data.load.BundledDataset;

/**
 * What the build makes from the sources so that a start need not (issue 16): the bundled datasets' databases.
 * Run by Maven in {@code process-classes} with the classes directory.
 */
public final class BuildResources {

    private BuildResources() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuildResources CLASSES_DIRECTORY");
        }
        Path classes = Path.of(args[0]);
        BundledDataset.buildAll(classes.resolve("org/allianceexplorer/bundled"));
    }
}
