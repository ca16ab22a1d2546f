// Over 600 lines: one generation run writes every table in the order the schema needs them, sharing one random
// source, the ids earlier tables produced and the open batches; split per table, each part would take all of that.
package org.allianceexplorer.data.generate;

import static org.allianceexplorer.data.generate.Vocabulary.ADJECTIVES;
import static org.allianceexplorer.data.generate.Vocabulary.ALLIANCE_KINDS;
import static org.allianceexplorer.data.generate.Vocabulary.ASSEMBLIES;
import static org.allianceexplorer.data.generate.Vocabulary.FIRST;
import static org.allianceexplorer.data.generate.Vocabulary.LAST;
import static org.allianceexplorer.data.generate.Vocabulary.NOUNS;
import static org.allianceexplorer.data.generate.Vocabulary.OUTLETS;
import static org.allianceexplorer.data.generate.Vocabulary.PLACES;
import static org.allianceexplorer.data.generate.Vocabulary.PROVINCES;
import static org.allianceexplorer.data.generate.Vocabulary.RELATION_KINDS;
import static org.allianceexplorer.data.generate.Vocabulary.ROLES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.allianceexplorer.data.DealState;
import org.allianceexplorer.data.Transactions;

/** One generation run: the connection, the random source, and what earlier tables produced. */
final class SyntheticWriter {
    /** Elections when the size does not say: general elections every four years from 1985. */
    static final int DEFAULT_ELECTIONS = 10;
    /** Claims fall from 120 days before polling day to 7 days after; sources are published up to 30 days after. */
    private static final int CLAIM_FROM = -120;

    private static final int CLAIM_TO = 7;
    private static final int SOURCE_TO = 30;

    private final Connection c;
    private final SyntheticDatabase.Size size;
    private final SplittableRandom rng;
    private final long seed;
    private final Consumer<String> afterPhase;

    private final int nSources;
    private final int nConstituencies;
    private final int nPeople;
    private final int nElections;
    private final int[] pollingDay;
    /** Per election: its sources' ids and published days (epoch days), ascending by day. */
    private final long[][] sourceIds;

    private final int[][] sourceDays;
    /** Per election and seat: the results there, or null (no results). */
    private final Seat[][] seats;

    private final Days days = new Days();

    private long claims;
    private long candidacies;

    /** One seat's results at one election: parallel arrays by rank. */
    private record Seat(long[] candidacyIds, long[] parties, String[] names) {}

    SyntheticWriter(Connection c, SyntheticDatabase.Size size, long seed, Consumer<String> afterPhase) {
        this.c = c;
        this.size = size;
        this.rng = new SplittableRandom(seed);
        this.seed = seed;
        this.afterPhase = afterPhase;
        this.nElections = size.elections();
        // every election needs sources of its own for its claims and results
        this.nSources = Math.max(clamp(size.deals() / 250, 60, 4000), nElections);
        int seatsForResults =
                size.candidacies() < 0 ? 0 : (int) Math.min(50_000, size.candidacies() * 2 / (7L * nElections) + 1);
        this.nConstituencies = Math.max(clamp(size.deals() / 250, 50, 4000), seatsForResults);
        this.nPeople = Math.max(10, size.parties() * 2);
        this.pollingDay = new int[nElections];
        this.sourceIds = new long[nElections][];
        this.sourceDays = new int[nElections][];
        this.seats = new Seat[nElections][nConstituencies];
    }

    SyntheticDatabase.Summary write() throws SQLException {
        try (Statement st = c.createStatement()) {
            // a scratch file that becomes the database only when complete: no journal, no syncs
            st.execute("PRAGMA journal_mode = OFF");
            st.execute("PRAGMA synchronous = OFF");
            st.execute("PRAGMA cache_size = -65536");
            st.execute("PRAGMA temp_store = MEMORY");
            // every reference is valid by construction (a batch sends the rows it refers to first, see
            // Batch); checking each reference on insert made 1,000,000 deals ~20% slower (16 s -> 20 s)
            st.execute("PRAGMA foreign_keys = OFF");
        }
        // The indexes stay in place: dropping the four with random keys (seat_deal giver, receiver, seat;
        // citation_source) and rebuilding them after the load took 1,000,000 deals from ~19 s to ~16 s,
        // but moves them to the end of sqlite_schema, so the schema would no longer read exactly as V001.
        Transactions.run(c, () -> {
            elections();
            sources();
            phase("sources");
            parties();
            people();
            assemblies();
            results();
            phase("results");
            alliances();
            relations();
            events();
            phase("records");
            deals();
            phase("deals");
            try (PreparedStatement meta = c.prepareStatement("INSERT INTO meta (key, value) VALUES ('name', ?)")) {
                meta.setString(
                        1,
                        String.format(
                                Locale.ROOT,
                                "Synthetic dataset (%d parties, %d deals, seed %d)",
                                size.parties(),
                                size.deals(),
                                seed));
                meta.executeUpdate();
            }
            DealState.refresh(c);
            phase("deal state");
        });
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
        }
        return new SyntheticDatabase.Summary(size.parties(), size.deals(), claims, nElections, candidacies);
    }

    private void phase(String name) {
        afterPhase.accept(name);
    }

    // --- tables, in dependency order ---------------------------------------------------------

    private void elections() throws SQLException {
        try (Batch b =
                new Batch(c, "INSERT INTO election (id, code, name, polling_day, country) VALUES (?, ?, ?, ?, ?)")) {
            for (int e = 0; e < nElections; e++) {
                int year = year(e);
                pollingDay[e] = (int) LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28))
                        .toEpochDay();
            }
            // sources are made next; citations of elections are written after them (see sources())
            for (int e = 0; e < nElections; e++) {
                int year = year(e);
                if (nElections <= DEFAULT_ELECTIONS) {
                    b.row(e + 1, "syn-" + year, "Synthetic general election " + year, days.iso(pollingDay[e]), "PAK");
                } else {
                    // many elections, several a year (as a country's state elections): numbered
                    String n = String.format(Locale.ROOT, "%04d", e + 1);
                    b.row(
                            e + 1,
                            "syn-" + n,
                            "Synthetic election " + n + " (" + year + ")",
                            days.iso(pollingDay[e]),
                            "PAK");
                }
            }
        }
    }

    /** The year of election {@code e}: every four years from 1985, or spread over 1951 to 2024 when there are many. */
    private int year(int e) {
        return nElections <= DEFAULT_ELECTIONS ? 1985 + 4 * e : 1951 + (int) ((long) e * 74 / nElections);
    }

    /**
     * Sources: each belongs to one election and is published between 120 days before and 30 days after
     * its polling day, evenly spread, so every claim date of that election has a source published on or
     * after it (the last one is published 30 days after polling day, later than any claim).
     */
    private void sources() throws SQLException {
        int[] perElection = new int[nElections];
        for (int i = 0; i < nSources; i++) {
            perElection[i % nElections]++;
        }
        for (int e = 0; e < nElections; e++) {
            sourceIds[e] = new long[perElection[e]];
            sourceDays[e] = new int[perElection[e]];
        }
        int[] filled = new int[nElections];
        try (Batch b = new Batch(
                c,
                "INSERT INTO source (id, code, outlet, title, url, published, retrieved, snippet)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < nSources; i++) {
                int e = i % nElections;
                int j = filled[e]++;
                int n = perElection[e];
                int span = SOURCE_TO - CLAIM_FROM;
                int published = pollingDay[e] + CLAIM_FROM + (int) ((long) (j + 1) * span / n);
                long id = i + 1;
                sourceIds[e][j] = id;
                sourceDays[e][j] = published;
                String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
                b.row(
                        id,
                        String.format(Locale.ROOT, "syn-src-%05d", id),
                        outlet,
                        "Synthetic report " + id + " on the " + year(e) + " election",
                        "https://example.org/synthetic/" + id,
                        days.iso(published),
                        "2026-01-01",
                        rng.nextInt(4) == 0 ? "Synthetic snippet " + id : null);
            }
        }
        try (Batch cite = citations()) {
            for (int e = 0; e < nElections; e++) {
                cite(cite, "election", e + 1);
            }
        }
    }

    private void parties() throws SQLException {
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO party (id, abbreviation, name, native_name, colour, founded, dissolved,"
                                + " partyfacts_id, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch alias = new Batch(c, "INSERT INTO party_alias (id, label, party_id) VALUES (?, ?, ?)", b);
                Batch cite = citations()) {
            long aliases = 0;
            for (int p = 1; p <= size.parties(); p++) {
                String abbr = abbreviation(p);
                int foundedYear = 1947 + rng.nextInt(70);
                String founded = rng.nextBoolean()
                        ? Integer.toString(foundedYear)
                        : days.iso((int) LocalDate.of(foundedYear, 1 + rng.nextInt(12), 1 + rng.nextInt(28))
                                .toEpochDay());
                String dissolved = rng.nextInt(10) == 0 ? Integer.toString(foundedYear + 1 + rng.nextInt(20)) : null;
                String name =
                        ADJECTIVES[rng.nextInt(ADJECTIVES.length)] + " " + NOUNS[rng.nextInt(NOUNS.length)] + " " + p;
                String colour = String.format(Locale.ROOT, "#%06X", rng.nextInt(1 << 24));
                b.row(p, abbr, name, null, colour, founded, dissolved, null, "PAK");
                cite(cite, "party", p);
                if (rng.nextInt(10) == 0) {
                    aliases++;
                    alias.row(aliases, abbr + "-ALT", p);
                    cite(cite, "party_alias", aliases);
                }
            }
        }
    }

    private void people() throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO person (id, code, name, native_name) VALUES (?, ?, ?, ?)");
                Batch aff = new Batch(
                        c,
                        "INSERT INTO affiliation (id, person_id, party_id, role, from_date, to_date, code)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        b);
                Batch cite = citations()) {
            long affiliations = 0;
            for (int p = 1; p <= nPeople; p++) {
                b.row(p, String.format(Locale.ROOT, "syn-person-%06d", p), name(), null);
                cite(cite, "person", p);
                int n = 1 + rng.nextInt(2);
                int from = 1970 + rng.nextInt(40);
                for (int k = 0; k < n; k++) {
                    affiliations++;
                    int to = from + 1 + rng.nextInt(10);
                    boolean last = k == n - 1;
                    aff.row(
                            affiliations,
                            p,
                            party(),
                            ROLES[rng.nextInt(ROLES.length)],
                            Integer.toString(from),
                            last && rng.nextBoolean() ? null : Integer.toString(to),
                            code("syn-affiliation-", affiliations));
                    cite(cite, "affiliation", affiliations);
                    from = to;
                }
            }
        }
    }

    private void assemblies() throws SQLException {
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO assembly (id, code, name, province, total_seats, general_seats, majority)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                Batch k = new Batch(
                        c,
                        "INSERT INTO constituency (id, code, name, assembly_id, province, district)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        b);
                Batch cite = citations()) {
            for (int a = 0; a < ASSEMBLIES.length; a++) {
                Object[] row = ASSEMBLIES[a];
                b.row(a + 1, row[0], row[1], row[2], row[3], row[4], row[5]);
                cite(cite, "assembly", a + 1);
            }
            int[] numbers = new int[ASSEMBLIES.length];
            for (int s = 1; s <= nConstituencies; s++) {
                // four in ten seats are national, the rest provincial
                int a = rng.nextInt(10) < 4 ? 0 : 1 + rng.nextInt(ASSEMBLIES.length - 1);
                String province = a == 0 ? PROVINCES[rng.nextInt(PROVINCES.length)] : (String) ASSEMBLIES[a][2];
                k.row(
                        s,
                        ASSEMBLIES[a][0] + "-" + (++numbers[a]),
                        null,
                        a + 1,
                        province,
                        province + " district " + (1 + rng.nextInt(30)));
                cite(cite, "constituency", s);
            }
        }
    }

    /**
     * Results (candidacies): for about four in ten seats at each election, 2 to 6 candidates each; or, when the
     * size asks for a number of candidacies, exactly that many, shared evenly among the elections and filling
     * their seats in order (2 to 6 candidates a seat, more where needed to reach the number).
     */
    private void results() throws SQLException {
        if (size.candidacies() >= 0) {
            resultsOfSize(size.candidacies());
            return;
        }
        try (Batch b = candidacies();
                Batch cite = citations()) {
            long id = 0;
            int maxCandidates = Math.min(6, size.parties());
            for (int e = 0; e < nElections; e++) {
                for (int s = 0; s < nConstituencies; s++) {
                    if (rng.nextInt(10) >= 4) {
                        continue;
                    }
                    int n = 2 + rng.nextInt(maxCandidates - 1);
                    id = seat(b, cite, e, s, n, id);
                }
            }
            candidacies = id;
        }
    }

    /**
     * One seat's results at one election: {@code n} candidates of distinct parties, votes falling by rank, the
     * first elected; ids follow {@code lastId}. Returns the last id written.
     */
    private long seat(Batch b, Batch cite, int e, int s, int n, long lastId) throws SQLException {
        long id = lastId;
        long[] parties = distinctParties(n);
        long[] ids = new long[n];
        String[] names = new String[n];
        long votes = 20_000 + rng.nextInt(80_000);
        for (int r = 0; r < n; r++) {
            ids[r] = ++id;
            names[r] = name();
            b.row(
                    id,
                    e + 1,
                    s + 1,
                    names[r],
                    parties[r],
                    null,
                    null,
                    votes,
                    r + 1,
                    r == 0 ? 1 : 0,
                    code("syn-result-", id));
            cite(cite, "candidacy", id);
            votes = Math.max(0, votes - 1 - rng.nextInt((int) Math.max(1, votes / 2)));
        }
        seats[e][s] = new Seat(ids, parties, names);
        return id;
    }

    private Batch candidacies() throws SQLException {
        return new Batch(
                c,
                "INSERT INTO candidacy (id, election_id, constituency_id, candidate_name, party_id,"
                        + " party_label, person_id, votes, rank, elected, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void resultsOfSize(long total) throws SQLException {
        try (Batch b = candidacies();
                Batch cite = citations()) {
            long id = 0;
            int maxCandidates = Math.min(6, size.parties());
            for (int e = 0; e < nElections; e++) {
                long left = total / nElections + (e < total % nElections ? 1 : 0);
                for (int s = 0; s < nConstituencies && left > 0; s++) {
                    int seatsLeft = nConstituencies - s;
                    long needed = (left + seatsLeft - 1) / seatsLeft;
                    int n = (int) Math.min(
                            left, Math.min(size.parties(), Math.max(2 + rng.nextInt(maxCandidates - 1), needed)));
                    id = seat(b, cite, e, s, n, id);
                    left -= n;
                }
                if (left > 0) {
                    throw new IllegalArgumentException(String.format(
                            Locale.ROOT,
                            "%,d candidacies do not fit %,d seats of %,d parties at each of %d elections",
                            total,
                            nConstituencies,
                            size.parties(),
                            nElections));
                }
            }
            candidacies = id;
        }
    }

    /** Alliances (about one per ten parties) around an election, 2 to 6 members joining on or after the start. */
    private void alliances() throws SQLException {
        int n = Math.max(1, size.parties() / 10);
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO alliance (id, code, name, abbreviation, kind, level, region, from_date,"
                                + " to_date, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch m = new Batch(
                        c,
                        "INSERT INTO membership (id, alliance_id, party_id, from_date, to_date, role, code)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        b);
                Batch cite = citations()) {
            long memberships = 0;
            int maxMembers = Math.min(6, size.parties());
            for (int a = 1; a <= n; a++) {
                int e = rng.nextInt(nElections);
                int from = pollingDay[e] - 30 - rng.nextInt(335);
                Integer to = rng.nextInt(3) == 0 ? null : from + 30 + rng.nextInt(1500);
                boolean provincial = rng.nextInt(4) == 0;
                b.row(
                        a,
                        String.format(Locale.ROOT, "syn-alliance-%05d", a),
                        "Synthetic Alliance " + a,
                        String.format(Locale.ROOT, "A%04d", a),
                        ALLIANCE_KINDS[rng.nextInt(ALLIANCE_KINDS.length)],
                        provincial ? "provincial" : "national",
                        provincial ? PROVINCES[rng.nextInt(PROVINCES.length)] : null,
                        days.iso(from),
                        to == null ? null : days.iso(to),
                        rng.nextBoolean() ? "A synthetic alliance for scale tests." : null);
                cite(cite, "alliance", a);
                for (long party : distinctParties(2 + rng.nextInt(maxMembers - 1))) {
                    memberships++;
                    int joined = from + (rng.nextInt(3) == 0 ? rng.nextInt(30) : 0);
                    if (to != null && joined > to) {
                        joined = to;
                    }
                    m.row(
                            memberships,
                            a,
                            party,
                            days.iso(joined),
                            to == null ? null : days.iso(to),
                            rng.nextInt(5) == 0 ? "leader" : "member",
                            code("syn-membership-", memberships));
                    cite(cite, "membership", memberships);
                }
            }
        }
    }

    /** One relation per party; lineage (split, merger, renamed) always runs from the younger id to the older. */
    private void relations() throws SQLException {
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO party_relation (id, party_a, party_b, kind, from_date, to_date, note, code)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                Batch cite = citations()) {
            for (int r = 1; r <= size.parties(); r++) {
                long[] pair = distinctParties(2);
                String kind = RELATION_KINDS[rng.nextInt(RELATION_KINDS.length)];
                boolean lineage = !kind.equals("rivalry") && !kind.equals("cooperation");
                long a = lineage ? Math.max(pair[0], pair[1]) : pair[0];
                long bb = lineage ? Math.min(pair[0], pair[1]) : pair[1];
                int from = 1970 + rng.nextInt(50);
                b.row(
                        r,
                        a,
                        bb,
                        kind,
                        Integer.toString(from),
                        lineage || rng.nextBoolean() ? null : Integer.toString(from + rng.nextInt(10)),
                        null,
                        code("syn-relation-", r));
                cite(cite, "party_relation", r);
            }
        }
    }

    private void events() throws SQLException {
        int n = Math.max(1, size.parties() / 2);
        try (Batch b = new Batch(
                        c, "INSERT INTO event (id, code, date, title, place, description) VALUES (?, ?, ?, ?, ?, ?)");
                Batch ep = new Batch(c, "INSERT INTO event_party (event_id, party_id) VALUES (?, ?)", b);
                Batch epp = new Batch(c, "INSERT INTO event_person (event_id, person_id) VALUES (?, ?)", b);
                Batch cite = citations()) {
            for (int v = 1; v <= n; v++) {
                int e = rng.nextInt(nElections);
                b.row(
                        v,
                        String.format(Locale.ROOT, "syn-event-%06d", v),
                        days.iso(pollingDay[e] + CLAIM_FROM + rng.nextInt(CLAIM_TO - CLAIM_FROM)),
                        "Synthetic event " + v,
                        PLACES[rng.nextInt(PLACES.length)],
                        null);
                cite(cite, "event", v);
                for (long p : distinctParties(1 + rng.nextInt(Math.min(3, size.parties())))) {
                    ep.row(v, p);
                }
                int people = rng.nextInt(3);
                long first = 1 + rng.nextInt(nPeople);
                for (int k = 0; k < people; k++) {
                    // consecutive people (wrapping), so they are distinct
                    epp.row(v, 1 + (first - 1 + k) % nPeople);
                }
            }
        }
    }

    /**
     * Seat deals at random seats and elections. Where the seat has results, the receiver is one of its
     * candidates' parties and the deal names that candidacy; the giver is often another candidate's party.
     * Each deal has 1 to 4 claims, first 'reported', dated around polling day, each citing a source of
     * that election published on or after the claim.
     */
    private void deals() throws SQLException {
        String[] later = {"confirmed", "confirmed", "confirmed", "reported", "denied", "switched", "collapsed"};
        int[] offsets = new int[4];
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO seat_deal (id, code, election_id, constituency_id, giver_id, receiver_id,"
                                + " candidate_name, candidacy_id, alliance_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch k = new Batch(
                        c,
                        "INSERT INTO deal_claim (id, deal_id, date, status, source_id, note, code)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        b);
                Batch cite = citations()) {
            for (long d = 1; d <= size.deals(); d++) {
                int e = rng.nextInt(nElections);
                int s = rng.nextInt(nConstituencies);
                Seat seat = seats[e][s];
                long giver;
                long receiver;
                String candidate;
                Long candidacy = null;
                if (seat != null) {
                    int r = rng.nextInt(seat.parties().length);
                    receiver = seat.parties()[r];
                    candidate = seat.names()[r];
                    candidacy = seat.candidacyIds()[r];
                    int g = rng.nextInt(seat.parties().length);
                    giver = g != r && rng.nextInt(3) > 0 ? seat.parties()[g] : otherParty(receiver);
                } else {
                    receiver = party();
                    giver = otherParty(receiver);
                    candidate = rng.nextInt(10) == 0 ? null : name();
                }
                b.row(d, "syn-deal-" + d, e + 1, s + 1, giver, receiver, candidate, candidacy, null, null);

                int n = 1 + rng.nextInt(4);
                for (int i = 0; i < n; i++) {
                    offsets[i] = CLAIM_FROM + rng.nextInt(CLAIM_TO - CLAIM_FROM + 1);
                }
                Arrays.sort(offsets, 0, n);
                long firstSource = 0;
                for (int i = 0; i < n; i++) {
                    int date = pollingDay[e] + offsets[i];
                    long source = sourceOnOrAfter(e, date);
                    if (i == 0) {
                        firstSource = source;
                    }
                    claims++;
                    k.row(
                            claims,
                            d,
                            days.iso(date),
                            i == 0 ? "reported" : later[rng.nextInt(later.length)],
                            source,
                            null,
                            code("syn-claim-", claims));
                }
                cite.row("seat_deal", d, firstSource);
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A source of election {@code e} published on or after {@code date}: one of the first three such. */
    private long sourceOnOrAfter(int e, int date) {
        int[] days = sourceDays[e];
        int i = Arrays.binarySearch(days, date);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && days[i - 1] == date) {
                i--;
            }
        }
        // days[last] is after every claim date, so i is in range
        int pick = i + rng.nextInt(Math.min(3, days.length - i));
        return sourceIds[e][pick];
    }

    private Batch citations() throws SQLException {
        return new Batch(c, "INSERT INTO citation (record_kind, record_id, source_id) VALUES (?, ?, ?)");
    }

    /** One citation of a random source, and for one record in five a second, different one. */
    private void cite(Batch cite, String kind, long id) throws SQLException {
        long first = 1 + rng.nextInt(nSources);
        cite.row(kind, id, first);
        if (rng.nextInt(5) == 0) {
            long second = 1 + (first + rng.nextInt(nSources - 1)) % nSources;
            cite.row(kind, id, second);
        }
    }

    private long party() {
        return 1 + rng.nextInt(size.parties());
    }

    /**
     * A record's key: the prefix and the number zero-padded to seven digits, so keys grow in the order
     * they are written and their unique index is appended to, not reshuffled.
     */
    private final StringBuilder codeText = new StringBuilder(32);

    private String code(String prefix, long n) {
        codeText.setLength(0);
        codeText.append(prefix);
        String digits = Long.toString(n);
        for (int i = digits.length(); i < 7; i++) {
            codeText.append('0');
        }
        return codeText.append(digits).toString();
    }

    private long otherParty(long p) {
        return 1 + (p + rng.nextInt(size.parties() - 1)) % size.parties();
    }

    /** {@code n} distinct parties (n is at most the number of parties). */
    private long[] distinctParties(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long p;
            boolean seen;
            do {
                p = party();
                seen = false;
                for (int j = 0; j < i; j++) {
                    seen |= out[j] == p;
                }
            } while (seen);
            out[i] = p;
        }
        return out;
    }

    private String name() {
        return FIRST[rng.nextInt(FIRST.length)] + " " + LAST[rng.nextInt(LAST.length)];
    }

    static String abbreviation(int p) {
        return String.format(Locale.ROOT, "P%04d", p);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
