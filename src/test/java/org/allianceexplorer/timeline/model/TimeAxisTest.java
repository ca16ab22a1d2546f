package org.allianceexplorer.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import org.allianceexplorer.figure.FigureFonts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tick units and labels from decades down to days: readable, never overlapping, never outside. */
class TimeAxisTest {

    private static final Font TICK = FigureFonts.regular(10.5f);
    private static final Font MAJOR = FigureFonts.bold(11f);

    @ParameterizedTest
    @CsvSource({
        "1977-01-01, 2024-12-31, 1200, YEARS_2",
        "1977-01-01, 2024-12-31, 500, YEARS_5",
        "1900-01-01, 2024-12-31, 400, YEARS_20",
        "2020-01-01, 2024-12-31, 1200, QUARTER",
        "2023-01-01, 2024-12-31, 1200, MONTH",
        "2024-01-01, 2024-02-20, 1200, WEEK",
        "2024-01-25, 2024-02-15, 1200, DAY",
        "2024-02-01, 2024-02-10, 300, DAY",
    })
    void choosesAReadableUnitAndItsLabelsNeverOverlapNorLeaveTheAxis(
            String from, String to, double width, TimeAxis.Unit unit) {
        TimeAxis a = new TimeAxis(TimeRange.of(LocalDate.parse(from), LocalDate.parse(to)), 100, width, TICK, MAJOR);
        assertThat(a.unit()).isEqualTo(unit);
        check(a, a.ticks());
        check(a, a.majorTicks());
        assertThat(a.ticks().stream().filter(t -> t.label() != null).count()).isGreaterThanOrEqualTo(3);
        assertThat(a.day(a.x(12345.5))).isCloseTo(12345.5, Offset.offset(1e-6));
    }

    private static void check(TimeAxis a, List<TimeAxis.Tick> ticks) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (TimeAxis.Tick t : ticks) {
            if (t.label() == null) {
                continue;
            }
            assertThat(t.labelX()).isGreaterThanOrEqualTo(a.left());
            assertThat(t.labelX() + t.labelWidth()).isLessThanOrEqualTo(a.right() + 1e-9);
            assertThat(t.labelX()).isGreaterThan(lastRight);
            lastRight = t.labelX() + t.labelWidth();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-20, 2024-02-20, DAY, 'January 2024', 'February 2024'",
        "2020-06-01, 2024-06-01, QUARTER, '2020', '2021'"
    })
    void theContextRowNamesTheMonthOrYearAndSticksToTheLeftEdge(
            String from, String to, TimeAxis.Unit unit, String first, String second) {
        TimeAxis a = new TimeAxis(TimeRange.of(LocalDate.parse(from), LocalDate.parse(to)), 0, 1500, TICK, MAJOR);
        assertThat(a.unit()).isEqualTo(unit);
        List<TimeAxis.Tick> major = a.majorTicks();
        assertThat(major).extracting(TimeAxis.Tick::label).containsSubsequence(first, second);
        assertThat(major.get(0).x()).isLessThan(0);
        assertThat(major.get(0).labelX()).isGreaterThanOrEqualTo(0); // in view though its period began before
    }
}
