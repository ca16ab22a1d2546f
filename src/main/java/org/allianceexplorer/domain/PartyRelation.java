package org.allianceexplorer.domain;

/** A dated relation between two parties (see {@link RelationKind} for direction). */
public record PartyRelation(long id, String partyA, String partyB, RelationKind kind, Period period, String note) {}
