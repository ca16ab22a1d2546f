package org.allianceexplorer.people;

/** A person with the parties and roles they held on the as-of date (all of them when it is empty). */
public record PersonRow(long id, String code, String name, String nativeName, String parties, String roles) {}
