package org.allianceexplorer.domain;

/** A general election. */
public record Election(long id, String code, String name, PartialDate pollingDay, String country) {}
