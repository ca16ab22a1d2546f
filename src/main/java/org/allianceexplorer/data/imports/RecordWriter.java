package org.allianceexplorer.data.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.ImportHistory;
import org.allianceexplorer.data.format.DatasetFormat.File;

/**
 * Matches each record read with the one of the same key in the database and writes it: added when its
 * key is new, skipped when the same record is there, a conflict (or, with {@link Importer.OnConflict#UPDATE},
 * an update) when one with other content is. Counts each outcome in the report.
 */
final class RecordWriter implements AutoCloseable {

    /** Kinds no other file refers to: their keys are not remembered (there may be millions of claims). */
    private static final Set<File> UNREFERENCED = EnumSet.of(
            File.AFFILIATIONS, File.SEAT_COUNTS, File.PARTY_RESULTS, File.MEMBERSHIPS, File.CLAIMS, File.RELATIONS);

    private final Map<File, RecordTable> tables = new EnumMap<>(File.class);
    private final KeyIndexes keys;
    private final Importer.OnConflict onConflict;
    private final ImportReport report;
    private final ImportHistory history;

    RecordWriter(Connection c, KeyIndexes k, Importer.OnConflict onConflict, ImportReport report, ImportHistory history)
            throws SQLException {
        this.keys = k;
        this.onConflict = onConflict;
        this.report = report;
        this.history = history;
        // each file's table (the one its key index is of) and the columns other than the key
        try {
            table(c, File.SOURCES, k.sources, "outlet,title,url,published,retrieved,snippet");
            table(c, File.PARTIES, k.parties, "name,native_name,colour,founded,dissolved,partyfacts_id,country");
            table(c, File.PARTY_ALIASES, k.aliases, "party_id");
            table(c, File.PEOPLE, k.people, "name,native_name");
            table(c, File.AFFILIATIONS, k.affiliations, "person_id,party_id,role,from_date,to_date");
            table(c, File.ELECTIONS, k.elections, "name,polling_day,country");
            table(c, File.ASSEMBLIES, k.assemblies, "name,province,total_seats,general_seats,majority");
            table(c, File.CONSTITUENCIES, k.seats, "assembly_id,name,province,district");
            table(
                    c,
                    File.CANDIDACIES,
                    k.candidacies,
                    "election_id,constituency_id,candidate_name,party_id,party_label,person_id,votes,rank,elected");
            table(
                    c,
                    File.SEAT_COUNTS,
                    k.seatCounts,
                    "election_id,constituency_id,basis,declared,polling_stations,registered,polled,valid_votes,"
                            + "rejected_votes,turnout,winner_name,winner_label,winner_votes,winner_id,runner_up_name,"
                            + "runner_up_label,runner_up_votes,runner_up_id,candidates,flags");
            table(c, File.PARTY_RESULTS, k.partyResults, "election_id,assembly_id,party_id,votes,vote_share,seats");
            table(c, File.ALLIANCES, k.alliances, "name,abbreviation,kind,level,region,from_date,to_date,description");
            table(c, File.MEMBERSHIPS, k.memberships, "alliance_id,party_id,from_date,to_date,role");
            table(
                    c,
                    File.DEALS,
                    k.deals,
                    "election_id,constituency_id,giver_id,receiver_id,candidate_name,candidacy_id,alliance_id,note");
            table(c, File.CLAIMS, k.claims, "deal_id,date,status,source_id,note");
            table(c, File.EVENTS, k.events, "date,title,place,description");
            table(c, File.RELATIONS, k.relations, "party_a,party_b,kind,from_date,to_date,note");
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** The records of every kind by key, as this writer keeps them. */
    KeyIndexes keys() {
        return keys;
    }

    private void table(Connection c, File f, KeyIndex refs, String columns) throws SQLException {
        // sources cite nothing, and a claim names its one source in a column
        String citeKind = f == File.SOURCES || f == File.CLAIMS ? null : refs.table;
        tables.put(
                f,
                new RecordTable(c, f, refs.table, KeyIndex.keyColumn(refs.table), citeKind, refs, columns.split(",")));
    }

    /**
     * Adds the record, or matches it with the one of the same key: skipped when equal, a conflict (or an
     * update) when not. Returns its id, or 0 when the row was refused. A record other files may refer to is
     * remembered by its key.
     */
    long put(File f, Line r, String keyColumn, String key, Object[] values, long[] sourceIds, long[][] lists)
            throws SQLException {
        RecordTable t = tables.get(f);
        long id = match(t, r, keyColumn, key, values, sourceIds, lists);
        if (id > 0 && !UNREFERENCED.contains(f)) {
            t.refs.put(key, id);
        }
        return id;
    }

    private long match(
            RecordTable t, Line r, String keyColumn, String key, Object[] values, long[] sourceIds, long[][] lists)
            throws SQLException {
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
                : Arrays.stream(lists).map(RecordWriter::sorted).toArray(long[][]::new);
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
        ImportReport.Counts counts = report.counts(t.file);
        if (existing != null) {
            if (existing > t.refs.maxBefore) {
                r.problem(keyColumn, duplicate(t, key));
                return 0;
            }
            List<String> diff = t.diff(existing, values, cites, sortedLists, this::describe);
            if (diff.isEmpty()) {
                counts.skipped++;
                return existing;
            }
            if (onConflict == Importer.OnConflict.UPDATE) {
                history.watch(t.name, existing);
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
            id = t.insert(stored(t.file, key), values, cites, sortedLists);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (t.refs.queriedAndNew() && m.contains("UNIQUE constraint failed: " + t.name + ".code")) {
                r.problem(keyColumn, duplicate(t, key));
                return 0;
            }
            r.problem(null, sqlMessage(e));
            t.refs.broken.add(key);
            return 0;
        }
        counts.added++;
        return id;
    }

    private static String duplicate(RecordTable t, String key) {
        return "duplicate " + t.refs.what + " '" + shown(key) + "': an earlier row has the same key";
    }

    /** The key as stored: a seat's key is its code within its assembly. */
    private static String stored(File f, String key) {
        return f == File.CONSTITUENCIES ? key.substring(key.indexOf(Importer.SEP) + 1) : key;
    }

    private static String shown(String key) {
        return key.replace(Importer.SEP, "/");
    }

    /** For a diff: a value as the file would show it (a referenced record by its key). */
    private String describe(String column, Object value) {
        if (value == null) {
            return "(none)";
        }
        KeyIndex refs = keys.referredToBy(column);
        if (refs != null && value instanceof Long id) {
            String k = refs.keyOf(id);
            return k == null ? "#" + id : "'" + shown(k) + "'";
        }
        String s = value.toString();
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }

    private static String sqlMessage(SQLException e) {
        String m = Importer.oneLine(e.getMessage());
        if (m.contains("UNIQUE constraint failed")) {
            return "duplicate record (" + m.substring(m.indexOf("UNIQUE")).replace(")", "") + ")";
        }
        if (m.contains("CHECK constraint failed")) {
            return "breaks a rule of the database ("
                    + m.substring(m.indexOf("CHECK")).replace(")", "") + ")";
        }
        return "cannot be written (" + m + ")";
    }

    private static long[] sorted(long[] ids) {
        return Arrays.stream(ids).distinct().sorted().toArray();
    }

    @Override
    public void close() {
        for (RecordTable t : tables.values()) {
            t.close();
        }
    }
}
