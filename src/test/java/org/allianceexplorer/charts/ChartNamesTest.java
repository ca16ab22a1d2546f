package org.allianceexplorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceexplorer.app.I18n;
import org.allianceexplorer.charts.model.ChartKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chart list names each chart from the bundle: in English exactly the chart's own title, in Urdu its own. */
class ChartNamesTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void everyChartHasItsNameInBothLanguages() {
        I18n.use("en");
        for (ChartKind k : ChartKind.values()) {
            assertThat(ChartsView.title(k)).as(k.name()).isEqualTo(k.title());
        }
        I18n.use("ur");
        for (ChartKind k : ChartKind.values()) {
            assertThat(ChartsView.title(k)).as(k.name()).isNotEqualTo(k.title()).isNotBlank();
        }
    }
}
