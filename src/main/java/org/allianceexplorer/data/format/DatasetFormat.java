package org.allianceexplorer.data.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interchange format: a folder of CSV files, one per kind of record, described for people in
 * {@code docs/data-format.md}. This class is its one home in code: the files and their columns in the
 * order a dump writes them, the version rules, the keys derived for records that have none, and how a
 * list cell is written. The importer ({@code data.imports}) and the dump ({@code data.dump}) both use it.
 */
public final class DatasetFormat {

    /** The value of {@code format} in the manifest. */
    public static final String FORMAT = "alliance-explorer-dataset";
    /** The manifest: {@code key,value} rows naming the format, its version and the dataset. */
    public static final String MANIFEST = "manifest.csv";
    /** The version this application writes, and the newest it reads fully. */
    public static final Version CURRENT = new Version(2, 2);
    /** A folder without a manifest: the CSV folder of {@code data/} as it was before the manifest. */
    public static final Version LEGACY = new Version(1, 0);

    /** A format version, {@code MAJOR.MINOR}. */
    public record Version(int major, int minor) implements Comparable<Version> {

        public static Version parse(String text) {
            String t = text == null ? "" : text.strip();
            String[] parts = t.split("\\.", -1);
            try {
                if (parts.length == 1) {
                    return new Version(Integer.parseInt(parts[0]), 0);
                }
                if (parts.length == 2) {
                    return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(
                    "not a format version: '" + t + "' (expected MAJOR.MINOR, e.g. " + CURRENT + ")");
        }

        /** A version this application can read: any of its major version or older. */
        public boolean readable() {
            return major >= 1 && major <= CURRENT.major;
        }

        /** Newer than this application knows: unknown files and columns are then ignored, not refused. */
        public boolean newer() {
            return compareTo(CURRENT) > 0;
        }

        @Override
        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    /**
     * The files, in the order they are read (a file refers only to files before it) and written. Each
     * lists its columns in the order a dump writes them; {@code added} are the columns format 2 added,
     * which a file may leave out (the reader then does what format 1 did).
     */
    public enum File {
        SOURCES("sources.csv", cols("id,outlet,title,url,published,retrieved,snippet"), Set.of()),
        PARTIES(
                "parties.csv",
                cols("abbreviation,name,native_name,colour,founded,dissolved,partyfacts_id,country,sources"),
                Set.of()),
        PARTY_ALIASES("party_aliases.csv", cols("label,party,sources"), Set.of()),
        PEOPLE("people.csv", cols("key,name,native_name,sources"), Set.of()),
        AFFILIATIONS("affiliations.csv", cols("key,person,party,role,from,to,sources"), Set.of("key")),
        ELECTIONS("elections.csv", cols("key,name,polling_day,country,sources"), Set.of()),
        ASSEMBLIES("assemblies.csv", cols("code,name,province,total_seats,general_seats,majority,sources"), Set.of()),
        CONSTITUENCIES("constituencies.csv", cols("code,name,assembly,province,district,sources"), Set.of()),
        CANDIDACIES(
                "candidacies.csv",
                cols("key,election,assembly,seat,candidate,party,party_label,person,votes,rank,elected,sources"),
                Set.of("key", "party_label", "person", "elected")),
        /** Added in 2.1: national results per party (ParlGov's election_result). */
        SEAT_COUNTS(
                "seat_counts.csv",
                cols("key,election,assembly,seat,basis,declared,polling_stations,registered,polled,valid_votes,"
                        + "rejected_votes,turnout,winner,winner_party,winner_votes,winner_result,runner_up,"
                        + "runner_up_party,runner_up_votes,runner_up_result,candidates,flags,sources"),
                Set.of()),
        PARTY_RESULTS(
                "party_results.csv", cols("key,election,assembly,party,votes,vote_share,seats,sources"), Set.of()),
        ALLIANCES(
                "alliances.csv", cols("key,name,abbreviation,kind,level,region,from,to,description,sources"), Set.of()),
        MEMBERSHIPS("memberships.csv", cols("key,alliance,party,from,to,role,sources"), Set.of("key")),
        DEALS(
                "deals.csv",
                cols("key,election,seat,assembly,giver,receiver,candidate,candidacy,alliance,note,sources"),
                Set.of("candidacy")),
        CLAIMS("claims.csv", cols("key,deal,date,status,source,note"), Set.of("key")),
        EVENTS("events.csv", cols("key,date,title,place,description,parties,people,sources"), Set.of()),
        RELATIONS("relations.csv", cols("key,party_a,party_b,kind,from,to,note,sources"), Set.of("key"));

        private final String fileName;
        private final List<String> columns;
        private final Set<String> added;

        File(String fileName, List<String> columns, Set<String> added) {
            this.fileName = fileName;
            this.columns = columns;
            this.added = added;
        }

        public String fileName() {
            return fileName;
        }

        public List<String> columns() {
            return columns;
        }

        /** True when a file may leave the column out. */
        public boolean optional(String column) {
            return added.contains(column);
        }
    }

    /** The file of format 1 that describes results in another layout (see {@code data/results/}). */
    public static final String RESULTS_LAYOUT = "results.csv";
    /** Lists the sub-folders of a dataset split in several, in load order. */
    public static final String FOLDERS = "folders.txt";

    private DatasetFormat() {}

    private static List<String> cols(String csv) {
        return List.of(csv.split(","));
    }

    // --- keys ---------------------------------------------------------------------------------------

    /**
     * The key of a record whose file gives none: its identifying values joined by {@code /}, empty ones
     * left out (an affiliation {@code nawaz-sharif/PML-N/leader/1993-10-06}, a claim
     * {@code pk2024-ps88-mqmp-anp/2024-02-04/reported}). The n-th record of one import with the same key
     * gets {@link #numbered}.
     */
    public static String derivedKey(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    /** The key of the n-th (from 1) record with the same derived key: {@code base}, {@code base#2}, ... */
    public static String numbered(String base, int n) {
        return n <= 1 ? base : base + "#" + n;
    }

    // --- list cells ---------------------------------------------------------------------------------

    /**
     * A list cell: items separated by {@code ;}. An item that holds {@code ;} or {@code \} or begins or
     * ends with a space has those characters escaped with {@code \}, so any key can be listed.
     */
    public static String joinList(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(listItem(item));
        }
        return sb.toString();
    }

    /** One item of a list cell, escaped as {@link #joinList} does. */
    public static String listItem(String item) {
        StringBuilder sb = null;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            boolean edge = (i == 0 || i == item.length() - 1) && Character.isWhitespace(c);
            if (c == ';' || c == '\\' || edge) {
                if (sb == null) {
                    sb = new StringBuilder(item.length() + 4).append(item, 0, i);
                }
                sb.append('\\');
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? item : sb.toString();
    }

    /**
     * Reads a list cell: split at each {@code ;} that is not escaped, each item stripped of unescaped
     * spaces at its ends, empty items dropped. In format 1 a backslash was an ordinary character.
     */
    public static List<String> splitList(String cell, Version version) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        boolean escapes = version.major() >= 2;
        StringBuilder item = new StringBuilder();
        int keepTo = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (escapes && c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
                keepTo = item.length();
            } else if (c == ';') {
                add(out, item, keepTo);
                item.setLength(0);
                keepTo = 0;
            } else {
                if (item.length() == 0 && Character.isWhitespace(c)) {
                    continue;
                }
                item.append(c);
                if (!Character.isWhitespace(c)) {
                    keepTo = item.length();
                }
            }
        }
        add(out, item, keepTo);
        return out;
    }

    private static void add(List<String> out, StringBuilder item, int keepTo) {
        String s = item.substring(0, Math.max(keepTo, 0));
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    // --- decimals -----------------------------------------------------------------------------------

    /**
     * A decimal cell (a vote share): the shortest plain decimal that reads back as the same double, always
     * with a fractional part ({@code 24.27}, {@code 10.0}), never in exponent form, so that a dump of an
     * import of it gives the same text.
     */
    public static String decimal(double v) {
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }

    /** Case-folded form of a key, for the lookups that forgive case (party abbreviations, alias labels). */
    public static String fold(String key) {
        return key.strip().toUpperCase(Locale.ROOT);
    }
}
