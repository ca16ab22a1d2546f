package org.allianceexplorer.domain;

/** The tier of politics an alliance works at. */
public enum Level implements Coded {
    NATIONAL,
    PROVINCIAL,
    CITY;
}
