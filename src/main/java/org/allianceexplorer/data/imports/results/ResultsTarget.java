package org.allianceexplorer.data.imports.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The records results are filed under: the source they cite, the election and the assembly. Each is found
 * by its key, or made (and cited) when the database lacks it and the settings say enough to make it.
 */
final class ResultsTarget {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final ResultsReport report;
    long source = -1;
    long election = -1;
    long assembly = -1;
    /** The election was in the database before (it may have results already). */
    boolean electionExisted;

    ResultsTarget(Connection c, ResultsReport report) {
        this.c = c;
        this.report = report;
    }

    private static final String CLI = "(command line)";

    /** Finds or makes source, election and assembly; problems go to the report. */
    void resolve(ResultsImport.Settings s, ResultsMapping m, String fileName) throws SQLException {
        resolveSource(s.source(), m, fileName);
        String eKey = blankToNull(s.election());
        if (eKey == null) {
            report.problem(CLI, 0, null, "--election KEY is required");
        } else {
            Long id = idOf("SELECT id FROM election WHERE code = ?", eKey);
            if (id != null) {
                election = id;
                electionExisted = true;
            } else if (blankToNull(s.electionName()) == null) {
                report.problem(
                        CLI,
                        0,
                        null,
                        "election '" + eKey + "' is not in the database; give --election-name"
                                + " (and --polling-day, --country) to make it");
            } else if (date("--polling-day", s.pollingDay()) && source > 0) {
                election = nextId("election");
                insert(
                        "INSERT INTO election (id, code, name, polling_day, country) VALUES (?, ?, ?, ?, ?)",
                        election,
                        eKey,
                        s.electionName().strip(),
                        blankToNull(s.pollingDay()),
                        blankToNull(s.country()));
                cite("election", election);
                report.electionAdded = true;
            }
        }
        String aKey = blankToNull(s.assembly());
        if (aKey == null) {
            report.problem(CLI, 0, null, "--assembly CODE is required");
        } else {
            Long id = idOf("SELECT id FROM assembly WHERE code = ?", aKey);
            if (id != null) {
                assembly = id;
            } else if (source > 0) {
                assembly = nextId("assembly");
                String name = blankToNull(s.assemblyName());
                insert(
                        "INSERT INTO assembly (id, code, name) VALUES (?, ?, ?)",
                        assembly,
                        aKey,
                        name == null ? aKey : name.strip());
                cite("assembly", assembly);
                report.assemblyAdded = true;
            }
        }
    }

    private void resolveSource(ResultsImport.Source given, ResultsMapping m, String fileName) throws SQLException {
        String key = first(given.key(), m.get("source.key"));
        String outlet = first(given.outlet(), m.get("source.outlet"));
        String url = first(given.url(), m.get("source.url"));
        if (key == null && outlet == null && url == null) {
            report.problem(
                    CLI,
                    0,
                    null,
                    "every imported row cites the file's source: give --source-url and"
                            + " --source-outlet, or --source KEY of a source in the database, or source.* lines in the"
                            + " mapping file");
            return;
        }
        if (key == null) {
            key = "results-"
                    + fileName.replaceAll("\\.[A-Za-z]+$", "")
                            .replaceAll("[^A-Za-z0-9]+", "-")
                            .toLowerCase(java.util.Locale.ROOT);
        }
        Long id = idOf("SELECT id FROM source WHERE code = ?", key);
        if (id != null) {
            source = id;
            return;
        }
        if (outlet == null) {
            report.problem(
                    CLI,
                    0,
                    null,
                    "source '" + key + "' is not in the database; give --source-outlet (and"
                            + " --source-url) to make it");
            return;
        }
        String title = first(given.title(), m.get("source.title"));
        String published = first(given.published(), m.get("source.published"));
        String retrieved = first(given.retrieved(), m.get("source.retrieved"));
        if (!date("source published", published) || !date("source retrieved", retrieved)) {
            return;
        }
        source = nextId("source");
        insert(
                "INSERT INTO source (id, code, outlet, title, url, published, retrieved, snippet)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                source,
                key,
                outlet,
                title == null ? "Results file " + fileName : title,
                url,
                published,
                retrieved,
                first(given.snippet(), m.get("source.snippet")));
        report.sourceAdded = true;
    }

    private boolean date(String what, String text) {
        String t = blankToNull(text);
        if (t == null) {
            return true;
        }
        boolean ok = DATE.matcher(t).matches();
        if (ok && t.length() == 10) {
            try {
                LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                ok = false;
            }
        } else if (ok && t.length() == 7) {
            int month = Integer.parseInt(t.substring(5));
            ok = month >= 1 && month <= 12;
        }
        if (!ok) {
            report.problem(CLI, 0, null, what + " '" + t + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return ok;
    }

    /** Cites the source for one record. */
    void cite(String kind, long id) throws SQLException {
        insert("INSERT INTO citation (record_kind, record_id, source_id) VALUES (?, ?, ?)", kind, id, source);
    }

    long nextId(String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Long idOf(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, List.of(args));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Runs an insert; its statement is prepared once and kept until {@link #close()} (a seat at a time adds up). */
    void insert(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        bind(ps, java.util.Arrays.asList(args));
        ps.executeUpdate();
    }

    /** Closes the statements {@link #insert} kept. */
    void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    static String first(String a, String b) {
        String x = blankToNull(a);
        return x != null ? x.strip() : blankToNull(b) == null ? null : b.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
