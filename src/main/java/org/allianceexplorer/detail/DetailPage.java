package org.allianceexplorer.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SourceList;

/**
 * What the detail pane shows for one record, free of the toolkit: a header (kind badge, title, subtitle,
 * native-script name, party colour), labelled fields, titled sections of lines and the sources. A line
 * is a run of {@link Span}s, some of them links to other records or to web addresses.
 *
 * @param nativeName a name in its own script (Urdu, right to left), or {@code null}
 * @param colour     a party colour {@code #RRGGBB} (data), or {@code null}
 * @param asOf       the day the page shows the state of, {@code null} for the latest: the pane's stamp
 *                   comes from here, so it always names the day the page was made for
 */
public record DetailPage(
        RecordRef ref,
        String badge,
        String title,
        String subtitle,
        String nativeName,
        String colour,
        List<Field> fields,
        List<Section> sections,
        SourceList sources,
        LocalDate asOf) {

    public DetailPage {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** This page, stamped with the day it was made for ({@code null}: the latest state). */
    public DetailPage asOf(LocalDate day) {
        return new DetailPage(ref, badge, title, subtitle, nativeName, colour, fields, sections, sources, day);
    }

    /** This page with one more section at its end. */
    public DetailPage with(Section section) {
        List<Section> more = new ArrayList<>(sections);
        more.add(section);
        return new DetailPage(ref, badge, title, subtitle, nativeName, colour, fields, more, sources, asOf);
    }

    /** The section with this id, if shown. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The field with this label, if shown. */
    public Optional<Field> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** A labelled value: "Founded" → "23 Aug 2016". */
    public record Field(String label, List<Span> value) {
        public Field {
            value = List.copyOf(value);
        }

        public String text() {
            return Span.text(value);
        }
    }

    /**
     * A titled list of lines; {@code id} is stable (for tests and styling), {@code more} says how many
     * lines were left out (0: none).
     */
    public record Section(String id, String title, List<Line> lines, int more) {
        public Section {
            lines = List.copyOf(lines);
        }

        public List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }
    }

    /** One line of a section; {@code indent}: a sub-line of the line above; {@code note}: smaller text under it. */
    public record Line(List<Span> spans, String note, boolean indent) {
        public Line {
            spans = List.copyOf(spans);
        }

        public String text() {
            return Span.text(spans);
        }
    }

    /** How a span looks. */
    public enum Style {
        PLAIN,
        STRONG,
        MUTED,
        GOOD,
        WARN,
        BAD
    }

    /**
     * A run of text: plain, or a link to a record ({@code link}) or to a web address ({@code url}).
     */
    public record Span(String text, Style style, RecordRef link, String url) {

        public static Span of(String text) {
            return new Span(text, Style.PLAIN, null, null);
        }

        public static Span of(String text, Style style) {
            return new Span(text, style, null, null);
        }

        public static Span link(RecordRef ref) {
            return new Span(ref.label(), Style.PLAIN, ref, null);
        }

        public static Span link(String text, RecordRef ref) {
            return new Span(text, Style.PLAIN, ref, null);
        }

        public static Span url(String url) {
            return new Span(url, Style.PLAIN, null, url);
        }

        static String text(List<Span> spans) {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }
}
