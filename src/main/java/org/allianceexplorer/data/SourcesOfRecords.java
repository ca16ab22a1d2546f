package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * The sources behind the records a figure plots, for the sources list of a report bundle: the citations of
 * each record, for a seat deal also the sources of its claims, for a claim its own source, and the sources
 * of an election's results. Answers are de-duplicated and ordered by outlet, then date ({@link #ORDER}).
 * Reads the database: call it while building a figure, off the FX thread.
 */
public interface SourcesOfRecords {

    /** Outlet (ignoring case), then publication date (undated last), then title and id. */
    Comparator<Source> ORDER = Comparator.comparing((Source s) -> s.outlet().toLowerCase(Locale.ROOT))
            .thenComparing(s -> s.published() == null ? "\uffff" : s.published().iso())
            .thenComparing(s -> s.title().toLowerCase(Locale.ROOT))
            .thenComparingLong(Source::id);

    /**
     * The sources of these records: citations (published any time: a record's citations document the
     * record), and for {@link org.allianceexplorer.domain.RecordKind#DEALS} also the sources of the claims
     * made by {@code asOf} ({@code null}: all claims); a claim brings its own source, a source itself.
     */
    List<Source> of(Collection<RecordRef> records, LocalDate asOf);

    /**
     * The sources cited by the results (candidacies) of an election (key or name) in an assembly (code;
     * {@code null}: every assembly), e.g. Aiwan-e-Jamhoor.
     */
    List<Source> ofResults(String election, String assembly);

    /** Answers nothing: for repositories that are not SQLite (fakes in tests). */
    SourcesOfRecords NONE = new SourcesOfRecords() {
        @Override
        public List<Source> of(Collection<RecordRef> records, LocalDate asOf) {
            return List.of();
        }

        @Override
        public List<Source> ofResults(String election, String assembly) {
            return List.of();
        }
    };

    /** Joins lists of sources: each source once, in {@link #ORDER}. */
    @SafeVarargs
    static List<Source> merge(Collection<Source>... lists) {
        Map<Long, Source> byId = new LinkedHashMap<>();
        for (Collection<Source> l : lists) {
            for (Source s : l) {
                byId.putIfAbsent(s.id(), s);
            }
        }
        return byId.values().stream().sorted(ORDER).toList();
    }
}
