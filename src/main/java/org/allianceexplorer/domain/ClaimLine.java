package org.allianceexplorer.domain;

/** One dated report about a seat deal, with the source that made it (readable offline). */
public record ClaimLine(
        RecordRef claim, RecordRef deal, PartialDate date, ClaimStatus status, Source source, String note) {}
