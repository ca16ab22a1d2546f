package org.allianceexplorer.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a detail pane shows about one record, as of a day: the record, what it is linked to (as
 * {@link RecordRef}s, so each can be followed) and the sources behind it. One nested record per kind.
 */
public sealed interface RecordDetail {

    /** The record this detail is about. */
    RecordRef ref();

    /** The sources behind the record and the records shown with it. */
    SourceList sources();

    /** A party: its alliances, seat deals with a balance per partner, relations and lineage, events, people. */
    record PartyDetail(
            RecordRef ref,
            Party party,
            List<Tie> memberships,
            List<DealLine> deals,
            List<DealBalance> balances,
            List<Tie> relations,
            List<Event> events,
            List<Tie> people,
            SourceList sources)
            implements RecordDetail {
        public PartyDetail {
            memberships = List.copyOf(memberships);
            deals = List.copyOf(deals);
            balances = List.copyOf(balances);
            relations = List.copyOf(relations);
            events = List.copyOf(events);
            people = List.copyOf(people);
        }

        /** The balance with one partner, by abbreviation. */
        public Optional<DealBalance> balanceWith(String partner) {
            return balances.stream()
                    .filter(b -> b.partner().label().equals(partner))
                    .findFirst();
        }
    }

    /** A seat: where it is, the deals made there and the results (candidates by rank). */
    record SeatDetail(
            RecordRef ref,
            Constituency seat,
            String assemblyName,
            List<DealLine> deals,
            List<ResultLine> results,
            List<OfficialCount> counts,
            SourceList sources)
            implements RecordDetail {
        public SeatDetail {
            deals = List.copyOf(deals);
            results = List.copyOf(results);
            counts = List.copyOf(counts);
        }

        /** The official count of the election of this name at this seat, if it has one. */
        public java.util.Optional<OfficialCount> count(String election) {
            return counts.stream()
                    .filter(c -> c.election().label().equals(election))
                    .findFirst();
        }

        /** The results grouped by election, in the order they came (election, then rank). */
        public Map<String, List<ResultLine>> resultsByElection() {
            return results.stream()
                    .collect(Collectors.groupingBy(r -> r.election().label(), LinkedHashMap::new, Collectors.toList()));
        }

        /** The winner's lead over the runner-up in an election's results, {@code null} with fewer than two. */
        public static Long margin(List<ResultLine> ofOneElection) {
            List<ResultLine> ranked = ofOneElection.stream()
                    .sorted(Comparator.comparingInt(ResultLine::rank))
                    .toList();
            return ranked.size() < 2
                    ? null
                    : ranked.get(0).votes() - ranked.get(1).votes();
        }
    }

    /** A seat deal: its status and outcome, its claims over time and the alliance it belongs to. */
    record DealDetail(
            RecordRef ref,
            DealLine deal,
            RecordRef alliance,
            String note,
            List<ClaimLine> claims,
            SourceList sources,
            PartialDate pollingDay)
            implements RecordDetail {
        public DealDetail {
            claims = List.copyOf(claims);
        }
    }

    /** An alliance: its members over time and the seat deals made under it. */
    record AllianceDetail(RecordRef ref, Alliance alliance, List<Tie> members, List<DealLine> deals, SourceList sources)
            implements RecordDetail {
        public AllianceDetail {
            members = List.copyOf(members);
            deals = List.copyOf(deals);
        }
    }

    /** A person: party affiliations and roles, events, candidacies and the deals made for them. */
    record PersonDetail(
            RecordRef ref,
            Person person,
            List<Tie> affiliations,
            List<Event> events,
            List<ResultLine> candidacies,
            List<DealLine> deals,
            SourceList sources)
            implements RecordDetail {
        public PersonDetail {
            affiliations = List.copyOf(affiliations);
            events = List.copyOf(events);
            candidacies = List.copyOf(candidacies);
            deals = List.copyOf(deals);
        }
    }

    /** An event with the parties and people who took part. */
    record EventDetail(RecordRef ref, Event event, List<RecordRef> parties, List<RecordRef> people, SourceList sources)
            implements RecordDetail {
        public EventDetail {
            parties = List.copyOf(parties);
            people = List.copyOf(people);
        }
    }

    /**
     * A source and the records that cite it ({@code citedBy}, the first of {@code citedByTotal}); its own
     * sources are itself.
     */
    record SourceDetail(RecordRef ref, Source source, List<RecordRef> citedBy, int citedByTotal)
            implements RecordDetail {
        public SourceDetail {
            citedBy = List.copyOf(citedBy);
        }

        @Override
        public SourceList sources() {
            return new SourceList(List.of(source), 1);
        }

        /** The citing records grouped by kind, in kind order. */
        public Map<RecordKind, List<RecordRef>> citedByKind() {
            return citedBy.stream().collect(Collectors.groupingBy(RecordRef::kind, TreeMap::new, Collectors.toList()));
        }
    }

    /** An election: how many seats, candidacies and deals the database holds for it. */
    record ElectionDetail(
            RecordRef ref,
            Election election,
            long seats,
            long candidacies,
            long deals,
            List<PartyResult> national,
            List<Tie> alliances,
            List<Event> events,
            SourceList sources)
            implements RecordDetail {}

    /** One candidate's result, with the seat's winner margin. */
    record ResultDetail(RecordRef ref, ResultLine result, Long margin, SourceList sources) implements RecordDetail {}

    /** One claim about a deal, with the deal as of the day. */
    record ClaimDetail(RecordRef ref, ClaimLine claim, DealLine deal) implements RecordDetail {
        @Override
        public SourceList sources() {
            return new SourceList(List.of(claim.source()), 1);
        }
    }

    /** A party's membership of an alliance. */
    record MembershipDetail(RecordRef ref, Tie membership, RecordRef party, SourceList sources)
            implements RecordDetail {}

    /** A relation between two parties. */
    record RelationDetail(
            RecordRef ref,
            RecordRef partyA,
            RecordRef partyB,
            RelationKind kind,
            Period period,
            String note,
            SourceList sources)
            implements RecordDetail {
        public RelationDetail {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
