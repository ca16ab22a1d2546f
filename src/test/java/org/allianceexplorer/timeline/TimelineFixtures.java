package org.allianceexplorer.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.timeline.model.TimelineData;

/** The bundled dataset, built once per test run and loaded into {@link TimelineData}. */
public final class TimelineFixtures {

    private static Path bundled;
    private static TimelineData data;

    private TimelineFixtures() {}

    public static synchronized Path bundledDb() throws Exception {
        if (bundled == null) {
            Path dir = Files.createTempDirectory("timeline-test");
            bundled = dir.resolve("bundled.sqlite");
            BundledDataset.build(DatasetFiles.bundled(), bundled);
            dir.toFile().deleteOnExit();
        }
        return bundled;
    }

    public static synchronized TimelineData bundled() throws Exception {
        if (data == null) {
            try (Database db = Database.openReadOnly(bundledDb())) {
                data = TimelineData.load(Repositories.sqlite(db));
            }
        }
        return data;
    }
}
