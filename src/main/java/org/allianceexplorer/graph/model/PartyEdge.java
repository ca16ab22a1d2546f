package org.allianceexplorer.graph.model;

import java.util.List;
import java.util.Locale;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.RecordRef;

/**
 * A tie between two parties on the as-of day. Undirected types join {@code from} and {@code to} in
 * alphabetical order; directed ones run from {@code from} to {@code to}. {@code weight} is the number of
 * seats for a seat deal, else the number of groupings or relations behind the tie. {@code reasons} names
 * them (alliances, seats); {@code sources} the outlets cited for them; {@code records} the records behind
 * the tie (alliance and memberships, relations, seat deals), whose sources a report bundle lists.
 */
public record PartyEdge(
        EdgeType type,
        String from,
        String to,
        int weight,
        List<String> reasons,
        List<String> sources,
        List<RecordRef> records) {

    private static final I18n.Messages T = I18n.of(PartyEdge.class);

    public PartyEdge {
        reasons = List.copyOf(reasons);
        sources = List.copyOf(sources);
        records = List.copyOf(records);
    }

    /** A tie with no records named. */
    public PartyEdge(EdgeType type, String from, String to, int weight, List<String> reasons, List<String> sources) {
        this(type, from, to, weight, reasons, sources, List.of());
    }

    /** True when the edge touches this party. */
    public boolean touches(String party) {
        return from.equals(party) || to.equals(party);
    }

    /** The other end, seen from {@code party}. */
    public String other(String party) {
        return from.equals(party) ? to : from;
    }

    /** One line for tooltips and tables: {@code ANP → MQM-P: 6 seats (NA-240, ...)}. */
    public String describe() {
        String arrow = type.directed() ? " \u2192 " : " \u2013 ";
        String what = switch (type) {
            case SEAT_DEAL -> T.t("edge.seats", weight);
            default -> type.shortName().toLowerCase(Locale.ROOT);
        };
        return from + arrow + to + ": " + what + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")");
    }
}
