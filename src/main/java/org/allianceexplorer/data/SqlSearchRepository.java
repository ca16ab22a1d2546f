package org.allianceexplorer.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.SearchHit;

/**
 * Search over an in-memory index built once per database (the file is opened read-only, so it cannot go
 * stale): the names of parties, people, seats, alliances, events and sources, and the distinct candidate
 * names of the seat deals and of the results, with the first deals or results of each. A query is matched in memory; only the deals it
 * finds are then read, by primary key or by the seat index. On a database of 1,000,000 deals the index
 * takes about a second to build and a query a few milliseconds (docs/benchmarks-search.md).
 */
final class SqlSearchRepository extends SqlSupport implements SearchRepository {

    /** The kinds search looks at, in the order results are grouped. */
    static final List<RecordKind> KINDS = List.of(
            RecordKind.PARTIES,
            RecordKind.PEOPLE,
            RecordKind.RESULTS,
            RecordKind.CONSTITUENCIES,
            RecordKind.ALLIANCES,
            RecordKind.DEALS,
            RecordKind.EVENTS,
            RecordKind.SOURCES);

    /** Deals (or results) kept per candidate name in the index: enough to fill any page of results. */
    private static final int DEALS_PER_NAME = 50;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Where letters meet digits: "na242" is searched as "na 242", like "NA-242". */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    /** One searchable record: what is matched ({@code key}, normalised) and what is shown. */
    private record Entry(RecordRef ref, String title, String detail, String key) {}

    /**
     * A candidate name (of the deals, or of the results) and the first records naming it; among names that
     * match equally well, the greater {@code weight} (a candidate's best vote) comes first.
     */
    private record DealName(String key, long[] deals, long weight) {}

    private record Index(
            Map<RecordKind, List<Entry>> entries, List<DealName> dealNames, List<DealName> candidateNames) {}

    private volatile Index index;

    SqlSearchRepository(Database db) {
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
            if (kind == RecordKind.RESULTS) {
                out.addAll(candidates(q, words, perKind));
                continue;
            }
            best(index.entries().getOrDefault(kind, List.of()), q, words, perKind)
                    .forEach(e -> out.add(new SearchHit(e.ref(), e.title(), e.detail())));
        }
        return out;
    }

    /** The best {@code limit} entries matching every word: exact first, then prefix, then word start, then inside. */
    private static List<Entry> best(List<Entry> entries, String q, String[] words, int limit) {
        List<Entry> found = ranked(
                entries,
                Entry::key,
                q,
                words,
                Comparator.comparingInt((Entry e) -> e.title().length())
                        .thenComparing(Entry::title, String.CASE_INSENSITIVE_ORDER));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Those of {@code all} whose key holds every word, best match first ({@link #score}), then by {@code then}. */
    private static <T> List<T> ranked(
            List<T> all, Function<T, String> key, String q, String[] words, Comparator<T> then) {
        List<T> found = new ArrayList<>();
        for (T t : all) {
            if (matches(key.apply(t), words)) {
                found.add(t);
            }
        }
        found.sort(
                Comparator.comparingInt((T t) -> score(key.apply(t), q, words)).thenComparing(then));
        return found;
    }

    private static boolean matches(String key, String[] words) {
        for (String w : words) {
            if (!key.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a key matches, lower is better: the whole key; the query as whole words (at the start or
     * anywhere: a surname); the start of the key; the start of a word; inside a word.
     */
    private static int score(String key, String q, String[] words) {
        if (key.equals(q)) {
            return 0;
        }
        if (key.startsWith(q + " ") || key.endsWith(" " + q) || key.contains(" " + q + " ")) {
            return 1;
        }
        if (key.startsWith(q)) {
            return 2;
        }
        return key.contains(" " + words[0]) ? 3 : 4;
    }

    /** Deals whose candidate's name matches, then deals at the seats whose code or name matches. */
    private List<SearchHit> deals(String q, String[] words, int limit) {
        Set<Long> ids = new LinkedHashSet<>(firstIds(index.dealNames(), q, words, limit));
        if (ids.size() < limit) {
            List<Entry> seats =
                    best(index.entries().getOrDefault(RecordKind.CONSTITUENCIES, List.of()), q, words, limit);
            if (!seats.isEmpty()) {
                Query byseat = new Query("SELECT id FROM seat_deal WHERE 1 = 1")
                        .in(
                                "constituency_id",
                                seats.stream().map(s -> s.ref().id()).toList())
                        .append("ORDER BY id LIMIT ?", limit);
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
                + " JOIN election e ON e.id = d.election_id WHERE 1 = 1");
        return inOrder(ids, d.in("d.id", ids), rs -> {
            String title =
                    rs.getString("giver") + " \u2192 " + rs.getString("receiver") + " at " + rs.getString("seat");
            String candidate = rs.getString("candidate_name");
            return new SearchHit(
                    new RecordRef(RecordKind.DEALS, rs.getLong("id"), title),
                    title,
                    (candidate == null ? "" : candidate + " \u00b7 ") + rs.getString("election"));
        });
    }

    /** The names matching, best first, and their first records, up to {@code limit} ids. */
    private static List<Long> firstIds(List<DealName> all, String q, String[] words, int limit) {
        List<DealName> names = ranked(
                all,
                DealName::key,
                q,
                words,
                Comparator.comparingLong(DealName::weight).reversed().thenComparing(DealName::key));
        List<Long> ids = new ArrayList<>();
        for (DealName n : names) {
            for (long id : n.deals()) {
                if (ids.size() >= limit) {
                    return ids;
                }
                ids.add(id);
            }
        }
        return ids;
    }

    /** The hits a query finds for these ids, in the order of the ids (an id with no row is left out). */
    private List<SearchHit> inOrder(Collection<Long> ids, Query q, RowMapper<SearchHit> mapper) {
        Map<Long, SearchHit> hits = new HashMap<>();
        forEach(q, mapper, h -> hits.put(h.ref().id(), h));
        return ids.stream().map(hits::get).filter(Objects::nonNull).toList();
    }

    /**
     * Candidates by name, from the election results: also those who are not people of the dataset (a
     * runner-up, an independent). A hit opens the result: the candidate's place, party and votes at the seat.
     */
    private List<SearchHit> candidates(String q, String[] words, int limit) {
        List<Long> ids = firstIds(index.candidateNames(), q, words, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Query k = new Query(
                "SELECT k.id, k.candidate_name, " + Counts.votes("k") + " AS votes, " + Counts.rank("k") + " AS rank, "
                        + Counts.elected("k") + " AS elected, " + Counts.basis("k") + " AS basis, c.code AS seat,"
                        + " e.name AS election, COALESCE(p.abbreviation, k.party_label) AS party FROM candidacy k"
                        + " JOIN constituency c ON c.id = k.constituency_id JOIN election e ON e.id = k.election_id"
                        + " LEFT JOIN party p ON p.id = k.party_id" + Counts.join("k.election_id", "k.constituency_id")
                        + Counts.joinPlaces() + " WHERE 1 = 1");
        return inOrder(ids, k.in("k.id", ids), rs -> {
            String name = rs.getString("candidate_name");
            int rank = rs.getInt("rank");
            String place = rs.getInt("elected") == 1 ? "won" : rank == 2 ? "runner-up" : "placed " + rank;
            String detail = join(
                    rs.getString("party"),
                    place + " at " + rs.getString("seat"),
                    rs.getString("election"),
                    String.format(Locale.ROOT, "%,d votes", rs.getLong("votes"))
                            + (rs.getString("basis") == null ? "" : " (" + rs.getString("basis") + ")"));
            return new SearchHit(
                    new RecordRef(RecordKind.RESULTS, rs.getLong("id"), name + " at " + rs.getString("seat")),
                    name,
                    detail);
        });
    }

    /**
     * What is compared: lower case; accents, Arabic-script vowel marks, kashida and joiners gone; the letter
     * forms that Urdu and Arabic keyboards type differently made one (ی/ي/ى, ک/ك, ہ/ه/ھ/ۃ/ة); digits of any
     * script as ASCII; punctuation gone; letters and digits apart ("NA-242" and "na242" both read "na 242");
     * single spaces. "Muttahida Qaumi Movement – Pakistan" → "muttahida qaumi movement pakistan".
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        nfd.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || c == 0x0640
                    || c == 0x200C
                    || c == 0x200D
                    || c == 0x200E
                    || c == 0x200F
                    || c == 0xFEFF) {
                return;
            }
            b.appendCodePoint(fold(c));
        });
        String s = NOT_WORD.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return LETTER_DIGIT.matcher(s).replaceAll(" ").trim();
    }

    /** One form for letters written differently in Urdu and Arabic text, and ASCII for other scripts' digits. */
    private static int fold(int c) {
        return switch (c) {
            case 0x064A, 0x0649, 0x06CD, 0x06D0 -> 0x06CC; // Arabic yeh, alef maksura... -> Farsi yeh ی
            case 0x0643 -> 0x06A9; // Arabic kaf -> keheh ک
            case 0x06C1, 0x06BE, 0x06D5, 0x0629, 0x06C3 -> 0x0647; // heh goal ہ, do-chashmi ھ, teh marbuta -> heh ه
            case 0x0671 -> 0x0627; // alef wasla -> alef
            default -> c > 127 && Character.isDigit(c) ? '0' + Character.digit(c, 10) : c;
        };
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
        entries.put(
                RecordKind.PARTIES,
                list(
                        new Query(
                                "SELECT p.id, p.abbreviation, p.name, p.native_name,"
                                        + " (SELECT group_concat(label, ' ') FROM party_alias x WHERE x.party_id = p.id) AS aliases FROM party p"),
                        rs -> new Entry(
                                new RecordRef(RecordKind.PARTIES, rs.getLong("id"), rs.getString("abbreviation")),
                                rs.getString("abbreviation"),
                                rs.getString("name"),
                                key(
                                        rs.getString("abbreviation"),
                                        rs.getString("name"),
                                        rs.getString("native_name"),
                                        rs.getString("aliases")))));
        entries.put(
                RecordKind.PEOPLE,
                list(
                        new Query(
                                "SELECT x.id, x.name, x.native_name,"
                                        + " (SELECT group_concat(abbreviation, ', ') FROM (SELECT DISTINCT y.abbreviation FROM affiliation f"
                                        + "   JOIN party y ON y.id = f.party_id WHERE f.person_id = x.id) AS y) AS parties FROM person x"),
                        rs -> new Entry(
                                new RecordRef(RecordKind.PEOPLE, rs.getLong("id"), rs.getString("name")),
                                rs.getString("name"),
                                join(rs.getString("parties"), rs.getString("native_name")),
                                key(rs.getString("name"), rs.getString("native_name")))));
        entries.put(
                RecordKind.CONSTITUENCIES,
                list(
                        new Query("SELECT c.id, c.code, c.name, c.district, c.province,"
                                + " a.name AS assembly FROM constituency c JOIN assembly a ON a.id = c.assembly_id"),
                        rs -> new Entry(
                                new RecordRef(RecordKind.CONSTITUENCIES, rs.getLong("id"), rs.getString("code")),
                                rs.getString("code"),
                                join(rs.getString("name"), rs.getString("district"), rs.getString("assembly")),
                                key(rs.getString("code"), rs.getString("name"), rs.getString("district")))));
        entries.put(
                RecordKind.ALLIANCES,
                list(new Query("SELECT id, code, name, abbreviation, kind, region FROM alliance"), rs -> {
                    String shortName =
                            rs.getString("abbreviation") == null ? rs.getString("name") : rs.getString("abbreviation");
                    return new Entry(
                            new RecordRef(RecordKind.ALLIANCES, rs.getLong("id"), shortName),
                            shortName,
                            join(
                                    shortName.equals(rs.getString("name")) ? null : rs.getString("name"),
                                    rs.getString("kind").replace('_', ' '),
                                    rs.getString("region")),
                            key(rs.getString("abbreviation"), rs.getString("name"), rs.getString("code")));
                }));
        entries.put(
                RecordKind.EVENTS,
                list(
                        new Query("SELECT id, date, title, place FROM event ORDER BY date, id"),
                        rs -> new Entry(
                                new RecordRef(RecordKind.EVENTS, rs.getLong("id"), rs.getString("title")),
                                rs.getString("title"),
                                join(rs.getString("date"), rs.getString("place")),
                                key(rs.getString("title"), rs.getString("place")))));
        entries.put(
                RecordKind.SOURCES,
                list(
                        new Query("SELECT id, code, outlet, title, published FROM source"),
                        rs -> new Entry(
                                new RecordRef(RecordKind.SOURCES, rs.getLong("id"), rs.getString("outlet")),
                                rs.getString("title"),
                                join(rs.getString("outlet"), rs.getString("published")),
                                key(rs.getString("outlet"), rs.getString("title")))));

        List<DealName> dealNames = names(new Query(
                "SELECT id, candidate_name, 0 FROM seat_deal" + " WHERE candidate_name IS NOT NULL ORDER BY id"));
        // a name's best results first; a name that drew many votes before one that drew few
        List<DealName> candidateNames =
                names(new Query("SELECT id, candidate_name, votes FROM candidacy" + " ORDER BY votes DESC, id"));
        return new Index(entries, dealNames, candidateNames);
    }

    /**
     * The distinct names of a query of (id, name, weight) with the first {@link #DEALS_PER_NAME} ids of each
     * and its greatest weight.
     */
    private List<DealName> names(Query q) {
        Map<String, long[]> first = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        Map<String, Long> weights = new HashMap<>();
        forEach(q, rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}, row -> {
            String name = (String) row[1];
            weights.merge(name, (Long) row[2], Math::max);
            int n = counts.merge(name, 1, Integer::sum);
            if (n <= DEALS_PER_NAME) {
                long[] ids = first.computeIfAbsent(name, k -> new long[DEALS_PER_NAME]);
                ids[n - 1] = (Long) row[0];
                keys.computeIfAbsent(name, SqlSearchRepository::normalize);
            }
        });
        List<DealName> out = new ArrayList<>(first.size());
        first.forEach((name, ids) -> out.add(new DealName(
                keys.get(name), Arrays.copyOf(ids, Math.min(counts.get(name), DEALS_PER_NAME)), weights.get(name))));
        return out;
    }
}
