package org.allianceexplorer.data.load;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RelationKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a dataset of CSV files (the format is in {@code data/README.md}) into a new, writable database,
 * in one transaction. Every record must cite a source; a row that does not resolve (an unknown party,
 * a bad date, a missing source) stops the load with a message naming the file and line.
 */
public final class DatasetLoader {

    private final DatasetFiles files;
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<String, Long> parties = new HashMap<>();
    private final Map<String, Long> aliases = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> elections = new HashMap<>();
    private final Map<String, Long> assemblies = new HashMap<>();
    private final Map<String, Long> seats = new HashMap<>();
    private final Map<String, Long> alliances = new HashMap<>();
    private final Map<String, Long> deals = new HashMap<>();
    private final Map<String, Long> events = new HashMap<>();
    private Connection c;
    private PreparedStatement cite;
    private String where = "";

    public DatasetLoader(DatasetFiles files) {
        this.files = files;
    }

    /** Loads everything into {@code db}, which must be new and writable. Returns nothing; throws on bad data. */
    public void load(Database db) {
        c = db.connection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement cs = c.prepareStatement(
                    "INSERT OR IGNORE INTO citation (record_kind, record_id, source_id) VALUES (?, ?, ?)")) {
                cite = cs;
                List<String> folders = files.folders();
                for (String f : folders) {
                    each(f, "sources.csv", this::source);
                }
                for (String f : folders) {
                    each(f, "parties.csv", this::party);
                }
                for (String f : folders) {
                    each(f, "party_aliases.csv", this::alias);
                }
                for (String f : folders) {
                    each(f, "people.csv", this::person);
                }
                for (String f : folders) {
                    each(f, "affiliations.csv", this::affiliation);
                }
                for (String f : folders) {
                    each(f, "elections.csv", this::election);
                }
                for (String f : folders) {
                    each(f, "assemblies.csv", this::assembly);
                }
                for (String f : folders) {
                    each(f, "constituencies.csv", this::constituency);
                }
                for (String f : folders) {
                    each(f, "results.csv", r -> results(f, r));
                }
                for (String f : folders) {
                    each(f, "alliances.csv", this::alliance);
                }
                for (String f : folders) {
                    each(f, "memberships.csv", this::membership);
                }
                for (String f : folders) {
                    each(f, "deals.csv", this::deal);
                }
                for (String f : folders) {
                    each(f, "claims.csv", this::claim);
                }
                for (String f : folders) {
                    each(f, "events.csv", this::event);
                }
                for (String f : folders) {
                    each(f, "relations.csv", this::relation);
                }
            }
            c.commit();
        } catch (IOException e) {
            rollback();
            throw new DatasetException("cannot read the dataset: " + e.getMessage(), e);
        } catch (SQLException e) {
            rollback();
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains("UNIQUE constraint failed")) {
                m = "duplicate record (" + m.substring(m.indexOf("UNIQUE")).replace(")", "") + ")";
            }
            throw new DatasetException(where + ": " + m, e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the load failed already; the database is a temporary file that will be discarded
        }
    }

    // --- one method per kind of row ------------------------------------------------------------------

    private void source(Row r) throws SQLException {
        long id = insert("INSERT INTO source (code, outlet, title, url, published, retrieved, snippet) VALUES (?,?,?,?,?,?,?)",
                r.required("id"), r.required("outlet"), r.required("title"), r.text("url"), r.date("published"),
                r.date("retrieved"), r.text("snippet"));
        put(sources, r.required("id"), id, r, "source");
    }

    private void party(Row r) throws SQLException {
        String abbr = r.required("abbreviation");
        PartialDate founded = r.partial("founded");
        PartialDate dissolved = r.partial("dissolved");
        r.period(founded, dissolved);
        String pf = r.text("partyfacts_id");
        long id = insert("INSERT INTO party (abbreviation, name, native_name, colour, founded, dissolved, partyfacts_id,"
                        + " country) VALUES (?,?,?,?,?,?,?,?)", abbr, r.required("name"), r.text("native_name"),
                r.colour("colour"), iso(founded), iso(dissolved), pf == null ? null : r.integer("partyfacts_id"),
                r.text("country"));
        put(parties, abbr.toUpperCase(Locale.ROOT), id, r, "party");
        cite("party", id, r);
    }

    private void alias(Row r) throws SQLException {
        long party = ref(parties, r.required("party").toUpperCase(Locale.ROOT), r, "party");
        String label = r.required("label");
        long id = insert("INSERT INTO party_alias (label, party_id) VALUES (?, ?)", label, party);
        aliases.put(label.toUpperCase(Locale.ROOT), party);
        cite("party_alias", id, r);
    }

    private void person(Row r) throws SQLException {
        String key = r.required("key");
        long id = insert("INSERT INTO person (code, name, native_name) VALUES (?,?,?)", key, r.required("name"),
                r.text("native_name"));
        put(people, key, id, r, "person");
        cite("person", id, r);
    }

    private void affiliation(Row r) throws SQLException {
        Period p = r.period(r.partial("from"), r.partial("to"));
        long id = insert("INSERT INTO affiliation (person_id, party_id, role, from_date, to_date) VALUES (?,?,?,?,?)",
                ref(people, r.required("person"), r, "person"), party(r, "party"), r.text("role"), iso(p.from()),
                iso(p.to()));
        cite("affiliation", id, r);
    }

    private void election(Row r) throws SQLException {
        String key = r.required("key");
        long id = insert("INSERT INTO election (code, name, polling_day, country) VALUES (?,?,?,?)", key,
                r.required("name"), r.date("polling_day"), r.text("country"));
        put(elections, key, id, r, "election");
        cite("election", id, r);
    }

    private void assembly(Row r) throws SQLException {
        String code = r.required("code");
        long id = insert("INSERT INTO assembly (code, name, province, total_seats, general_seats, majority)"
                        + " VALUES (?,?,?,?,?,?)", code, r.required("name"), r.text("province"),
                r.optionalInteger("total_seats"), r.optionalInteger("general_seats"), r.optionalInteger("majority"));
        put(assemblies, code, id, r, "assembly");
        cite("assembly", id, r);
    }

    private void constituency(Row r) throws SQLException {
        constituency(r, r.required("code"), r.required("assembly"), r.text("name"), r.text("province"),
                r.text("district"), null);
    }

    private long constituency(Row r, String code, String assembly, String name, String province, String district,
                              String source) throws SQLException {
        long asm = ref(assemblies, assembly, r, "assembly");
        long id = insert("INSERT INTO constituency (code, name, assembly_id, province, district) VALUES (?,?,?,?,?)",
                code, name, asm, province, district);
        put(seats, assembly + "/" + code, id, r, "seat");
        if (source == null) {
            cite("constituency", id, r);
        } else {
            citeOne("constituency", id, source, r);
        }
        return id;
    }

    /**
     * A results manifest row: an election's seats and candidates in the Aiwan-e-Jamhoor layout
     * ({@code na,constituency_name,province,...} and {@code na,candidate_name,party,votes,rank}).
     */
    private void results(String folder, Row r) throws SQLException, IOException {
        long election = ref(elections, r.required("election"), r, "election");
        String assembly = r.required("assembly");
        String source = r.required("source");
        ref(sources, source, r, "source");
        Map<String, String> districts = new HashMap<>();
        String districtFile = r.text("districts");
        if (districtFile != null) {
            each(folder, districtFile, d -> districts.put(d.required("na"), d.text("districts")));
        }
        each(folder, r.required("constituencies"), s -> {
            String code = s.required("na");
            String district = districts.get(code);
            constituency(s, code, assembly, s.text("constituency_name"), s.text("province"),
                    district == null ? null : district.replace(";", ", "), source);
        });
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO candidacy (election_id, constituency_id,"
                + " candidate_name, party_id, party_label, person_id, votes, rank, elected) VALUES (?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            each(folder, r.required("candidates"), k -> {
                String label = k.required("party");
                Long party = partyForLabel(label);
                int rank = k.integer("rank");
                String name = k.required("candidate_name");
                bind(ps, election, ref(seats, assembly + "/" + k.required("na"), k, "seat"), name, party, label,
                        personFor(name, party), k.integer("votes"), rank, rank == 1 ? 1 : 0);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    citeOne("candidacy", keys.getLong(1), source, k);
                }
            });
        }
    }

    /**
     * The party a results label means: an alias, when the dataset declares one, wins over a party of the
     * same abbreviation (the 2024 results print "MQM" for MQM-P, while MQM is also the original party).
     */
    private Long partyForLabel(String label) {
        String key = label.toUpperCase(Locale.ROOT);
        Long p = aliases.get(key);
        return p != null ? p : parties.get(key);
    }

    /** The person a result belongs to: same name, and affiliated with the party the result is for. */
    private Long personFor(String name, Long party) throws SQLException {
        if (party == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM person p JOIN affiliation a ON a.person_id = p.id"
                + " WHERE p.name = ? COLLATE NOCASE AND a.party_id = ? LIMIT 1")) {
            ps.setString(1, name);
            ps.setLong(2, party);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void alliance(Row r) throws SQLException {
        String key = r.required("key");
        Period p = r.period(r.partial("from"), r.partial("to"));
        long id = insert("INSERT INTO alliance (code, name, abbreviation, kind, level, region, from_date, to_date,"
                        + " description) VALUES (?,?,?,?,?,?,?,?,?)", key, r.required("name"), r.text("abbreviation"),
                r.coded(AllianceKind.class, "kind"), r.coded(Level.class, "level"), r.text("region"), iso(p.from()),
                iso(p.to()), r.text("description"));
        put(alliances, key, id, r, "alliance");
        cite("alliance", id, r);
    }

    private void membership(Row r) throws SQLException {
        Period p = r.period(r.partial("from"), r.partial("to"));
        long id = insert("INSERT INTO membership (alliance_id, party_id, from_date, to_date, role) VALUES (?,?,?,?,?)",
                ref(alliances, r.required("alliance"), r, "alliance"), party(r, "party"), iso(p.from()), iso(p.to()),
                r.text("role"));
        cite("membership", id, r);
    }

    private void deal(Row r) throws SQLException {
        String key = r.required("key");
        long election = ref(elections, r.required("election"), r, "election");
        String assembly = r.required("assembly");
        long seat = ref(seats, assembly + "/" + r.required("seat"), r, "seat");
        long giver = party(r, "giver");
        long receiver = party(r, "receiver");
        if (giver == receiver) {
            throw r.error("a party cannot make a seat deal with itself (" + r.required("giver") + ")");
        }
        String candidate = r.text("candidate");
        String alliance = r.text("alliance");
        long id = insert("INSERT INTO seat_deal (code, election_id, constituency_id, giver_id, receiver_id,"
                        + " candidate_name, candidacy_id, alliance_id, note) VALUES (?,?,?,?,?,?,?,?,?)", key, election,
                seat, giver, receiver, candidate, candidacy(election, seat, candidate, receiver),
                alliance == null ? null : ref(alliances, alliance, r, "alliance"), r.text("note"));
        put(deals, key, id, r, "deal");
        cite("seat_deal", id, r);
    }

    /** The result row of the deal's candidate: by name, else (no name given) the receiver's candidate there. */
    private Long candidacy(long election, long seat, String candidate, long receiver) throws SQLException {
        String sql = candidate != null
                ? "SELECT id FROM candidacy WHERE election_id = ? AND constituency_id = ? AND candidate_name = ? COLLATE NOCASE"
                : "SELECT id FROM candidacy WHERE election_id = ? AND constituency_id = ? AND party_id = ? ORDER BY rank";
        try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT 1")) {
            ps.setLong(1, election);
            ps.setLong(2, seat);
            if (candidate != null) {
                ps.setString(3, candidate.strip());
            } else {
                ps.setLong(3, receiver);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void claim(Row r) throws SQLException {
        PartialDate date = r.partial("date");
        if (date == null) {
            throw r.error("a claim needs a date");
        }
        insert("INSERT INTO deal_claim (deal_id, date, status, source_id, note) VALUES (?,?,?,?,?)",
                ref(deals, r.required("deal"), r, "deal"), date.iso(), r.coded(ClaimStatus.class, "status"),
                ref(sources, r.required("source"), r, "source"), r.text("note"));
    }

    private void event(Row r) throws SQLException {
        String key = r.required("key");
        PartialDate date = r.partial("date");
        if (date == null) {
            throw r.error("an event needs a date");
        }
        long id = insert("INSERT INTO event (code, date, title, place, description) VALUES (?,?,?,?,?)", key,
                date.iso(), r.required("title"), r.text("place"), r.text("description"));
        put(events, key, id, r, "event");
        for (String p : r.list("parties")) {
            insert("INSERT INTO event_party (event_id, party_id) VALUES (?, ?)", id,
                    ref(parties, p.toUpperCase(Locale.ROOT), r, "party"));
        }
        for (String p : r.list("people")) {
            insert("INSERT INTO event_person (event_id, person_id) VALUES (?, ?)", id, ref(people, p, r, "person"));
        }
        cite("event", id, r);
    }

    private void relation(Row r) throws SQLException {
        Period p = r.period(r.partial("from"), r.partial("to"));
        long a = party(r, "party_a");
        long b = party(r, "party_b");
        if (a == b) {
            throw r.error("a relation needs two different parties");
        }
        long id = insert("INSERT INTO party_relation (party_a, party_b, kind, from_date, to_date, note)"
                        + " VALUES (?,?,?,?,?,?)", a, b, r.coded(RelationKind.class, "kind"), iso(p.from()),
                iso(p.to()), r.text("note"));
        cite("party_relation", id, r);
    }

    // --- plumbing ------------------------------------------------------------------------------------

    /** Handles one CSV row; may throw SQL or I/O failures, which the loader reports with the row's place. */
    @FunctionalInterface
    private interface RowHandler {
        void handle(Row r) throws SQLException, IOException;
    }

    private void each(String folder, String name, RowHandler handler) throws IOException, SQLException {
        Optional<Reader> reader = files.open(folder, name);
        if (reader.isEmpty()) {
            return;
        }
        String file = files.describe(folder, name);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (Reader in = reader.get(); CSVParser parser = CSVParser.parse(in, format)) {
            java.util.Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    throw new DatasetException(file + " line " + (before + 1) + ": malformed CSV ("
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()) + ")", e);
                }
                // the line the record starts on (the header is line 1)
                long line = before + 1;
                String saved = where;
                where = file + " line " + line;
                handler.handle(new Row(file, line, rec));
                where = saved;
            }
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, values);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
    }

    private void cite(String kind, long id, Row r) throws SQLException {
        List<String> ids = r.list("sources");
        if (ids.isEmpty()) {
            throw r.error("cites no source (every record needs one: column 'sources')");
        }
        for (String s : ids) {
            citeOne(kind, id, s, r);
        }
    }

    private void citeOne(String kind, long id, String sourceCode, Row r) throws SQLException {
        cite.setString(1, kind);
        cite.setLong(2, id);
        cite.setLong(3, ref(sources, sourceCode, r, "source"));
        cite.executeUpdate();
    }

    private long party(Row r, String column) {
        return ref(parties, r.required(column).toUpperCase(Locale.ROOT), r, "party");
    }

    private static long ref(Map<String, Long> map, String key, Row r, String what) {
        Long id = map.get(key);
        if (id == null) {
            throw r.error("unknown " + what + " '" + key + "'");
        }
        return id;
    }

    private static void put(Map<String, Long> map, String key, long id, Row r, String what) {
        if (map.putIfAbsent(key, id) != null) {
            throw r.error("duplicate " + what + " '" + key + "'");
        }
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    /** One CSV row, with typed access that reports the file and line on bad values. */
    private static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord rec;

        Row(String file, long line, CSVRecord rec) {
            this.file = file;
            this.line = line;
            this.rec = rec;
        }

        DatasetException error(String message) {
            return new DatasetException(file + " line " + line + ": " + message);
        }

        String text(String column) {
            if (!rec.isMapped(column)) {
                throw error("no column '" + column + "'");
            }
            String v = rec.isSet(column) ? rec.get(column) : null;
            return v == null || v.isBlank() ? null : v.strip();
        }

        String required(String column) {
            String v = text(column);
            if (v == null) {
                throw error("'" + column + "' is empty");
            }
            return v;
        }

        PartialDate partial(String column) {
            try {
                return PartialDate.parseNullable(text(column));
            } catch (IllegalArgumentException e) {
                throw error(column + ": " + e.getMessage());
            }
        }

        String date(String column) {
            PartialDate d = partial(column);
            return d == null ? null : d.iso();
        }

        Period period(PartialDate from, PartialDate to) {
            try {
                return new Period(from, to);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        int integer(String column) {
            try {
                return Integer.parseInt(required(column));
            } catch (NumberFormatException e) {
                throw error(column + ": not a whole number: '" + text(column) + "'");
            }
        }

        Integer optionalInteger(String column) {
            return text(column) == null ? null : integer(column);
        }

        String colour(String column) {
            String v = text(column);
            if (v != null && !v.matches("#[0-9A-Fa-f]{6}")) {
                throw error(column + ": not a colour #RRGGBB: '" + v + "'");
            }
            return v;
        }

        <E extends Enum<E> & Coded> String coded(Class<E> type, String column) {
            try {
                return Coded.parse(type, required(column)).code();
            } catch (IllegalArgumentException e) {
                throw error(column + ": " + e.getMessage());
            }
        }

        List<String> list(String column) {
            String v = text(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : v.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }
}
