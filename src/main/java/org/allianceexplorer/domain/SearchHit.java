package org.allianceexplorer.domain;

/**
 * One search result: the record (its kind groups the results), a title and a line that says what it is
 * ({@code ANP → MQM-P · NA-242 · Pakistan general election 2024}).
 */
public record SearchHit(RecordRef ref, String title, String detail) {}
