package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Person;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordDetail.PersonDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Tie;

/** The detail pages of parties (with their seat-deal balances) and people. */
final class PartyDetails extends DetailSupport {

    private static final String DEALS_OF_PARTY = "(d.giver_id = ? OR d.receiver_id = ?)";

    PartyDetails(Database db) {
        super(db);
    }

    Optional<RecordDetail> party(long id, LocalDate asOf) {
        return byId(RecordRows.PARTY, "party", "p", id, RecordRows::party).map(p -> party(p, asOf));
    }

    private RecordDetail party(Party p, LocalDate asOf) {
        long id = p.id();
        RecordRef ref = new RecordRef(RecordKind.PARTIES, id, p.abbreviation());

        Query m = query(MEMBERSHIPS_WHERE + "m.party_id = ?", id).undatedOrBy("m.from_date", asOf);
        m.append("ORDER BY coalesce(m.from_date, ''), a.name, m.id");
        List<Tie> memberships = list(m, DetailSupport::membership);

        Query r = query(RELATIONS_WHERE + "(r.party_a = ? OR r.party_b = ?)", id, id)
                .undatedOrBy("r.from_date", asOf);
        r.append("ORDER BY coalesce(r.from_date, ''), r.id");
        List<Tie> relations = list(r, rs -> {
            RelationKind kind = relationKind(rs);
            boolean isA = rs.getLong("party_a") == id;
            RecordRef other =
                    isA ? ref(RecordKind.PARTIES, rs, "party_b", "pb") : ref(RecordKind.PARTIES, rs, "party_a", "pa");
            return new Tie(
                    relation(rs, kind),
                    other,
                    isA ? kind.phrase() : kind.reversePhrase(),
                    period(rs),
                    rs.getString("note"));
        });

        Query f = query(
                        "SELECT f.person_id, x.name, f.role, f.from_date, f.to_date FROM affiliation f"
                                + " JOIN person x ON x.id = f.person_id WHERE f.party_id = ?",
                        id)
                .undatedOrBy("f.from_date", asOf);
        f.append("ORDER BY x.name COLLATE NOCASE, coalesce(f.from_date, ''), f.id LIMIT ?", LIMIT);
        List<Tie> people = list(f, rs -> tie(rs, null, ref(RecordKind.PEOPLE, rs, "person_id", "name")));

        List<Event> events = events("e.id IN (SELECT event_id FROM event_party WHERE party_id = ?)", List.of(id), asOf);
        List<DealLine> all = dealLines(DEALS_OF_PARTY, List.of(id, id), asOf, true, -1);
        List<DealBalance> balances = balances(id, all);

        SourceIds ids = SourceIds.of("party", id)
                .citedBy("party_alias x", "party_alias", "x.id", "x.party_id = ?", id)
                .citedBy("membership m", "membership", "m.id", "m.party_id = ?", id)
                .citedBy("party_relation r", "party_relation", "r.id", "r.party_a = ? OR r.party_b = ?", id, id)
                .citedBy("affiliation f", "affiliation", "f.id", "f.party_id = ?", id)
                .citedBy("event_party ep", "event", "ep.event_id", "ep.party_id = ?", id)
                .citedBy("seat_deal d", "seat_deal", "d.id", "d.giver_id = ? OR d.receiver_id = ?", id, id)
                .claimsOfDeals("d.giver_id = ? OR d.receiver_id = ?", id, id);
        return new PartyDetail(
                ref, p, memberships, capped(all), balances, relations, events, people, sourceList(ids, asOf));
    }

    List<DealBalance> balances(long partyId, LocalDate asOf) {
        return balances(partyId, dealLines(DEALS_OF_PARTY, List.of(partyId, partyId), asOf, true, -1));
    }

    /** Groups a party's deals by partner; partners with more deals first, then by name. */
    private static List<DealBalance> balances(long partyId, List<DealLine> deals) {
        Map<Long, RecordRef> partners = new LinkedHashMap<>();
        Map<Long, List<DealLine>> given = new LinkedHashMap<>();
        Map<Long, List<DealLine>> received = new LinkedHashMap<>();
        for (DealLine d : deals) {
            boolean gave = d.giver().id() == partyId;
            RecordRef partner = gave ? d.receiver() : d.giver();
            partners.putIfAbsent(partner.id(), partner);
            (gave ? given : received)
                    .computeIfAbsent(partner.id(), k -> new ArrayList<>())
                    .add(d);
        }
        List<DealBalance> out = new ArrayList<>();
        partners.forEach((pid, ref) -> out.add(
                new DealBalance(ref, given.getOrDefault(pid, List.of()), received.getOrDefault(pid, List.of()))));
        out.sort(Comparator.comparingInt(
                        (DealBalance b) -> -(b.given().size() + b.received().size()))
                .thenComparing(b -> b.partner().label(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    Optional<RecordDetail> person(long id, LocalDate asOf) {
        return byId(RecordRows.PERSON, "person", "p", id, RecordRows::person).map(p -> person(p, asOf));
    }

    private RecordDetail person(Person p, LocalDate asOf) {
        long id = p.id();
        RecordRef ref = new RecordRef(RecordKind.PEOPLE, id, p.name());
        Query f = query(
                        "SELECT f.party_id, y.abbreviation, f.role, f.from_date, f.to_date FROM affiliation f"
                                + " JOIN party y ON y.id = f.party_id WHERE f.person_id = ?",
                        id)
                .undatedOrBy("f.from_date", asOf);
        f.append("ORDER BY coalesce(f.from_date, ''), f.id");
        List<Tie> affiliations = list(f, rs -> tie(rs, null, ref(RecordKind.PARTIES, rs, "party_id", "abbreviation")));
        List<Event> events =
                events("e.id IN (SELECT event_id FROM event_person WHERE person_id = ?)", List.of(id), asOf);
        List<ResultLine> candidacies =
                resultLines("k.person_id = ?", List.of(id), asOf, "ORDER BY coalesce(e.polling_day, ''), c.code, k.id");
        // through their candidacies, or naming them as the candidate of a party they belong to (both indexed)
        List<Long> dealIds = list(
                query(
                        "SELECT d2.id FROM candidacy k CROSS JOIN seat_deal d2"
                                + " ON d2.constituency_id = k.constituency_id AND d2.election_id = k.election_id"
                                + " WHERE k.person_id = ? AND (d2.candidacy_id = k.id OR d2.candidate_name = k.candidate_name COLLATE NOCASE)"
                                + " UNION SELECT id FROM seat_deal WHERE receiver_id IN (SELECT party_id FROM affiliation WHERE person_id = ?)"
                                + "   AND candidate_name = ? COLLATE NOCASE LIMIT ?",
                        id,
                        id,
                        p.name(),
                        LIMIT),
                rs -> rs.getLong(1));
        List<DealLine> deals = dealIds.isEmpty()
                ? List.of()
                : dealLines("d.id IN (" + marks(dealIds.size()) + ")", new ArrayList<>(dealIds), asOf, true, LIMIT);
        SourceIds ids = SourceIds.of("person", id)
                .citedBy("affiliation f", "affiliation", "f.id", "f.person_id = ?", id)
                .citedBy("event_person ep", "event", "ep.event_id", "ep.person_id = ?", id);
        return new PersonDetail(ref, p, affiliations, events, candidacies, deals, sourceList(ids, asOf));
    }
}
