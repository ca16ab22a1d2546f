package org.allianceexplorer.domain;

/** A politician or official. */
public record Person(long id, String code, String name, String nativeName) {}
