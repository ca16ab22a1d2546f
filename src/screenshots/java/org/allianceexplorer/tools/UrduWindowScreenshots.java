package org.allianceexplorer.tools;

import org.allianceexplorer.testing.InUrdu;
import org.allianceexplorer.testing.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;

/**
 * Every screen of the window in Urdu, right to left, light and dark, with the founding case (MQM-P) in the detail
 * pane, as {@code urdu-tour-SCREEN-THEME.png}: for looking over the Urdu text where it meets names and numbers.
 * {@code mvn -Pscreenshots test -Dtest=UrduWindowScreenshots -Dscreenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@InUrdu
class UrduWindowScreenshots extends WindowTest {

    @Test
    void everyScreenInBothThemes(FxRobot robot) throws Exception {
        waitFor(() -> state().getSession() != null);
        ScreenTour.everyScreenInBothThemes(robot, stage, "urdu-tour-", "MQM-P");
    }
}
