package org.allianceexplorer.graph.model;

/**
 * A party in the graph. {@code colour} is {@code #RRGGBB} or {@code null} (drawn neutral with an outline);
 * {@code seats} is the number won at the chosen election, {@code null} when there are no results.
 */
public record PartyNode(long id, String abbreviation, String name, String nativeName, String colour, Integer seats) {}
