package org.allianceexplorer.domain;

/** A seat, e.g. {@code NA-242} (Keamari-I) of the National Assembly. */
public record Constituency(long id, String code, String name, String assembly, String province, String district) {}
