package org.allianceexplorer.timeline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.Alliance;
import org.allianceexplorer.domain.ClaimCount;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealClaim;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Membership;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Party;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;

/**
 * How records become timeline items: spans (alliances, memberships) with their fallback dates, points
 * (claims, events), their tooltips, and the packing of overlapping spans onto tracks. Pure functions, used by
 * {@link LaneBuilder}.
 */
final class TimelineItems {

    private static final I18n.Messages T = I18n.of(TimelineItems.class);

    private TimelineItems() {}

    /** An alliance's own bar; an unknown start falls back to the earliest start of its members. */
    static TimelineItem alliance(Alliance a, List<Membership> members) {
        int shown = members == null ? 0 : members.size();
        return span(
                TimelineItem.Kind.ALLIANCE,
                a.period(),
                null,
                members,
                a.name(),
                new RecordRef(RecordKind.ALLIANCES, a.id(), a.shortName()),
                allianceTip(a, shown));
    }

    /** A party's membership of alliance {@code a} ({@code null} when not loaded), labelled {@code label}. */
    static TimelineItem membership(Membership m, Alliance a, Party p, String label) {
        Period period = m.period();
        // a membership lies within its alliance: unknown ends take the alliance's
        if (period.from() == null && a != null && a.period().from() != null) {
            period = new Period(a.period().from(), period.to());
        }
        if (period.to() == null
                && a != null
                && a.period().to() != null
                && (period.from() == null
                        || !a.period().to().latest().isBefore(period.from().earliest()))) {
            period = new Period(period.from(), a.period().to());
        }
        StringBuilder tip = new StringBuilder(T.t("tip.membership", m.party(), a == null ? m.alliance() : a.name()));
        if (m.role() != null && !m.role().isBlank()) {
            tip.append('\n').append(T.t("tip.role", m.role()));
        }
        tip.append('\n').append(when(m.period()));
        return span(
                TimelineItem.Kind.MEMBERSHIP,
                period,
                p == null ? null : p.colour(),
                null,
                label,
                new RecordRef(
                        RecordKind.MEMBERSHIPS,
                        m.id(),
                        m.party() + " in " + (a == null ? m.alliance() : a.shortName())),
                tip.toString());
    }

    /** A claim on track {@code track} of its seat's lane; {@code who} is "giver for receiver". */
    static TimelineItem claim(DealClaim c, int track, String who) {
        String tip = T.t("tip.claim", c.seat(), c.giver(), c.receiver()) + "\n"
                + cap(c.status().label()) + ", " + c.date().display()
                + (c.outlet() == null ? "" : "\n" + T.t("tip.source", c.outlet()))
                + (c.note() == null || c.note().isBlank() ? "" : "\n" + shorten(c.note(), 160));
        String name = c.seat() + " " + who + " (" + c.status().label() + ", "
                + c.date().display() + ")";
        return point(
                TimelineItem.Kind.CLAIM,
                track,
                c.date(),
                c.status().label(),
                c.status(),
                new RecordRef(RecordKind.CLAIMS, c.id(), name),
                tip,
                c.outlet());
    }

    static TimelineItem event(Event e) {
        String tip = e.title() + "\n" + e.date().display()
                + (e.place() == null || e.place().isBlank() ? "" : " \u00b7 " + e.place())
                + (e.parties().isEmpty() ? "" : "\n" + T.t("tip.parties", String.join(", ", e.parties())));
        return point(
                TimelineItem.Kind.EVENT,
                0,
                e.date(),
                e.title(),
                null,
                new RecordRef(RecordKind.EVENTS, e.id(), e.title()),
                tip,
                null);
    }

    private static TimelineItem point(
            TimelineItem.Kind kind,
            int track,
            PartialDate date,
            String label,
            ClaimStatus status,
            RecordRef ref,
            String tip,
            String outlet) {
        return new TimelineItem(
                kind,
                track,
                date.earliest().toEpochDay(),
                date.latest().toEpochDay(),
                date,
                date,
                label,
                status,
                null,
                ref,
                tip,
                outlet,
                0);
    }

    /** A bin of a density band: its period drawn as a bar, its count in the label and the tooltip. */
    static TimelineItem density(ClaimCount bin) {
        PartialDate p = bin.period();
        return new TimelineItem(
                TimelineItem.Kind.DENSITY,
                0,
                p.earliest().toEpochDay(),
                p.latest().toEpochDay(),
                p,
                p,
                DensityBins.label(bin.claims()),
                null,
                null,
                null,
                DensityBins.tooltip(bin.assembly(), bin.claims(), p.display()),
                null,
                bin.claims());
    }

    /** A span item; an unknown start falls back to the earliest of {@code fallback}'s starts, else a year before its end. */
    private static TimelineItem span(
            TimelineItem.Kind kind,
            Period p,
            String colour,
            List<Membership> fallback,
            String label,
            RecordRef ref,
            String tip) {
        long end = p.to() == null ? TimelineItem.OPEN : p.to().latest().toEpochDay();
        long start = start(p, fallback);
        if (start == Long.MAX_VALUE) {
            start = p.to() == null
                    ? LocalDate.now().toEpochDay()
                    : p.to().earliest().toEpochDay() - 365;
        }
        return new TimelineItem(
                kind, 0, start, Math.max(start, end), p.from(), p.to(), label, null, colour, ref, tip, null, 0);
    }

    /** The first known day of {@code p}, else the earliest start among {@code fallback}, else {@code Long.MAX_VALUE}. */
    static long start(Period p, List<Membership> fallback) {
        if (p.from() != null) {
            return p.from().earliest().toEpochDay();
        }
        long best = Long.MAX_VALUE;
        if (fallback != null) {
            for (Membership m : fallback) {
                if (m.period().from() != null) {
                    best = Math.min(best, m.period().from().earliest().toEpochDay());
                }
            }
        }
        return best;
    }

    /** Puts each span on the first track free at its start; returns the number of tracks. */
    static int pack(List<TimelineItem> list) {
        list.sort(Comparator.comparingLong(TimelineItem::start));
        List<Long> ends = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            TimelineItem it = list.get(i);
            int t = 0;
            while (t < ends.size() && ends.get(t) >= it.start()) {
                t++;
            }
            if (t == ends.size()) {
                ends.add(it.end());
            } else {
                ends.set(t, it.end());
            }
            list.set(i, it.onTrack(t));
        }
        return Math.max(1, ends.size());
    }

    private static String when(Period p) {
        if (p.from() == null && p.to() == null) {
            return T.t("tip.datesUnknown");
        }
        String s = p.display();
        if (p.to() == null) {
            s = T.t("tip.noEnd", s);
        }
        return s;
    }

    private static String allianceTip(Alliance a, int members) {
        StringBuilder s = new StringBuilder(a.name());
        s.append('\n')
                .append(cap(a.kind().label()))
                .append(" \u00b7 ")
                .append(a.level().label());
        if (a.region() != null && !a.region().isBlank()) {
            s.append(" \u00b7 ").append(a.region());
        }
        s.append('\n').append(when(a.period()));
        s.append('\n').append(T.t("tip.members", members));
        return s.toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
