package org.allianceexplorer.domain.edit;

/** The receiver's candidate in a seat according to the results: the result's id and the candidate's name. */
public record CandidateSuggestion(long resultId, String name) {}
