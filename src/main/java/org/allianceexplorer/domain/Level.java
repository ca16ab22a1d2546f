package org.allianceexplorer.domain;

import java.util.Locale;

/** The tier of politics an alliance works at. */
public enum Level implements Coded {
    NATIONAL, PROVINCIAL, CITY;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
