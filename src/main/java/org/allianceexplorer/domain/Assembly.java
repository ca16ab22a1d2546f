package org.allianceexplorer.domain;

/** A legislature: the National Assembly, a provincial assembly. Seat counts may be unknown ({@code null}). */
public record Assembly(
        long id,
        String code,
        String name,
        String province,
        Integer totalSeats,
        Integer generalSeats,
        Integer majority) {}
