package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.asOf;
import static org.allianceexplorer.detail.DetailLines.status;
import static org.allianceexplorer.detail.DetailLines.statusSpan;
import static org.allianceexplorer.detail.DetailLines.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.ClaimLine;
import org.allianceexplorer.domain.DealEffect;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordDetail.ClaimDetail;
import org.allianceexplorer.domain.RecordDetail.DealDetail;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;

/** The pages of seat deals and the claims about them. */
final class DealPages {

    private DealPages() {}

    static DetailPage deal(DealDetail d, LocalDate asOf) {
        DealLine x = d.deal();
        PageBuilder b = new PageBuilder(d)
                .field("Giver", Span.link(x.giver()), Span.of(" stands down", Style.MUTED))
                .field("Receiver", Span.link(x.receiver()))
                .field("Candidate", x.candidate())
                .field("Seat", Span.link(x.seat()), Span.of(" (" + x.assembly() + ")", Style.MUTED))
                .field("Election", Span.link(x.election()))
                .field(asOf("Status", asOf), status(x))
                .field("Outcome", x.outcome() == null ? noOutcome(d, asOf) : DetailLines.outcome(x));
        if (x.outcome() != null) {
            b.field("Giver's votes", giverVotes(x));
            b.field("Did it matter", effect(x));
        }
        if (d.alliance() != null) {
            b.field("Alliance", Span.link(d.alliance()));
        }
        // a note is written with hindsight: as of a day before anyone reported the deal, it would tell the future
        if (asOf == null || x.status() != null) {
            b.text("note", "Note", d.note());
        }
        List<Line> claims = new ArrayList<>();
        for (ClaimLine c : d.claims()) {
            claims.addAll(claim(c, asOf));
        }
        String subtitle = (x.candidate() == null ? "" : x.candidate() + " \u00b7 ")
                + x.election().label();
        return b.section("claims", "Claim history (" + d.claims().size() + ")", claims)
                .page(x.summary(), subtitle);
    }

    /** A claim in a deal's history: date, status, outlet (muted when after the day), then its quote and link. */
    private static List<Line> claim(ClaimLine c, LocalDate asOf) {
        boolean later = asOf != null && c.date().earliest().isAfter(asOf);
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(c.date().display() + "  ", Style.MUTED));
        spans.add(statusSpan(c.status(), later));
        spans.add(Span.of("  "));
        spans.add(Span.link(
                c.source().outlet(),
                new RecordRef(
                        RecordKind.SOURCES,
                        c.source().id(),
                        c.source().outlet() + ": " + c.source().title())));
        if (later) {
            spans.add(Span.of("  (after the as-of date)", Style.MUTED));
        }
        List<Line> out = new ArrayList<>();
        out.add(new Line(spans, c.note(), false));
        List<Span> quote = new ArrayList<>();
        if (c.source().snippet() != null && !c.source().snippet().isBlank()) {
            quote.add(Span.of("\u201c" + c.source().snippet() + "\u201d ", Style.MUTED));
        }
        if (c.source().url() != null && !c.source().url().isBlank()) {
            quote.add(Span.url(c.source().url()));
        }
        if (!quote.isEmpty()) {
            out.add(DetailLines.sub(quote));
        }
        return out;
    }

    /** Why a deal has no outcome: not reported yet, not in force when the votes were cast, or no results. */
    private static List<Span> noOutcome(DealDetail d, LocalDate asOf) {
        DealLine x = d.deal();
        if (x.status() == null) {
            return List.of(Span.of("none: not reported by this date", Style.MUTED));
        }
        if (!x.inForce()) {
            return List.of(Span.of(
                    "none: the deal was " + x.status().label() + " on "
                            + x.statusDate().display() + ", so no vote was cast under it",
                    Style.MUTED));
        }
        PartialDate first = d.claims().stream()
                .map(ClaimLine::date)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (d.pollingDay() != null
                && first != null
                && first.earliest().isAfter(d.pollingDay().latest())) {
            // a deal first reported after the election's polling day did not shape that day's vote
            return List.of(Span.of(
                    "none read from the results: first reported on " + first.display() + ", after polling day ("
                            + d.pollingDay().display() + ")",
                    Style.MUTED));
        }
        return List.of(Span.of(
                asOf == null ? "no result recorded for the receiver's candidate" : "no result known by this date",
                Style.MUTED));
    }

    private static List<Span> giverVotes(DealLine x) {
        Outcome o = x.outcome();
        if (o.giverVotes() == null) {
            String before = o.giverEstimate() == null
                    ? ""
                    : "; " + votes(o.giverEstimate()) + " in the seat at the " + o.estimateFrom();
            return List.of(Span.of(x.giver().label() + " had no candidate on the ballot" + before, Style.MUTED));
        }
        return List.of(
                Span.of(x.giver().label() + "'s candidate still took " + votes(o.giverVotes()) + "; "),
                o.giverCouldDecide()
                        ? Span.of("could have decided the seat", Style.WARN)
                        : Span.of("could not have decided the seat", Style.MUTED));
    }

    /**
     * Decisive, not needed or failed, and why: the margin against the votes the giver could bring (an estimate
     * from the previous election when it was not on the ballot).
     */
    private static List<Span> effect(DealLine x) {
        Outcome o = x.outcome();
        DealEffect e = o.effect();
        String margin = votes(Math.abs(o.margin()));
        if (e == null) {
            return List.of(Span.of(
                    "unknown: " + x.giver().label() + " was not on the ballot and did not stand in the seat at the"
                            + " previous election with results there",
                    Style.MUTED));
        }
        if (e == DealEffect.FAILED) {
            return List.of(
                    Span.of("failed", Style.WARN), Span.of(": " + x.receiver().label() + " lost by " + margin));
        }
        Long bring = o.giverCouldBring();
        String what = o.estimated()
                ? "the " + votes(bring) + " " + x.giver().label() + " took at the " + o.estimateFrom()
                        + " (an estimate)"
                : "the " + votes(bring) + " of " + x.giver().label() + "'s candidate";
        return e == DealEffect.DECISIVE
                ? List.of(Span.of("decisive", Style.WARN), Span.of(": won by " + margin + ", no more than " + what))
                : List.of(Span.of("not needed", Style.MUTED), Span.of(": won by " + margin + ", more than " + what));
    }

    static DetailPage claim(ClaimDetail d, LocalDate asOf) {
        ClaimLine c = d.claim();
        return new PageBuilder(d)
                .field("Date", c.date().display())
                .field("Status", statusSpan(c.status(), false))
                .field("Deal", Span.link(d.deal().deal()))
                .field(asOf("Deal's status", asOf), status(d.deal()))
                .field(
                        "Reported by",
                        Span.link(
                                c.source().outlet(),
                                new RecordRef(
                                        RecordKind.SOURCES,
                                        c.source().id(),
                                        c.source().outlet())))
                .text("note", "Note", c.note())
                .page(
                        d.deal().seat().label() + ": " + c.status().label(),
                        d.deal().deal().label());
    }
}
