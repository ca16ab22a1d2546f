package org.allianceexplorer.domain;

/**
 * How many seat-deal claims an assembly's seats had on one date: a bin of the timeline's density bands on a
 * database too large to draw claim by claim.
 *
 * @param assembly the assembly's code (NA, PS...)
 * @param period   the date as the claims have it: a day ({@code 2024-02-14}), or the month or year of claims
 *                 known only to that ({@code 2024-02}, {@code 2024})
 * @param claims   how many claims
 */
public record ClaimCount(String assembly, PartialDate period, long claims) {}
