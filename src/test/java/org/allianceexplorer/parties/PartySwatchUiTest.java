package org.allianceexplorer.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Party colours (data) are painted in the table's swatches, not overridden by the stylesheet. */
class PartySwatchUiTest extends WindowTest {

    @Test
    void swatchesShowThePartyColours(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup(".party-swatch").queryAll().size() > 5);
        WaitForAsyncUtils.waitForFxEvents();
        Set<Color> painted = robot.lookup(".party-swatch").queryAllAs(Region.class).stream()
                .filter(r -> r.getBackground() != null)
                .flatMap(r -> r.getBackground().getFills().stream())
                .map(f -> f.getFill())
                .filter(Color.class::isInstance)
                .map(Color.class::cast)
                .filter(c -> c.getOpacity() > 0)
                .collect(Collectors.toSet());
        // MQM-P is red and JI green in the bundled data
        assertThat(painted).contains(Color.web("#FF0000"), Color.web("#008000"));
    }
}
