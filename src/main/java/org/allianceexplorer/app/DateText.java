package org.allianceexplorer.app;

import org.allianceexplorer.domain.DateInput;

/** What the window says of a date typed in: why a text is not a date, in the interface's language. */
public final class DateText {

    private static final I18n.Messages T = I18n.of(DateText.class);

    private DateText() {}

    /**
     * Why {@code r}'s text is not a date, and what would be taken ("" for a date): the message of
     * {@link DateInput.Result#error()}, which the command line and the logs keep in English, in the interface's
     * language.
     */
    public static String problem(DateInput.Result r) {
        if (r.ok()) {
            return "";
        }
        return T.t(
                switch (r.problem()) {
                    case EMPTY -> "date.empty";
                    case NOT_A_DATE -> "date.notADate";
                    case NO_SUCH_DAY -> "date.noSuchDay";
                },
                r.text(),
                r.localeExample());
    }
}
