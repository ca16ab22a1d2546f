package org.allianceexplorer.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SearchHit;

/**
 * Search over an in-memory index built once per database (the file is opened read-only, so it cannot go
 * stale): the names of parties, people, seats, alliances, events and sources, and the distinct candidate
 * names of the seat deals with the first deals of each. A query is matched in memory; only the deals it
 * finds are then read, by primary key or by the seat index. On a database of 1,000,000 deals the index
 * takes about a second to build and a query a few milliseconds (docs/benchmarks-search.md).
 */
final class SqliteSearchRepository extends SqlSupport implements SearchRepository {

    /** The kinds search looks at, in the order results are grouped. */
    static final List<RecordKind> KINDS = List.of(RecordKind.PARTIES, RecordKind.PEOPLE, RecordKind.CONSTITUENCIES,
            RecordKind.ALLIANCES, RecordKind.DEALS, RecordKind.EVENTS, RecordKind.SOURCES);

    /** Deals kept per candidate name in the index: enough to fill any page of results. */
    private static final int DEALS_PER_NAME = 50;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One searchable record: what is matched ({@code key}, normalised) and what is shown. */
    private record Entry(RecordRef ref, String title, String detail, String key) {
    }

    /** A candidate name of the deals and the first deals naming it. */
    private record DealName(String key, long[] deals) {
    }

    private record Index(Map<RecordKind, List<Entry>> entries, List<DealName> dealNames) {
    }

    private volatile Index index;

    SqliteSearchRepository(Database db) {
        super(db);
    }

    @Override
    public void prepare() {
        if (index == null) {
            index = build();
        }
    }

    @Override
    public List<SearchHit> search(String query, int perKind) {
        String q = normalize(query);
        if (q.isEmpty() || perKind <= 0) {
            return List.of();
        }
        prepare();
        String[] words = q.split(" ");
        List<SearchHit> out = new ArrayList<>();
        for (RecordKind kind : KINDS) {
            if (kind == RecordKind.DEALS) {
                out.addAll(deals(q, words, perKind));
                continue;
            }
            best(index.entries().getOrDefault(kind, List.of()), q, words, perKind).forEach(e ->
                    out.add(new SearchHit(e.ref(), e.title(), e.detail())));
        }
        return out;
    }

    /** The best {@code limit} entries matching every word: exact first, then prefix, then word start, then inside. */
    private static List<Entry> best(List<Entry> entries, String q, String[] words, int limit) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e.key(), words)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingInt((Entry e) -> score(e.key(), q, words))
                .thenComparingInt(e -> e.title().length())
                .thenComparing(Entry::title, String.CASE_INSENSITIVE_ORDER));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static boolean matches(String key, String[] words) {
        for (String w : words) {
            if (!key.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static int score(String key, String q, String[] words) {
        if (key.equals(q) || key.startsWith(q + " ")) {
            return 0;
        }
        if (key.startsWith(q)) {
            return 1;
        }
        return key.contains(" " + words[0]) ? 2 : 3;
    }

    /** Deals whose candidate's name matches, then deals at the seats whose code or name matches. */
    private List<SearchHit> deals(String q, String[] words, int limit) {
        Set<Long> ids = new LinkedHashSet<>();
        List<DealName> names = new ArrayList<>();
        for (DealName n : index.dealNames()) {
            if (matches(n.key(), words)) {
                names.add(n);
            }
        }
        names.sort(Comparator.comparingInt((DealName n) -> score(n.key(), q, words)).thenComparing(DealName::key));
        for (DealName n : names) {
            for (long id : n.deals()) {
                if (ids.size() >= limit) {
                    break;
                }
                ids.add(id);
            }
        }
        if (ids.size() < limit) {
            List<Entry> seats = best(index.entries().getOrDefault(RecordKind.CONSTITUENCIES, List.of()), q, words, limit);
            if (!seats.isEmpty()) {
                String in = seats.stream().map(s -> "?").collect(Collectors.joining(", "));
                Query byseat = new Query("SELECT id FROM seat_deal WHERE constituency_id IN (" + in + ") ORDER BY id LIMIT ?");
                seats.forEach(s -> byseat.params.add(s.ref().id()));
                byseat.params.add(limit);
                for (Long id : list(byseat, rs -> rs.getLong(1))) {
                    if (ids.size() < limit) {
                        ids.add(id);
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Query d = new Query("SELECT d.id, g.abbreviation AS giver, r.abbreviation AS receiver, c.code AS seat,"
                + " e.name AS election, d.candidate_name FROM seat_deal d JOIN party g ON g.id = d.giver_id"
                + " JOIN party r ON r.id = d.receiver_id JOIN constituency c ON c.id = d.constituency_id"
                + " JOIN election e ON e.id = d.election_id WHERE d.id IN ("
                + ids.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
        d.params.addAll(ids);
        Map<Long, SearchHit> hits = new HashMap<>();
        forEach(d, rs -> {
            String title = rs.getString("giver") + " \u2192 " + rs.getString("receiver") + " at " + rs.getString("seat");
            String candidate = rs.getString("candidate_name");
            return new SearchHit(new RecordRef(RecordKind.DEALS, rs.getLong("id"), title), title,
                    (candidate == null ? "" : candidate + " \u00b7 ") + rs.getString("election"));
        }, h -> hits.put(h.ref().id(), h));
        return ids.stream().map(hits::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Lower case, accents and punctuation gone, single spaces: "Muttahida Qaumi Movement – Pakistan" → "muttahida qaumi movement pakistan". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String key(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(p);
            }
        }
        return normalize(b.toString());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : " \u00b7 ").append(p);
            }
        }
        return b.toString();
    }

    private Index build() {
        Map<RecordKind, List<Entry>> entries = new EnumMap<>(RecordKind.class);
        entries.put(RecordKind.PARTIES, list(new Query("SELECT p.id, p.abbreviation, p.name, p.native_name,"
                + " (SELECT group_concat(label, ' ') FROM party_alias x WHERE x.party_id = p.id) AS aliases FROM party p"),
                rs -> new Entry(new RecordRef(RecordKind.PARTIES, rs.getLong("id"), rs.getString("abbreviation")),
                        rs.getString("abbreviation"), rs.getString("name"),
                        key(rs.getString("abbreviation"), rs.getString("name"), rs.getString("native_name"),
                                rs.getString("aliases")))));
        entries.put(RecordKind.PEOPLE, list(new Query("SELECT x.id, x.name, x.native_name,"
                + " (SELECT group_concat(abbreviation, ', ') FROM (SELECT DISTINCT y.abbreviation FROM affiliation f"
                + "   JOIN party y ON y.id = f.party_id WHERE f.person_id = x.id)) AS parties FROM person x"),
                rs -> new Entry(new RecordRef(RecordKind.PEOPLE, rs.getLong("id"), rs.getString("name")),
                        rs.getString("name"), join(rs.getString("parties"), rs.getString("native_name")),
                        key(rs.getString("name"), rs.getString("native_name")))));
        entries.put(RecordKind.CONSTITUENCIES, list(new Query("SELECT c.id, c.code, c.name, c.district, c.province,"
                + " a.name AS assembly FROM constituency c JOIN assembly a ON a.id = c.assembly_id"),
                rs -> new Entry(new RecordRef(RecordKind.CONSTITUENCIES, rs.getLong("id"), rs.getString("code")),
                        rs.getString("code"), join(rs.getString("name"), rs.getString("district"), rs.getString("assembly")),
                        key(rs.getString("code"), rs.getString("name"), rs.getString("district")))));
        entries.put(RecordKind.ALLIANCES, list(new Query("SELECT id, code, name, abbreviation, kind, region FROM alliance"),
                rs -> {
                    String shortName = rs.getString("abbreviation") == null ? rs.getString("name") : rs.getString("abbreviation");
                    return new Entry(new RecordRef(RecordKind.ALLIANCES, rs.getLong("id"), shortName), shortName,
                            join(shortName.equals(rs.getString("name")) ? null : rs.getString("name"),
                                    rs.getString("kind").replace('_', ' '), rs.getString("region")),
                            key(rs.getString("abbreviation"), rs.getString("name"), rs.getString("code")));
                }));
        entries.put(RecordKind.EVENTS, list(new Query("SELECT id, date, title, place FROM event ORDER BY date, id"),
                rs -> new Entry(new RecordRef(RecordKind.EVENTS, rs.getLong("id"), rs.getString("title")),
                        rs.getString("title"), join(rs.getString("date"), rs.getString("place")),
                        key(rs.getString("title"), rs.getString("place")))));
        entries.put(RecordKind.SOURCES, list(new Query("SELECT id, code, outlet, title, published FROM source"),
                rs -> new Entry(new RecordRef(RecordKind.SOURCES, rs.getLong("id"), rs.getString("outlet")),
                        rs.getString("title"), join(rs.getString("outlet"), rs.getString("published")),
                        key(rs.getString("outlet"), rs.getString("title")))));

        Map<String, long[]> firstDeals = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        forEach(new Query("SELECT id, candidate_name FROM seat_deal WHERE candidate_name IS NOT NULL ORDER BY id"),
                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, row -> {
                    String name = (String) row[1];
                    int n = counts.merge(name, 1, Integer::sum);
                    if (n <= DEALS_PER_NAME) {
                        long[] ids = firstDeals.computeIfAbsent(name, k -> new long[DEALS_PER_NAME]);
                        ids[n - 1] = (Long) row[0];
                        keys.computeIfAbsent(name, SqliteSearchRepository::normalize);
                    }
                });
        List<DealName> dealNames = new ArrayList<>(firstDeals.size());
        firstDeals.forEach((name, ids) -> dealNames.add(new DealName(keys.get(name),
                java.util.Arrays.copyOf(ids, Math.min(counts.get(name), DEALS_PER_NAME)))));
        return new Index(entries, dealNames);
    }
}
