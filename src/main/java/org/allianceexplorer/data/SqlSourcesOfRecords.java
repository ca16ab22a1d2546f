package org.allianceexplorer.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.Source;

/**
 * {@link SourcesOfRecords} over SQLite. Small sets of records are looked up through the indexes in chunks;
 * a large set (a whole network of a million deals) reads the kind's citations once and filters in memory.
 */
final class SqlSourcesOfRecords extends SqlSupport implements SourcesOfRecords {

    /** Ids per {@code IN (...)} list. */
    private static final int CHUNK = 500;
    /** Above this many ids of one kind, scan the kind instead. */
    private static final int SCAN = 20_000;

    SqlSourcesOfRecords(Database db) {
        super(db);
    }

    @Override
    public List<Source> of(Collection<RecordRef> records, LocalDate asOf) {
        Map<RecordKind, Set<Long>> byKind = new EnumMap<>(RecordKind.class);
        for (RecordRef r : records) {
            if (r != null) {
                byKind.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.id());
            }
        }
        Set<Long> sourceIds = new TreeSet<>();
        byKind.forEach((kind, ids) -> {
            switch (kind) {
                case SOURCES -> sourceIds.addAll(ids);
                case CLAIMS -> pairs("SELECT id, source_id FROM deal_claim WHERE 1 = 1", "id", ids, null, sourceIds);
                default -> {
                    String table = SqlStatisticsRepository.table(kind);
                    pairs(
                            "SELECT record_id, source_id FROM citation WHERE record_kind = '" + table + "'",
                            "record_id",
                            ids,
                            null,
                            sourceIds);
                    if (kind == RecordKind.DEALS) {
                        pairs("SELECT deal_id, source_id FROM deal_claim WHERE 1 = 1", "deal_id", ids, asOf, sourceIds);
                    }
                }
            }
        });
        return sources(sourceIds);
    }

    /**
     * Adds the source ids of the rows of {@code base} (selecting key, source id) whose key is in {@code ids};
     * with {@code asOf}, only claims dated by that day.
     */
    private void pairs(String base, String key, Set<Long> ids, LocalDate asOf, Set<Long> out) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() > SCAN) {
            Query q = new Query(base).datedBy("date", asOf);
            forEach(q, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, p -> {
                if (ids.contains(p[0])) {
                    out.add(p[1]);
                }
            });
            return;
        }
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            Query q = new Query(base).in(key, chunk).datedBy("date", asOf);
            forEach(q, rs -> rs.getLong(2), out::add);
        }
    }

    @Override
    public List<Source> ofResults(String election, String assembly) {
        Query q = new Query("SELECT DISTINCT t.source_id FROM candidacy k JOIN election e ON e.id = k.election_id"
                        + " JOIN constituency c ON c.id = k.constituency_id JOIN assembly a ON a.id = c.assembly_id"
                        + " CROSS JOIN citation t ON t.record_kind = 'candidacy' AND t.record_id = k.id WHERE 1 = 1")
                .and("(e.code = ? OR e.name = ?)", election, election);
        if (assembly != null) {
            q.and("a.code = ?", assembly);
        }
        return sources(new TreeSet<>(list(q, rs -> rs.getLong(1))));
    }

    /** The sources with these ids, in {@link #ORDER}. */
    private List<Source> sources(Set<Long> ids) {
        List<Source> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            Query q = new Query("SELECT " + RecordRows.SOURCE + " FROM source s WHERE 1 = 1").in("s.id", chunk);
            out.addAll(list(q, RecordRows::source));
        }
        out.sort(ORDER);
        return out;
    }
}
