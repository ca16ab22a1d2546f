package org.allianceexplorer.charts.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SeatDeal;
import org.allianceexplorer.domain.Source;

/** Reading what the charts share from the repositories (off the FX thread), with messages for the user. */
final class ChartQueries {

    private ChartQueries() {}

    /** Every party by abbreviation, in the repository's order. */
    static Map<String, Party> parties(Repositories r) {
        Map<String, Party> out = new LinkedHashMap<>();
        for (Party p : r.parties().parties(RecordFilter.ALL)) {
            out.put(p.abbreviation(), p);
        }
        return out;
    }

    /** The asked abbreviations as the database spells them; an unknown one is a user error. */
    static List<String> resolveParties(Map<String, Party> parties, List<String> asked) {
        List<String> out = new ArrayList<>();
        for (String a : asked) {
            String found = null;
            for (String abbr : parties.keySet()) {
                if (abbr.equalsIgnoreCase(a.strip())) {
                    found = abbr;
                    break;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no party '" + a + "'");
            }
            if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    /** The election with this key or name ({@code null} for {@code null}); an unknown one is a user error. */
    static Election resolveElection(List<Election> elections, String asked) {
        if (asked == null) {
            return null;
        }
        for (Election e : elections) {
            if (e.code().equalsIgnoreCase(asked) || e.name().equalsIgnoreCase(asked)) {
                return e;
            }
        }
        List<String> keys = elections.stream().map(Election::code).toList();
        throw new IllegalArgumentException(
                "no election '" + asked + "'" + (keys.isEmpty() ? "" : "; choose one of " + String.join(", ", keys)));
    }

    /** True when the deal holds on the day: its latest claim by then is reported or confirmed. */
    static boolean inForce(SeatDeal d) {
        return d.status() != null && d.status().inForce();
    }

    /** The outlets of the claims (made by the day) behind these deals, sorted. */
    static List<String> claimOutlets(Repositories r, LocalDate asOf, Set<Long> dealIds) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (dealIds.isEmpty()) {
            return List.of();
        }
        // the claims' outlines (deal, date, status, outlet): a third of the time of every column on a million deals;
        // made by the day under the one as-of rule (PartialDate.startsBy, as SQL's onOrBefore)
        r.deals().forEachClaimOutline(c -> {
            if (dealIds.contains(c.dealId())
                    && c.outlet() != null
                    && (asOf == null || c.date().startsBy(asOf))) {
                out.add(c.outlet());
            }
        });
        return List.copyOf(out);
    }

    /** The sources of these deals: their citations and the sources of their claims made by the day. */
    static List<Source> dealSources(Repositories r, LocalDate asOf, Set<Long> dealIds) {
        return r.sourcesOf().of(refs(RecordKind.DEALS, dealIds), asOf);
    }

    /** References to records of one kind. */
    static List<RecordRef> refs(RecordKind kind, Collection<Long> ids) {
        return ids.stream().map(id -> new RecordRef(kind, id, null)).toList();
    }

    /** One cell of a data row: the text, empty for none. */
    static String cell(Object value) {
        return value == null ? "" : value.toString();
    }
}
