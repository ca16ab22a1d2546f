package org.allianceexplorer.data.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.io.AtomicFile;

/**
 * Writes a synthetic but valid Alliance Explorer database for scale tests and benchmarks.
 *
 * <p>Valid means {@code check} (the Validator) finds nothing: every record cites a source, every deal has
 * 1 to 4 dated claims whose sources were published on or after the claim, a deal's candidate stood for the
 * receiver in its seat wherever that seat has results, memberships start within their alliance, lineage
 * relations never run both ways.
 *
 * <p>Deterministic: everything is drawn from one {@link SplittableRandom} in one fixed order, so the same
 * seed and size give the same rows with the same ids. The file is written to a temporary file in the
 * target's folder (one transaction, batched inserts, no journal) and moved into place only when complete.
 */
public final class SyntheticDatabase {

    /** How big: parties and seat deals. */
    public record Size(int parties, int deals) {}

    /** What was written. */
    public record Summary(long parties, long deals, long claims) {}

    public static final int MIN_PARTIES = 2;
    public static final int MAX_PARTIES = 100_000;
    public static final int MAX_DEALS = 10_000_000;

    private static final int BATCH = 10_000;
    private static final int ELECTIONS = 10;
    /** Claims fall from 120 days before polling day to 7 days after; sources are published up to 30 days after. */
    private static final int CLAIM_FROM = -120;

    private static final int CLAIM_TO = 7;
    private static final int SOURCE_TO = 30;

    private SyntheticDatabase() {}

    public static Summary generate(Path out, Size size, long seed) throws Exception {
        return generate(out, size, seed, phase -> {});
    }

    /**
     * As {@link #generate(Path, Size, long)}; {@code afterPhase} hears the name of each finished phase
     * (tests use it to fail half-way).
     */
    static Summary generate(Path out, Size size, long seed, Consumer<String> afterPhase) throws Exception {
        if (out == null) {
            throw new IllegalArgumentException("no output file given");
        }
        if (size == null) {
            throw new IllegalArgumentException("no size given");
        }
        if (size.parties() < MIN_PARTIES || size.parties() > MAX_PARTIES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the number of parties must be from %d to %d (got %d)",
                    MIN_PARTIES,
                    MAX_PARTIES,
                    size.parties()));
        }
        if (size.deals() < 0 || size.deals() > MAX_DEALS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "the number of deals must be from 0 to %d (got %d)", MAX_DEALS, size.deals()));
        }
        refuseExisting(out);
        Summary[] result = new Summary[1];
        AtomicFile.writeFile(out, tmp -> {
            try {
                try (Database db = Database.createNew(tmp)) {
                    result[0] = new Writer(db.connection(), size, seed, afterPhase).write();
                } catch (SQLException e) {
                    throw new DatabaseException(
                            out + ": cannot write the synthetic database (" + e.getMessage() + ")", e);
                }
                // the target may have appeared while we were writing: still never replace a user's file
                refuseExisting(out);
            } finally {
                // the schema is applied with a rollback journal; leave none of its files behind on failure
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            }
        });
        return result[0];
    }

    private static void refuseExisting(Path out) {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; generate writes a new database only, so choose"
                    + " another name or remove the file first");
        }
    }

    /** One generation run: the connection, the random source, and what earlier tables produced. */
    private static final class Writer {
        private static final String[] FIRST = {
            "Aamir", "Ayesha", "Bilal", "Bushra", "Danish", "Farah", "Faisal", "Ghazala", "Hamza", "Hina", "Imran",
            "Iqra", "Junaid", "Kiran", "Kamran", "Lubna", "Mahnoor", "Nadeem", "Nasreen", "Omar", "Parveen", "Qasim",
            "Rabia", "Saad", "Sadia", "Tariq", "Uzma", "Usman", "Waqar", "Yasmin", "Zafar", "Zainab", "Asif", "Shazia",
            "Naveed", "Fouzia", "Rizwan", "Samina", "Tahir", "Amna"
        };
        private static final String[] LAST = {
            "Abbasi",
            "Afridi",
            "Ahmed",
            "Akhtar",
            "Alvi",
            "Baig",
            "Bhatti",
            "Bugti",
            "Butt",
            "Chaudhry",
            "Dar",
            "Durrani",
            "Gilani",
            "Gondal",
            "Hashmi",
            "Jamali",
            "Jatoi",
            "Kakar",
            "Khan",
            "Khattak",
            "Leghari",
            "Magsi",
            "Malik",
            "Marri",
            "Mengal",
            "Mirza",
            "Niazi",
            "Qureshi",
            "Rana",
            "Rind",
            "Sheikh",
            "Siddiqui",
            "Soomro",
            "Syed",
            "Tareen",
            "Talpur",
            "Wattoo",
            "Yousafzai",
            "Zardari",
            "Zehri"
        };
        private static final String[] ADJECTIVES = {
            "National",
            "Peoples",
            "Democratic",
            "Progressive",
            "United",
            "Islamic",
            "Awami",
            "Justice",
            "Labour",
            "Green",
            "Liberal",
            "Conservative",
            "Federal",
            "Republican"
        };
        private static final String[] NOUNS = {
            "Party", "League", "Movement", "Front", "Congress", "Union", "Council", "Assembly"
        };
        private static final String[] OUTLETS = {
            "Dawn",
            "The News",
            "The Express Tribune",
            "Business Recorder",
            "The Nation",
            "Geo News",
            "ARY News",
            "Pakistan Today",
            "Daily Times",
            "Samaa"
        };
        private static final String[] ROLES = {"member", "leader", "president", "secretary general", "spokesperson"};
        private static final String[] ALLIANCE_KINDS = {
            "electoral_alliance",
            "seat_adjustment_pact",
            "cooperation_agreement",
            "governing_coalition",
            "opposition_movement"
        };
        private static final String[] RELATION_KINDS = {"rivalry", "cooperation", "split", "merger", "renamed"};
        private static final String[] PLACES = {
            "Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Hyderabad", "Faisalabad"
        };
        /** Assemblies: code, name, province, total, general, majority; the first is the national one. */
        private static final Object[][] ASSEMBLIES = {
            {"NA", "National Assembly (synthetic)", null, 336, 266, 169},
            {"PP", "Provincial Assembly of the Punjab (synthetic)", "Punjab", 371, 297, 186},
            {"PS", "Provincial Assembly of Sindh (synthetic)", "Sindh", 168, 130, 85},
            {"PK", "Provincial Assembly of Khyber Pakhtunkhwa (synthetic)", "Khyber Pakhtunkhwa", 145, 115, 73},
            {"PB", "Provincial Assembly of Balochistan (synthetic)", "Balochistan", 65, 51, 33}
        };

        private static final String[] PROVINCES = {"Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan"};

        private final Connection c;
        private final Size size;
        private final SplittableRandom rng;
        private final long seed;
        private final Consumer<String> afterPhase;

        private final int nSources;
        private final int nConstituencies;
        private final int nPeople;
        private final int[] pollingDay = new int[ELECTIONS];
        /** Per election: its sources' ids and published days (epoch days), ascending by day. */
        private final long[][] sourceIds = new long[ELECTIONS][];

        private final int[][] sourceDays = new int[ELECTIONS][];
        /** Per election and seat: the results there, or null (no results). */
        private final Seat[][] seats;
        /** ISO text per epoch day from {@link #dayBase}: dates are formatted once. */
        private final int dayBase = (int) LocalDate.of(1900, 1, 1).toEpochDay();

        private final String[] dayText =
                new String[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - dayBase)];

        private long claims;

        /** One seat's results at one election: parallel arrays by rank. */
        private record Seat(long[] candidacyIds, long[] parties, String[] names) {}

        Writer(Connection c, Size size, long seed, Consumer<String> afterPhase) {
            this.c = c;
            this.size = size;
            this.rng = new SplittableRandom(seed);
            this.seed = seed;
            this.afterPhase = afterPhase;
            this.nSources = clamp(size.deals() / 250, 60, 4000);
            this.nConstituencies = clamp(size.deals() / 250, 50, 4000);
            this.nPeople = Math.max(10, size.parties() * 2);
            this.seats = new Seat[ELECTIONS][nConstituencies];
        }

        Summary write() throws SQLException {
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
            c.setAutoCommit(false);
            try {
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
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
            return new Summary(size.parties(), size.deals(), claims);
        }

        private void phase(String name) {
            afterPhase.accept(name);
        }

        // --- tables, in dependency order ---------------------------------------------------------

        private void elections() throws SQLException {
            try (Batch b =
                    new Batch("INSERT INTO election (id, code, name, polling_day, country) VALUES (?, ?, ?, ?, ?)")) {
                for (int e = 0; e < ELECTIONS; e++) {
                    int year = 1985 + 4 * e;
                    pollingDay[e] = (int) LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28))
                            .toEpochDay();
                }
                // sources are made next; citations of elections are written after them (see sources())
                for (int e = 0; e < ELECTIONS; e++) {
                    int year = 1985 + 4 * e;
                    b.ps.setLong(1, e + 1);
                    b.ps.setString(2, "syn-" + year);
                    b.ps.setString(3, "Synthetic general election " + year);
                    b.ps.setString(4, day(pollingDay[e]));
                    b.ps.setString(5, "PAK");
                    b.add();
                }
            }
        }

        /**
         * Sources: each belongs to one election and is published between 120 days before and 30 days after
         * its polling day, evenly spread, so every claim date of that election has a source published on or
         * after it (the last one is published 30 days after polling day, later than any claim).
         */
        private void sources() throws SQLException {
            int[] perElection = new int[ELECTIONS];
            for (int i = 0; i < nSources; i++) {
                perElection[i % ELECTIONS]++;
            }
            for (int e = 0; e < ELECTIONS; e++) {
                sourceIds[e] = new long[perElection[e]];
                sourceDays[e] = new int[perElection[e]];
            }
            int[] filled = new int[ELECTIONS];
            try (Batch b = new Batch("INSERT INTO source (id, code, outlet, title, url, published, retrieved, snippet)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < nSources; i++) {
                    int e = i % ELECTIONS;
                    int j = filled[e]++;
                    int n = perElection[e];
                    int span = SOURCE_TO - CLAIM_FROM;
                    int published = pollingDay[e] + CLAIM_FROM + (int) ((long) (j + 1) * span / n);
                    long id = i + 1;
                    sourceIds[e][j] = id;
                    sourceDays[e][j] = published;
                    String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
                    b.ps.setLong(1, id);
                    b.ps.setString(2, String.format(Locale.ROOT, "syn-src-%05d", id));
                    b.ps.setString(3, outlet);
                    b.ps.setString(4, "Synthetic report " + id + " on the " + (1985 + 4 * e) + " election");
                    b.ps.setString(5, "https://example.org/synthetic/" + id);
                    b.ps.setString(6, day(published));
                    b.ps.setString(7, "2026-01-01");
                    b.ps.setString(8, rng.nextInt(4) == 0 ? "Synthetic snippet " + id : null);
                    b.add();
                }
            }
            try (Batch cite = citations()) {
                for (int e = 0; e < ELECTIONS; e++) {
                    cite(cite, "election", e + 1);
                }
            }
        }

        private void parties() throws SQLException {
            try (Batch b = new Batch(
                            "INSERT INTO party (id, abbreviation, name, native_name, colour, founded, dissolved,"
                                    + " partyfacts_id, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    Batch alias = new Batch("INSERT INTO party_alias (id, label, party_id) VALUES (?, ?, ?)", b);
                    Batch cite = citations()) {
                long aliases = 0;
                for (int p = 1; p <= size.parties(); p++) {
                    String abbr = abbreviation(p);
                    int foundedYear = 1947 + rng.nextInt(70);
                    String founded = rng.nextBoolean()
                            ? Integer.toString(foundedYear)
                            : day((int) LocalDate.of(foundedYear, 1 + rng.nextInt(12), 1 + rng.nextInt(28))
                                    .toEpochDay());
                    String dissolved =
                            rng.nextInt(10) == 0 ? Integer.toString(foundedYear + 1 + rng.nextInt(20)) : null;
                    b.ps.setLong(1, p);
                    b.ps.setString(2, abbr);
                    b.ps.setString(
                            3,
                            ADJECTIVES[rng.nextInt(ADJECTIVES.length)] + " " + NOUNS[rng.nextInt(NOUNS.length)] + " "
                                    + p);
                    b.ps.setString(4, null);
                    b.ps.setString(5, String.format(Locale.ROOT, "#%06X", rng.nextInt(1 << 24)));
                    b.ps.setString(6, founded);
                    b.ps.setString(7, dissolved);
                    b.ps.setString(8, null);
                    b.ps.setString(9, "PAK");
                    b.add();
                    cite(cite, "party", p);
                    if (rng.nextInt(10) == 0) {
                        aliases++;
                        alias.ps.setLong(1, aliases);
                        alias.ps.setString(2, abbr + "-ALT");
                        alias.ps.setLong(3, p);
                        alias.add();
                        cite(cite, "party_alias", aliases);
                    }
                }
            }
        }

        private void people() throws SQLException {
            try (Batch b = new Batch("INSERT INTO person (id, code, name, native_name) VALUES (?, ?, ?, ?)");
                    Batch aff = new Batch(
                            "INSERT INTO affiliation (id, person_id, party_id, role, from_date, to_date, code)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            b);
                    Batch cite = citations()) {
                long affiliations = 0;
                for (int p = 1; p <= nPeople; p++) {
                    b.ps.setLong(1, p);
                    b.ps.setString(2, String.format(Locale.ROOT, "syn-person-%06d", p));
                    b.ps.setString(3, name());
                    b.ps.setString(4, null);
                    b.add();
                    cite(cite, "person", p);
                    int n = 1 + rng.nextInt(2);
                    int from = 1970 + rng.nextInt(40);
                    for (int k = 0; k < n; k++) {
                        affiliations++;
                        int to = from + 1 + rng.nextInt(10);
                        boolean last = k == n - 1;
                        aff.ps.setLong(1, affiliations);
                        aff.ps.setLong(2, p);
                        aff.ps.setLong(3, party());
                        aff.ps.setString(4, ROLES[rng.nextInt(ROLES.length)]);
                        aff.ps.setString(5, Integer.toString(from));
                        aff.ps.setString(6, last && rng.nextBoolean() ? null : Integer.toString(to));
                        aff.ps.setString(7, code("syn-affiliation-", affiliations));
                        aff.add();
                        cite(cite, "affiliation", affiliations);
                        from = to;
                    }
                }
            }
        }

        private void assemblies() throws SQLException {
            try (Batch b = new Batch(
                            "INSERT INTO assembly (id, code, name, province, total_seats, general_seats, majority)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
                    Batch k = new Batch(
                            "INSERT INTO constituency (id, code, name, assembly_id, province, district)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)",
                            b);
                    Batch cite = citations()) {
                for (int a = 0; a < ASSEMBLIES.length; a++) {
                    Object[] row = ASSEMBLIES[a];
                    for (int i = 0; i < row.length; i++) {
                        b.ps.setObject(i + 2, row[i]);
                    }
                    b.ps.setLong(1, a + 1);
                    b.add();
                    cite(cite, "assembly", a + 1);
                }
                int[] numbers = new int[ASSEMBLIES.length];
                for (int s = 1; s <= nConstituencies; s++) {
                    // four in ten seats are national, the rest provincial
                    int a = rng.nextInt(10) < 4 ? 0 : 1 + rng.nextInt(ASSEMBLIES.length - 1);
                    String province = a == 0 ? PROVINCES[rng.nextInt(PROVINCES.length)] : (String) ASSEMBLIES[a][2];
                    k.ps.setLong(1, s);
                    k.ps.setString(2, ASSEMBLIES[a][0] + "-" + (++numbers[a]));
                    k.ps.setString(3, null);
                    k.ps.setLong(4, a + 1);
                    k.ps.setString(5, province);
                    k.ps.setString(6, province + " district " + (1 + rng.nextInt(30)));
                    k.add();
                    cite(cite, "constituency", s);
                }
            }
        }

        /** Results (candidacies) for about four in ten seats at each election, 2 to 6 candidates each. */
        private void results() throws SQLException {
            try (Batch b = new Batch(
                            "INSERT INTO candidacy (id, election_id, constituency_id, candidate_name, party_id,"
                                    + " party_label, person_id, votes, rank, elected, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    Batch cite = citations()) {
                long id = 0;
                int maxCandidates = Math.min(6, size.parties());
                for (int e = 0; e < ELECTIONS; e++) {
                    for (int s = 0; s < nConstituencies; s++) {
                        if (rng.nextInt(10) >= 4) {
                            continue;
                        }
                        int n = 2 + rng.nextInt(maxCandidates - 1);
                        long[] parties = distinctParties(n);
                        long[] ids = new long[n];
                        String[] names = new String[n];
                        long votes = 20_000 + rng.nextInt(80_000);
                        for (int r = 0; r < n; r++) {
                            ids[r] = ++id;
                            names[r] = name();
                            b.ps.setLong(1, id);
                            b.ps.setLong(2, e + 1);
                            b.ps.setLong(3, s + 1);
                            b.ps.setString(4, names[r]);
                            b.ps.setLong(5, parties[r]);
                            b.ps.setString(6, null);
                            b.ps.setString(7, null);
                            b.ps.setLong(8, votes);
                            b.ps.setInt(9, r + 1);
                            b.ps.setInt(10, r == 0 ? 1 : 0);
                            b.ps.setString(11, code("syn-result-", id));
                            b.add();
                            cite(cite, "candidacy", id);
                            votes = Math.max(0, votes - 1 - rng.nextInt((int) Math.max(1, votes / 2)));
                        }
                        seats[e][s] = new Seat(ids, parties, names);
                    }
                }
            }
        }

        /** Alliances (about one per ten parties) around an election, 2 to 6 members joining on or after the start. */
        private void alliances() throws SQLException {
            int n = Math.max(1, size.parties() / 10);
            try (Batch b = new Batch(
                            "INSERT INTO alliance (id, code, name, abbreviation, kind, level, region, from_date,"
                                    + " to_date, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    Batch m = new Batch(
                            "INSERT INTO membership (id, alliance_id, party_id, from_date, to_date, role, code)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            b);
                    Batch cite = citations()) {
                long memberships = 0;
                int maxMembers = Math.min(6, size.parties());
                for (int a = 1; a <= n; a++) {
                    int e = rng.nextInt(ELECTIONS);
                    int from = pollingDay[e] - 30 - rng.nextInt(335);
                    Integer to = rng.nextInt(3) == 0 ? null : from + 30 + rng.nextInt(1500);
                    boolean provincial = rng.nextInt(4) == 0;
                    b.ps.setLong(1, a);
                    b.ps.setString(2, String.format(Locale.ROOT, "syn-alliance-%05d", a));
                    b.ps.setString(3, "Synthetic Alliance " + a);
                    b.ps.setString(4, String.format(Locale.ROOT, "A%04d", a));
                    b.ps.setString(5, ALLIANCE_KINDS[rng.nextInt(ALLIANCE_KINDS.length)]);
                    b.ps.setString(6, provincial ? "provincial" : "national");
                    b.ps.setString(7, provincial ? PROVINCES[rng.nextInt(PROVINCES.length)] : null);
                    b.ps.setString(8, day(from));
                    b.ps.setString(9, to == null ? null : day(to));
                    b.ps.setString(10, rng.nextBoolean() ? "A synthetic alliance for scale tests." : null);
                    b.add();
                    cite(cite, "alliance", a);
                    for (long party : distinctParties(2 + rng.nextInt(maxMembers - 1))) {
                        memberships++;
                        int joined = from + (rng.nextInt(3) == 0 ? rng.nextInt(30) : 0);
                        if (to != null && joined > to) {
                            joined = to;
                        }
                        m.ps.setLong(1, memberships);
                        m.ps.setLong(2, a);
                        m.ps.setLong(3, party);
                        m.ps.setString(4, day(joined));
                        m.ps.setString(5, to == null ? null : day(to));
                        m.ps.setString(6, rng.nextInt(5) == 0 ? "leader" : "member");
                        m.ps.setString(7, code("syn-membership-", memberships));
                        m.add();
                        cite(cite, "membership", memberships);
                    }
                }
            }
        }

        /** One relation per party; lineage (split, merger, renamed) always runs from the younger id to the older. */
        private void relations() throws SQLException {
            try (Batch b = new Batch(
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
                    b.ps.setLong(1, r);
                    b.ps.setLong(2, a);
                    b.ps.setLong(3, bb);
                    b.ps.setString(4, kind);
                    b.ps.setString(5, Integer.toString(from));
                    b.ps.setString(6, lineage || rng.nextBoolean() ? null : Integer.toString(from + rng.nextInt(10)));
                    b.ps.setString(7, null);
                    b.ps.setString(8, code("syn-relation-", r));
                    b.add();
                    cite(cite, "party_relation", r);
                }
            }
        }

        private void events() throws SQLException {
            int n = Math.max(1, size.parties() / 2);
            try (Batch b = new Batch(
                            "INSERT INTO event (id, code, date, title, place, description) VALUES (?, ?, ?, ?, ?, ?)");
                    Batch ep = new Batch("INSERT INTO event_party (event_id, party_id) VALUES (?, ?)", b);
                    Batch epp = new Batch("INSERT INTO event_person (event_id, person_id) VALUES (?, ?)", b);
                    Batch cite = citations()) {
                for (int v = 1; v <= n; v++) {
                    int e = rng.nextInt(ELECTIONS);
                    b.ps.setLong(1, v);
                    b.ps.setString(2, String.format(Locale.ROOT, "syn-event-%06d", v));
                    b.ps.setString(3, day(pollingDay[e] + CLAIM_FROM + rng.nextInt(CLAIM_TO - CLAIM_FROM)));
                    b.ps.setString(4, "Synthetic event " + v);
                    b.ps.setString(5, PLACES[rng.nextInt(PLACES.length)]);
                    b.ps.setString(6, null);
                    b.add();
                    cite(cite, "event", v);
                    for (long p : distinctParties(1 + rng.nextInt(Math.min(3, size.parties())))) {
                        ep.ps.setLong(1, v);
                        ep.ps.setLong(2, p);
                        ep.add();
                    }
                    int people = rng.nextInt(3);
                    long first = 1 + rng.nextInt(nPeople);
                    for (int k = 0; k < people; k++) {
                        // consecutive people (wrapping), so they are distinct
                        epp.ps.setLong(1, v);
                        epp.ps.setLong(2, 1 + (first - 1 + k) % nPeople);
                        epp.add();
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
                            "INSERT INTO seat_deal (id, code, election_id, constituency_id, giver_id, receiver_id,"
                                    + " candidate_name, candidacy_id, alliance_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    Batch k = new Batch(
                            "INSERT INTO deal_claim (id, deal_id, date, status, source_id, note, code)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                            b);
                    Batch cite = citations()) {
                for (long d = 1; d <= size.deals(); d++) {
                    int e = rng.nextInt(ELECTIONS);
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
                    b.ps.setLong(1, d);
                    b.ps.setString(2, "syn-deal-" + d);
                    b.ps.setLong(3, e + 1);
                    b.ps.setLong(4, s + 1);
                    b.ps.setLong(5, giver);
                    b.ps.setLong(6, receiver);
                    b.ps.setString(7, candidate);
                    if (candidacy == null) {
                        b.ps.setNull(8, Types.INTEGER);
                    } else {
                        b.ps.setLong(8, candidacy);
                    }
                    b.ps.setNull(9, Types.INTEGER);
                    b.ps.setString(10, null);
                    b.add();

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
                        k.ps.setLong(1, claims);
                        k.ps.setLong(2, d);
                        k.ps.setString(3, day(date));
                        k.ps.setString(4, i == 0 ? "reported" : later[rng.nextInt(later.length)]);
                        k.ps.setLong(5, source);
                        k.ps.setString(6, null);
                        k.ps.setString(7, code("syn-claim-", claims));
                        k.add();
                    }
                    cite.ps.setString(1, "seat_deal");
                    cite.ps.setLong(2, d);
                    cite.ps.setLong(3, firstSource);
                    cite.add();
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
            return new Batch("INSERT INTO citation (record_kind, record_id, source_id) VALUES (?, ?, ?)");
        }

        /** One citation of a random source, and for one record in five a second, different one. */
        private void cite(Batch cite, String kind, long id) throws SQLException {
            long first = 1 + rng.nextInt(nSources);
            cite.ps.setString(1, kind);
            cite.ps.setLong(2, id);
            cite.ps.setLong(3, first);
            cite.add();
            if (rng.nextInt(5) == 0) {
                long second = 1 + (first + rng.nextInt(nSources - 1)) % nSources;
                cite.ps.setString(1, kind);
                cite.ps.setLong(2, id);
                cite.ps.setLong(3, second);
                cite.add();
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

        private String day(int epochDay) {
            int i = epochDay - dayBase;
            String s = dayText[i];
            if (s == null) {
                s = LocalDate.ofEpochDay(epochDay).toString();
                dayText[i] = s;
            }
            return s;
        }

        static String abbreviation(int p) {
            return String.format(Locale.ROOT, "P%04d", p);
        }

        private static int clamp(int v, int lo, int hi) {
            return Math.max(lo, Math.min(hi, v));
        }

        /** A prepared INSERT whose rows are sent in batches of {@value SyntheticDatabase#BATCH}. */
        private final class Batch implements AutoCloseable {
            final PreparedStatement ps;
            /** The batch of the rows these rows refer to: sent first, so every reference is valid when sent. */
            private final Batch parent;

            private int pending;

            Batch(String sql) throws SQLException {
                this(sql, null);
            }

            Batch(String sql, Batch parent) throws SQLException {
                this.ps = c.prepareStatement(sql);
                this.parent = parent;
            }

            void add() throws SQLException {
                ps.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }

            void flush() throws SQLException {
                if (parent != null) {
                    parent.flush();
                }
                if (pending > 0) {
                    ps.executeBatch();
                    pending = 0;
                }
            }

            @Override
            public void close() throws SQLException {
                try {
                    flush();
                } finally {
                    ps.close();
                }
            }
        }
    }
}
