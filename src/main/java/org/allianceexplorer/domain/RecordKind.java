package org.allianceexplorer.domain;

/** The kinds of record the database holds; also the KIND of {@code list KIND}. */
public enum RecordKind implements Coded {
    PARTIES,
    PEOPLE,
    ELECTIONS,
    CONSTITUENCIES,
    RESULTS,
    ALLIANCES,
    MEMBERSHIPS,
    DEALS,
    CLAIMS,
    EVENTS,
    RELATIONS,
    SOURCES;
}
