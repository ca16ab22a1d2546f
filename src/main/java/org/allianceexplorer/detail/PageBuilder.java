package org.allianceexplorer.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.allianceexplorer.detail.DetailPage.Field;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Section;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.SourceList;

/**
 * A detail page being put together: fields and sections in the order added, then the header. The badge is
 * the one of the record's kind ({@link DetailPages#badge}); empty values make no field, absent text no section.
 */
final class PageBuilder {

    private final RecordDetail detail;
    private final List<Field> fields = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    PageBuilder(RecordDetail detail) {
        this.detail = detail;
    }

    /** A field of plain text; none when the value is {@code null} or blank. */
    PageBuilder field(String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, List.of(Span.of(value))));
        }
        return this;
    }

    PageBuilder field(String label, Span... value) {
        return field(label, List.of(value));
    }

    PageBuilder field(String label, List<Span> value) {
        fields.add(new Field(label, value));
        return this;
    }

    /** A section of lines, {@code more} of them left out. */
    PageBuilder section(String id, String title, List<Line> lines, int more) {
        sections.add(new Section(id, title, lines, more));
        return this;
    }

    /** A section of lines, none left out. */
    PageBuilder section(String id, String title, List<Line> lines) {
        return section(id, title, lines, 0);
    }

    /** A section with one line per item. */
    <T> PageBuilder section(String id, String title, List<T> items, Function<T, Line> line) {
        return section(id, title, items.stream().map(line).toList());
    }

    /** A section of one line of plain text (a note, a description); none when there is no text. */
    PageBuilder text(String id, String title, String text) {
        if (text != null && !text.isBlank()) {
            section(id, title, List.of(DetailLines.line(Span.of(text))));
        }
        return this;
    }

    /** The page (not stamped with a day yet), with the record's sources and no native name or colour. */
    DetailPage page(String title, String subtitle) {
        return page(title, subtitle, null, null, detail.sources());
    }

    DetailPage page(String title, String subtitle, String nativeName, String colour, SourceList sources) {
        return new DetailPage(
                detail.ref(),
                DetailPages.badge(detail.ref().kind()),
                title,
                subtitle,
                nativeName,
                colour,
                fields,
                sections,
                sources,
                null);
    }
}
