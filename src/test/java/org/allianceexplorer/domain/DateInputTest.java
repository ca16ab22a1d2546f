package org.allianceexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    private static final Locale US = Locale.US;
    private static final Locale UK = Locale.UK;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-02-14|2024-02-14",
                "2024-2-5|2024-02-05",
                "2024-02|2024-02",
                "2024|2024",
                " 2024-01-20 |2024-01-20",
                "2/14/2024|2024-02-14",
                "1/20/24|2024-01-20",
                "14 Feb 2024|2024-02-14",
                "14 February 2024|2024-02-14",
                "Feb 14, 2024|2024-02-14",
                "February 2024|2024-02",
                "feb 2024|2024-02",
                "2/2024|2024-02",
                "8th Feb 2024|2024-02-08",
                "1/1/77|1977-01-01"
            })
    void readsWhatPeopleTypeInTheUnitedStates(String text, String iso) {
        DateInput.Result r = DateInput.parse(text, US);
        assertThat(r.error()).isNull();
        assertThat(r.date().iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14/2/2024|2024-02-14",
                "20/01/2024|2024-01-20",
                "14.02.2024|2024-02-14",
                "2024-02-14|2024-02-14",
                // as the Form-47s of 2024 write their dates
                "09-02-2024|2024-02-09",
                "09.2.2024|2024-02-09",
                "09/02/24|2024-02-09",
                "10-Feb-24|2024-02-10",
                "9 Feb 2024|2024-02-09"
            })
    void readsTheDayFirstWhereTheLocaleDoes(String text, String iso) {
        assertThat(DateInput.parse(text, UK).date().iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yesterday",
                "2024-13-01",
                "2024-02-30",
                "31/31/2024",
                "'; DROP TABLE x",
                "=cmd|' /C calc'!A0",
                "0000",
                "Smarch 2024"
            })
    void refusesWithAMessageThatSaysWhatWouldBeTaken(String text) {
        DateInput.Result r = DateInput.parse(text, US);
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains(text.trim()).contains("2024-02-14").contains("2/14/2024");
    }

    @org.junit.jupiter.api.Test
    void emptyIsNotADateEither() {
        assertThat(DateInput.parse("  ", UK).error())
                .startsWith("The date is empty")
                .contains("14/2/2024");
    }
}
