package org.allianceexplorer.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When what was made for one election ends if no source says: a seat deal, or an electoral alliance or
 * seat-adjustment pact whose deals are all of one election and whose end is not on record, lapses when the next
 * election of the same country is held. One rule for the graph's ties and the analyses of an election.
 */
public final class Lapses {

    private Lapses() {}

    /**
     * The day each election's deals lapse, by election name: the polling day of the next election of the same
     * country (elections without a polling day neither lapse nor end others).
     */
    public static Map<String, LocalDate> of(List<Election> elections) {
        Map<String, LocalDate> out = new HashMap<>();
        for (Election e : elections) {
            if (e.pollingDay() == null) {
                continue;
            }
            LocalDate held = e.pollingDay().earliest();
            LocalDate next = null;
            for (Election o : elections) {
                if (o.pollingDay() == null || !Objects.equals(o.country(), e.country())) {
                    continue;
                }
                LocalDate d = o.pollingDay().earliest();
                if (d.isAfter(held) && (next == null || d.isBefore(next))) {
                    next = d;
                }
            }
            if (next != null) {
                out.put(e.name(), next);
            }
        }
        return out;
    }

    /** True when the deals of the election of this name have lapsed by the day. */
    public static boolean dealLapsed(String election, Map<String, LocalDate> lapses, LocalDate day) {
        LocalDate lapse = lapses.get(election);
        return lapse != null && !day.isBefore(lapse);
    }

    /**
     * True when an electoral alliance or seat-adjustment pact made for one election ({@code madeFor}: the election
     * all its deals are of, or {@code null}) and with no end on record has lapsed by the day. A coalition, a movement
     * or a cooperation agreement, or a grouping whose end is known, follows its own dates.
     */
    public static boolean allianceLapsed(Alliance a, String madeFor, Map<String, LocalDate> lapses, LocalDate day) {
        if (madeFor == null || a.period().to() != null) {
            return false;
        }
        if (a.kind() != AllianceKind.ELECTORAL_ALLIANCE && a.kind() != AllianceKind.SEAT_ADJUSTMENT_PACT) {
            return false;
        }
        return dealLapsed(madeFor, lapses, day);
    }
}
