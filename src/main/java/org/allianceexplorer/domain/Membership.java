package org.allianceexplorer.domain;

/** A party's membership of an alliance over a period. */
public record Membership(long id, long allianceId, String alliance, String party, Period period, String role) {}
