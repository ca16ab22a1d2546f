package org.allianceexplorer.data.imports.results;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.io.CsvReader;
import org.sqlite.SQLiteConnection;

/**
 * Reads a results file row by row and writes its results in batches, in one transaction that is committed
 * only when every row imported. Memory holds the seats (code to id), the labels met, and the names and rows of
 * the seat being read; never the whole file.
 *
 * <p>Ranks and winners: taken from the file's rank and elected columns when it has them (elected alone:
 * rank 1); otherwise computed from the votes, a seat at a time as its rows end (or, when the file returns to a
 * seat it left or the election has results there already, in one SQL pass once all rows are in): candidates
 * with equal votes share a rank (1, 1, 3), and a seat whose first place is tied gets no winner, with a note
 * naming it, since who won a tie (by lot) is not in the votes. A seat the file marks uncontested may leave
 * its votes empty (0).
 */
final class ResultsImporter {

    private static final int BATCH = 2_000;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final String SEP = "\u001F";

    private final ResultsImport.Settings settings;
    private final Consumer<String> progress;
    private final ResultsReport report;
    private final String file;

    private Connection c;
    private ResultsTarget target;
    private ResultsMapping mapping;
    private ColumnPlan plan;
    private Labels labels;
    private String separator;
    private boolean writing;
    private boolean existing;
    private long maxBefore;
    private long nextCandidacy;
    private long nextSeat;
    private int pending;
    private PreparedStatement insert;
    private PreparedStatement cite;
    private PreparedStatement find;

    private final Map<String, Long> seats = new HashMap<>();
    private final Map<String, String[]> seatInfo = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();
    private final Set<Long> seatsDone = new HashSet<>();
    private final Map<String, Integer> namesInSeat = new HashMap<>();
    private long currentSeat = -1;
    /** The current seat's rows, held until the seat ends when ranks come from the votes (see {@link #rankSeat}). */
    private final List<Object[]> seatRows = new ArrayList<>();
    /** Ranks are computed a seat at a time as the rows come; false when SQL must rank after all rows are in. */
    private boolean rankInMemory;
    /** A seat came back after the file had left it: its ranks need all its rows, so SQL ranks at the end. */
    private boolean seatRevisited;

    private boolean headerSeen;

    ResultsImporter(ResultsImport.Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.report = new ResultsReport(settings.maxProblems());
        this.file = settings.from().getFileName().toString();
    }

    ResultsReport run(Database db) {
        c = db.connection();
        try {
            c.unwrap(SQLiteConnection.class).getConnectionConfig().setGetGeneratedKeys(false);
            c.setAutoCommit(false);
            try {
                importAll();
                if (report.ok()) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } finally {
                if (target != null) {
                    target.close();
                }
                for (PreparedStatement ps : new PreparedStatement[] {insert, cite, find}) {
                    if (ps != null) {
                        ps.close();
                    }
                }
            }
        } catch (SQLException e) {
            report.problem("(database)", 0, null, "cannot write: " + oneLine(e.getMessage()));
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the database is a scratch copy that will be discarded
            }
        } catch (IOException e) {
            report.problem(file, 0, null, "cannot read: " + oneLine(e.getMessage()));
        }
        return report;
    }

    private void importAll() throws IOException, SQLException {
        List<ImportProblem> early = new ArrayList<>();
        mapping = settings.map() == null ? ResultsMapping.none() : ResultsMapping.read(settings.map(), early);
        List<AliasFile.Entry> aliasEntries =
                settings.aliases() == null ? List.of() : AliasFile.read(settings.aliases(), settings.limits(), early);
        early.forEach(report::problem);
        separator = mapping.get("coalition_separator") == null ? " - " : mapping.get("coalition_separator");
        target = new ResultsTarget(c, report);
        target.resolve(settings, mapping, file);
        labels = new Labels(c, mapping.list("independent"));
        aliases(aliasEntries);
        writing = report.ok();
        if (writing) {
            prepare();
        }
        readSeatsFile();
        TableInput input;
        try {
            input = TableInput.open(settings.from(), mapping.get("sheet"), settings.limits());
        } catch (TableInput.InputException e) {
            report.problem(file, e.line, null, e.getMessage());
            return;
        }
        try {
            input.read(this::row);
        } catch (TableInput.InputException e) {
            report.problem(
                    file,
                    e.line,
                    e.column > 0 ? plan == null ? ImportProblem.letter(e.column) : plan.describe(e.column - 1) : null,
                    e.getMessage());
        }
        if (input.note() != null) {
            report.note(file + ": " + input.note());
        }
        if (!headerSeen) {
            report.problem(file, 0, null, "the file is empty (no header row)");
        }
        flush();
        unknownLabels();
        if (report.ok() && writing && plan != null) {
            ranks();
        }
    }

    // --- setup -----------------------------------------------------------------------------------------

    private void aliases(List<AliasFile.Entry> entries) throws SQLException {
        String name = settings.aliases() == null
                ? null
                : settings.aliases().getFileName().toString();
        long next = target.nextId("party_alias");
        for (AliasFile.Entry e : entries) {
            if (e.party().equals(AliasFile.NO_PARTY)) {
                labels.alias(e.label(), Labels.NO_PARTY);
                continue;
            }
            long party = labels.party(e.party());
            if (party < 0) {
                report.problem(
                        name,
                        e.line(),
                        "C (party)",
                        party == Labels.AMBIGUOUS
                                ? "'" + e.party() + "' matches two parties (their abbreviations differ only in case)"
                                : "no party '" + e.party()
                                        + "' in the database (give its abbreviation, or - for no party)");
                continue;
            }
            Long had = labels.databaseAlias(e.label());
            if (had != null && had != party) {
                report.problem(
                        name,
                        e.line(),
                        "A (label)",
                        "'" + e.label() + "' is already an alias of another party in the database");
                continue;
            }
            labels.alias(e.label(), party);
            if (had == null && target.source > 0) {
                target.insert("INSERT INTO party_alias (id, label, party_id) VALUES (?, ?, ?)", next, e.label(), party);
                target.cite("party_alias", next);
                next++;
                report.aliasesAdded++;
            }
        }
    }

    private void prepare() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM constituency WHERE assembly_id = ?")) {
            ps.setLong(1, target.assembly);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seats.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT p.name, a.party_id, p.id FROM person p"
                        + " JOIN affiliation a ON a.person_id = p.id ORDER BY p.id")) {
            while (rs.next()) {
                persons.putIfAbsent(DatasetFormat.fold(rs.getString(1)) + SEP + rs.getLong(2), rs.getLong(3));
            }
        }
        maxBefore = target.nextId("candidacy") - 1;
        nextCandidacy = maxBefore + 1;
        nextSeat = target.nextId("constituency");
        if (target.electionExisted) {
            Long n = target.idOf(
                    "SELECT count(*) FROM candidacy k JOIN constituency s ON s.id = k.constituency_id"
                            + " WHERE k.election_id = ? AND s.assembly_id = ?",
                    target.election,
                    target.assembly);
            existing = n != null && n > 0;
            if (existing) {
                report.note("the election has results in this assembly already: rows already there are skipped,"
                        + " rows that differ are conflicts");
            }
        }
        insert = c.prepareStatement(
                "INSERT INTO candidacy (id, election_id, constituency_id, candidate_name,"
                        + " party_id, party_label, person_id, votes, rank, elected, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        cite = c.prepareStatement(
                "INSERT INTO citation (record_kind, record_id, source_id) VALUES ('candidacy', ?, ?)");
        find = c.prepareStatement("SELECT constituency_id, candidate_name, party_id, party_label, votes, rank, elected"
                + " FROM candidacy WHERE code = ? AND id <= ?");
    }

    /** The mapping's seats file (a second file with the seats' names), read into memory (a row a seat). */
    private void readSeatsFile() throws IOException {
        String name = mapping.get("seats_file");
        if (name == null) {
            return;
        }
        Path folder = settings.from().toAbsolutePath().getParent();
        Path seatsFile = folder.resolve(name);
        String shown = seatsFile.getFileName().toString();
        TableInput in;
        try {
            in = TableInput.open(seatsFile, null, settings.limits());
        } catch (TableInput.InputException e) {
            report.problem(mapping.fileName(), mapping.line("seats_file"), null, shown + ": " + e.getMessage());
            return;
        }
        int[] cols = {-1, -1, -1};
        try {
            in.read(row -> {
                if (row.blank()) {
                    return true;
                }
                if (cols[0] < 0) {
                    Map<String, Integer> idx = new HashMap<>();
                    for (int i = 0; i < row.cells().size(); i++) {
                        idx.putIfAbsent(ColumnPlan.norm(row.cells().get(i)), i);
                    }
                    cols[0] = column(idx, "seats_code", ColumnPlan.SEAT);
                    cols[1] = column(idx, "seats_name", ColumnPlan.SEAT_NAME);
                    cols[2] = column(idx, "seats_province", ColumnPlan.PROVINCE);
                    if (cols[0] < 0) {
                        report.problem(shown, 1, null, "no seat code column (seats_code = COLUMN in the mapping)");
                        return false;
                    }
                    return true;
                }
                String code = cell(row, cols[0]);
                if (code != null) {
                    seatInfo.put(code, new String[] {cell(row, cols[1]), cell(row, cols[2])});
                }
                return true;
            });
        } catch (TableInput.InputException e) {
            report.problem(shown, e.line, null, e.getMessage());
        }
    }

    private int column(Map<String, Integer> idx, String key, List<String> usual) {
        String named = mapping.get(key);
        if (named != null) {
            return idx.getOrDefault(ColumnPlan.norm(named), -1);
        }
        for (String u : usual) {
            if (idx.containsKey(u)) {
                return idx.get(u);
            }
        }
        return -1;
    }

    // --- rows ------------------------------------------------------------------------------------------

    private boolean row(CsvReader.Row row) throws IOException {
        if (row.blank()) {
            return true;
        }
        if (!headerSeen) {
            headerSeen = true;
            List<ImportProblem> problems = new ArrayList<>();
            plan = ColumnPlan.bind(mapping, row.cells(), file, problems);
            problems.forEach(report::problem);
            if (!problems.isEmpty()) {
                plan = null;
                return false;
            }
            report.note(file + ": " + plan.summary());
            rankInMemory = writing && !existing && plan.rank < 0;
            return true;
        }
        report.rows++;
        if (report.rows % 100_000 == 0) {
            progress.accept(String.format(Locale.ROOT, "%,d rows read", report.rows));
        }
        for (CsvReader.CellProblem p : row.problems()) {
            report.problem(file, row.line(), plan.describe(p.column() - 1), p.message());
        }
        try {
            if (plan.layout == ResultsMapping.Layout.LONG) {
                String label = cell(row, plan.party);
                candidacy(
                        row,
                        cell(row, plan.candidate),
                        label,
                        label,
                        plan.candidate,
                        plan.party,
                        plan.votes,
                        cell(row, plan.votes),
                        cell(row, plan.rank),
                        cell(row, plan.elected));
            } else {
                boolean any = false;
                for (ColumnPlan.Block b : plan.blocks) {
                    String party = cell(row, b.party());
                    String name = cell(row, b.candidate());
                    String votes = cell(row, b.votes());
                    if (party == null && name == null && votes == null) {
                        continue;
                    }
                    any = true;
                    if (party == null) {
                        report.problem(
                                file,
                                row.line(),
                                plan.describe(b.party()),
                                "is empty, but the block has a candidate or votes");
                        continue;
                    }
                    String label = party;
                    String prefix = b.name() + separator;
                    if (b.coalition() && !party.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
                        label = prefix + party;
                    }
                    candidacy(row, name, party, label, b.candidate(), b.party(), b.votes(), votes, null, null);
                }
                if (!any) {
                    report.problem(file, row.line(), null, "the row has no candidate in any block");
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return report.problemCount() < 10L * settings.maxProblems() + 1000;
    }

    /**
     * One result: {@code label} is stored as the party label, {@code resolveAs} (the component party of a
     * coalition's block) is what the party is looked up by.
     */
    private void candidacy(
            CsvReader.Row row,
            String name,
            String resolveAs,
            String label,
            int nameCol,
            int partyCol,
            int votesCol,
            String votesText,
            String rankText,
            String electedText)
            throws SQLException {
        long line = row.line();
        long before = report.problemCount();
        String code = cell(row, plan.seat);
        if (code == null) {
            report.problem(file, line, plan.describe(plan.seat), "the seat is empty");
        }
        if (name == null) {
            report.problem(file, line, plan.describe(nameCol), "the candidate's name is empty");
        }
        boolean uncontested = plan.uncontested >= 0 && yes(cell(row, plan.uncontested));
        Long votes = votesText == null && uncontested ? Long.valueOf(0) : count(votesText, line, votesCol);
        Long rank = rankText == null ? null : positive(rankText, line, plan.rank);
        Long elected = plan.elected < 0 ? (rank == null ? null : rank == 1 ? 1L : 0L) : flag(electedText, line);
        Long party = null;
        if (resolveAs != null) {
            long p = labels.resolve(resolveAs);
            if (p == Labels.UNKNOWN || p == Labels.AMBIGUOUS) {
                report.unknown(resolveAs, file, line, plan.describe(partyCol));
            } else if (p != Labels.NO_PARTY) {
                party = p;
            }
        }
        if (report.problemCount() > before || !writing) {
            return;
        }
        long seat = seat(code, row);
        String key = key(seat, code, name);
        Long person = party == null ? null : persons.get(DatasetFormat.fold(name) + SEP + party);
        if (existing && matched(key, line, seat, name, party, label, votes, rank, elected)) {
            return;
        }
        Object[] values = {nextCandidacy++, target.election, seat, name, party, label, person, votes, rank, elected, key
        };
        if (rankInMemory) {
            seatRows.add(values);
        } else {
            add(values);
        }
        report.resultsAdded++;
    }

    /** Adds one result (and its citation) to the batch: id, election, seat, name, party, label, person, votes, rank, elected, key. */
    private void add(Object[] v) throws SQLException {
        long id = (Long) v[0];
        insert.setLong(1, id);
        insert.setLong(2, (Long) v[1]);
        insert.setLong(3, (Long) v[2]);
        insert.setString(4, (String) v[3]);
        insert.setObject(5, v[4]);
        insert.setString(6, (String) v[5]);
        insert.setObject(7, v[6]);
        insert.setLong(8, (Long) v[7]);
        insert.setLong(9, v[8] == null ? 1 : (Long) v[8]);
        insert.setLong(10, v[9] == null ? 0 : (Long) v[9]);
        insert.setString(11, (String) v[10]);
        insert.addBatch();
        cite.setLong(1, id);
        cite.setLong(2, target.source);
        cite.addBatch();
        if (++pending >= BATCH) {
            executeBatch();
        }
    }

    /**
     * The seat just read, ranked from its votes as {@link #ranks} would (RANK over votes, highest first; elected
     * when first and alone there), then added to the batch.
     */
    private void rankSeat() throws SQLException {
        if (seatRows.isEmpty()) {
            return;
        }
        boolean keepElected = plan.elected >= 0;
        for (Object[] v : seatRows) {
            long votes = (Long) v[7];
            long above = 0;
            long same = 0;
            for (Object[] w : seatRows) {
                long x = (Long) w[7];
                if (x > votes) {
                    above++;
                } else if (x == votes) {
                    same++;
                }
            }
            v[8] = above + 1;
            if (!keepElected) {
                v[9] = above == 0 && same == 1 ? 1L : 0L;
            }
        }
        List<Object[]> ranked = List.copyOf(seatRows);
        seatRows.clear();
        for (Object[] v : ranked) {
            add(v);
        }
    }

    /** True when the key is in the database from before: skipped when the same, a conflict when not. */
    private boolean matched(
            String key,
            long line,
            long seat,
            String name,
            Long party,
            String label,
            Long votes,
            Long rank,
            Long elected)
            throws SQLException {
        find.setString(1, key);
        find.setLong(2, maxBefore);
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            List<String> diff = new ArrayList<>();
            if (rs.getLong(1) != seat || !Objects.equals(rs.getString(2), name)) {
                diff.add("seat or candidate");
            }
            if (!Objects.equals(rs.getObject(3) == null ? null : rs.getLong(3), party)) {
                diff.add("party");
            }
            if (!Objects.equals(rs.getString(4), label)) {
                diff.add("party label '" + rs.getString(4) + "' there, '" + label + "' here");
            }
            if (rs.getLong(5) != votes) {
                diff.add("votes " + rs.getLong(5) + " there, " + votes + " here");
            }
            if (rank != null && rs.getLong(6) != rank) {
                diff.add("rank " + rs.getLong(6) + " there, " + rank + " here");
            }
            if (elected != null && rs.getLong(7) != elected) {
                diff.add("elected " + rs.getLong(7) + " there, " + elected + " here");
            }
            if (diff.isEmpty()) {
                report.resultsSkipped++;
            } else {
                report.conflict(
                        file,
                        line,
                        "result '" + key + "' is in the database with other values: " + String.join("; ", diff));
            }
            return true;
        }
    }

    /** The seat's id, made (and cited) when the assembly lacks it. */
    private long seat(String code, CsvReader.Row row) throws SQLException {
        Long id = seats.get(code);
        if (id == null) {
            String[] info = seatInfo.get(code);
            String name = info != null ? info[0] : cell(row, plan.seatName);
            String province = info != null ? info[1] : cell(row, plan.province);
            id = nextSeat++;
            target.insert(
                    "INSERT INTO constituency (id, code, name, assembly_id, province) VALUES (?, ?, ?, ?, ?)",
                    id,
                    code,
                    name,
                    target.assembly,
                    province);
            target.cite("constituency", id);
            seats.put(code, id);
            report.seatsAdded++;
        }
        return id;
    }

    /** The result's key: election/seat/candidate, numbered #2, #3 ... for a second one of the same name. */
    private String key(long seat, String code, String name) throws SQLException {
        if (seat != currentSeat) {
            rankSeat();
            if (currentSeat >= 0) {
                seatsDone.add(currentSeat);
            }
            namesInSeat.clear();
            currentSeat = seat;
            if (seatsDone.contains(seat)) {
                // the file comes back to a seat it left: the names it already gave it are in the database,
                // and its ranks need all its rows, so SQL ranks every seat at the end
                if (rankInMemory) {
                    rankInMemory = false;
                    seatRevisited = true;
                }
                flush();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT candidate_name FROM candidacy WHERE id > ? AND election_id = ? AND constituency_id = ?")) {
                    ps.setLong(1, maxBefore);
                    ps.setLong(2, target.election);
                    ps.setLong(3, seat);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            namesInSeat.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        int n = namesInSeat.merge(name, 1, Integer::sum);
        String electionKey = settings.election().strip();
        return DatasetFormat.numbered(DatasetFormat.derivedKey(electionKey, code, name), n);
    }

    /** Writes what is held: the seat being read (ranked) and the batch. */
    private void flush() throws SQLException {
        rankSeat();
        executeBatch();
    }

    private void executeBatch() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            cite.executeBatch();
            pending = 0;
        }
    }

    // --- after the rows --------------------------------------------------------------------------------

    private void unknownLabels() {
        List<ResultsReport.UnknownLabel> unknown = report.unknownLabels();
        if (unknown.isEmpty()) {
            return;
        }
        if (settings.keepUnknownLabels()) {
            long rows = unknown.stream()
                    .mapToLong(ResultsReport.UnknownLabel::count)
                    .sum();
            report.note(String.format(
                    Locale.ROOT,
                    "%,d unknown party labels kept as labels without a party (%,d rows)",
                    unknown.size(),
                    rows));
            return;
        }
        for (ResultsReport.UnknownLabel u : unknown) {
            report.problem(
                    u.file(),
                    u.line(),
                    u.column(),
                    String.format(
                            Locale.ROOT,
                            "party label '%s' (%,d row%s) is neither a party's abbreviation nor an alias",
                            u.label(),
                            u.count(),
                            u.count() == 1 ? "" : "s"));
        }
    }

    /** Ranks and winners from the votes, when the file gives no rank (see the class comment for ties). */
    private void ranks() throws SQLException {
        if (plan.rank >= 0 || report.resultsAdded == 0) {
            return;
        }
        boolean keepElected = plan.elected >= 0;
        if (!rankInMemory || seatRevisited) {
            rankInSql(keepElected);
        }
        if (!keepElected) {
            noteTies();
        }
    }

    /** Ranks (and winners) of every seat the file touched, in one SQL pass over the election's results there. */
    private void rankInSql(boolean keepElected) throws SQLException {
        // ranks into a keyed scratch table first: an UPDATE ... FROM a window query joins without an index
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE results_rank (id INTEGER PRIMARY KEY, rk INTEGER, n INTEGER)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO results_rank (id, rk, n)"
                + " SELECT id, RANK() OVER (PARTITION BY constituency_id ORDER BY votes DESC),"
                + " COUNT(*) OVER (PARTITION BY constituency_id, votes) FROM candidacy WHERE election_id = ?"
                + " AND constituency_id IN (SELECT constituency_id FROM candidacy WHERE id > ? AND election_id = ?)")) {
            ps.setLong(1, target.election);
            ps.setLong(2, maxBefore);
            ps.setLong(3, target.election);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE candidacy SET rank = r.rk"
                    + (keepElected ? "" : ", elected = (r.rk = 1 AND r.n = 1)")
                    + " FROM results_rank r WHERE candidacy.id = r.id");
            st.execute("DROP TABLE results_rank");
        }
    }

    /** A note naming the seats tied for first place, where no winner is marked. */
    private void noteTies() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code FROM candidacy k JOIN constituency s"
                + " ON s.id = k.constituency_id WHERE k.id > ? AND k.election_id = ? AND k.rank = 1"
                + " GROUP BY k.constituency_id HAVING count(*) > 1 ORDER BY s.code")) {
            ps.setLong(1, maxBefore);
            ps.setLong(2, target.election);
            List<String> tied = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tied.add(rs.getString(1));
                }
            }
            if (!tied.isEmpty()) {
                report.note(String.format(
                        Locale.ROOT,
                        "%,d seat%s tie for first place (%s): no winner is marked there;"
                                + " a rank or elected column says who won",
                        tied.size(),
                        tied.size() == 1 ? "" : "s",
                        String.join(", ", tied.subList(0, Math.min(10, tied.size())))));
            }
        }
    }

    // --- cells -----------------------------------------------------------------------------------------

    private static String cell(CsvReader.Row row, int i) {
        if (i < 0 || i >= row.cells().size()) {
            return null;
        }
        String v = row.cells().get(i);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private Long count(String text, long line, int col) {
        if (text == null) {
            report.problem(file, line, plan.describe(col), "the votes are empty (0 if none)");
            return null;
        }
        String t = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        try {
            long v = Long.parseLong(t);
            if (v >= 0 && t.chars().allMatch(Character::isDigit)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.problem(file, line, plan.describe(col), "'" + text + "' is not a whole number of votes (0 or more)");
        return null;
    }

    private Long positive(String text, long line, int col) {
        try {
            long v = Long.parseLong(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.problem(file, line, plan.describe(col), "'" + text + "' is not a rank (1 or more)");
        return null;
    }

    private Long flag(String text, long line) {
        if (text == null) {
            return 0L;
        }
        if (yes(text)) {
            return 1L;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("0") || t.equals("n") || t.equals("no") || t.equals("false")) {
            return 0L;
        }
        report.problem(file, line, plan.describe(plan.elected), "'" + text + "' is not 1 or 0 (yes or no)");
        return null;
    }

    private static boolean yes(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("1")
                || t.equals("y")
                || t.equals("yes")
                || t.equals("true")
                || t.equals("elected")
                || t.equals("won");
    }

    private static String oneLine(String m) {
        return m == null ? "(no detail)" : m.replaceAll("\\s+", " ").strip();
    }
}
