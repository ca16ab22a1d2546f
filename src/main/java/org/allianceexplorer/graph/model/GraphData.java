package org.allianceexplorer.graph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.allianceexplorer.data.RelationshipRepository;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordFilter;
import org.allianceexplorer.domain.SeatDeal;

/**
 * Everything the graph is derived from, read once per database (all dates): parties, alliances and their
 * memberships, relations, seat deals with their dated claims, seats won per election and the outlets
 * cited. Moving the as-of date then needs no database call ({@link EdgeDerivation} is pure). Immutable.
 *
 * @param seats   per election key: seats won per party abbreviation (only elections with results)
 * @param outlets per citation kind ({@code membership}, {@code party_relation}): record id to outlets
 * @param allianceElections the election of each alliance whose seat deals are all of one election, by id
 */
public record GraphData(
        List<Party> parties,
        List<Alliance> alliances,
        List<Membership> memberships,
        List<PartyRelation> relations,
        List<SeatDeal> deals,
        List<DealClaim> claims,
        List<Election> elections,
        Map<String, Map<String, Integer>> seats,
        Map<String, Map<Long, List<String>>> outlets,
        Map<Long, String> allianceElections) {

    public GraphData {
        parties = List.copyOf(parties);
        alliances = List.copyOf(alliances);
        memberships = List.copyOf(memberships);
        relations = List.copyOf(relations);
        deals = List.copyOf(deals);
        claims = List.copyOf(claims);
        elections = List.copyOf(elections);
        seats = Map.copyOf(seats);
        outlets = Map.copyOf(outlets);
        allianceElections = Map.copyOf(allianceElections);
    }

    /**
     * Reads the data of the whole database (call off the FX thread). {@code relationships} may be
     * {@code null}: seats then come from the results listing and the credits name deal sources only.
     */
    public static GraphData load(Repositories r, RelationshipRepository relationships) {
        RecordFilter all = RecordFilter.ALL;
        List<Election> elections = r.elections().elections(all);
        Map<String, Map<String, Integer>> seats = new LinkedHashMap<>();
        if (relationships != null) {
            for (Election e : elections) {
                Map<String, Integer> s = relationships.seatsWon(e.code());
                if (!s.isEmpty()) {
                    seats.put(e.code(), s);
                }
            }
        } else {
            Map<String, String> codeByName = new HashMap<>();
            elections.forEach(e -> codeByName.put(e.name(), e.code()));
            r.elections().forEachResult(all, c -> {
                if (c.won() && c.party() != null) {
                    seats.computeIfAbsent(codeByName.getOrDefault(c.election(), c.election()), k -> new HashMap<>())
                            .merge(c.party(), 1, Integer::sum);
                }
            });
        }
        Map<String, Map<Long, List<String>>> outlets = new HashMap<>();
        if (relationships != null) {
            for (String kind : List.of("membership", "party_relation", "alliance")) {
                outlets.put(kind, relationships.outlets(kind));
            }
        }
        // the graph works each deal's state out from its claims: it reads the deals' names and the claims' deal,
        // date, status and outlet only (repeated names, dates and outlets shared; a million deals carry millions of
        // claims, which with every column took more than a 2 GB heap and most of a minute)
        List<SeatDeal> deals = new ArrayList<>();
        r.deals().forEachDealOutline(deals::add);
        List<DealClaim> claims = new ArrayList<>();
        r.deals().forEachClaimOutline(claims::add);
        return new GraphData(
                r.parties().parties(all),
                r.alliances().alliances(all),
                r.alliances().memberships(all),
                r.parties().relations(all),
                deals,
                claims,
                elections,
                seats,
                outlets,
                relationships == null ? Map.of() : relationships.allianceElections());
    }

    /** The latest day any record of the data names: what "latest" means for the graph. */
    public LocalDate latestDay() {
        return days().max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
    }

    /** The earliest day any tie starts (for the time slider). */
    public LocalDate earliestDay() {
        return days().min(Comparator.naturalOrder()).orElseGet(() -> latestDay().minusYears(1));
    }

    /** The earliest day of every date the alliances, memberships, relations and claims name. */
    private Stream<LocalDate> days() {
        List<PartialDate> dates = new ArrayList<>();
        alliances.forEach(a -> addPeriod(dates, a.period()));
        memberships.forEach(m -> addPeriod(dates, m.period()));
        relations.forEach(x -> addPeriod(dates, x.period()));
        claims.forEach(c -> dates.add(c.date()));
        return dates.stream().filter(Objects::nonNull).map(PartialDate::earliest);
    }

    private static void addPeriod(List<PartialDate> out, Period p) {
        if (p != null) {
            out.add(p.from());
            out.add(p.to());
        }
    }
}
