package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.File;
import org.allianceexplorer.domain.AllianceKind;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.Level;
import org.allianceexplorer.domain.RelationKind;

/**
 * The rules of each kind of record: reads a row of its file (through {@link Line}, which reports what is
 * wrong with a cell), resolves its references and derives its key when the file gives none, and hands the
 * record to the {@link RecordWriter}. Also the results layout of format 1 ({@code data/results/}).
 */
final class RecordReaders {
    private static final String SEP = Importer.SEP;

    private final Connection c;
    private final RowReader rows;
    private final RecordWriter writer;
    private final KeyIndexes keys;

    RecordReaders(Connection c, RowReader rows, RecordWriter writer) {
        this.c = c;
        this.rows = rows;
        this.writer = writer;
        this.keys = rows.keys;
    }

    /** Reads every row of one file of the format in {@code folder}. */
    void each(String folder, File f) throws IOException, SQLException {
        rows.eachRow(folder, f, line -> {
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
                case SEAT_COUNTS -> seatCount(line);
                case PARTY_RESULTS -> partyResult(line);
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
        writer.put(File.SOURCES, r, "id", key, v, null, null);
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
        cited(File.PARTIES, r, "abbreviation", key, v);
    }

    private void alias(Line r) throws SQLException {
        String key = r.key("label");
        Long party = r.ref("party", keys.parties);
        if (cited(File.PARTY_ALIASES, r, "label", key, party) > 0) {
            keys.label(key, party);
        }
    }

    /** Writes a record read from {@code r} that cites the sources of its row; its id (see RecordWriter#put). */
    private long cited(File file, Line r, String keyColumn, String key, Object... values) throws SQLException {
        return writer.put(file, r, keyColumn, key, values, r.sources(), null);
    }

    private void person(Line r) throws SQLException {
        String key = r.key("key");
        Object[] v = {r.nonBlank("name"), r.text("native_name")};
        cited(File.PEOPLE, r, "key", key, v);
    }

    private void affiliation(Line r) throws SQLException {
        Long person = r.ref("person", keys.people);
        Long party = r.ref("party", keys.parties);
        String role = r.text("role");
        Line.Span when = r.span();
        String key = r.keyOrDerived("key", "affiliation", () ->
                new String[] {r.refKey("person", keys.people), r.refKey("party", keys.parties), role, when.from()});
        cited(File.AFFILIATIONS, r, "key", key, person, party, role, when.from(), when.to());
    }

    private void election(Line r) throws SQLException {
        String key = r.key("key");
        Object[] v = {r.required("name"), r.date("polling_day"), r.text("country")};
        cited(File.ELECTIONS, r, "key", key, v);
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
        cited(File.ASSEMBLIES, r, "code", key, v);
    }

    private void constituency(Line r) throws SQLException {
        String code = r.key("code");
        String assembly = r.refKey("assembly", keys.assemblies);
        Long asm = r.ref("assembly", keys.assemblies);
        Object[] v = {asm, r.text("name"), r.text("province"), r.text("district")};
        String key = assembly == null || code == null ? null : assembly + SEP + code;
        cited(File.CONSTITUENCIES, r, "code", key, v);
    }

    private void candidacy(Line r) throws SQLException {
        Long election = r.ref("election", keys.elections);
        String seatKey = r.seatKey("assembly", "seat");
        Long seat = r.seat("assembly", "seat");
        String name = r.required("candidate");
        Long party = r.optionalRef("party", keys.parties);
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
            person = r.optionalRef("person", keys.people);
        } else {
            person = r.bad ? null : personFor(name, party);
        }
        String key = r.keyOrDerived("key", "candidacy", () -> new String[] {
            r.refKey("election", keys.elections),
            seatKey == null ? null : seatKey.substring(seatKey.indexOf(SEP) + 1),
            name
        });
        cited(File.CANDIDACIES, r, "key", key, election, seat, name, party, label, person, votes, rank, elected);
    }

    private void seatCount(Line r) throws SQLException {
        String key = r.key("key");
        Long election = r.ref("election", keys.elections);
        Long seat = r.seat("assembly", "seat");
        Object[] v = {
            election,
            seat,
            r.nonBlank("basis"),
            r.date("declared"),
            r.count("polling_stations"),
            r.count("registered"),
            r.count("polled"),
            r.count("valid_votes"),
            r.count("rejected_votes"),
            r.decimal("turnout", 0, 100, "must be a percentage from 0 to 100"),
            r.text("winner"),
            r.text("winner_party"),
            r.count("winner_votes"),
            r.optionalRef("winner_result", keys.candidacies),
            r.text("runner_up"),
            r.text("runner_up_party"),
            r.count("runner_up_votes"),
            r.optionalRef("runner_up_result", keys.candidacies),
            r.count("candidates"),
            r.text("flags")
        };
        cited(File.SEAT_COUNTS, r, "key", key, v);
    }

    private void partyResult(Line r) throws SQLException {
        String key = r.key("key");
        Long election = r.ref("election", keys.elections);
        Long assembly = r.ref("assembly", keys.assemblies);
        Long party = r.ref("party", keys.parties);
        Long votes = r.count("votes");
        Double share = r.decimal("vote_share", 0, 100, "must be a percentage from 0 to 100");
        Long seats = r.count("seats");
        cited(File.PARTY_RESULTS, r, "key", key, election, assembly, party, votes, share, seats);
    }

    private void alliance(Line r) throws SQLException {
        String key = r.key("key");
        Line.Span when = r.span();
        Object[] v = {
            r.required("name"),
            r.text("abbreviation"),
            r.coded("kind", AllianceKind.class),
            r.coded("level", Level.class),
            r.text("region"),
            when.from(),
            when.to(),
            r.text("description")
        };
        cited(File.ALLIANCES, r, "key", key, v);
    }

    private void membership(Line r) throws SQLException {
        Long alliance = r.ref("alliance", keys.alliances);
        Long party = r.ref("party", keys.parties);
        Line.Span when = r.span();
        String key = r.keyOrDerived("key", "membership", () ->
                new String[] {r.refKey("alliance", keys.alliances), r.refKey("party", keys.parties), when.from()});
        cited(File.MEMBERSHIPS, r, "key", key, alliance, party, when.from(), when.to(), r.text("role"));
    }

    private void deal(Line r) throws SQLException {
        Long election = r.ref("election", keys.elections);
        Long seat = r.seat("assembly", "seat");
        String seatKey = r.seatKey("assembly", "seat");
        Long giver = r.ref("giver", keys.parties);
        Long receiver = r.ref("receiver", keys.parties);
        if (giver != null && giver.equals(receiver)) {
            r.problem(
                    "receiver",
                    "a party cannot make a seat deal with itself (" + r.refKey("giver", keys.parties) + ")");
        }
        String candidate = r.text("candidate");
        Long alliance = r.optionalRef("alliance", keys.alliances);
        Long candidacy;
        if (r.has("candidacy")) {
            candidacy = r.optionalRef("candidacy", keys.candidacies);
        } else {
            candidacy = r.bad ? null : candidacyFor(election, seat, candidate, receiver);
        }
        String key = r.keyOrDerived("key", "deal", () -> new String[] {
            r.refKey("election", keys.elections),
            seatKey == null ? null : seatKey.substring(seatKey.indexOf(SEP) + 1),
            r.refKey("giver", keys.parties),
            r.refKey("receiver", keys.parties)
        });
        cited(
                File.DEALS,
                r,
                "key",
                key,
                election,
                seat,
                giver,
                receiver,
                candidate,
                candidacy,
                alliance,
                r.text("note"));
    }

    private void claim(Line r) throws SQLException {
        Long deal = r.ref("deal", keys.deals);
        String date = r.date("date");
        if (date == null) {
            r.problemIfNone("date", "is empty (a claim needs a date)");
        }
        String status = r.coded("status", ClaimStatus.class);
        Long source = r.ref("source", keys.sources);
        String key = r.keyOrDerived("key", "claim", () -> new String[] {r.refKey("deal", keys.deals), date, status});
        writer.put(File.CLAIMS, r, "key", key, new Object[] {deal, date, status, source, r.text("note")}, null, null);
    }

    private void event(Line r) throws SQLException {
        String key = r.key("key");
        String date = r.date("date");
        if (date == null) {
            r.problemIfNone("date", "is empty (an event needs a date)");
        }
        Object[] v = {date, r.required("title"), r.text("place"), r.text("description")};
        long[][] lists = {r.refs("parties", keys.parties), r.refs("people", keys.people)};
        writer.put(File.EVENTS, r, "key", key, v, r.sources(), lists);
    }

    private void relation(Line r) throws SQLException {
        Long a = r.ref("party_a", keys.parties);
        Long b = r.ref("party_b", keys.parties);
        if (a != null && a.equals(b)) {
            r.problem("party_b", "a relation needs two different parties");
        }
        String kind = r.coded("kind", RelationKind.class);
        Line.Span when = r.span();
        String key = r.keyOrDerived("key", "relation", () ->
                new String[] {r.refKey("party_a", keys.parties), r.refKey("party_b", keys.parties), kind, when.from()});
        cited(File.RELATIONS, r, "key", key, a, b, kind, when.from(), when.to(), r.text("note"));
    }

    // --- results in the layout of data/results/ (format 1) ------------------------------------------

    /**
     * A results manifest row: an election's seats and candidates in the Aiwan-e-Jamhoor layout
     * ({@code na,constituency_name,province,...} and {@code na,candidate_name,party,votes,rank}).
     */
    void results(String folder) throws IOException, SQLException {
        List<String> cols = List.of("election", "assembly", "constituencies", "candidates", "districts", "source");
        List<String> known = new ArrayList<>(cols);
        known.addAll(List.of("official", "official_basis", "official_source"));
        rows.eachRow(folder, DatasetFormat.RESULTS_LAYOUT, cols, known, r -> {
            Long election = r.ref("election", keys.elections);
            String assembly = r.refKey("assembly", keys.assemblies);
            Long asm = r.ref("assembly", keys.assemblies);
            Long source = r.ref("source", keys.sources);
            String constituencies = r.required("constituencies");
            String candidatesFile = r.required("candidates");
            String districtFile = r.text("districts");
            String officialFile = r.text("official");
            String officialBasis = officialFile == null ? null : r.required("official_basis");
            Long officialSource = officialFile == null ? null : r.ref("official_source", keys.sources);
            if (r.bad) {
                return;
            }
            Map<String, String> districts = new HashMap<>();
            if (districtFile != null) {
                List<String> dc = List.of("na", "districts");
                rows.eachRow(folder, districtFile, dc, d -> {
                    String na = d.required("na");
                    if (na != null) {
                        districts.put(na, d.text("districts"));
                    }
                });
            }
            List<String> sc = List.of("na", "constituency_name", "province");
            rows.eachRow(folder, constituencies, sc, s -> {
                String code = s.required("na");
                String district = code == null ? null : districts.get(code);
                Object[] v = {
                    asm,
                    s.text("constituency_name"),
                    s.text("province"),
                    district == null ? null : district.replace(";", ", ")
                };
                String key = code == null ? null : assembly + SEP + code;
                writer.put(File.CONSTITUENCIES, s, "na", key, v, new long[] {source}, null);
            });
            String electionKey = r.refKey("election", keys.elections);
            Map<String, List<OfficialMatch.Candidate>> bySeat = new HashMap<>();
            List<String> kc = List.of("na", "candidate_name", "party", "votes", "rank");
            rows.eachRow(folder, candidatesFile, kc, k -> {
                String na = k.required("na");
                String label = k.required("party");
                Long party = label == null ? null : keys.partyForLabel(label);
                String name = k.required("candidate_name");
                Long votes = k.requiredInteger("votes", 0, "must be 0 or more");
                Long rank = k.requiredInteger("rank", 1, "must be 1 or more");
                Long seat = null;
                if (na != null) {
                    seat = keys.seats.find(assembly + SEP + na);
                    if (seat == null) {
                        k.problem("na", "unknown seat '" + na + "' (not in " + constituencies + ")");
                    }
                }
                Long person = k.bad ? null : personFor(name, party);
                String key = k.derive("candidacy", electionKey, na, name);
                long id = writer.put(
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
                    bySeat.computeIfAbsent(na, x -> new ArrayList<>())
                            .add(new OfficialMatch.Candidate(id, name, party, votes == null ? 0 : votes));
                }
            });
            if (officialFile != null) {
                officialCounts(
                        folder, officialFile, officialBasis, officialSource, election, assembly, electionKey, bySeat);
            }
        });
    }

    /**
     * Format 1: the official count of each seat (a Form-47 as Aiwan-e-Jamhoor transcribes it:
     * {@code na,ps_total,reg_total,polled_total,valid_votes,rejected_votes,turnout_pct,winner_name,winner_party,
     * winner_votes,runnerup_name,runnerup_party,runnerup_votes,n_candidates,form_date,flags}), its winner and
     * runner-up matched to the seat's candidates ({@link OfficialMatch}).
     */
    private void officialCounts(
            String folder,
            String file,
            String basis,
            Long source,
            Long election,
            String assembly,
            String electionKey,
            Map<String, List<OfficialMatch.Candidate>> bySeat)
            throws IOException, SQLException {
        List<String> oc = List.of(
                "na",
                "ps_total",
                "reg_total",
                "polled_total",
                "valid_votes",
                "rejected_votes",
                "turnout_pct",
                "winner_name",
                "winner_party",
                "winner_votes",
                "runnerup_name",
                "runnerup_party",
                "runnerup_votes",
                "n_candidates",
                "form_date",
                "flags");
        rows.eachRow(folder, file, oc, o -> {
            String na = o.required("na");
            Long seat = null;
            if (na != null) {
                seat = keys.seats.find(assembly + SEP + na);
                if (seat == null) {
                    o.problem("na", "unknown seat '" + na + "'");
                }
            }
            String winner = o.text("winner_name");
            String winnerLabel = o.text("winner_party");
            Long winnerVotes = o.count("winner_votes");
            String runnerUp = o.text("runnerup_name");
            String runnerUpLabel = o.text("runnerup_party");
            Long runnerUpVotes = o.count("runnerup_votes");
            List<OfficialMatch.Candidate> candidates = na == null ? List.of() : bySeat.getOrDefault(na, List.of());
            OfficialMatch.Candidate w = OfficialMatch.best(candidates, winner, partyOf(winnerLabel), winnerVotes, null);
            OfficialMatch.Candidate ru =
                    OfficialMatch.best(candidates, runnerUp, partyOf(runnerUpLabel), runnerUpVotes, w);
            Object[] v = {
                election,
                seat,
                basis,
                o.dateAsWritten("form_date"),
                o.count("ps_total"),
                o.count("reg_total"),
                o.count("polled_total"),
                o.count("valid_votes"),
                o.count("rejected_votes"),
                o.percentAsWritten("turnout_pct"),
                winner,
                winnerLabel,
                winnerVotes,
                w == null ? null : w.id(),
                runnerUp,
                runnerUpLabel,
                runnerUpVotes,
                ru == null ? null : ru.id(),
                o.count("n_candidates"),
                o.text("flags")
            };
            writer.put(File.SEAT_COUNTS, o, "na", o.derive("count", electionKey, na), v, new long[] {source}, null);
        });
    }

    private Long partyOf(String label) {
        return label == null || label.isBlank() ? null : keys.partyForLabel(label);
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
}
