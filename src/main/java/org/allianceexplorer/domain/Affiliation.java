package org.allianceexplorer.domain;

/** A person's membership of or role in a party over a period. */
public record Affiliation(long id, long personId, String person, String party, String role, Period period) {}
