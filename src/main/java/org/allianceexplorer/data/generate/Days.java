package org.allianceexplorer.data.generate;

import java.time.LocalDate;

/** ISO text of the days from 1900 to 2099, each formatted once: a synthetic day is written in many rows. */
final class Days {
    private final int base = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    private final String[] text = new String[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - base)];

    /** The day {@code epochDay} as {@code YYYY-MM-DD}. */
    String iso(int epochDay) {
        int i = epochDay - base;
        String s = text[i];
        if (s == null) {
            s = LocalDate.ofEpochDay(epochDay).toString();
            text[i] = s;
        }
        return s;
    }
}
