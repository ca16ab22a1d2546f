package org.allianceexplorer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The days of an animation's frames, and the steps between them as written on the command line. */
class TimeStepTest {

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void monthlyFramesFallOnTheFirstOfEachMonth() {
        assertThat(TimeStep.parse("1m").days(day("2024-01-01"), day("2024-03-01")))
                .containsExactly(day("2024-01-01"), day("2024-02-01"), day("2024-03-01"));
    }

    @Test
    void weeklyFramesAreSevenDaysApart() {
        assertThat(TimeStep.parse("1w").days(day("2024-01-01"), day("2024-01-29")))
                .containsExactly(
                        day("2024-01-01"), day("2024-01-08"), day("2024-01-15"), day("2024-01-22"), day("2024-01-29"));
        assertThat(TimeStep.parse("2w").days(day("2024-01-01"), day("2024-01-29")))
                .containsExactly(day("2024-01-01"), day("2024-01-15"), day("2024-01-29"));
    }

    @Test
    void theLastFrameIsTheLastDayEvenAfterAShortStep() {
        assertThat(TimeStep.parse("1m").days(day("2024-01-01"), day("2024-03-15")))
                .containsExactly(day("2024-01-01"), day("2024-02-01"), day("2024-03-01"), day("2024-03-15"));
        assertThat(TimeStep.parse("1y").days(day("2020-06-30"), day("2022-01-01")))
                .containsExactly(day("2020-06-30"), day("2021-06-30"), day("2022-01-01"));
    }

    @Test
    void monthsAreCountedFromTheFirstDaySoTheEndOfAMonthStaysPut() {
        assertThat(TimeStep.parse("1m").days(day("2024-01-31"), day("2024-04-30")))
                .containsExactly(day("2024-01-31"), day("2024-02-29"), day("2024-03-31"), day("2024-04-30"));
    }

    @Test
    void oneDayIsOneFrame() {
        assertThat(TimeStep.parse("1w").days(day("2024-02-15"), day("2024-02-15")))
                .containsExactly(day("2024-02-15"));
    }

    @Test
    void parsesEveryUnitAndSaysItBack() {
        assertThat(TimeStep.parse("10d")).isEqualTo(new TimeStep(10, ChronoUnit.DAYS));
        assertThat(TimeStep.parse("2W")).isEqualTo(new TimeStep(2, ChronoUnit.WEEKS));
        assertThat(TimeStep.parse(" 3m ")).isEqualTo(new TimeStep(3, ChronoUnit.MONTHS));
        assertThat(TimeStep.parse("1y")).isEqualTo(new TimeStep(1, ChronoUnit.YEARS));
        assertThat(TimeStep.parse("3m")).hasToString("3m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0w", "x", "", "1", "w", "-1m", "1.5m", "2 w", "1h", "12345d"})
    void refusesWhatIsNotAStep(String text) {
        assertThatThrownBy(() -> TimeStep.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a step")
                .hasMessageContaining("1w, 2w, 1m, 1y");
    }

    @Test
    void refusesTooManyFramesWithoutMakingThem() {
        assertThat(TimeStep.parse("1d")
                        .days(day("2020-01-01"), day("2020-01-01").plusDays(TimeStep.MAX_FRAMES - 1)))
                .hasSize(TimeStep.MAX_FRAMES);
        assertThatThrownBy(() -> TimeStep.parse("1d").days(day("1900-01-01"), day("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 2,000 frames")
                .hasMessageContaining("longer step");
    }

    @Test
    void theFittingStepIsTheShortestUsualOneUnderTheLimit() {
        assertThat(TimeStep.fitting(day("2023-12-01"), day("2024-03-01"), 20)).hasToString("1w");
        assertThat(TimeStep.fitting(day("2023-12-01"), day("2024-03-01"), 200)).hasToString("1d");
        assertThat(TimeStep.fitting(day("1977-01-01"), day("2024-08-01"), 200)).hasToString("3m");
        assertThat(TimeStep.fitting(day("1000-01-01"), day("2024-08-01"), 20)).hasToString("10y");
        assertThat(TimeStep.parse("1m").frames(day("2024-01-01"), day("2024-03-15")))
                .isEqualTo(4);
        assertThat(TimeStep.parse("1d").frames(day("1900-01-01"), day("2024-03-15")))
                .isEqualTo(TimeStep.MAX_FRAMES + 1);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> TimeStep.parse("1w").days(day("2024-03-01"), day("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before");
    }
}
