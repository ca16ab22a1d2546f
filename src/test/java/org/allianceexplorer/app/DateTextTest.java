package org.allianceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.allianceexplorer.domain.DateInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A date typed wrong is said in the interface's language; the command line's English stays as it was. */
class DateTextTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    @Test
    void inEnglishTheMessageIsTheParsersOwn() {
        for (String typed : new String[] {"nonsense", "2024-02-30", "  "}) {
            DateInput.Result r = DateInput.parse(typed, Locale.UK);
            assertThat(DateText.problem(r)).as(typed).isEqualTo(r.error());
        }
        assertThat(DateText.problem(DateInput.parse("nonsense", Locale.UK)))
                .isEqualTo(
                        "\u201cnonsense\u201d is not a date: type 2024-02-14, 14/2/2024, 14 Feb 2024, 2024-02 or 2024");
        assertThat(DateText.problem(DateInput.parse("14 Feb 2024", Locale.UK))).isEmpty();
    }

    @Test
    void inUrduItIsSaidInUrdu() {
        I18n.use("ur");
        assertThat(DateText.problem(DateInput.parse("nonsense", Locale.UK)))
                .isEqualTo(
                        "«nonsense» کوئی تاریخ نہیں؛ یوں لکھیں: 2024-02-14، 14/2/2024، 14 Feb 2024، 2024-02 یا 2024");
        assertThat(DateText.problem(DateInput.parse("2024-02-30", Locale.UK)))
                .startsWith("«2024-02-30» میں ایسا کوئی دن یا مہینہ نہیں؛");
        assertThat(DateText.problem(DateInput.parse("", Locale.UK))).startsWith("تاریخ خالی ہے؛");
        // the command line's words do not change with the window's language
        assertThat(DateInput.parse("nonsense", Locale.UK).error()).startsWith("\u201cnonsense\u201d is not a date");
    }
}
