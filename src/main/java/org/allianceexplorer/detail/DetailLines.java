package org.allianceexplorer.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.Tie;

/** The lines and spans the detail pages share: a deal, a result, a tie, an event, a status, dates and numbers. */
final class DetailLines {

    private static final I18n.Messages T = I18n.of(DetailLines.class);

    private DetailLines() {}

    static Line line(Span... spans) {
        return new Line(List.of(spans), null, false);
    }

    /** A sub-line of the line above. */
    static Line sub(List<Span> spans) {
        return new Line(spans, null, true);
    }

    /** A deal: seat (or not, on a seat's own page), giver → receiver, candidate, status, outcome. */
    static Line dealLine(DealLine x, boolean withSeat) {
        List<Span> spans = new ArrayList<>();
        if (withSeat) {
            spans.add(Span.link(x.seat()));
            spans.add(Span.of("  "));
        }
        spans.add(Span.link(x.giver().label() + " \u2192 " + x.receiver().label(), x.deal()));
        if (x.candidate() != null && !x.candidate().isBlank()) {
            spans.add(Span.of("  " + x.candidate(), Style.MUTED));
        }
        spans.add(Span.of("  "));
        spans.addAll(status(x));
        if (x.outcome() != null) {
            spans.add(Span.of("  "));
            spans.addAll(outcome(x));
        }
        return new Line(spans, null, false);
    }

    /** A deal's latest status and its date, or that none was reported yet. */
    static List<Span> status(DealLine x) {
        if (x.status() == null) {
            return List.of(Span.of(T.t("status.notReported"), Style.MUTED));
        }
        return List.of(statusSpan(x.status(), false), Span.of(" " + date(x.statusDate()), Style.MUTED));
    }

    /** A claim status, coloured by what it means for the deal ({@code later}: after the as-of date, muted). */
    static Span statusSpan(ClaimStatus s, boolean later) {
        Style style = later
                ? Style.MUTED
                : switch (s) {
                    case CONFIRMED -> Style.GOOD;
                    case REPORTED -> Style.WARN;
                    case DENIED, SWITCHED, COLLAPSED -> Style.BAD;
                };
        return Span.of(statusName(s), style);
    }

    /** A claim status as the interface names it ("confirmed"). */
    static String statusName(ClaimStatus s) {
        return T.name("claimStatus", s);
    }

    /** Won or lost, with the receiver's votes and the margin. */
    static List<Span> outcome(DealLine x) {
        Outcome o = x.outcome();
        if (o == null) {
            return List.of(Span.of(T.t("outcome.noResult"), Style.MUTED));
        }
        return List.of(
                Span.of(
                        o.won() ? T.t("outcome.label.won") : T.t("outcome.label.lost"),
                        o.won() ? Style.GOOD : Style.BAD),
                Span.of(
                        " "
                                + (o.won()
                                        ? T.t("outcome.won", votes(o.receiverVotes()), votes(o.margin()))
                                        : T.t("outcome.lost", votes(o.receiverVotes()), votes(-o.margin())))
                                + (o.basis() == null ? "" : I18n.aside(o.basis())),
                        Style.MUTED));
    }

    /** A candidate's result: rank, (seat), candidate, party, votes, elected, (election). */
    static Line resultLine(ResultLine r, boolean withSeat) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(r.rank() + ".  ", Style.MUTED));
        if (withSeat) {
            spans.add(Span.link(r.seat()));
            spans.add(Span.of("  "));
        }
        spans.add(r.person() == null ? Span.link(r.candidate(), r.result()) : Span.link(r.person()));
        spans.add(Span.of("  "));
        spans.add(
                r.party() != null
                        ? Span.link(r.party())
                        : Span.of(r.partyLabel() == null ? "" : r.partyLabel(), Style.MUTED));
        spans.add(Span.of("  " + votes(r.votes()), r.elected() ? Style.STRONG : Style.PLAIN));
        if (r.basis() != null) {
            spans.add(Span.of(basisNote(r), Style.MUTED));
        }
        if (r.elected()) {
            spans.add(Span.of("  " + T.t("result.elected"), Style.GOOD));
        }
        if (withSeat) {
            spans.add(Span.of("  " + r.election().label(), Style.MUTED));
        }
        return new Line(spans, null, false);
    }

    /** " (Form-47)", or " (Form-47; 71,727 in the candidate results)" where the two disagree. */
    static String basisNote(ResultLine r) {
        return I18n.aside(
                r.listedVotes() == r.votes() ? r.basis() : T.t("basis.differs", r.basis(), number(r.listedVotes())));
    }

    /** A membership, affiliation or member: the other side, the role, the dates, and a link to the membership. */
    static Line tie(Tie t, LocalDate asOf) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(t.target()));
        if (t.role() != null && !t.role().isBlank()) {
            spans.add(Span.of("  " + t.role()));
        }
        dates(spans, t.period(), asOf, T.t("dates.unknown"));
        if (t.record() != null && t.record().kind() == RecordKind.MEMBERSHIPS) {
            spans.add(Span.of("  "));
            spans.add(Span.link(T.t("tie.details"), t.record()));
        }
        return new Line(spans, t.note(), false);
    }

    /** A relation or lineage: "merged into PML-N 1993–" with the relation itself as the link of its phrase. */
    static Line relationLine(Tie t, LocalDate asOf) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(t.role(), t.record()));
        spans.add(Span.of(" "));
        spans.add(Span.link(t.target()));
        dates(spans, t.period(), asOf, null);
        return new Line(spans, t.note(), false);
    }

    /**
     * The dates of a period, muted ({@code unknown} when it has none, or nothing when that is {@code null}),
     * then "ended" when it had ended by the day.
     */
    static void dates(List<Span> spans, Period p, LocalDate asOf, String unknown) {
        String when = period(p);
        if (when != null || unknown != null) {
            spans.add(Span.of("  " + (when == null ? unknown : when), Style.MUTED));
        }
        if (ended(p, asOf)) {
            spans.add(Span.of("  " + T.t("ended"), Style.BAD));
        }
    }

    static Line eventLine(Event e) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(date(e.date()) + "  ", Style.MUTED));
        spans.add(Span.link(new RecordRef(RecordKind.EVENTS, e.id(), e.title())));
        if (e.place() != null && !e.place().isBlank()) {
            spans.add(Span.of("  " + e.place(), Style.MUTED));
        }
        return new Line(spans, null, false);
    }

    /** Links separated by commas. */
    static Line links(List<RecordRef> refs) {
        List<Span> spans = new ArrayList<>();
        for (RecordRef r : refs) {
            if (!spans.isEmpty()) {
                spans.add(Span.of(", "));
            }
            spans.add(Span.link(r));
        }
        return new Line(spans, null, false);
    }

    // --- text -----------------------------------------------------------------------------------

    /** True when the span had ended by the day (or, with no day, has an end). */
    static boolean ended(Period p, LocalDate asOf) {
        return p.to() != null && asOf != null && p.to().latest().isBefore(asOf);
    }

    /** "1977 – 1979", "since Feb 2024", in the interface's language; null when the period has no ends. */
    static String period(Period p) {
        if (p.from() == null && p.to() == null) {
            return null;
        }
        if (p.to() == null) {
            return T.t("period.since", date(p.from()));
        }
        return p.from() == null ? T.t("period.until", date(p.to())) : T.t("period.span", date(p.from()), date(p.to()));
    }

    /** A date as the interface says it: "23 Aug 2016", "23 اگست 2016" in Urdu. */
    static String date(PartialDate d) {
        return d == null ? null : d.display(I18n.locale());
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String votes(long n) {
        return T.t("votes", number(n), n);
    }

    /** "Deal's status" now, or "Deal's status as of 8 Feb 2024" on a day. */
    static String asOf(String label, LocalDate asOf) {
        return asOf == null ? label : T.t("field.asOf", label, date(PartialDate.of(asOf)));
    }
}
