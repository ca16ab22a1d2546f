package org.allianceexplorer.domain;

import java.util.Locale;

/** The tier of politics an alliance works at. */
public enum Level implements Coded {
    NATIONAL,
    PROVINCIAL,
    CITY;

    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }
}
