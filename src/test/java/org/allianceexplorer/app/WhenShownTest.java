package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WhenShownTest {

    @Test
    void waitsForItsScreenAndRunsOnce() {
        AppState state = new AppState();
        AtomicInteger runs = new AtomicInteger();
        Runnable work = WhenShown.defer(state, "graph", runs::incrementAndGet);

        state.screenProperty().set("parties");
        work.run();
        work.run();
        assertThat(runs).hasValue(0);
        state.screenProperty().set("deals");
        assertThat(runs).hasValue(0);
        state.screenProperty().set("graph");
        assertThat(runs).hasValue(1);
        state.screenProperty().set("parties");
        state.screenProperty().set("graph");
        assertThat(runs).as("nothing was pending the second time").hasValue(1);
        work.run();
        assertThat(runs).as("shown: runs at once").hasValue(2);
    }

    @Test
    void withNoScreenSetItRunsAtOnce() {
        AppState state = new AppState();
        AtomicInteger runs = new AtomicInteger();
        WhenShown.defer(state, "timeline", runs::incrementAndGet).run();
        assertThat(runs).hasValue(1);
    }
}
