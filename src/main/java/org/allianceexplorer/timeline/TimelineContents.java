package org.allianceexplorer.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.allianceexplorer.data.SourcesOfRecords;
import org.allianceexplorer.domain.Election;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;
import org.allianceexplorer.figure.FigureData;
import org.allianceexplorer.figure.FigureInfo;
import org.allianceexplorer.timeline.TimelineFigure.Viewport;
import org.allianceexplorer.timeline.model.Lane;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineItem;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * What the timeline figure shows, as text: its title, subtitle and as-of stamp, the credits under it, the
 * rows a report bundle writes beside it, and the sources behind them. Painting has no part in it.
 */
final class TimelineContents {

    private final TimelineModel model;
    private final Viewport vp;
    private final int[] shown;

    /** @param shown the lanes shown, top to bottom, as model lane indexes */
    TimelineContents(TimelineModel model, Viewport vp, int[] shown) {
        this.model = model;
        this.vp = vp;
        this.shown = shown;
    }

    /** The frame: title ({@code null}: the default), subtitle (window, lanes, filters), as-of stamp, legend, credits. */
    FigureInfo info(String title) {
        TimeRange r = vp.range();
        StringBuilder t = new StringBuilder(title != null ? title : "Alliances, seat deals and events");
        if (title == null && !model.filter().parties().isEmpty()) {
            t.append(": ").append(String.join(", ", new TreeSet<>(model.filter().parties())));
        }
        StringBuilder sub = new StringBuilder(PartialDate.of(r.firstDay()).display() + " \u2013 "
                + PartialDate.of(r.lastDay()).display());
        sub.append(" \u00b7 ").append(model.mode() == LaneMode.BY_ALLIANCE ? "lanes by alliance" : "lanes by party");
        List<String> filters = new ArrayList<>();
        model.filter().kinds().forEach(k -> filters.add(k.label()));
        model.filter().levels().forEach(l -> filters.add(l.label() + " level"));
        model.filter().assemblies().forEach(a -> filters.add(a + " seats"));
        if (!filters.isEmpty()) {
            Collections.sort(filters);
            sub.append(" \u00b7 only ").append(String.join(", ", filters));
        }
        String asOf = vp.asOf() == null
                ? "Latest"
                : "As of " + PartialDate.of(vp.asOf()).display();
        return new FigureInfo(t.toString(), sub.toString(), asOf, TimelineKey.legend(), credits());
    }

    /**
     * The sources of what is shown, through {@code query}: the citations of the alliances, memberships, events
     * and elections in the window, the sources of the claims, and the results' sources of the elections polled in it.
     */
    List<Source> sources(SourcesOfRecords query) {
        List<RecordRef> records = new ArrayList<>();
        List<Source> results = new ArrayList<>();
        forEachShown((lane, it) -> records.add(it.ref()));
        for (Election e : electionsShown()) {
            records.add(new RecordRef(RecordKind.ELECTIONS, e.id(), e.name()));
            if (model.data().resultElections().contains(e.name())) {
                results.addAll(query.ofResults(e.code(), null));
            }
        }
        return SourcesOfRecords.merge(query.of(records, null), results);
    }

    /**
     * One row per item in the window (alliance, membership, claim, event) and per election polled in it:
     * kind, lane, label, start and end as known (ISO, partial dates kept partial; no end: open or unknown),
     * claim status; with {@code sources}.
     */
    FigureData data(List<Source> sources) {
        List<List<String>> rows = new ArrayList<>();
        forEachShown((lane, it) -> {
            String laneName = lane.label();
            if (lane.kind() == Lane.Kind.MEMBER) {
                String parent = parentLabel(lane);
                laneName = parent == null ? laneName : parent + " / " + laneName;
            }
            String label = it.label();
            if (it.kind() == TimelineItem.Kind.CLAIM
                    && it.track() < lane.trackLabels().size()) {
                label = lane.trackLabels().get(it.track());
            }
            rows.add(List.of(
                    it.kind().name().toLowerCase(Locale.ROOT),
                    laneName,
                    label == null ? "" : label,
                    it.from() == null ? "" : it.from().iso(),
                    it.to() == null ? "" : it.to().iso(),
                    it.status() == null ? "" : it.status().label()));
        });
        for (Election e : electionsShown()) {
            rows.add(List.of(
                    "election",
                    "",
                    e.name(),
                    e.pollingDay().iso(),
                    e.pollingDay().iso(),
                    ""));
        }
        return new FigureData(List.of("kind", "lane", "label", "start", "end", "status"), rows, sources);
    }

    /** The label of the top-level lane above a nested one. */
    private String parentLabel(Lane nested) {
        String parent = null;
        for (Lane l : model.lanes()) {
            if (l == nested) {
                return parent;
            }
            if (l.depth() == 0) {
                parent = l.label();
            }
        }
        return parent;
    }

    /** Calls {@code sink} with every item in the window on the lanes shown, top to bottom, by start. */
    private void forEachShown(BiConsumer<Lane, TimelineItem> sink) {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        for (int i : shown) {
            Lane lane = model.lanes().get(i);
            model.query(i, from, to, it -> sink.accept(lane, it));
        }
    }

    /** The elections whose polling day lies in the window. */
    private List<Election> electionsShown() {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        List<Election> out = new ArrayList<>();
        for (Election e : model.elections()) {
            long d = e.pollingDay().earliest().toEpochDay();
            if (d >= from && d <= to) {
                out.add(e);
            }
        }
        return out;
    }

    /** Credits for what is in the window: outlets of the claims shown, results where an election shown has them. */
    private List<String> credits() {
        long from = (long) Math.floor(vp.range().from());
        long to = (long) Math.ceil(vp.range().to());
        Set<String> outlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int claims = 0;
        long counted = 0;
        boolean events = false;
        boolean spans = false;
        for (int i = 0; i < model.lanes().size(); i++) {
            Lane lane = model.lanes().get(i);
            List<TimelineItem> items = model.items(i);
            int[] n = {0};
            if (lane.kind() == Lane.Kind.SEAT) {
                model.index(i).query(from, to, k -> {
                    String o = items.get(k).outlet();
                    if (o != null && !o.isBlank()) {
                        outlets.add(o);
                    }
                    n[0]++;
                });
                claims += n[0];
            } else if (lane.kind() == Lane.Kind.DENSITY) {
                long[] c = {0};
                model.index(i).query(from, to, k -> c[0] += items.get(k).count());
                counted += c[0];
            } else if (lane.kind() == Lane.Kind.EVENTS) {
                events |= model.index(i).any(from, to);
            } else if (!items.isEmpty()) {
                spans |= model.index(i).any(from, to);
            }
        }
        List<String> out = new ArrayList<>();
        if (!outlets.isEmpty()) {
            out.add("Seat-deal claims (" + claims + " shown) as reported by: " + String.join("; ", outlets) + ".");
        }
        if (counted > 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "Seat-deal claims (%,d in view, counted in bars): the sources cited by each claim in the database.",
                    counted));
        }
        List<String> results = new ArrayList<>();
        for (Election e : electionsShown()) {
            if (model.data().resultElections().contains(e.name())) {
                results.add(e.name());
            }
        }
        if (!results.isEmpty()) {
            out.add("Results (" + String.join(", ", results) + "): "
                    + (model.data().resultCredits().isEmpty()
                            ? "as loaded in the database"
                            : String.join("; ", model.data().resultCredits()))
                    + ".");
        }
        if (events || spans) {
            out.add((spans && events
                            ? "Alliances, memberships and events"
                            : spans ? "Alliances and memberships" : "Events")
                    + ": the sources cited for each record in the database (shown in the detail pane).");
        }
        out.add("Made with Alliance Explorer.");
        return out;
    }
}
