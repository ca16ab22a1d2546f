package org.allianceexplorer.data.imports.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.imports.ImportProblem;

/**
 * A mapping bound to one file's header: the index of every column the import reads. What the mapping
 * file names must be in the header; what it leaves out is detected from the header's names (a column
 * named {@code votes}, {@code candidate_name}, {@code PARLIAMENTARY CONSTITUENCY CODE} ...), and blocks
 * of the wide layout are every {@code X} with an {@code X CANDIDATE} and an {@code X VOTE} beside it.
 */
final class ColumnPlan {

    /** One repeating block of the wide layout: its name and the columns of its party, candidate and votes. */
    record Block(String name, int party, int candidate, int votes, boolean coalition) {}

    static final List<String> SEAT = List.of(
            "seat",
            "seat code",
            "constituency code",
            "parliamentary constituency code",
            "state constituency code",
            "na",
            "constituency",
            "code");
    static final List<String> SEAT_NAME =
            List.of("seat name", "constituency name", "parliamentary constituency name", "state constituency name");
    static final List<String> PROVINCE = List.of("province", "state", "region");
    static final List<String> CANDIDATE = List.of("candidate", "candidate name", "name");
    static final List<String> PARTY = List.of("party", "party label", "party name");
    static final List<String> VOTES = List.of("votes", "vote", "valid votes");
    static final List<String> RANK = List.of("rank", "position");
    static final List<String> ELECTED = List.of("elected", "winner", "won");
    static final List<String> UNCONTESTED = List.of("uncontested", "uncontested victory");

    /** A mapping's value for an optional column the file has but the import is not to read ({@code rank = -}). */
    static final String NONE = "-";

    ResultsMapping.Layout layout;
    int seat = -1;
    int seatName = -1;
    int province = -1;
    int candidate = -1;
    int party = -1;
    int votes = -1;
    int rank = -1;
    int elected = -1;
    int uncontested = -1;
    final List<Block> blocks = new ArrayList<>();
    final List<String> header;

    private ColumnPlan(List<String> header) {
        this.header = header;
    }

    /** Binds {@code mapping} to {@code header}; what cannot be bound is added to {@code problems}. */
    static ColumnPlan bind(ResultsMapping mapping, List<String> header, String file, List<ImportProblem> problems) {
        ColumnPlan p = new ColumnPlan(header);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(norm(header.get(i)), i);
        }
        Binder b = new Binder(mapping, index, problems, file);
        List<Block> detected = detectBlocks(header, index, mapping);
        ResultsMapping.Layout layout = mapping.layout();
        if (layout == null) {
            boolean longish = find(index, CANDIDATE) >= 0 && find(index, PARTY) >= 0 && find(index, VOTES) >= 0;
            layout = !detected.isEmpty() && !longish ? ResultsMapping.Layout.WIDE : ResultsMapping.Layout.LONG;
        }
        p.layout = layout;
        p.seat = b.column("seat", SEAT, true);
        p.seatName = b.column("seat_name", SEAT_NAME, false);
        p.province = b.column("province", PROVINCE, false);
        if (layout == ResultsMapping.Layout.LONG) {
            p.candidate = b.column("candidate", CANDIDATE, true);
            p.party = b.column("party", PARTY, true);
            p.votes = b.column("votes", VOTES, true);
            p.rank = b.column("rank", RANK, false);
            p.elected = b.column("elected", ELECTED, false);
        } else {
            p.uncontested = b.column("uncontested", UNCONTESTED, false);
            if (mapping.get("blocks") != null) {
                Set<String> coalitions = upper(mapping.list("coalitions"));
                for (String name : mapping.list("blocks")) {
                    int party = index.getOrDefault(norm(pattern(mapping, "block_party", "{block}", name)), -1);
                    int cand = index.getOrDefault(
                            norm(pattern(mapping, "block_candidate", "{block} CANDIDATE", name)), -1);
                    int votes = index.getOrDefault(norm(pattern(mapping, "block_votes", "{block} VOTE", name)), -1);
                    if (party < 0 || cand < 0 || votes < 0) {
                        problems.add(new ImportProblem(
                                mapping.fileName(),
                                mapping.line("blocks"),
                                null,
                                "block '" + name + "': its party, candidate and votes columns are not all in the header"
                                        + " of " + file,
                                false));
                        continue;
                    }
                    p.blocks.add(
                            new Block(name, party, cand, votes, coalitions.contains(name.toUpperCase(Locale.ROOT))));
                }
            } else {
                p.blocks.addAll(detected);
            }
            if (p.blocks.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(
                        file,
                        1,
                        null,
                        "no blocks of party, candidate and votes columns found (a block is X, X CANDIDATE, X VOTE);"
                                + " name them in a mapping file (blocks = ...)",
                        false));
            }
        }
        return p;
    }

    private static String pattern(ResultsMapping m, String key, String dflt, String block) {
        String v = m.get(key);
        return (v == null ? dflt : v).replace("{block}", block);
    }

    private static List<Block> detectBlocks(List<String> header, Map<String, Integer> index, ResultsMapping m) {
        Set<String> coalitions = upper(m.list("coalitions"));
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            int cand = index.getOrDefault(norm(pattern(m, "block_candidate", "{block} CANDIDATE", h)), -1);
            int votes = index.getOrDefault(norm(pattern(m, "block_votes", "{block} VOTE", h)), -1);
            if (cand >= 0 && votes >= 0 && cand != i && votes != i) {
                out.add(new Block(h, i, cand, votes, coalitions.contains(h.toUpperCase(Locale.ROOT))));
            }
        }
        return out;
    }

    private static Set<String> upper(List<String> items) {
        Set<String> s = new LinkedHashSet<>();
        for (String i : items) {
            s.add(i.toUpperCase(Locale.ROOT));
        }
        return s;
    }

    /** A header name for matching: lower case, runs of spaces, underscores and dashes as one space. */
    static String norm(String h) {
        return h == null ? "" : h.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    private static int find(Map<String, Integer> index, List<String> names) {
        for (String n : names) {
            Integer i = index.get(n);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The party label a wide file's block gives a result: a coalition's block joins its name and the component
     * party ("PN - PAS"), unless the cell has it already; another block's cell is the label as it is.
     */
    static String label(Block b, String party, String separator) {
        String prefix = b.name() + separator;
        if (b.coalition() && !party.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
            return prefix + party;
        }
        return party;
    }

    /** The header name of a column (for messages), with its spreadsheet letter. */
    String describe(int column) {
        String name = column < header.size() ? header.get(column) : null;
        return ImportProblem.letter(column + 1) + (name == null ? "" : " (" + name + ")");
    }

    /**
     * The role of each column the plan reads, by column index: a mapping key ({@code seat}, {@code votes} ...) or,
     * in the wide layout, {@code block_party}, {@code block_candidate}, {@code block_votes} of a block.
     */
    Map<Integer, String> roles() {
        Map<Integer, String> out = new java.util.TreeMap<>();
        String[] keys = {
            "seat", "seat_name", "province", "candidate", "party", "votes", "rank", "elected", "uncontested"
        };
        int[] cols = {seat, seatName, province, candidate, party, votes, rank, elected, uncontested};
        for (int i = 0; i < keys.length; i++) {
            if (cols[i] >= 0) {
                out.putIfAbsent(cols[i], keys[i]);
            }
        }
        for (Block b : blocks) {
            out.putIfAbsent(b.party(), "block_party");
            out.putIfAbsent(b.candidate(), "block_candidate");
            out.putIfAbsent(b.votes(), "block_votes");
        }
        return out;
    }

    /** What was read from the header, for a note: "long layout: seat A (na), candidate B ...". */
    String summary() {
        StringBuilder sb = new StringBuilder(layout == ResultsMapping.Layout.WIDE ? "wide layout" : "long layout");
        sb.append(": seat ").append(describe(seat));
        if (layout == ResultsMapping.Layout.LONG) {
            sb.append(", candidate ").append(describe(candidate));
            sb.append(", party ").append(describe(party));
            sb.append(", votes ").append(describe(votes));
            if (rank >= 0) {
                sb.append(", rank ").append(describe(rank));
            }
            if (elected >= 0) {
                sb.append(", elected ").append(describe(elected));
            }
        } else {
            sb.append(", ").append(blocks.size()).append(" blocks (");
            for (int i = 0; i < blocks.size(); i++) {
                sb.append(i == 0 ? "" : ", ")
                        .append(blocks.get(i).name())
                        .append(blocks.get(i).coalition() ? "*" : "");
            }
            sb.append("; * a coalition)");
        }
        return sb.toString();
    }

    /** Finds columns by the mapping's name for them, else by the usual names. */
    private record Binder(
            ResultsMapping mapping, Map<String, Integer> index, List<ImportProblem> problems, String file) {
        int column(String key, List<String> usual, boolean required) {
            String named = mapping.get(key);
            if (NONE.equals(named)) {
                if (required) {
                    problems.add(new ImportProblem(
                            mapping.fileName(),
                            mapping.line(key),
                            null,
                            "no " + key.replace('_', ' ') + " column: the mapping says none (" + key
                                    + " = -), and the import needs one",
                            false));
                }
                return -1;
            }
            if (named != null) {
                Integer i = index.get(norm(named));
                if (i == null) {
                    problems.add(new ImportProblem(
                            mapping.fileName(),
                            mapping.line(key),
                            null,
                            key + " = " + named + ": there is no such column in the header",
                            false));
                    return -1;
                }
                return i;
            }
            int i = find(index, usual);
            if (i < 0 && required) {
                problems.add(new ImportProblem(
                        file,
                        1,
                        null,
                        "no " + key.replace('_', ' ') + " column found (looked for: " + String.join(", ", usual)
                                + "); name it in a mapping file (--map, with " + key + " = COLUMN)",
                        false));
            }
            return i;
        }
    }
}
