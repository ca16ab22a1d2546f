package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.File;
import org.allianceexplorer.data.format.DatasetFormat.Version;
import org.allianceexplorer.data.format.RecordKeys;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.domain.RelationKind;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.SafeCsv;
import org.sqlite.SQLiteConnection;

/**
 * Reads a dataset in the interchange format ({@code docs/data-format.md}) into a database: a new one, or
 * one that has records already, which are matched by key. A record whose key is new is added; one whose
 * key is there with the same content is skipped; one whose key is there with other content is a conflict,
 * which is a problem unless {@link OnConflict#UPDATE} says to take the file's version.
 *
 * <p>Everything happens in one transaction on a database that is a temporary file of ours (see
 * {@link DatasetImport}): reading goes on after a problem, so that every problem is listed (up to a cap),
 * and the transaction is committed only when there were none. Files are streamed: memory grows with the
 * number of keys, not with the size of the files.
 */
public final class Importer {

    /** What to do with a record whose key is in the database already with other content. */
    public enum OnConflict {
        REFUSE,
        UPDATE
    }

    /** How an import runs. */
    public record Settings(OnConflict onConflict, int maxProblems, CsvReader.Limits limits, boolean requireSources) {
        /**
         * Conflicts refused, 100 problems listed, cells up to 100,000 characters, and every record must cite a
         * source (the rule of the bundled dataset and of {@code check}).
         */
        public static final Settings DEFAULT = new Settings(OnConflict.REFUSE, 100, CsvReader.Limits.DEFAULT, true);

        public Settings withConflicts(OnConflict o) {
            return new Settings(o, maxProblems, limits, requireSources);
        }

        /** Records that cite no source are imported too ({@code check} lists them). */
        public Settings allowingUnsourced() {
            return new Settings(onConflict, maxProblems, limits, false);
        }
    }

    /** Joins a seat's assembly and code into one key (a character no code holds). */
    static final String SEP = "\u001F";

    private final DatasetFiles files;
    private final Settings settings;
    private final ImportReport report;
    private Consumer<String> progress = s -> {};
    private String defaultName;
    private Connection c;
    private Version version = DatasetFormat.LEGACY;
    private boolean tolerant;

    private KeyIndex sources;
    private KeyIndex parties;
    private KeyIndex aliases;
    private KeyIndex people;
    private KeyIndex elections;
    private KeyIndex assemblies;
    private KeyIndex seats;
    private KeyIndex alliances;
    private KeyIndex events;
    private KeyIndex candidacies;
    private KeyIndex deals;
    private KeyIndex claims;
    private KeyIndex affiliations;
    private KeyIndex memberships;
    private KeyIndex relations;
    /** Results labels (alias labels, folded) to party ids. */
    private final Map<String, Long> labelToParty = new HashMap<>();

    private final Map<File, RecordTable> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> derivedCounts = new HashMap<>();

    public Importer(DatasetFiles files, Settings settings) {
        this.files = files;
        this.settings = settings;
        this.report = new ImportReport(settings.maxProblems());
    }

    /** The dataset's name when neither the manifest nor the database gives one (a new database from a format-1 folder). */
    public Importer defaultName(String name) {
        this.defaultName = name;
        return this;
    }

    /** Hears which file is being read (for a progress line). */
    public Importer onProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Imports into {@code db} (writable, ours to discard on failure) in one transaction, committed only
     * when there was no problem. Returns the report either way; problems in it mean nothing was committed.
     */
    public ImportReport run(Database db) {
        c = db.connection();
        try {
            // the driver otherwise prepares and runs "SELECT last_insert_rowid()" after every INSERT (the importer
            // gives ids itself): a third of an import's time
            c.unwrap(SQLiteConnection.class).getConnectionConfig().setGetGeneratedKeys(false);
            c.setAutoCommit(false);
            try {
                readManifest();
                if (report.ok()) {
                    prepare();
                    readAll();
                }
                if (report.ok()) {
                    writeMeta();
                    c.commit();
                } else {
                    c.rollback();
                }
            } finally {
                for (RecordTable t : tables.values()) {
                    t.close();
                }
            }
        } catch (SQLException e) {
            problem("(database)", 0, null, "cannot write: " + oneLine(e.getMessage()));
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the database is a temporary file that will be discarded
            }
        } catch (IOException e) {
            problem("(input)", 0, null, "cannot read: " + oneLine(e.getMessage()));
        }
        return report;
    }

    // --- manifest and order ---------------------------------------------------------------------------

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private boolean hasManifest;

    private void readManifest() throws IOException {
        Optional<InputStream> in = files.openBytes("", DatasetFormat.MANIFEST);
        String where = files.describe("", DatasetFormat.MANIFEST);
        hasManifest = in.isPresent();
        if (in.isEmpty()) {
            version = DatasetFormat.LEGACY;
            tolerant = true;
            report.version(version);
            return;
        }
        try (CsvReader r = new CsvReader(in.get(), ',', settings.limits())) {
            CsvReader.Row header = r.next();
            if (header == null
                    || header.cells().size() < 2
                    || !"key".equals(strip(header.cells().get(0)))
                    || !"value".equals(strip(header.cells().get(1)))) {
                problem(where, 1, null, "the header must be 'key,value'");
                return;
            }
            for (CsvReader.Row row; (row = r.next()) != null; ) {
                if (row.blank()) {
                    continue;
                }
                String k = strip(row.cells().get(0));
                String v = row.cells().size() > 1 ? SafeCsv.restore(row.cells().get(1)) : null;
                if (k == null || k.isEmpty()) {
                    problem(where, row.line(), "A (key)", "'key' is empty");
                } else if (manifest.putIfAbsent(k, v == null ? "" : v) != null) {
                    problem(where, row.line(), "A (key)", "'" + k + "' is given twice");
                }
            }
        } catch (CsvReader.CsvException e) {
            problem(where, e.line(), null, e.getMessage());
            return;
        }
        String format = manifest.get("format");
        if (!DatasetFormat.FORMAT.equals(format)) {
            problem(
                    where,
                    0,
                    null,
                    format == null
                            ? "names no format (a row 'format," + DatasetFormat.FORMAT + "')"
                            : "is of the format '" + format + "', not '" + DatasetFormat.FORMAT + "'");
            return;
        }
        String v = manifest.get("format_version");
        try {
            version = Version.parse(v);
        } catch (IllegalArgumentException e) {
            problem(where, 0, null, "format_version: " + e.getMessage());
            return;
        }
        report.version(version);
        if (!version.readable()) {
            problem(
                    where,
                    0,
                    null,
                    "is written in format " + version + ", which this version of Alliance Explorer"
                            + " cannot read (it reads " + DatasetFormat.LEGACY + " to " + DatasetFormat.CURRENT.major()
                            + ".x);"
                            + " update Alliance Explorer");
            return;
        }
        tolerant = version.newer();
        if (tolerant) {
            report.note(where + ": format " + version + " is newer than this version writes (" + DatasetFormat.CURRENT
                    + "); files and columns it does not know are ignored");
        }
        report.datasetName(manifest.get("name"));
    }

    private void writeMeta() throws SQLException {
        // a folder without a manifest (format 1) is named after itself; a manifest without a name means none
        if (!manifest.containsKey("name")
                && defaultName != null
                && version.equals(DatasetFormat.LEGACY)
                && !hasManifest) {
            manifest.put("name", defaultName);
        }
        try (PreparedStatement has = c.prepareStatement("SELECT 1 FROM meta WHERE key = ?");
                PreparedStatement put = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : manifest.entrySet()) {
                if (e.getKey().equals("format") || e.getKey().equals("format_version")) {
                    continue;
                }
                has.setString(1, e.getKey());
                try (ResultSet rs = has.executeQuery()) {
                    if (rs.next()) {
                        // the database keeps its own name and notes: an import adds records, not identity
                        continue;
                    }
                }
                put.setString(1, e.getKey());
                put.setString(2, e.getValue());
                put.executeUpdate();
            }
        }
    }

    private void readAll() throws IOException, SQLException {
        List<String> folders = files.folders();
        if (!hasDatasetFiles(folders)) {
            problem(
                    files.describe("", ""),
                    0,
                    null,
                    "holds no dataset: none of " + DatasetFormat.MANIFEST + ", " + File.SOURCES.fileName() + ", "
                            + File.PARTIES.fileName() + ", ... (see docs/data-format.md)");
            return;
        }
        for (File f : File.values()) {
            if (f == File.CANDIDACIES) {
                for (String folder : folders) {
                    results(folder);
                }
            }
            for (String folder : folders) {
                each(folder, f);
            }
        }
    }

    private boolean hasDatasetFiles(List<String> folders) throws IOException {
        if (files.openBytes("", DatasetFormat.MANIFEST)
                .map(Importer::closeQuietly)
                .isPresent()) {
            return true;
        }
        for (String folder : folders) {
            for (File f : File.values()) {
                if (files.openBytes(folder, f.fileName())
                        .map(Importer::closeQuietly)
                        .isPresent()) {
                    return true;
                }
            }
            if (files.openBytes(folder, DatasetFormat.RESULTS_LAYOUT)
                    .map(Importer::closeQuietly)
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // only its presence mattered
        }
        return true;
    }

    // --- the tables -----------------------------------------------------------------------------------

    private void prepare() throws SQLException {
        // records made before schema 2 have no key: give them the one a dump would, so they can be matched
        long keyed = RecordKeys.fillMissing(c);
        report.keysGiven(keyed);
        if (keyed > 0) {
            report.note(String.format(
                    Locale.ROOT,
                    "%,d records of the database had no key (made by an older version)"
                            + " and were given the key a dump derives for them",
                    keyed));
        }
        sources = KeyIndex.preloaded(c, "source", "source", "SELECT id, code FROM source", false);
        parties = KeyIndex.preloaded(c, "party", "party", "SELECT id, abbreviation FROM party", true);
        aliases = KeyIndex.preloaded(c, "party alias", "party_alias", "SELECT id, label FROM party_alias", true);
        people = KeyIndex.preloaded(c, "person", "person", "SELECT id, code FROM person", false);
        elections = KeyIndex.preloaded(c, "election", "election", "SELECT id, code FROM election", false);
        assemblies = KeyIndex.preloaded(c, "assembly", "assembly", "SELECT id, code FROM assembly", false);
        seats = KeyIndex.preloaded(
                c,
                "seat",
                "constituency",
                "SELECT c.id, a.code || '" + SEP + "' || c.code FROM constituency c"
                        + " JOIN assembly a ON a.id = c.assembly_id",
                false);
        alliances = KeyIndex.preloaded(c, "alliance", "alliance", "SELECT id, code FROM alliance", false);
        events = KeyIndex.preloaded(c, "event", "event", "SELECT id, code FROM event", false);
        candidacies = KeyIndex.queried(c, "result", "candidacy");
        deals = KeyIndex.queried(c, "deal", "seat_deal");
        claims = KeyIndex.queried(c, "claim", "deal_claim");
        affiliations = KeyIndex.queried(c, "affiliation", "affiliation");
        memberships = KeyIndex.queried(c, "membership", "membership");
        relations = KeyIndex.queried(c, "relation", "party_relation");
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT label, party_id FROM party_alias")) {
            while (rs.next()) {
                labelToParty.put(DatasetFormat.fold(rs.getString(1)), rs.getLong(2));
            }
        }
        table(File.SOURCES, "source", "code", null, sources, new String[] {
            "outlet", "title", "url", "published", "retrieved", "snippet"
        });
        table(File.PARTIES, "party", "abbreviation", "party", parties, new String[] {
            "name", "native_name", "colour", "founded", "dissolved", "partyfacts_id", "country"
        });
        table(File.PARTY_ALIASES, "party_alias", "label", "party_alias", aliases, new String[] {"party_id"});
        table(File.PEOPLE, "person", "code", "person", people, new String[] {"name", "native_name"});
        table(File.AFFILIATIONS, "affiliation", "code", "affiliation", affiliations, new String[] {
            "person_id", "party_id", "role", "from_date", "to_date"
        });
        table(File.ELECTIONS, "election", "code", "election", elections, new String[] {"name", "polling_day", "country"
        });
        table(File.ASSEMBLIES, "assembly", "code", "assembly", assemblies, new String[] {
            "name", "province", "total_seats", "general_seats", "majority"
        });
        table(File.CONSTITUENCIES, "constituency", "code", "constituency", seats, new String[] {
            "assembly_id", "name", "province", "district"
        });
        table(File.CANDIDACIES, "candidacy", "code", "candidacy", candidacies, new String[] {
            "election_id",
            "constituency_id",
            "candidate_name",
            "party_id",
            "party_label",
            "person_id",
            "votes",
            "rank",
            "elected"
        });
        table(File.ALLIANCES, "alliance", "code", "alliance", alliances, new String[] {
            "name", "abbreviation", "kind", "level", "region", "from_date", "to_date", "description"
        });
        table(File.MEMBERSHIPS, "membership", "code", "membership", memberships, new String[] {
            "alliance_id", "party_id", "from_date", "to_date", "role"
        });
        table(File.DEALS, "seat_deal", "code", "seat_deal", deals, new String[] {
            "election_id",
            "constituency_id",
            "giver_id",
            "receiver_id",
            "candidate_name",
            "candidacy_id",
            "alliance_id",
            "note"
        });
        table(File.CLAIMS, "deal_claim", "code", null, claims, new String[] {
            "deal_id", "date", "status", "source_id", "note"
        });
        table(File.EVENTS, "event", "code", "event", events, new String[] {"date", "title", "place", "description"});
        table(File.RELATIONS, "party_relation", "code", "party_relation", relations, new String[] {
            "party_a", "party_b", "kind", "from_date", "to_date", "note"
        });
    }

    private void table(File f, String name, String keyColumn, String citeKind, KeyIndex refs, String[] columns)
            throws SQLException {
        tables.put(f, new RecordTable(c, f, name, keyColumn, citeKind, refs, columns));
    }

    // --- one method per file ----------------------------------------------------------------------------

    private void each(String folder, File f) throws IOException, SQLException {
        List<String> columns = f.columns();
        List<String> required = columns.stream().filter(col -> !f.optional(col)).toList();
        eachRow(folder, f.fileName(), f, required, columns, line -> {
            switch (f) {
                case SOURCES -> source(line);
                case PARTIES -> party(line);
                case PARTY_ALIASES -> alias(line);
                case PEOPLE -> person(line);
                case AFFILIATIONS -> affiliation(line);
                case ELECTIONS -> election(line);
                case ASSEMBLIES -> assembly(line);
                case CONSTITUENCIES -> constituency(line);
                case CANDIDACIES -> candidacy(line);
                case ALLIANCES -> alliance(line);
                case MEMBERSHIPS -> membership(line);
                case DEALS -> deal(line);
                case CLAIMS -> claim(line);
                case EVENTS -> event(line);
                case RELATIONS -> relation(line);
                default -> throw new IllegalStateException(f.toString());
            }
        });
    }

    private void source(Line r) throws SQLException {
        String key = r.key("id");
        Object[] v = {
            r.nonBlank("outlet"),
            r.nonBlank("title"),
            r.text("url"),
            r.date("published"),
            r.date("retrieved"),
            r.text("snippet")
        };
        long id = put(File.SOURCES, r, "id", key, v, null, null);
        if (id > 0) {
            sources.put(key, id);
        }
    }

    private void party(Line r) throws SQLException {
        String key = r.key("abbreviation");
        if (key != null && key.isBlank()) {
            r.problem("abbreviation", "is blank");
        }
        String founded = r.date("founded");
        String dissolved = r.date("dissolved");
        r.period("founded", founded, dissolved);
        Long pf = r.integer("partyfacts_id", 1, "must be a Party Facts id (1 or more)");
        Object[] v = {
            r.nonBlank("name"), r.text("native_name"), r.colour("colour"), founded, dissolved, pf, r.text("country")
        };
        long id = put(File.PARTIES, r, "abbreviation", key, v, r.sources(), null);
        if (id > 0 && key != null) {
            parties.put(key, id);
        }
    }

    private void alias(Line r) throws SQLException {
        String key = r.key("label");
        Long party = r.ref("party", parties);
        long id = put(File.PARTY_ALIASES, r, "label", key, new Object[] {party}, r.sources(), null);
        if (id > 0 && key != null && party != null) {
            aliases.put(key, id);
            labelToParty.put(DatasetFormat.fold(key), party);
        }
    }

    private void person(Line r) throws SQLException {
        String key = r.key("key");
        Object[] v = {r.nonBlank("name"), r.text("native_name")};
        long id = put(File.PEOPLE, r, "key", key, v, r.sources(), null);
        if (id > 0) {
            people.put(key, id);
        }
    }

    private void affiliation(Line r) throws SQLException {
        Long person = r.ref("person", people);
        Long party = r.ref("party", parties);
        String role = r.text("role");
        String from = r.date("from");
        String to = r.date("to");
        r.period("from", from, to);
        String key = r.keyOrDerived("key", "affiliation", () ->
                new String[] {r.refKey("person", people), r.refKey("party", parties), role, from});
        put(File.AFFILIATIONS, r, "key", key, new Object[] {person, party, role, from, to}, r.sources(), null);
    }

    private void election(Line r) throws SQLException {
        String key = r.key("key");
        Object[] v = {r.required("name"), r.date("polling_day"), r.text("country")};
        long id = put(File.ELECTIONS, r, "key", key, v, r.sources(), null);
        if (id > 0) {
            elections.put(key, id);
        }
    }

    private void assembly(Line r) throws SQLException {
        String key = r.key("code");
        Long total = r.integer("total_seats", 1, "must be 1 or more");
        Long general = r.integer("general_seats", 1, "must be 1 or more");
        Long majority = r.integer("majority", 1, "must be 1 or more");
        if (total != null && general != null && general > total) {
            r.problem("general_seats", "is more than total_seats (" + total + ")");
        }
        if (total != null && majority != null && majority > total) {
            r.problem("majority", "is more than total_seats (" + total + ")");
        }
        Object[] v = {r.required("name"), r.text("province"), total, general, majority};
        long id = put(File.ASSEMBLIES, r, "code", key, v, r.sources(), null);
        if (id > 0) {
            assemblies.put(key, id);
        }
    }

    private void constituency(Line r) throws SQLException {
        String code = r.key("code");
        String assembly = r.refKey("assembly", assemblies);
        Long asm = r.ref("assembly", assemblies);
        Object[] v = {asm, r.text("name"), r.text("province"), r.text("district")};
        String key = assembly == null || code == null ? null : assembly + SEP + code;
        long id = put(File.CONSTITUENCIES, r, "code", key, v, r.sources(), null);
        if (id > 0) {
            seats.put(key, id);
        }
    }

    private void candidacy(Line r) throws SQLException {
        Long election = r.ref("election", elections);
        String seatKey = r.seatKey("assembly", "seat");
        Long seat = r.seat("assembly", "seat");
        String name = r.required("candidate");
        Long party = r.optionalRef("party", parties);
        String label = r.has("party_label") ? r.text("party_label") : null;
        Long votes = r.requiredInteger("votes", 0, "must be 0 or more");
        Long rank = r.requiredInteger("rank", 1, "must be 1 or more");
        Long elected;
        if (r.has("elected")) {
            elected = r.bool("elected");
            if (elected == null) {
                r.problemIfNone("elected", "is empty (1 for elected, 0 for not)");
            }
        } else {
            elected = rank == null ? null : rank == 1 ? 1L : 0L;
        }
        Long person;
        if (r.has("person")) {
            person = r.optionalRef("person", people);
        } else {
            person = r.bad ? null : personFor(name, party);
        }
        String key = r.keyOrDerived("key", "candidacy", () -> new String[] {
            r.refKey("election", elections), seatKey == null ? null : seatKey.substring(seatKey.indexOf(SEP) + 1), name
        });
        long id = put(
                File.CANDIDACIES,
                r,
                "key",
                key,
                new Object[] {election, seat, name, party, label, person, votes, rank, elected},
                r.sources(),
                null);
        if (id > 0) {
            candidacies.put(key, id);
        }
    }

    private void alliance(Line r) throws SQLException {
        String key = r.key("key");
        String from = r.date("from");
        String to = r.date("to");
        r.period("from", from, to);
        Object[] v = {
            r.required("name"),
            r.text("abbreviation"),
            r.coded("kind", AllianceKind.class),
            r.coded("level", Level.class),
            r.text("region"),
            from,
            to,
            r.text("description")
        };
        long id = put(File.ALLIANCES, r, "key", key, v, r.sources(), null);
        if (id > 0) {
            alliances.put(key, id);
        }
    }

    private void membership(Line r) throws SQLException {
        Long alliance = r.ref("alliance", alliances);
        Long party = r.ref("party", parties);
        String from = r.date("from");
        String to = r.date("to");
        r.period("from", from, to);
        String key = r.keyOrDerived("key", "membership", () ->
                new String[] {r.refKey("alliance", alliances), r.refKey("party", parties), from});
        put(
                File.MEMBERSHIPS,
                r,
                "key",
                key,
                new Object[] {alliance, party, from, to, r.text("role")},
                r.sources(),
                null);
    }

    private void deal(Line r) throws SQLException {
        Long election = r.ref("election", elections);
        Long seat = r.seat("assembly", "seat");
        String seatKey = r.seatKey("assembly", "seat");
        Long giver = r.ref("giver", parties);
        Long receiver = r.ref("receiver", parties);
        if (giver != null && giver.equals(receiver)) {
            r.problem("receiver", "a party cannot make a seat deal with itself (" + r.refKey("giver", parties) + ")");
        }
        String candidate = r.text("candidate");
        Long alliance = r.optionalRef("alliance", alliances);
        Long candidacy;
        if (r.has("candidacy")) {
            candidacy = r.optionalRef("candidacy", candidacies);
        } else {
            candidacy = r.bad ? null : candidacyFor(election, seat, candidate, receiver);
        }
        String key = r.keyOrDerived("key", "deal", () -> new String[] {
            r.refKey("election", elections),
            seatKey == null ? null : seatKey.substring(seatKey.indexOf(SEP) + 1),
            r.refKey("giver", parties),
            r.refKey("receiver", parties)
        });
        long id = put(
                File.DEALS,
                r,
                "key",
                key,
                new Object[] {election, seat, giver, receiver, candidate, candidacy, alliance, r.text("note")},
                r.sources(),
                null);
        if (id > 0) {
            deals.put(key, id);
        }
    }

    private void claim(Line r) throws SQLException {
        Long deal = r.ref("deal", deals);
        String date = r.date("date");
        if (date == null) {
            r.problemIfNone("date", "is empty (a claim needs a date)");
        }
        String status = r.coded("status", ClaimStatus.class);
        Long source = r.ref("source", sources);
        String key = r.keyOrDerived("key", "claim", () -> new String[] {r.refKey("deal", deals), date, status});
        put(File.CLAIMS, r, "key", key, new Object[] {deal, date, status, source, r.text("note")}, null, null);
    }

    private void event(Line r) throws SQLException {
        String key = r.key("key");
        String date = r.date("date");
        if (date == null) {
            r.problemIfNone("date", "is empty (an event needs a date)");
        }
        Object[] v = {date, r.required("title"), r.text("place"), r.text("description")};
        long[][] lists = {r.refs("parties", parties), r.refs("people", people)};
        long id = put(File.EVENTS, r, "key", key, v, r.sources(), lists);
        if (id > 0) {
            events.put(key, id);
        }
    }

    private void relation(Line r) throws SQLException {
        Long a = r.ref("party_a", parties);
        Long b = r.ref("party_b", parties);
        if (a != null && a.equals(b)) {
            r.problem("party_b", "a relation needs two different parties");
        }
        String kind = r.coded("kind", RelationKind.class);
        String from = r.date("from");
        String to = r.date("to");
        r.period("from", from, to);
        String key = r.keyOrDerived("key", "relation", () ->
                new String[] {r.refKey("party_a", parties), r.refKey("party_b", parties), kind, from});
        put(File.RELATIONS, r, "key", key, new Object[] {a, b, kind, from, to, r.text("note")}, r.sources(), null);
    }

    // --- results in the layout of data/results/ (format 1) ------------------------------------------

    /**
     * A results manifest row: an election's seats and candidates in the Aiwan-e-Jamhoor layout
     * ({@code na,constituency_name,province,...} and {@code na,candidate_name,party,votes,rank}).
     */
    private void results(String folder) throws IOException, SQLException {
        List<String> cols = List.of("election", "assembly", "constituencies", "candidates", "districts", "source");
        eachRow(folder, DatasetFormat.RESULTS_LAYOUT, null, cols, cols, false, r -> {
            Long election = r.ref("election", elections);
            String assembly = r.refKey("assembly", assemblies);
            Long asm = r.ref("assembly", assemblies);
            Long source = r.ref("source", sources);
            String constituencies = r.required("constituencies");
            String candidatesFile = r.required("candidates");
            String districtFile = r.text("districts");
            if (r.bad) {
                return;
            }
            Map<String, String> districts = new HashMap<>();
            if (districtFile != null) {
                List<String> dc = List.of("na", "districts");
                eachRow(folder, districtFile, null, dc, dc, false, d -> {
                    String na = d.required("na");
                    if (na != null) {
                        districts.put(na, d.text("districts"));
                    }
                });
            }
            List<String> sc = List.of("na", "constituency_name", "province");
            eachRow(folder, constituencies, File.CONSTITUENCIES, sc, sc, false, s -> {
                String code = s.required("na");
                String district = code == null ? null : districts.get(code);
                Object[] v = {
                    asm,
                    s.text("constituency_name"),
                    s.text("province"),
                    district == null ? null : district.replace(";", ", ")
                };
                String key = code == null ? null : assembly + SEP + code;
                long id = put(File.CONSTITUENCIES, s, "na", key, v, new long[] {source}, null);
                if (id > 0) {
                    seats.put(key, id);
                }
            });
            String electionKey = r.refKey("election", elections);
            List<String> kc = List.of("na", "candidate_name", "party", "votes", "rank");
            eachRow(folder, candidatesFile, File.CANDIDACIES, kc, kc, false, k -> {
                String na = k.required("na");
                String label = k.required("party");
                Long party = label == null ? null : partyForLabel(label);
                String name = k.required("candidate_name");
                Long votes = k.requiredInteger("votes", 0, "must be 0 or more");
                Long rank = k.requiredInteger("rank", 1, "must be 1 or more");
                Long seat = null;
                if (na != null) {
                    seat = seats.find(assembly + SEP + na);
                    if (seat == null) {
                        k.problem("na", "unknown seat '" + na + "' (not in " + constituencies + ")");
                    }
                }
                Long person = k.bad ? null : personFor(name, party);
                String key = k.derive("candidacy", electionKey, na, name);
                long id = put(
                        File.CANDIDACIES,
                        k,
                        "na",
                        key,
                        new Object[] {
                            election,
                            seat,
                            name,
                            party,
                            label,
                            person,
                            votes,
                            rank,
                            rank == null ? null : rank == 1 ? 1L : 0L
                        },
                        new long[] {source},
                        null);
                if (id > 0) {
                    candidacies.put(key, id);
                }
            });
        });
    }

    /**
     * The party a results label means: an alias, when the dataset declares one, wins over a party of the
     * same abbreviation (the 2024 results print "MQM" for MQM-P, while MQM is also the original party).
     */
    private Long partyForLabel(String label) {
        String key = DatasetFormat.fold(label);
        Long p = labelToParty.get(key);
        return p != null ? p : parties.findFolded(label);
    }

    /** Format 1: the person a result belongs to is the one of the same name affiliated with its party. */
    private Long personFor(String name, Long party) throws SQLException {
        if (party == null || name == null) {
            return null;
        }
        try (PreparedStatement ps =
                c.prepareStatement("SELECT p.id FROM person p JOIN affiliation a ON a.person_id = p.id"
                        + " WHERE p.name = ? COLLATE NOCASE AND a.party_id = ? ORDER BY p.id LIMIT 1")) {
            ps.setString(1, name.strip());
            ps.setLong(2, party);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Format 1: a deal's result row is its candidate's by name, else (no name) the receiver's there. */
    private Long candidacyFor(Long election, Long seat, String candidate, Long receiver) throws SQLException {
        if (election == null || seat == null || candidate == null && receiver == null) {
            return null;
        }
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

    // --- adding, skipping, updating -------------------------------------------------------------------

    /**
     * Adds the record, or matches it with the one of the same key: skipped when equal, a conflict (or an
     * update) when not. Returns its id, or 0 when the row was refused.
     */
    private long put(File f, Line r, String keyColumn, String key, Object[] values, long[] sourceIds, long[][] lists)
            throws SQLException {
        RecordTable t = tables.get(f);
        if (key == null) {
            r.bad = true;
        }
        if (r.bad) {
            if (key != null) {
                t.refs.broken.add(key);
            }
            return 0;
        }
        long[] cites = sourceIds == null ? null : sorted(sourceIds);
        long[][] sortedLists = lists == null
                ? null
                : Arrays.stream(lists).map(Importer::sorted).toArray(long[][]::new);
        // a table that was empty before the import holds only this import's rows: a key seen before is a duplicate,
        // which its unique index reports on insert (so millions of claims need no lookup each)
        Long existing = t.refs.queriedAndNew() ? null : t.refs.find(key);
        if (existing == null && t.refs.folded != null) {
            Long other = t.refs.findFolded(key);
            if (other != null) {
                r.problem(
                        keyColumn,
                        "duplicate " + t.refs.what + " '" + key + "': differs only in case from '" + t.refs.keyOf(other)
                                + "', which is there already");
                return 0;
            }
        }
        ImportReport.Counts counts = report.counts(f);
        if (existing != null) {
            if (existing > t.refs.maxBefore) {
                r.problem(
                        keyColumn,
                        "duplicate " + t.refs.what + " '" + shown(key) + "': an earlier row has the same key");
                return 0;
            }
            List<String> diff = t.diff(existing, values, cites, sortedLists, this::describe);
            if (diff.isEmpty()) {
                counts.skipped++;
                return existing;
            }
            if (settings.onConflict() == OnConflict.UPDATE) {
                t.update(existing, values, cites, sortedLists);
                counts.updated++;
                return existing;
            }
            r.conflict(
                    keyColumn,
                    t.refs.what + " '" + shown(key) + "' is in the database already with other content: "
                            + String.join("; ", diff));
            return 0;
        }
        long id;
        try {
            id = t.insert(key(f, key), values, cites, sortedLists);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (t.refs.queriedAndNew() && m.contains("UNIQUE constraint failed: " + t.name + ".code")) {
                r.problem(
                        keyColumn,
                        "duplicate " + t.refs.what + " '" + shown(key) + "': an earlier row has the same key");
                return 0;
            }
            r.problem(null, sqlMessage(e));
            t.refs.broken.add(key);
            return 0;
        }
        counts.added++;
        return id;
    }

    /** The key as stored: a seat's key is its code within its assembly. */
    private static String key(File f, String key) {
        return f == File.CONSTITUENCIES ? key.substring(key.indexOf(SEP) + 1) : key;
    }

    private static String shown(String key) {
        return key.replace(SEP, "/");
    }

    /** For a diff: a value as the file would show it (a referenced record by its key). */
    private String describe(String column, Object value) {
        if (value == null) {
            return "(none)";
        }
        KeyIndex refs = switch (column) {
            case "party_id", "giver_id", "receiver_id", "party_a", "party_b" -> parties;
            case "person_id" -> people;
            case "election_id" -> elections;
            case "constituency_id" -> seats;
            case "assembly_id" -> assemblies;
            case "alliance_id" -> alliances;
            case "candidacy_id" -> candidacies;
            case "deal_id" -> deals;
            case "source_id" -> sources;
            default -> null;
        };
        if (refs != null && value instanceof Long id) {
            String k = refs.keyOf(id);
            return k == null ? "#" + id : "'" + shown(k) + "'";
        }
        String s = value.toString();
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }

    private static String sqlMessage(SQLException e) {
        String m = oneLine(e.getMessage());
        if (m.contains("UNIQUE constraint failed")) {
            return "duplicate record (" + m.substring(m.indexOf("UNIQUE")).replace(")", "") + ")";
        }
        if (m.contains("CHECK constraint failed")) {
            return "breaks a rule of the database ("
                    + m.substring(m.indexOf("CHECK")).replace(")", "") + ")";
        }
        return "cannot be written (" + m + ")";
    }

    private static String oneLine(String m) {
        return m == null
                ? "unknown error"
                : m.replace('\n', ' ')
                        .replace("[SQLITE_CONSTRAINT_UNIQUE]", "")
                        .replace("[SQLITE_CONSTRAINT_CHECK]", "")
                        .strip();
    }

    private static long[] sorted(long[] ids) {
        return Arrays.stream(ids).distinct().sorted().toArray();
    }

    // --- reading files ----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface RowHandler {
        void handle(Line r) throws SQLException, IOException;
    }

    /**
     * Reads one file row by row: checks its header (required columns, unknown ones), sniffs a semicolon- or
     * tab-separated file, and hands each row to {@code handler}.
     */
    private void eachRow(
            String folder, String name, File kind, List<String> required, List<String> known, RowHandler handler)
            throws IOException, SQLException {
        eachRow(folder, name, kind, required, known, true, handler);
    }

    private void eachRow(
            String folder,
            String name,
            File kind,
            List<String> required,
            List<String> known,
            boolean strict,
            RowHandler handler)
            throws IOException, SQLException {
        String where = files.describe(folder, name);
        char delimiter = sniff(folder, name, where);
        if (delimiter == 0) {
            return;
        }
        progress.accept(where);
        Optional<InputStream> in = files.openBytes(folder, name);
        if (in.isEmpty()) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (CsvReader reader = new CsvReader(in.get(), delimiter, settings.limits())) {
            CsvReader.Row header = reader.next();
            if (header == null) {
                problem(where, 1, null, "is empty (not even a header row)");
                return;
            }
            boolean ok = true;
            for (int i = 0; i < header.cells().size(); i++) {
                String h = strip(header.cells().get(i));
                if (h == null || h.isEmpty()) {
                    if (i < header.cells().size() - 1 || header.cells().size() == 1) {
                        problem(where, 1, column(i + 1, null), "the header has an empty column name");
                        ok = false;
                    }
                    continue;
                }
                if (columns.putIfAbsent(h, i) != null) {
                    problem(where, 1, column(i + 1, h), "the column '" + h + "' is in the header twice");
                    ok = false;
                } else if (!known.contains(h) && strict && !tolerant && version.major() >= 2) {
                    problem(
                            where,
                            1,
                            column(i + 1, h),
                            "unknown column '" + h + "' (the columns of " + name + " are " + String.join(",", known)
                                    + "); remove it or correct its name");
                    ok = false;
                } else if (!known.contains(h) && strict && version.newer()) {
                    report.note(where + ": column '" + h + "' is not known to this version and was ignored");
                }
            }
            List<String> missing =
                    required.stream().filter(col -> !columns.containsKey(col)).toList();
            if (!missing.isEmpty()) {
                problem(
                        where,
                        1,
                        null,
                        "the header lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                                + " (the header is: " + String.join(",", columns.keySet()) + ")");
                return;
            }
            if (!ok) {
                return;
            }
            for (CsvReader.Row row; (row = reader.next()) != null; ) {
                if (row.blank()) {
                    continue;
                }
                Line line = new Line(where, row, columns);
                for (CsvReader.CellProblem p : row.problems()) {
                    line.problemAt(p.column(), p.message());
                }
                if (row.cells().size() > columns.size() && !trailingEmpty(row, columns.size())) {
                    line.problemAt(
                            columns.size() + 1,
                            "the row has " + row.cells().size() + " cells, the header " + columns.size()
                                    + " (a comma too many, or text with a comma that needs quotes)");
                }
                handler.handle(line);
            }
        } catch (CsvReader.CsvException e) {
            String header = null;
            for (Map.Entry<String, Integer> col : columns.entrySet()) {
                if (col.getValue() == e.column() - 1) {
                    header = col.getKey();
                }
            }
            problem(where, e.line(), e.column() > 0 ? column(e.column(), header) : null, e.getMessage());
        }
    }

    private static boolean trailingEmpty(CsvReader.Row row, int from) {
        for (int i = from; i < row.cells().size(); i++) {
            if (row.cells().get(i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter of a file: a comma, or a semicolon or tab when the header is clearly separated by one
     * (as spreadsheets in many locales save "CSV"); 0 when the file is absent or unreadable.
     */
    private char sniff(String folder, String name, String where) throws IOException {
        Optional<InputStream> in = files.openBytes(folder, name);
        if (in.isEmpty()) {
            return 0;
        }
        try (CsvReader r = new CsvReader(in.get(), ',', settings.limits())) {
            CsvReader.Row header = r.next();
            if (header != null && header.cells().size() == 1 && header.cells().get(0) != null) {
                String h = header.cells().get(0);
                for (char d : new char[] {';', '\t'}) {
                    if (h.indexOf(d) >= 0 && h.split(String.valueOf(d)).length > 1) {
                        report.note(where + ": read as " + (d == ';' ? "semicolon" : "tab")
                                + "-separated (the format's files are comma-separated)");
                        return d;
                    }
                }
            }
        } catch (CsvReader.CsvException e) {
            problem(where, e.line(), null, e.getMessage());
            return 0;
        }
        return ',';
    }

    private static String column(int index, String name) {
        return ImportProblem.letter(index) + (name == null ? "" : " (" + name + ")");
    }

    private void problem(String file, long line, String column, String message) {
        report.problem(new ImportProblem(file, line, column, message, false));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** One row, with typed access that reports problems (all of them) with the file, line and column. */
    private final class Line {
        final String file;
        final CsvReader.Row row;
        final Map<String, Integer> columns;
        final Set<String> reported = new HashSet<>();
        boolean bad;

        Line(String file, CsvReader.Row row, Map<String, Integer> columns) {
            this.file = file;
            this.row = row;
            this.columns = columns;
        }

        /** Reports a problem of a cell (one per cell: the first says what is wrong with it) or of the row. */
        void problem(String column, String message) {
            bad = true;
            if (column != null && !reported.add(column)) {
                return;
            }
            Integer i = column == null ? null : columns.get(column);
            report.problem(new ImportProblem(
                    file,
                    row.line(),
                    i == null ? (column == null ? null : column) : column(i + 1, column),
                    message,
                    false));
        }

        void conflict(String column, String message) {
            bad = true;
            Integer i = columns.get(column);
            report.problem(
                    new ImportProblem(file, row.line(), i == null ? null : column(i + 1, column), message, true));
        }

        void problemAt(int index, String message) {
            bad = true;
            String name = null;
            for (Map.Entry<String, Integer> e : columns.entrySet()) {
                if (e.getValue() == index - 1) {
                    name = e.getKey();
                }
            }
            reported.add(String.valueOf(name));
            report.problem(new ImportProblem(file, row.line(), column(index, name), message, false));
        }

        /** Reports unless the column has a problem already (a value missing because of it is not news). */
        void problemIfNone(String column, String message) {
            if (!reported.contains(String.valueOf(column))) {
                problem(column, message);
            }
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        /** True when the cell holds something (even an empty text). */
        boolean present(String column) {
            return raw(column) != null;
        }

        /** The cell as the format reads it: format 1 strips and takes a blank cell as empty; format 2 keeps text as it is. */
        String raw(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= row.cells().size()) {
                return null;
            }
            String v = row.cells().get(i);
            if (version.major() < 2) {
                return v == null || v.isBlank() ? null : v.strip();
            }
            return SafeCsv.restore(v);
        }

        /** An optional text. */
        String text(String column) {
            return raw(column);
        }

        String required(String column) {
            String v = raw(column);
            if (v == null) {
                problem(column, "is empty");
            }
            return v;
        }

        String nonBlank(String column) {
            String v = required(column);
            if (v != null && v.isBlank()) {
                problem(column, "is blank");
                return null;
            }
            return v;
        }

        /** A value that is not text (a date, a number, a code): surrounding spaces do not matter, blank is none. */
        private String value(String column) {
            String v = raw(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String key(String column) {
            String v = raw(column);
            if (v == null || v.isEmpty()) {
                problem(column, "is empty (every record needs its key)");
                return null;
            }
            return v;
        }

        /**
         * The key given in {@code column}, or, when the file has no such column or the cell is empty, the one
         * derived from the record's identifying values (numbered when several rows derive the same).
         */
        String keyOrDerived(String column, String kind, KeyParts parts) throws SQLException {
            String v = raw(column);
            if (v != null && !v.isEmpty()) {
                return v;
            }
            return derive(kind, parts.get());
        }

        String derive(String kind, String... parts) throws SQLException {
            for (String p : parts) {
                if (p == null && bad) {
                    return null;
                }
            }
            String base = DatasetFormat.derivedKey(parts);
            if (base.isEmpty()) {
                problemIfNone(null, "no key can be derived for this row");
                return null;
            }
            int n = derivedCounts.computeIfAbsent(kind, k -> new HashMap<>()).merge(base, 1, Integer::sum);
            return DatasetFormat.numbered(base, n);
        }

        String date(String column) {
            String v = value(column);
            if (v == null) {
                return null;
            }
            try {
                return PartialDate.parse(v).iso();
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        void period(String fromColumn, String from, String to) {
            if (from == null || to == null) {
                return;
            }
            try {
                new Period(PartialDate.parse(from), PartialDate.parse(to));
            } catch (IllegalArgumentException e) {
                problem(fromColumn, e.getMessage());
            }
        }

        Long requiredInteger(String column, long min, String rule) {
            if (value(column) == null) {
                problemIfNone(column, "is empty");
                return null;
            }
            return integer(column, min, rule);
        }

        Long integer(String column, long min, String rule) {
            String v = value(column);
            if (v == null) {
                return null;
            }
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                problem(column, "not a whole number: '" + v + "'");
                return null;
            }
            if (n < min || n > Integer.MAX_VALUE) {
                problem(column, rule + ": " + v);
                return null;
            }
            return n;
        }

        Long bool(String column) {
            String v = value(column);
            if (v == null) {
                return null;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "1", "true", "yes" -> {
                    return 1L;
                }
                case "0", "false", "no" -> {
                    return 0L;
                }
                default -> {
                    problem(column, "not 1 or 0: '" + v + "'");
                    return null;
                }
            }
        }

        String colour(String column) {
            String v = value(column);
            if (v != null && !v.matches("#[0-9A-Fa-f]{6}")) {
                problem(column, "not a colour #RRGGBB: '" + v + "'");
                return null;
            }
            return v;
        }

        <E extends Enum<E> & Coded> String coded(String column, Class<E> type) {
            String v = value(column);
            if (v == null) {
                problem(column, "is empty (one of " + Coded.codes(type) + ")");
                return null;
            }
            try {
                return Coded.parse(type, v).code();
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        /** A required reference. */
        Long ref(String column, KeyIndex refs) throws SQLException {
            String v = raw(column);
            if (v == null || v.isBlank()) {
                problem(column, "is empty (a " + refs.what + ")");
                return null;
            }
            return resolve(column, v, refs);
        }

        Long optionalRef(String column, KeyIndex refs) throws SQLException {
            String v = raw(column);
            return v == null || v.isEmpty() ? null : resolve(column, v, refs);
        }

        private Long resolve(String column, String v, KeyIndex refs) throws SQLException {
            Long id = refs.resolve(v);
            if (id == null) {
                if (refs.broken.contains(v) || refs.broken.contains(v.strip())) {
                    bad = true;
                } else {
                    problem(column, "unknown " + refs.what + " '" + v + "'");
                }
            }
            return id;
        }

        /** The key of the record a reference column names (as stored, whatever case the file used), or null. */
        String refKey(String column, KeyIndex refs) throws SQLException {
            String v = raw(column);
            if (v == null || v.isBlank()) {
                return null;
            }
            Long id = refs.resolve(v);
            return id == null ? null : refs.keyOf(id);
        }

        String seatKey(String assemblyColumn, String seatColumn) throws SQLException {
            String asm = refKey(assemblyColumn, assemblies);
            String code = raw(seatColumn);
            return asm == null || code == null || code.isBlank() ? null : asm + SEP + code;
        }

        /** A seat, named by assembly and code. */
        Long seat(String assemblyColumn, String seatColumn) throws SQLException {
            Long asm = ref(assemblyColumn, assemblies);
            String code = raw(seatColumn);
            if (code == null || code.isBlank()) {
                problem(seatColumn, "is empty (a seat)");
                return null;
            }
            if (asm == null) {
                return null;
            }
            String key = refKey(assemblyColumn, assemblies) + SEP;
            Long id = seats.find(key + code);
            if (id == null) {
                id = seats.find(key + code.strip());
            }
            if (id == null) {
                if (seats.broken.contains(key + code)) {
                    bad = true;
                } else {
                    problem(
                            seatColumn,
                            "unknown seat '" + code + "' in assembly '" + refKey(assemblyColumn, assemblies) + "'");
                }
            }
            return id;
        }

        long[] refs(String column, KeyIndex refs) throws SQLException {
            List<String> keys = DatasetFormat.splitList(raw(column), version);
            long[] ids = new long[keys.size()];
            int n = 0;
            for (String k : keys) {
                Long id = resolve(column, k, refs);
                if (id != null) {
                    ids[n++] = id;
                }
            }
            return Arrays.copyOf(ids, n);
        }

        long[] sources() throws SQLException {
            String column = "sources";
            List<String> keys = DatasetFormat.splitList(raw(column), version);
            if (keys.isEmpty() && settings.requireSources()) {
                problem(
                        column,
                        "cites no source (every record needs one: column 'sources'; --allow-unsourced imports"
                                + " such records and check lists them)");
                return new long[0];
            }
            return refs(column, sources);
        }
    }

    // --- keys and their records ---------------------------------------------------------------------------

    /** The identifying values of a record, computed only when its key must be derived. */
    @FunctionalInterface
    private interface KeyParts {
        String[] get() throws SQLException;
    }
}
