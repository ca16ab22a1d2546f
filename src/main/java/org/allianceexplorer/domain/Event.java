package org.allianceexplorer.domain;

import java.util.List;

/** A dated happening: a meeting, an announcement, a withdrawal. */
public record Event(
        long id,
        String code,
        PartialDate date,
        String title,
        String place,
        String description,
        List<String> parties,
        List<String> people) {

    public Event {
        parties = List.copyOf(parties);
        people = List.copyOf(people);
    }
}
