package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.date;
import static org.allianceexplorer.detail.DetailLines.line;
import static org.allianceexplorer.detail.DetailLines.number;
import static org.allianceexplorer.detail.DetailLines.votes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private ElectionPages() {}

    static DetailPage seat(SeatDetail d) {
        var c = d.seat();
        PageBuilder b = new PageBuilder(d)
                .field("Assembly", c.assembly() + (d.assemblyName() == null ? "" : " \u2014 " + d.assemblyName()))
                .field("Province", c.province())
                .field("District", c.district())
                .section(
                        "deals",
                        "Seat deals here (" + d.deals().size() + ")",
                        d.deals(),
                        x -> DetailLines.dealLine(x, false));
        for (OfficialCount oc : d.counts()) {
            b.section(
                    "count",
                    "Official count: " + oc.basis() + ", " + oc.election().label(),
                    countLines(oc));
        }
        for (Map.Entry<String, List<ResultLine>> e : d.resultsByElection().entrySet()) {
            List<Line> lines = new ArrayList<>();
            OfficialCount oc =
                    d.count(e.getKey()).filter(x -> x.margin() != null).orElse(null);
            Long margin = oc != null ? oc.margin() : SeatDetail.margin(e.getValue());
            if (margin != null) {
                lines.add(line(
                        Span.of("Winner's margin: ", Style.MUTED),
                        Span.of(votes(margin), Style.STRONG),
                        Span.of(oc == null ? "" : " (" + oc.basis() + ")", Style.MUTED)));
            }
            for (ResultLine r : e.getValue()) {
                lines.add(DetailLines.resultLine(r, false));
            }
            b.section("results", "Results, " + e.getKey() + " (" + e.getValue().size() + " candidates)", lines);
        }
        if (d.results().isEmpty()) {
            b.section("results", "Results", List.of());
        }
        return b.page(c.code(), c.name() == null ? c.assembly() : c.name());
    }

    /**
     * An official count: the declared date, the winner and runner-up with their votes as the form has them, the
     * totals, and each way the candidate results differ.
     */
    private static List<Line> countLines(OfficialCount oc) {
        List<Line> lines = new ArrayList<>();
        lines.add(countEntry("Winner: ", oc.winner()));
        if (oc.runnerUp() != null && oc.runnerUp().name() != null) {
            lines.add(countEntry("Runner-up: ", oc.runnerUp()));
        }
        if (oc.margin() != null) {
            lines.add(line(Span.of("Margin: ", Style.MUTED), Span.of(votes(oc.margin()), Style.STRONG)));
        }
        List<String> totals = new ArrayList<>();
        if (oc.validVotes() != null) {
            totals.add(number(oc.validVotes()) + " valid");
        }
        if (oc.rejectedVotes() != null) {
            totals.add(number(oc.rejectedVotes()) + " rejected");
        }
        if (oc.polled() != null) {
            totals.add(number(oc.polled()) + " polled");
        }
        if (oc.registered() != null) {
            totals.add(number(oc.registered()) + " registered");
        }
        if (oc.turnout() != null) {
            totals.add(String.format(java.util.Locale.ENGLISH, "turnout %.2f%%", oc.turnout()));
        }
        if (oc.pollingStations() != null) {
            totals.add(number(oc.pollingStations()) + " polling stations");
        }
        if (!totals.isEmpty()) {
            lines.add(line(Span.of("Votes: ", Style.MUTED), Span.of(String.join(", ", totals))));
        }
        if (oc.declared() != null) {
            lines.add(line(Span.of("Declared: ", Style.MUTED), Span.of(date(oc.declared()))));
        }
        if (oc.flags() != null && !oc.flags().isBlank()) {
            lines.add(line(Span.of("Noted on the form: ", Style.MUTED), Span.of(oc.flags(), Style.WARN)));
        }
        List<String> differences = oc.differences();
        lines.add(
                differences.isEmpty()
                        ? line(Span.of("The candidate results agree with this count.", Style.MUTED))
                        : line(Span.of("The candidate results differ:", Style.WARN)));
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
                ? "\u201c" + e.name() + "\u201d" + (e.party() == null ? "" : ", " + e.party()) + " on the form"
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
                .field("Polling day", date(e.pollingDay()))
                .field("Country", e.country())
                .field("Seats with results", number(d.seats()))
                .field("Candidacies", number(d.candidacies()))
                .field("Seat deals", number(d.deals()));
        if (!d.national().isEmpty()) {
            b.section(
                    "national-results",
                    "National results by party (" + d.national().size() + ")",
                    d.national(),
                    ElectionPages::nationalLine);
        }
        if (d.seats() == 0 && d.national().isEmpty()) {
            // say why the results are empty, then show what is known
            b.section(
                    "no-results",
                    "Results",
                    List.of(line(Span.of("No results are recorded for this election in this database.", Style.MUTED))));
        }
        return b.section(
                        "alliances",
                        "Alliances in force on polling day (" + d.alliances().size() + ")",
                        d.alliances(),
                        ElectionPages::allianceLine)
                .section(
                        "events",
                        "Events of the campaign and after (" + d.events().size() + ")",
                        d.events(),
                        DetailLines::eventLine)
                .page(e.name(), date(e.pollingDay()));
    }

    /** A party's national result: the party, its seats, votes and share. */
    private static Line nationalLine(PartyResult r) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(new RecordRef(RecordKind.PARTIES, r.partyId(), r.party())));
        if (r.seats() != null) {
            spans.add(Span.of("  " + number(r.seats()) + (r.seats() == 1 ? " seat" : " seats"), Style.STRONG));
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
        return new Line(spans, t.note() == null ? null : "Members on polling day: " + t.note(), false);
    }

    static DetailPage result(ResultDetail d) {
        ResultLine r = d.result();
        PageBuilder b = new PageBuilder(d)
                .field("Candidate", r.person() == null ? Span.of(r.candidate()) : Span.link(r.person()))
                .field(
                        "Party",
                        r.party() == null
                                ? Span.of(r.partyLabel() == null ? "" : r.partyLabel())
                                : Span.link(r.party()))
                .field("Votes", number(r.votes()) + (r.basis() == null ? "" : DetailLines.basisNote(r)))
                .field(
                        "Rank",
                        r.rank()
                                + (r.elected() ? " (elected)" : "")
                                + (r.basis() == null ? "" : " on the " + r.basis()));
        if (d.margin() != null) {
            b.field(
                    "Margin",
                    d.margin() >= 0 ? "won by " + votes(d.margin()) : votes(-d.margin()) + " behind the winner");
        }
        return b.field("Seat", Span.link(r.seat()))
                .field("Election", Span.link(r.election()))
                .page(
                        r.candidate(),
                        r.seat().label() + " \u00b7 " + r.election().label());
    }
}
