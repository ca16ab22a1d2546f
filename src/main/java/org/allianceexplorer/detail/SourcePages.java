package org.allianceexplorer.detail;

import static org.allianceexplorer.detail.DetailLines.date;
import static org.allianceexplorer.detail.DetailLines.line;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.RecordDetail.EventDetail;
import org.allianceexplorer.domain.RecordDetail.SourceDetail;
import org.allianceexplorer.domain.SourceList;

/** The pages of what happened and who reported it: events and sources. */
final class SourcePages {

    private static final I18n.Messages T = I18n.of(SourcePages.class);

    private SourcePages() {}

    static DetailPage event(EventDetail d) {
        Event e = d.event();
        return new PageBuilder(d)
                .field(T.t("field.date"), DetailLines.date(e.date()))
                .field(T.t("field.place"), e.place())
                .text("description", T.t("section.whatHappened"), e.description())
                .section(
                        "parties",
                        T.t("section.parties"),
                        d.parties().isEmpty() ? List.of() : List.of(DetailLines.links(d.parties())))
                .section("people", T.t("section.people"), d.people(), r -> line(Span.link(r)))
                .page(e.title(), DetailLines.date(e.date()) + (e.place() == null ? "" : I18n.separator() + e.place()));
    }

    static DetailPage source(SourceDetail d) {
        var s = d.source();
        PageBuilder b = new PageBuilder(d)
                .field(T.t("field.outlet"), s.outlet())
                .field(T.t("field.published"), date(s.published()))
                .field(T.t("field.retrieved"), date(s.retrieved()));
        if (s.url() != null && !s.url().isBlank()) {
            b.field(T.t("field.address"), Span.url(s.url()));
        }
        if (s.snippet() != null && !s.snippet().isBlank()) {
            b.text("snippet", T.t("section.whatItSays"), "\u201c" + s.snippet() + "\u201d");
        }
        List<Line> cited = new ArrayList<>();
        d.citedByKind()
                .forEach((kind, refs) -> refs.forEach(r ->
                        cited.add(line(Span.of(DetailPages.badge(kind) + "  ", Style.MUTED), Span.link(r)))));
        // a source's own sources are itself: the page lists none
        return b.section(
                        "cited-by",
                        T.t("section.citedBy", d.citedByTotal()),
                        cited,
                        Math.max(0, d.citedByTotal() - d.citedBy().size()))
                .page(
                        s.title(),
                        s.outlet() + (s.published() == null ? "" : I18n.separator() + DetailLines.date(s.published())),
                        null,
                        null,
                        SourceList.NONE);
    }
}
