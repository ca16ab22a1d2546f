package org.allianceexplorer.domain.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.PartyRelation;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * What changed between two days: alliances formed and ended, memberships joined and left, relations begun and
 * ended, and seat deals made, confirmed, denied, switched and collapsed, each with the record it is about and
 * its source. A change happened after the first day and by the second, under the one as-of rule
 * ({@link Period#holdsOn}, {@link PartialDate#startsBy}): a period that holds on the second day and not on the
 * first began in between; one that holds on the first and not on the second ended; a deal's claims dated after
 * the first day and by the second that change its status are its changes (its status on the first day is its
 * latest claim by then).
 */
public final class Changes {

    private Changes() {}

    /** What a change is about. */
    public enum Kind {
        ALLIANCE("alliance"),
        MEMBERSHIP("membership"),
        RELATION("relation"),
        DEAL("seat deal");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One change.
     *
     * @param date    when it happened (the period's start or end, the claim's date)
     * @param kind    what it is about
     * @param change  {@code formed}, {@code ended}, {@code joined}, {@code left}, {@code begun}, {@code made},
     *                {@code confirmed}, {@code denied}, {@code switched} or {@code collapsed}
     * @param record  the record, as an analyst names it ({@code NA-242: ANP for MQM-P}, {@code MQM-P in GDA})
     * @param ref     the record's reference (the claim's for a deal's change)
     * @param parties the parties involved, by abbreviation (an alliance's: every party ever a member)
     * @param source  the source behind it (the claim's own for a deal), {@code null} if none is recorded
     */
    public record Change(
            PartialDate date,
            Kind kind,
            String change,
            String record,
            RecordRef ref,
            List<String> parties,
            Source source) {
        public Change {
            parties = List.copyOf(parties);
        }

        /** Whether it adds a tie (formed, joined, begun, made, confirmed) rather than undoing one. */
        public boolean adds() {
            return switch (change) {
                case "formed", "joined", "begun", "made", "made again", "confirmed" -> true;
                default -> false;
            };
        }
    }

    /** The records to compare; the alliances by id, so memberships can name their alliance's kind. */
    public record Records(
            List<Alliance> alliances,
            List<Membership> memberships,
            List<PartyRelation> relations,
            List<DealClaim> claims) {
        public Records {
            alliances = List.copyOf(alliances);
            memberships = List.copyOf(memberships);
            relations = List.copyOf(relations);
            claims = List.copyOf(claims);
        }
    }

    /**
     * The changes after {@code from} and by {@code to}, oldest first (then alliances, memberships, relations,
     * deals).
     *
     * @param sources the sources of a record (a claim's is its own), the first is named
     */
    public static List<Change> between(
            LocalDate from, LocalDate to, Records records, Function<RecordRef, List<Source>> sources) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both days are needed");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--to (" + to + ") must be after --from (" + from + ")");
        }
        List<Change> out = new ArrayList<>();
        Map<Long, Set<String>> members = new HashMap<>();
        for (Membership m : records.memberships()) {
            members.computeIfAbsent(m.allianceId(), k -> new TreeSet<>()).add(m.party());
        }
        for (Alliance a : records.alliances()) {
            RecordRef ref = new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName());
            String name = a.abbreviation() == null || a.abbreviation().isBlank()
                    ? a.name()
                    : a.abbreviation() + " (" + a.name() + ")";
            List<String> parties = List.copyOf(members.getOrDefault(a.id(), Set.of()));
            periods(out, a.period(), from, to, Kind.ALLIANCE, "formed", "ended", name, ref, parties, sources);
        }
        for (Membership m : records.memberships()) {
            RecordRef ref = new RecordRef(RecordKind.MEMBERSHIPS, m.id(), m.party() + " in " + m.alliance());
            periods(
                    out,
                    m.period(),
                    from,
                    to,
                    Kind.MEMBERSHIP,
                    "joined",
                    "left",
                    ref.label(),
                    ref,
                    List.of(m.party()),
                    sources);
        }
        for (PartyRelation r : records.relations()) {
            String name = r.partyA() + " " + r.kind().phrase() + " " + r.partyB();
            RecordRef ref = new RecordRef(RecordKind.RELATIONS, r.id(), name);
            periods(
                    out,
                    r.period(),
                    from,
                    to,
                    Kind.RELATION,
                    "begun",
                    "ended",
                    name,
                    ref,
                    List.of(r.partyA(), r.partyB()),
                    sources);
        }
        deals(out, records.claims(), from, to, sources);
        out.sort(Comparator.comparing((Change c) -> c.date().earliest())
                .thenComparing(c -> c.kind().ordinal())
                .thenComparing(Change::record));
        return out;
    }

    private static void periods(
            List<Change> out,
            Period p,
            LocalDate from,
            LocalDate to,
            Kind kind,
            String begins,
            String ends,
            String name,
            RecordRef ref,
            List<String> parties,
            Function<RecordRef, List<Source>> sources) {
        if (p.from() != null && !p.from().startsBy(from) && p.from().startsBy(to)) {
            out.add(new Change(p.from(), kind, begins, name, ref, parties, first(sources.apply(ref))));
        }
        if (p.to() != null && p.to().endsOnOrAfter(from) && !p.to().endsOnOrAfter(to)) {
            out.add(new Change(p.to(), kind, ends, name, ref, parties, first(sources.apply(ref))));
        }
    }

    /** A deal's claims after {@code from} and by {@code to} that change its status (the first in force: made). */
    private static void deals(
            List<Change> out,
            List<DealClaim> claims,
            LocalDate from,
            LocalDate to,
            Function<RecordRef, List<Source>> sources) {
        Map<Long, List<DealClaim>> byDeal = new LinkedHashMap<>();
        for (DealClaim c : claims) {
            byDeal.computeIfAbsent(c.dealId(), k -> new ArrayList<>()).add(c);
        }
        for (List<DealClaim> list : byDeal.values()) {
            list.sort(Comparator.comparing(DealClaim::date).thenComparingLong(DealClaim::id));
            ClaimStatus before = null;
            boolean everInForce = false;
            for (DealClaim c : list) {
                if (c.date().startsBy(from)) {
                    before = c.status();
                    everInForce |= c.status().inForce();
                    continue;
                }
                if (!c.date().startsBy(to)) {
                    break;
                }
                if (c.status() != before) {
                    String change = c.status().inForce() && (before == null || !before.inForce())
                            ? (everInForce ? "made again" : "made")
                            : c.status().label();
                    String name = c.seat() + ": " + c.giver() + " for " + c.receiver();
                    RecordRef ref = new RecordRef(RecordKind.CLAIMS, c.id(), name);
                    out.add(new Change(
                            c.date(),
                            Kind.DEAL,
                            change,
                            name,
                            ref,
                            List.of(c.giver(), c.receiver()),
                            first(sources.apply(ref))));
                }
                before = c.status();
                everInForce |= c.status().inForce();
            }
        }
    }

    private static Source first(List<Source> s) {
        return s == null || s.isEmpty() ? null : s.get(0);
    }
}
