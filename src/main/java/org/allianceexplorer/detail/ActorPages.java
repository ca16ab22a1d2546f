package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.dealLine;
import static org.allianceexplorer.detail.DetailLines.ended;
import static org.allianceexplorer.detail.DetailLines.line;
import static org.allianceexplorer.detail.DetailLines.period;
import static org.allianceexplorer.detail.DetailLines.sub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.RecordDetail.AllianceDetail;
import org.allianceexplorer.domain.RecordDetail.MembershipDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordDetail.PersonDetail;
import org.allianceexplorer.domain.RecordDetail.RelationDetail;
import org.allianceexplorer.domain.Tie;

/** The pages of who is who and with whom: parties, people, alliances, memberships and relations. */
final class ActorPages {

    /** Partners shown in a party's deal balance; the rest are counted. */
    static final int PARTNERS = 40;
    /** Seats listed with a partner in each direction before "and N more". */
    static final int SEATS_LISTED = 24;

    private ActorPages() {}

    static DetailPage party(PartyDetail d, LocalDate asOf) {
        var p = d.party();
        PageBuilder b = new PageBuilder(d)
                .field("Founded", DetailLines.date(p.founded()))
                .field("Dissolved", DetailLines.date(p.dissolved()))
                .field("Party Facts", p.partyFactsId() == null ? null : "#" + p.partyFactsId())
                .field("Country", p.country());
        List<Line> balance = new ArrayList<>();
        for (DealBalance x :
                d.balances().subList(0, Math.min(PARTNERS, d.balances().size()))) {
            balance.addAll(balance(p.abbreviation(), x));
        }
        return b.section(
                        "balance",
                        "Seat deals by partner",
                        balance,
                        Math.max(0, d.balances().size() - PARTNERS))
                .section("deals", "Seat deals (" + d.deals().size() + ")", d.deals(), x -> dealLine(x, true))
                .section("memberships", "Alliances and memberships", d.memberships(), t -> DetailLines.tie(t, asOf))
                .section("relations", "Relations and lineage", d.relations(), t -> DetailLines.relationLine(t, asOf))
                .section("events", "Events", d.events(), DetailLines::eventLine)
                .section("people", "People", d.people(), t -> DetailLines.tie(t, asOf))
                .page(p.abbreviation(), p.name(), p.nativeName(), p.colour(), d.sources());
    }

    /** The balance with one partner: a line of totals, then the seats given and received. */
    private static List<Line> balance(String party, DealBalance b) {
        List<Line> out = new ArrayList<>();
        long net = b.net();
        // the party of the page is the subject: "with MQM-P: ANP gave 6 · received 1", never "MQM-P gave 6"
        out.add(line(
                Span.of("with ", Style.MUTED),
                Span.link(b.partner()),
                Span.of(
                        ": " + party
                                + " gave " + b.givenInForce() + " \u00b7 received " + b.receivedInForce()
                                + (net == 0 ? "" : " (net " + (net > 0 ? "+" : "") + net + ")"),
                        Style.MUTED)));
        if (!b.given().isEmpty()) {
            out.add(sub(
                    seats(party + " gave " + b.partner().label() + " " + b.givenInForce() + " \u2014 ", b.given())));
        }
        if (!b.received().isEmpty()) {
            out.add(sub(seats(
                    party + " received from " + b.partner().label() + " " + b.receivedInForce() + " \u2014 ",
                    b.received())));
        }
        return out;
    }

    /**
     * "gave ANP 1 — PS-88" with each seat a link to its deal, those in force first; deals not in force are said to
     * be so. At most {@link #SEATS_LISTED} seats, then how many more (a large database's party has thousands with
     * one partner: the Seat deals screen filtered by the two parties lists them all).
     */
    private static List<Span> seats(String head, List<DealLine> deals) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(head, Style.MUTED));
        List<DealLine> ordered =
                new ArrayList<>(deals.stream().filter(DealLine::inForce).toList());
        int inForce = ordered.size();
        ordered.addAll(deals.stream().filter(x -> !x.inForce()).toList());
        for (int i = 0; i < Math.min(SEATS_LISTED, ordered.size()); i++) {
            DealLine d = ordered.get(i);
            if (i > 0) {
                spans.add(Span.of(i < inForce ? ", " : "; "));
            }
            spans.add(Span.link(d.seat().label(), d.deal()));
            if (i >= inForce) {
                spans.add(Span.of(
                        " (" + (d.status() == null ? "not reported" : d.status().label()) + ")", Style.BAD));
            }
        }
        if (ordered.size() > SEATS_LISTED) {
            spans.add(Span.of(
                    String.format(Locale.ROOT, " \u2026 and %,d more", ordered.size() - SEATS_LISTED), Style.MUTED));
        }
        return spans;
    }

    static DetailPage person(PersonDetail d, LocalDate asOf) {
        String parties = String.join(
                ", ",
                d.affiliations().stream()
                        .map(t -> t.target().label())
                        .distinct()
                        .toList());
        return new PageBuilder(d)
                .section("affiliations", "Affiliations and roles", d.affiliations(), t -> DetailLines.tie(t, asOf))
                .section("deals", "Seat deals for them", d.deals(), x -> dealLine(x, true))
                .section("candidacies", "Candidacies", d.candidacies(), r -> DetailLines.resultLine(r, true))
                .section("events", "Events", d.events(), DetailLines::eventLine)
                .page(
                        d.person().name(),
                        parties.isEmpty() ? null : parties,
                        d.person().nativeName(),
                        null,
                        d.sources());
    }

    static DetailPage alliance(AllianceDetail d, LocalDate asOf) {
        var a = d.alliance();
        return new PageBuilder(d)
                .field("Kind", a.kind().label())
                .field("Level", a.level().label())
                .field("Region", a.region())
                .field("Dates", period(a.period()))
                .text("description", "About", a.description())
                .section(
                        "members",
                        "Members over time (" + d.members().size() + ")",
                        d.members(),
                        t -> DetailLines.tie(t, asOf))
                .section("deals", "Seat deals under it (" + d.deals().size() + ")", d.deals(), x -> dealLine(x, true))
                .page(a.shortName(), a.shortName().equals(a.name()) ? null : a.name());
    }

    static DetailPage membership(MembershipDetail d, LocalDate asOf) {
        Tie t = d.membership();
        return new PageBuilder(d)
                .field("Party", Span.link(d.party()))
                .field("Alliance", Span.link(t.target()))
                .field("Role", t.role())
                .field("Dates", period(t.period()))
                .field("As of the date", ended(t.period(), asOf) ? "ended" : null)
                .page(d.ref().label(), null);
    }

    static DetailPage relation(RelationDetail d, LocalDate asOf) {
        return new PageBuilder(d)
                .field("Relation", Span.link(d.partyA()), Span.of(" " + d.kind().phrase() + " "), Span.link(d.partyB()))
                .field(
                        "Kind",
                        d.kind().isLineage()
                                ? d.kind().label() + " (lineage)"
                                : d.kind().label())
                .field("Dates", period(d.period()))
                .field("As of the date", ended(d.period(), asOf) ? "ended" : null)
                .text("note", "Note", d.note())
                .page(
                        d.partyA().label() + " " + d.kind().phrase() + " "
                                + d.partyB().label(),
                        null);
    }
}
