package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.AllianceDetail;
import org.allianceexplorer.domain.RecordDetail.EventDetail;
import org.allianceexplorer.domain.RecordDetail.MembershipDetail;
import org.allianceexplorer.domain.RecordDetail.RelationDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.domain.SourceList;
import org.allianceexplorer.domain.Tie;

/** The detail pages of what ties parties together: alliances, memberships, relations, events. */
final class AllianceDetails extends DetailSupport {

    AllianceDetails(Database db) {
        super(db);
    }

    Optional<RecordDetail> alliance(long id, LocalDate asOf) {
        return byId(RecordRows.ALLIANCE, "alliance", "a", id, RecordRows::alliance)
                .map(a -> alliance(a, asOf));
    }

    private RecordDetail alliance(Alliance a, LocalDate asOf) {
        long id = a.id();
        RecordRef ref = new RecordRef(RecordKind.ALLIANCES, id, a.shortName());
        Query m = query(
                        "SELECT m.id, m.party_id, p.abbreviation, m.role, m.from_date, m.to_date FROM membership m"
                                + " JOIN party p ON p.id = m.party_id WHERE m.alliance_id = ?",
                        id)
                .undatedOrBy("m.from_date", asOf);
        m.append("ORDER BY coalesce(m.from_date, ''), p.abbreviation COLLATE NOCASE, m.id");
        List<Tie> members = list(
                m,
                rs -> tie(
                        rs,
                        new RecordRef(
                                RecordKind.MEMBERSHIPS,
                                rs.getLong("id"),
                                rs.getString("abbreviation") + " in " + a.shortName()),
                        ref(RecordKind.PARTIES, rs, "party_id", "abbreviation")));
        List<DealLine> deals = dealLines("d.alliance_id = ?", List.of(id), asOf, true, LIMIT);
        SourceIds ids =
                SourceIds.of("alliance", id).citedBy("membership m", "membership", "m.id", "m.alliance_id = ?", id);
        return new AllianceDetail(ref, a, members, deals, sourceList(ids, asOf));
    }

    Optional<RecordDetail> membership(long id, LocalDate asOf) {
        return first(query(MEMBERSHIPS_WHERE + "m.id = ?", id), rs -> {
                    Tie membership = membership(rs);
                    return new MembershipDetail(
                            membership.record(),
                            membership,
                            ref(RecordKind.PARTIES, rs, "party_id", "abbreviation"),
                            SourceList.NONE);
                })
                .map(d -> new MembershipDetail(d.ref(), d.membership(), d.party(), sources(d.ref(), asOf)));
    }

    Optional<RecordDetail> relation(long id, LocalDate asOf) {
        return first(query(RELATIONS_WHERE + "r.id = ?", id), rs -> {
                    RelationKind kind = relationKind(rs);
                    return new RelationDetail(
                            relation(rs, kind),
                            ref(RecordKind.PARTIES, rs, "party_a", "pa"),
                            ref(RecordKind.PARTIES, rs, "party_b", "pb"),
                            kind,
                            period(rs),
                            rs.getString("note"),
                            SourceList.NONE);
                })
                .map(d -> new RelationDetail(
                        d.ref(), d.partyA(), d.partyB(), d.kind(), d.period(), d.note(), sources(d.ref(), asOf)));
    }

    Optional<RecordDetail> event(long id, LocalDate asOf) {
        List<Event> found = events("e.id = ?", List.of(id), null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Event e = found.get(0);
        RecordRef ref = new RecordRef(RecordKind.EVENTS, id, e.title());
        List<RecordRef> parties = takingPart(id, RecordKind.PARTIES, "event_party", "party", "abbreviation");
        List<RecordRef> people = takingPart(id, RecordKind.PEOPLE, "event_person", "person", "name");
        return Optional.of(new EventDetail(ref, e, parties, people, sources(ref, asOf)));
    }

    /** The parties or people that took part in an event ({@code link} rows to {@code table}), by {@code label}. */
    private List<RecordRef> takingPart(long eventId, RecordKind kind, String link, String table, String label) {
        return list(
                query(
                        "SELECT x.id, x." + label + " FROM " + link + " j JOIN " + table + " x ON x.id = j." + table
                                + "_id WHERE j.event_id = ? ORDER BY x." + label + " COLLATE NOCASE",
                        eventId),
                rs -> new RecordRef(kind, rs.getLong(1), rs.getString(2)));
    }
}
