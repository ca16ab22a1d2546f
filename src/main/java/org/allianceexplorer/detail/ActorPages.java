package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.dealLine;
import static org.allianceexplorer.detail.DetailLines.ended;
import static org.allianceexplorer.detail.DetailLines.line;
import static org.allianceexplorer.detail.DetailLines.period;
import static org.allianceexplorer.detail.DetailLines.sub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.I18n;
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

    private static final I18n.Messages T = I18n.of(ActorPages.class);

    /** Partners shown in a party's deal balance; the rest are counted. */
    static final int PARTNERS = 40;
    /** Seats listed with a partner in each direction before "and N more". */
    static final int SEATS_LISTED = 24;

    private ActorPages() {}

    static DetailPage party(PartyDetail d, LocalDate asOf) {
        var p = d.party();
        PageBuilder b = new PageBuilder(d)
                .field(T.t("field.founded"), DetailLines.date(p.founded()))
                .field(T.t("field.dissolved"), DetailLines.date(p.dissolved()))
                .field(T.t("field.partyFacts"), p.partyFactsId() == null ? null : "#" + p.partyFactsId())
                .field(T.t("field.country"), p.country());
        List<Line> balance = new ArrayList<>();
        for (DealBalance x :
                d.balances().subList(0, Math.min(PARTNERS, d.balances().size()))) {
            balance.addAll(balance(p.abbreviation(), x));
        }
        return b.section(
                        "balance",
                        T.t("section.balance"),
                        balance,
                        Math.max(0, d.balances().size() - PARTNERS))
                .section("deals", T.t("section.deals", d.deals().size()), d.deals(), x -> dealLine(x, true))
                .section("memberships", T.t("section.memberships"), d.memberships(), t -> DetailLines.tie(t, asOf))
                .section("relations", T.t("section.relations"), d.relations(), t -> DetailLines.relationLine(t, asOf))
                .section("events", T.t("section.events"), d.events(), DetailLines::eventLine)
                .section("people", T.t("section.people"), d.people(), t -> DetailLines.tie(t, asOf))
                .page(p.abbreviation(), p.name(), p.nativeName(), p.colour(), d.sources());
    }

    /** The balance with one partner: a line of totals, then the seats given and received. */
    private static List<Line> balance(String party, DealBalance b) {
        List<Line> out = new ArrayList<>();
        long net = b.net();
        // the party of the page is the subject: "with MQM-P: ANP gave 6 · received 1", never "MQM-P gave 6"
        out.add(line(
                Span.of(T.t("balance.with") + " ", Style.MUTED),
                Span.link(b.partner()),
                Span.of(
                        net == 0
                                ? T.t("balance.totals", party, b.givenInForce(), b.receivedInForce())
                                : T.t(
                                        "balance.totals.net",
                                        party,
                                        b.givenInForce(),
                                        b.receivedInForce(),
                                        net,
                                        Math.abs(net)),
                        Style.MUTED)));
        if (!b.given().isEmpty()) {
            out.add(sub(seats(T.t("balance.gave", party, b.partner().label(), b.givenInForce()) + " ", b.given())));
        }
        if (!b.received().isEmpty()) {
            out.add(sub(seats(
                    T.t("balance.received", party, b.partner().label(), b.receivedInForce()) + " ", b.received())));
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
                        I18n.aside(d.status() == null ? T.t("seats.notReported") : DetailLines.statusName(d.status())),
                        Style.BAD));
            }
        }
        if (ordered.size() > SEATS_LISTED) {
            spans.add(Span.of(" " + T.t("seats.more", ordered.size() - SEATS_LISTED), Style.MUTED));
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
                .section("affiliations", T.t("section.affiliations"), d.affiliations(), t -> DetailLines.tie(t, asOf))
                .section("deals", T.t("section.personDeals"), d.deals(), x -> dealLine(x, true))
                .section(
                        "candidacies",
                        T.t("section.candidacies"),
                        d.candidacies(),
                        r -> DetailLines.resultLine(r, true))
                .section("events", T.t("section.events"), d.events(), DetailLines::eventLine)
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
                .field(T.t("field.kind"), a.kind().label())
                .field(T.t("field.level"), a.level().label())
                .field(T.t("field.region"), a.region())
                .field(T.t("field.dates"), period(a.period()))
                .text("description", T.t("section.about"), a.description())
                .section(
                        "members",
                        T.t("section.members", d.members().size()),
                        d.members(),
                        t -> DetailLines.tie(t, asOf))
                .section("deals", T.t("section.allianceDeals", d.deals().size()), d.deals(), x -> dealLine(x, true))
                .page(a.shortName(), a.shortName().equals(a.name()) ? null : a.name());
    }

    static DetailPage membership(MembershipDetail d, LocalDate asOf) {
        Tie t = d.membership();
        return new PageBuilder(d)
                .field(T.t("field.party"), Span.link(d.party()))
                .field(T.t("field.alliance"), Span.link(t.target()))
                .field(T.t("field.role"), t.role())
                .field(T.t("field.dates"), period(t.period()))
                .field(T.t("field.asOfDate"), ended(t.period(), asOf) ? T.t("ended") : null)
                .page(d.ref().label(), null);
    }

    static DetailPage relation(RelationDetail d, LocalDate asOf) {
        return new PageBuilder(d)
                .field(
                        T.t("field.relation"),
                        Span.link(d.partyA()),
                        Span.of(" " + d.kind().phrase() + " "),
                        Span.link(d.partyB()))
                .field(
                        T.t("field.kind"),
                        d.kind().isLineage()
                                ? T.t("relation.lineage", d.kind().label())
                                : d.kind().label())
                .field(T.t("field.dates"), period(d.period()))
                .field(T.t("field.asOfDate"), ended(d.period(), asOf) ? T.t("ended") : null)
                .text("note", T.t("section.note"), d.note())
                .page(
                        d.partyA().label() + " " + d.kind().phrase() + " "
                                + d.partyB().label(),
                        null);
    }
}
