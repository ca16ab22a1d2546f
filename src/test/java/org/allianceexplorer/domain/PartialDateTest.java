package org.allianceexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "1977,       YEAR,  1977-01-01, 1977-12-31, 1977",
        "1977-02,    MONTH, 1977-02-01, 1977-02-28, Feb 1977",
        "2024-02,    MONTH, 2024-02-01, 2024-02-29, Feb 2024",
        "2024-12,    MONTH, 2024-12-01, 2024-12-31, Dec 2024",
        "1977-01-10, DAY,   1977-01-10, 1977-01-10, 10 Jan 1977",
        "2024-02-29, DAY,   2024-02-29, 2024-02-29, 29 Feb 2024",
        "0001,       YEAR,  0001-01-01, 0001-12-31, 1",
        "9999-12-31, DAY,   9999-12-31, 9999-12-31, 31 Dec 9999"
    })
    void parsesAtItsPrecision(
            String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest, String display) {
        PartialDate d = PartialDate.parse(text);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.earliest()).isEqualTo(earliest);
        assertThat(d.latest()).isEqualTo(latest);
        assertThat(d.display()).isEqualTo(display);
        assertThat(d.iso()).isEqualTo(text);
        assertThat(d.toString()).isEqualTo(text);
        assertThat(PartialDate.parse(d.iso())).isEqualTo(d);
        assertThat(d.year()).isEqualTo(earliest.getYear());
    }

    @Test
    void yearIsNeverTurnedIntoTheFirstOfJanuary() {
        PartialDate y = PartialDate.parse("1977");
        assertThat(y).isNotEqualTo(PartialDate.parse("1977-01-01")).isNotEqualTo(PartialDate.parse("1977-01"));
        assertThat(y.iso()).isEqualTo("1977");
        assertThat(PartialDate.ofYear(1977)).isEqualTo(y).hasSameHashCodeAs(y);
        assertThat(PartialDate.ofMonth(1977, 1)).isEqualTo(PartialDate.parse("1977-01"));
        assertThat(PartialDate.of(LocalDate.of(1977, 1, 10))).isEqualTo(PartialDate.parse("1977-01-10"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(PartialDate.parse(" 2024-02 ")).isEqualTo(PartialDate.ofMonth(2024, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-04-31", "2024-01-00", "2024-01-32"})
    void impossibleDaysAreRefused(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("no such day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024-00", "2024-13-01", "2024-13-40"})
    void impossibleMonthsAreRefused(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "24",
                "",
                "   ",
                "2024-1",
                "2024-1-5",
                "2024/01/05",
                "01-05-2024",
                "abcd",
                "2024-02-10T00:00",
                "20240210",
                "+2024",
                "2024-",
                "2024-02-",
                "１９７７",
                "2024-02-10 extra"
            })
    void malformedTextIsRefusedWithTheExpectedForm(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a date")
                .hasMessageContaining("YYYY-MM-DD")
                .hasMessageContaining("'" + text + "'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void yearZeroIsRefused() {
        assertThatThrownBy(() -> PartialDate.parse("0000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> PartialDate.ofYear(10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.ofMonth(2024, 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("month");
    }

    @Test
    void nullAndBlankCells() {
        assertThat(PartialDate.parseNullable(null)).isNull();
        assertThat(PartialDate.parseNullable("")).isNull();
        assertThat(PartialDate.parseNullable("  ")).isNull();
        assertThat(PartialDate.parseNullable("2024")).isEqualTo(PartialDate.ofYear(2024));
        assertThatThrownBy(() -> PartialDate.parseNullable("2024-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parseDayWantsAFullDay() {
        assertThat(PartialDate.parseDay("2024-02-10")).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThatThrownBy(() -> PartialDate.parseDay("2024-02"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a day")
                .hasMessageContaining("'2024-02'");
        assertThatThrownBy(() -> PartialDate.parseDay("2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a day");
        assertThatThrownBy(() -> PartialDate.parseDay("2024-13-40"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-13-40");
    }

    @Test
    void startsByAndEndsOnOrAfterUseTheWholePeriod() {
        PartialDate april = PartialDate.parse("2021-04");
        assertThat(april.startsBy(LocalDate.of(2021, 3, 31))).isFalse();
        assertThat(april.startsBy(LocalDate.of(2021, 4, 1))).isTrue();
        assertThat(april.endsOnOrAfter(LocalDate.of(2021, 4, 30))).isTrue();
        assertThat(april.endsOnOrAfter(LocalDate.of(2021, 5, 1))).isFalse();
        PartialDate year = PartialDate.parse("2021");
        assertThat(year.startsBy(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(year.endsOnOrAfter(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(year.endsOnOrAfter(LocalDate.of(2022, 1, 1))).isFalse();
    }

    @Test
    void comparesAsTheIsoTextSorts() {
        List<String> texts = List.of(
                "2024-02",
                "2023-12-31",
                "2024",
                "2024-01-01",
                "2024-01",
                "2024-01-15",
                "2023",
                "2024-12-31",
                "2025",
                "2024-12",
                "1977-01-10",
                "1977");
        List<PartialDate> dates =
                new ArrayList<>(texts.stream().map(PartialDate::parse).toList());
        dates.sort(Comparator.naturalOrder());
        List<String> isoSorted = new ArrayList<>(texts);
        isoSorted.sort(Comparator.naturalOrder());
        assertThat(dates).extracting(PartialDate::iso).containsExactlyElementsOf(isoSorted);
        assertThat(PartialDate.parse("2024").compareTo(PartialDate.parse("2024-01")))
                .isNegative();
        assertThat(PartialDate.parse("2024-01").compareTo(PartialDate.parse("2024-01-01")))
                .isNegative();
        assertThat(PartialDate.parse("2024-01-01").compareTo(PartialDate.parse("2024-01-01")))
                .isZero();
        assertThat(PartialDate.parse("2024-02").compareTo(PartialDate.parse("2024-01-31")))
                .isPositive();
    }
}
