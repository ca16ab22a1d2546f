package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.date;
import static org.allianceexplorer.detail.DetailLines.line;
import static org.allianceexplorer.detail.DetailLines.number;
import static org.allianceexplorer.detail.DetailLines.votes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.OfficialCount;
import org.allianceexplorer.domain.PartyResult;
import org.allianceexplorer.domain.RecordDetail.ElectionDetail;
import org.allianceexplorer.domain.RecordDetail.ResultDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Tie;

/** The pages of the vote: elections, seats and candidates' results. */
final class ElectionPages {

    private static final I18n.Messages T = I18n.of(ElectionPages.class);

    private ElectionPages() {}

    static DetailPage seat(SeatDetail d) {
        var c = d.seat();
        PageBuilder b = new PageBuilder(d)
                .field(
                        T.t("field.assembly"),
                        c.assembly() + (d.assemblyName() == null ? "" : " \u2014 " + d.assemblyName()))
                .field(T.t("field.province"), c.province())
                .field(T.t("field.district"), c.district())
                .section(
                        "deals",
                        T.t("section.seatDeals", d.deals().size()),
                        d.deals(),
                        x -> DetailLines.dealLine(x, false));
        for (OfficialCount oc : d.counts()) {
            b.section("count", T.t("section.count", oc.basis(), oc.election().label()), countLines(oc));
        }
        for (Map.Entry<String, List<ResultLine>> e : d.resultsByElection().entrySet()) {
            List<Line> lines = new ArrayList<>();
            OfficialCount oc =
                    d.count(e.getKey()).filter(x -> x.margin() != null).orElse(null);
            Long margin = oc != null ? oc.margin() : SeatDetail.margin(e.getValue());
            if (margin != null) {
                lines.add(line(
                        Span.of(T.t("results.margin") + " ", Style.MUTED),
                        Span.of(votes(margin), Style.STRONG),
                        Span.of(oc == null ? "" : I18n.aside(oc.basis()), Style.MUTED)));
            }
            for (ResultLine r : e.getValue()) {
                lines.add(DetailLines.resultLine(r, false));
            }
            b.section(
                    "results",
                    T.t("section.results.election", e.getKey(), e.getValue().size()),
                    lines);
        }
        if (d.results().isEmpty()) {
            b.section("results", T.t("section.results"), List.of());
        }
        return b.page(c.code(), c.name() == null ? c.assembly() : c.name());
    }

    /**
     * An official count: the declared date, the winner and runner-up with their votes as the form has them, the
     * totals, and each way the candidate results differ.
     */
    private static List<Line> countLines(OfficialCount oc) {
        List<Line> lines = new ArrayList<>();
        lines.add(countEntry(T.t("count.winner") + " ", oc.winner()));
        if (oc.runnerUp() != null && oc.runnerUp().name() != null) {
            lines.add(countEntry(T.t("count.runnerUp") + " ", oc.runnerUp()));
        }
        if (oc.margin() != null) {
            lines.add(line(Span.of(T.t("count.margin") + " ", Style.MUTED), Span.of(votes(oc.margin()), Style.STRONG)));
        }
        List<String> totals = new ArrayList<>();
        if (oc.validVotes() != null) {
            totals.add(T.t("count.valid", number(oc.validVotes())));
        }
        if (oc.rejectedVotes() != null) {
            totals.add(T.t("count.rejected", number(oc.rejectedVotes())));
        }
        if (oc.polled() != null) {
            totals.add(T.t("count.polled", number(oc.polled())));
        }
        if (oc.registered() != null) {
            totals.add(T.t("count.registered", number(oc.registered())));
        }
        if (oc.turnout() != null) {
            totals.add(T.t("count.turnout", String.format(java.util.Locale.ENGLISH, "%.2f", oc.turnout())));
        }
        if (oc.pollingStations() != null) {
            totals.add(T.t("count.stations", number(oc.pollingStations())));
        }
        if (!totals.isEmpty()) {
            lines.add(line(Span.of(T.t("count.votes") + " ", Style.MUTED), Span.of(String.join(", ", totals))));
        }
        if (oc.declared() != null) {
            lines.add(line(Span.of(T.t("count.declared") + " ", Style.MUTED), Span.of(date(oc.declared()))));
        }
        if (oc.flags() != null && !oc.flags().isBlank()) {
            lines.add(line(Span.of(T.t("count.flags") + " ", Style.MUTED), Span.of(oc.flags(), Style.WARN)));
        }
        List<String> differences = oc.differences();
        lines.add(
                differences.isEmpty()
                        ? line(Span.of(T.t("count.agree"), Style.MUTED))
                        : line(Span.of(T.t("count.differ"), Style.WARN)));
        for (String x : differences) {
            lines.add(line(Span.of("  \u2022 " + x, Style.MUTED)));
        }
        return lines;
    }

    /** "Winner: NAME (PARTY on the form)  71,767 votes", the name linking to the matched result. */
    private static Line countEntry(String role, OfficialCount.Entry e) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(role, Style.MUTED));
        spans.add(e.result() == null ? Span.of(e.name()) : Span.link(e.shownName(), e.result()));
        String onForm = e.result() != null && e.name() != null && !e.name().equals(e.resultName())
                ? (e.party() == null ? T.t("count.onForm", e.name()) : T.t("count.onForm.party", e.name(), e.party()))
                : e.party();
        if (onForm != null) {
            spans.add(Span.of("  (" + onForm + ")", Style.MUTED));
        }
        if (e.votes() != null) {
            spans.add(Span.of("  " + votes(e.votes()), Style.STRONG));
        }
        return new Line(spans, null, false);
    }

    static DetailPage election(ElectionDetail d) {
        var e = d.election();
        PageBuilder b = new PageBuilder(d)
                .field(T.t("field.pollingDay"), date(e.pollingDay()))
                .field(T.t("field.country"), e.country())
                .field(T.t("field.seatsWithResults"), number(d.seats()))
                .field(T.t("field.candidacies"), number(d.candidacies()))
                .field(T.t("field.seatDeals"), number(d.deals()));
        if (!d.national().isEmpty()) {
            b.section(
                    "national-results",
                    T.t("section.national", d.national().size()),
                    d.national(),
                    ElectionPages::nationalLine);
        }
        if (d.seats() == 0 && d.national().isEmpty()) {
            // say why the results are empty, then show what is known
            b.section("no-results", T.t("section.results"), List.of(line(Span.of(T.t("results.none"), Style.MUTED))));
        }
        return b.section(
                        "alliances",
                        T.t("section.alliances", d.alliances().size()),
                        d.alliances(),
                        ElectionPages::allianceLine)
                .section("events", T.t("section.campaignEvents", d.events().size()), d.events(), DetailLines::eventLine)
                .page(e.name(), date(e.pollingDay()));
    }

    /** A party's national result: the party, its seats, votes and share. */
    private static Line nationalLine(PartyResult r) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(new RecordRef(RecordKind.PARTIES, r.partyId(), r.party())));
        if (r.seats() != null) {
            spans.add(Span.of("  " + T.t("seats", number(r.seats()), r.seats()), Style.STRONG));
        }
        List<String> rest = new ArrayList<>();
        if (r.votes() != null) {
            rest.add(votes(r.votes()));
        }
        if (r.voteShare() != null) {
            rest.add(r.shareText());
        }
        if (!rest.isEmpty()) {
            spans.add(Span.of("  " + String.join(", ", rest), Style.MUTED));
        }
        return new Line(spans, r.partyName(), false);
    }

    /** An alliance in force on polling day, its kind and dates; its members on that day as the note. */
    private static Line allianceLine(Tie t) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(t.target()));
        spans.add(Span.of("  " + t.role(), Style.MUTED));
        DetailLines.dates(spans, t.period(), null, null);
        return new Line(spans, t.note() == null ? null : T.t("alliance.members", t.note()), false);
    }

    static DetailPage result(ResultDetail d) {
        ResultLine r = d.result();
        PageBuilder b = new PageBuilder(d)
                .field(T.t("field.candidate"), r.person() == null ? Span.of(r.candidate()) : Span.link(r.person()))
                .field(
                        T.t("field.party"),
                        r.party() == null
                                ? Span.of(r.partyLabel() == null ? "" : r.partyLabel())
                                : Span.link(r.party()))
                .field(T.t("field.votes"), number(r.votes()) + (r.basis() == null ? "" : DetailLines.basisNote(r)))
                .field(
                        T.t("field.rank"),
                        r.rank()
                                + (r.elected() ? " " + T.t("rank.elected") : "")
                                + (r.basis() == null ? "" : " " + T.t("rank.basis", r.basis())));
        if (d.margin() != null) {
            b.field(
                    T.t("field.margin"),
                    d.margin() >= 0 ? T.t("margin.won", votes(d.margin())) : T.t("margin.behind", votes(-d.margin())));
        }
        return b.field(T.t("field.seat"), Span.link(r.seat()))
                .field(T.t("field.election"), Span.link(r.election()))
                .page(
                        r.candidate(),
                        r.seat().label() + I18n.separator() + r.election().label());
    }
}
