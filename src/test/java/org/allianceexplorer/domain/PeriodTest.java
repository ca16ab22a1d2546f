package org.allianceexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    private static PartialDate d(String text) {
        return PartialDate.parseNullable(text);
    }

    private static Period p(String from, String to) {
        return new Period(d(from), d(to));
    }

    @ParameterizedTest
    @CsvSource({"2021-05, 2021-04", "2021-04-15, 2021-04-14", "2022, 2021-12-31", "2022-01, 2021", "2021-02-01, 2021-01"
    })
    void endBeforeStartIsRefused(String from, String to) {
        assertThatThrownBy(() -> p(from, to))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before")
                .hasMessageContaining(from)
                .hasMessageContaining(to);
    }

    @ParameterizedTest
    @CsvSource({
        "2021-04-15, 2021-04",
        "2021, 2021-03",
        "2021-04, 2021",
        "2021, 2021",
        "2021-04-15, 2021-04-15",
        "2021-12, 2021",
        "2021, 2021-01-01"
    })
    void overlappingPartialEndsAreAccepted(String from, String to) {
        assertThatCode(() -> p(from, to)).doesNotThrowAnyException();
    }

    @Test
    void openEndsAreAccepted() {
        assertThat(p(null, "2021").from()).isNull();
        assertThat(p("2021", null).to()).isNull();
        assertThat(new Period(null, null)).isEqualTo(Period.ALWAYS);
    }

    @Test
    void holdsOnWithPartialEnds() {
        Period p = p("2021", "2021-04");
        assertThat(p.holdsOn(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(p.holdsOn(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(p.holdsOn(LocalDate.of(2021, 3, 1))).isTrue();
        assertThat(p.holdsOn(LocalDate.of(2021, 4, 30))).isTrue();
        assertThat(p.holdsOn(LocalDate.of(2021, 5, 1))).isFalse();
    }

    @Test
    void holdsOnWithDayEndsIncludesBothDays() {
        Period p = p("2024-02-04", "2024-02-14");
        assertThat(p.holdsOn(LocalDate.of(2024, 2, 3))).isFalse();
        assertThat(p.holdsOn(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(p.holdsOn(LocalDate.of(2024, 2, 14))).isTrue();
        assertThat(p.holdsOn(LocalDate.of(2024, 2, 15))).isFalse();
    }

    @Test
    void openPeriodsAndNullDay() {
        assertThat(Period.ALWAYS.holdsOn(LocalDate.of(1, 1, 1))).isTrue();
        assertThat(Period.ALWAYS.holdsOn(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(p("2021", null).holdsOn(LocalDate.of(2100, 1, 1))).isTrue();
        assertThat(p("2021", null).holdsOn(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(p(null, "2021-02").holdsOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(p(null, "2021-02").holdsOn(LocalDate.of(2021, 3, 1))).isFalse();
        assertThat(p("2030", "2031").holdsOn(null))
                .as("no as-of date: latest, every span counts")
                .isTrue();
    }

    @Test
    void leapFebruaryEnd() {
        assertThat(p(null, "2024-02").holdsOn(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(p(null, "2023-02").holdsOn(LocalDate.of(2023, 3, 1))).isFalse();
    }

    @Test
    void display() {
        assertThat(Period.ALWAYS.display()).isEmpty();
        assertThat(p("2024-02", null).display()).isEqualTo("since Feb 2024");
        assertThat(p(null, "1979").display()).isEqualTo("until 1979");
        assertThat(p("1977", "1979").display()).isEqualTo("1977 \u2013 1979");
        assertThat(p("1977-01-10", "1978-01-24").display()).isEqualTo("10 Jan 1977 \u2013 24 Jan 1978");
    }
}
