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
import org.allianceexplorer.app.I18n;
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

    private static final I18n.Messages T = I18n.of(DealPages.class);

    private DealPages() {}

    static DetailPage deal(DealDetail d, LocalDate asOf) {
        DealLine x = d.deal();
        PageBuilder b = new PageBuilder(d)
                .field(T.t("field.giver"), Span.link(x.giver()), Span.of(" " + T.t("deal.standsDown"), Style.MUTED))
                .field(T.t("field.receiver"), Span.link(x.receiver()))
                .field(T.t("field.candidate"), x.candidate())
                .field(T.t("field.seat"), Span.link(x.seat()), Span.of(I18n.aside(x.assembly()), Style.MUTED))
                .field(T.t("field.election"), Span.link(x.election()))
                .field(asOf(T.t("field.status"), asOf), status(x))
                .field(T.t("field.outcome"), x.outcome() == null ? noOutcome(d, asOf) : DetailLines.outcome(x));
        if (x.outcome() != null) {
            b.field(T.t("field.giverVotes"), giverVotes(x));
            b.field(T.t("field.effect"), effect(x));
        }
        if (d.alliance() != null) {
            b.field(T.t("field.alliance"), Span.link(d.alliance()));
        }
        // a note is written with hindsight: as of a day before anyone reported the deal, it would tell the future
        if (asOf == null || x.status() != null) {
            b.text("note", T.t("section.note"), d.note());
        }
        List<Line> claims = new ArrayList<>();
        for (ClaimLine c : d.claims()) {
            claims.addAll(claim(c, asOf));
        }
        String subtitle = (x.candidate() == null ? "" : x.candidate() + I18n.separator())
                + x.election().label();
        return b.section("claims", T.t("section.claims", d.claims().size()), claims)
                .page(x.summary(), subtitle);
    }

    /** A claim in a deal's history: date, status, outlet (muted when after the day), then its quote and link. */
    private static List<Line> claim(ClaimLine c, LocalDate asOf) {
        boolean later = asOf != null && c.date().earliest().isAfter(asOf);
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(DetailLines.date(c.date()) + "  ", Style.MUTED));
        spans.add(statusSpan(c.status(), later));
        spans.add(Span.of("  "));
        spans.add(Span.link(
                c.source().outlet(),
                new RecordRef(
                        RecordKind.SOURCES,
                        c.source().id(),
                        c.source().outlet() + ": " + c.source().title())));
        if (later) {
            spans.add(Span.of("  " + T.t("claim.afterAsOf"), Style.MUTED));
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
            return List.of(Span.of(T.t("outcome.none.notReported"), Style.MUTED));
        }
        if (!x.inForce()) {
            return List.of(Span.of(
                    T.t(
                            "outcome.none.notInForce",
                            DetailLines.statusName(x.status()),
                            DetailLines.date(x.statusDate())),
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
                    T.t("outcome.none.late", DetailLines.date(first), DetailLines.date(d.pollingDay())), Style.MUTED));
        }
        return List.of(
                Span.of(asOf == null ? T.t("outcome.none.noResult") : T.t("outcome.none.notKnown"), Style.MUTED));
    }

    private static List<Span> giverVotes(DealLine x) {
        Outcome o = x.outcome();
        if (o.giverVotes() == null) {
            String text = o.giverEstimate() == null
                    ? T.t("giver.notOnBallot", x.giver().label())
                    : T.t("giver.notOnBallot.before", x.giver().label(), votes(o.giverEstimate()), o.estimateFrom());
            return List.of(Span.of(text, Style.MUTED));
        }
        return List.of(
                Span.of(T.t("giver.took", x.giver().label(), votes(o.giverVotes())) + " "),
                o.giverCouldDecide()
                        ? Span.of(T.t("giver.couldDecide"), Style.WARN)
                        : Span.of(T.t("giver.couldNotDecide"), Style.MUTED));
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
            return List.of(Span.of(T.t("effect.unknown", x.giver().label()), Style.MUTED));
        }
        if (e == DealEffect.FAILED) {
            return List.of(
                    Span.of(T.t("effect.failed"), Style.WARN),
                    Span.of(T.t("effect.failed.why", x.receiver().label(), margin)));
        }
        Long bring = o.giverCouldBring();
        String what = o.estimated()
                ? T.t("effect.bring.estimate", votes(bring), x.giver().label(), o.estimateFrom())
                : T.t("effect.bring", votes(bring), x.giver().label());
        return e == DealEffect.DECISIVE
                ? List.of(
                        Span.of(T.t("effect.decisive"), Style.WARN), Span.of(T.t("effect.decisive.why", margin, what)))
                : List.of(
                        Span.of(T.t("effect.notNeeded"), Style.MUTED),
                        Span.of(T.t("effect.notNeeded.why", margin, what)));
    }

    static DetailPage claim(ClaimDetail d, LocalDate asOf) {
        ClaimLine c = d.claim();
        return new PageBuilder(d)
                .field(T.t("field.date"), DetailLines.date(c.date()))
                .field(T.t("field.status"), statusSpan(c.status(), false))
                .field(T.t("field.deal"), Span.link(d.deal().deal()))
                .field(asOf(T.t("field.dealStatus"), asOf), status(d.deal()))
                .field(
                        T.t("field.reportedBy"),
                        Span.link(
                                c.source().outlet(),
                                new RecordRef(
                                        RecordKind.SOURCES,
                                        c.source().id(),
                                        c.source().outlet())))
                .text("note", T.t("section.note"), c.note())
                .page(
                        d.deal().seat().label() + ": " + DetailLines.statusName(c.status()),
                        d.deal().deal().label());
    }
}
