package org.allianceexplorer.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.timeline.model.TimelineData;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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
                data = TimelineData.load(Repositories.of(db));
            }
        }
        return data;
    }

    /** The timeline control's skin once it has laid out a figure, painted now (for the figure's hits and labels). */
    static TimelineSkin paintedSkin(FxRobot robot) throws Exception {
        TimelineControl c = robot.lookup("#timeline").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> c.getSkin() instanceof TimelineSkin s
                        && s.lastFigure() != null
                        && s.lastFigure().axis() != null);
        robot.interact(() -> ((TimelineSkin) c.getSkin()).paintNow());
        return (TimelineSkin) c.getSkin();
    }
}
