package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.date;
import static org.allianceexplorer.detail.DetailLines.line;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.RecordDetail.EventDetail;
import org.allianceexplorer.domain.RecordDetail.SourceDetail;
import org.allianceexplorer.domain.SourceList;

/** The pages of what happened and who reported it: events and sources. */
final class SourcePages {

    private SourcePages() {}

    static DetailPage event(EventDetail d) {
        Event e = d.event();
        return new PageBuilder(d)
                .field("Date", e.date().display())
                .field("Place", e.place())
                .text("description", "What happened", e.description())
                .section(
                        "parties",
                        "Parties",
                        d.parties().isEmpty() ? List.of() : List.of(DetailLines.links(d.parties())))
                .section("people", "People", d.people(), r -> line(Span.link(r)))
                .page(e.title(), e.date().display() + (e.place() == null ? "" : " \u00b7 " + e.place()));
    }

    static DetailPage source(SourceDetail d) {
        var s = d.source();
        PageBuilder b = new PageBuilder(d)
                .field("Outlet", s.outlet())
                .field("Published", date(s.published()))
                .field("Retrieved", date(s.retrieved()));
        if (s.url() != null && !s.url().isBlank()) {
            b.field("Address", Span.url(s.url()));
        }
        if (s.snippet() != null && !s.snippet().isBlank()) {
            b.text("snippet", "What it says", "\u201c" + s.snippet() + "\u201d");
        }
        List<Line> cited = new ArrayList<>();
        d.citedByKind()
                .forEach((kind, refs) -> refs.forEach(r ->
                        cited.add(line(Span.of(DetailPages.badge(kind) + "  ", Style.MUTED), Span.link(r)))));
        // a source's own sources are itself: the page lists none
        return b.section(
                        "cited-by",
                        "Cited by (" + d.citedByTotal() + ")",
                        cited,
                        Math.max(0, d.citedByTotal() - d.citedBy().size()))
                .page(
                        s.title(),
                        s.outlet()
                                + (s.published() == null
                                        ? ""
                                        : " \u00b7 " + s.published().display()),
                        null,
                        null,
                        SourceList.NONE);
    }
}
