package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens no larger than the screen (issue 9, defect 3: a 1366x728 laptop lost the status bar). */
class WindowGeometryTest {

    @Test
    void theDefaultSizeIsMadeToFitASmallScreen() {
        assertThat(WindowGeometry.fit(1360, 820, new Rectangle2D(0, 0, 1366, 728)))
                .containsExactly(1350, 680);
        assertThat(WindowGeometry.fit(1360, 820, new Rectangle2D(0, 0, 1920, 1080)))
                .containsExactly(1360, 820);
        assertThat(WindowGeometry.fit(1360, 820, new Rectangle2D(0, 0, 1024, 700)))
                .containsExactly(1008, 652);
        assertThat(WindowGeometry.fit(3000, 2000, new Rectangle2D(0, 0, 300, 200)))
                .containsExactly(640, 480);
    }
}
