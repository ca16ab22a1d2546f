package org.allianceexplorer.domain;

/**
 * A dated tie from the record a detail pane shows to another one: a membership of an alliance (or, from
 * the alliance, its member party), a person's affiliation with a party, a relation between parties.
 *
 * @param record the record of the tie itself (a membership, a relation), {@code null} when it has no page
 * @param target the record at the other end (alliance, party, person)
 * @param role   the role or, for a relation, how it reads ("split from"); may be {@code null}
 */
public record Tie(RecordRef record, RecordRef target, String role, Period period, String note) {}
