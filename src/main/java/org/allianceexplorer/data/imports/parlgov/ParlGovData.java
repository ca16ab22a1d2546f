package org.allianceexplorer.data.imports.parlgov;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.allianceexplorer.data.imports.ImportReport;

/**
 * What {@code import-parlgov} takes from ParlGov's tables, for the countries asked for: countries, parties
 * (with Party Facts ids from the mapping file), national parliament elections ({@code type_id} 13), their
 * results, cabinets and their parties, and party changes. Rows are checked as they are read (ids, counts,
 * percentages, dates, references to rows of other tables); every problem goes to the report with its file,
 * line and column. The tables are small (ParlGov holds some ten thousand results in all): they are held in
 * memory, keyed by ParlGov id, in id order.
 */
final class ParlGovData {

    /** ParlGov's {@code info_id} of a national parliament election. */
    static final long PARLIAMENT = 13;

    record Country(long id, String iso3, String name) {}

    record Party(long id, long country, String shortName, String english, String name, String nonLatin) {}

    record Election(long id, long country, String date, Long seatsTotal) {}

    record Result(long id, long election, long party, Long alliance, Long seats, Double share, Long votes, long line) {}

    record Cabinet(long id, long country, String start, String name, boolean caretaker, Long previous) {}

    record CabinetParty(long id, long cabinet, long party, boolean pm) {}

    record Change(long id, long party, long newParty, String date, String text) {}

    final Map<Long, Country> countries = new TreeMap<>();
    final Map<Long, Party> parties = new TreeMap<>();
    final Map<Long, Long> partyFacts = new HashMap<>();
    final Map<Long, Election> elections = new TreeMap<>();
    final Map<Long, Result> results = new TreeMap<>();
    final Map<Long, Cabinet> cabinets = new TreeMap<>();
    final Map<Long, CabinetParty> cabinetParties = new TreeMap<>();
    final Map<Long, Change> changes = new TreeMap<>();
    /** The ParlGov ids of the countries imported. */
    final Set<Long> chosen = new LinkedHashSet<>();

    private final ImportReport report;

    private ParlGovData(ImportReport report) {
        this.report = report;
    }

    /**
     * Reads the tables of {@code folder} for the countries {@code iso3} (all when empty) and the Party Facts
     * mapping {@code partyFactsFile} (none when null). An unknown country code is bad usage.
     */
    static ParlGovData read(Path folder, Collection<String> iso3, Path partyFactsFile, ImportReport report)
            throws IOException {
        ParlGovData d = new ParlGovData(report);
        d.readCountries(folder, iso3);
        d.readParties(folder);
        if (partyFactsFile != null) {
            d.readPartyFacts(partyFactsFile);
        }
        d.readElections(folder);
        d.readResults(folder);
        d.readCabinets(folder);
        d.readCabinetParties(folder);
        d.readChanges(folder);
        return d;
    }

    private void readCountries(Path folder, Collection<String> iso3) throws IOException {
        ParlGovTable.read(folder, "country.csv", List.of("id", "name", "name_short"), report, r -> {
            long id = r.id("id");
            String code = r.text("name_short");
            if (code == null) {
                r.problem("name_short", "is empty (the country's ISO3 code)");
            }
            if (!r.bad) {
                countries.put(id, new Country(id, code.toUpperCase(Locale.ROOT), r.text("name")));
            }
        });
        if (!report.ok()) {
            return;
        }
        Map<String, Long> byCode = new TreeMap<>();
        countries.values().forEach(c -> byCode.put(c.iso3(), c.id()));
        Set<String> unknown = new TreeSet<>();
        for (String c : iso3) {
            Long id = byCode.get(c.strip().toUpperCase(Locale.ROOT));
            if (id == null) {
                unknown.add(c);
            } else {
                chosen.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--country: ParlGov has no country " + String.join(", ", unknown)
                    + " (it has " + String.join(" ", byCode.keySet()) + ")");
        }
        if (iso3.isEmpty()) {
            chosen.addAll(countries.keySet());
        }
    }

    private void readParties(Path folder) throws IOException {
        List<String> cols = List.of("id", "country_id", "name_short", "name_english", "name", "name_nonlatin");
        ParlGovTable.read(folder, "party.csv", cols, report, r -> {
            long id = r.id("id");
            long country = r.id("country_id");
            String shortName = r.text("name_short");
            if (shortName == null) {
                r.problem("name_short", "is empty (a party needs an abbreviation)");
            }
            if (!r.bad && !countries.containsKey(country)) {
                r.problem("country_id", "unknown country " + country + " (not in country.csv)");
            }
            if (!r.bad && parties.containsKey(id)) {
                r.problem("id", "party " + id + " is there twice");
            }
            if (!r.bad) {
                parties.put(
                        id,
                        new Party(
                                id,
                                country,
                                shortName,
                                r.text("name_english"),
                                r.text("name"),
                                r.text("name_nonlatin")));
            }
        });
    }

    private void readPartyFacts(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        ParlGovTable.read(folder, name, List.of("parlgov_id", "partyfacts_id"), report, r -> {
            long parlgov = r.id("parlgov_id");
            if ("NA".equals(r.text("partyfacts_id"))) {
                return; // R's "no value": a ParlGov party Party Facts has not linked
            }
            long pf = r.id("partyfacts_id");
            if (!r.bad) {
                // a ParlGov party linked to two Party Facts ids keeps the lower (the mapping is sorted by neither)
                partyFacts.merge(parlgov, pf, Math::min);
            }
        });
    }

    private void readElections(Path folder) throws IOException {
        List<String> cols = List.of("id", "type_id", "country_id", "date", "seats_total");
        ParlGovTable.read(folder, "election.csv", cols, report, r -> {
            long id = r.id("id");
            long type = r.id("type_id");
            long country = r.id("country_id");
            if (r.bad || type != PARLIAMENT || !chosen.contains(country)) {
                return;
            }
            String date = r.date("date", true);
            Long seats = r.count("seats_total");
            if (!r.bad) {
                elections.put(id, new Election(id, country, date, seats));
            }
        });
    }

    private void readResults(Path folder) throws IOException {
        List<String> cols = List.of("id", "election_id", "party_id", "alliance_id", "seats", "vote_share", "votes");
        List<ParlGovTable.Row> withAlliance = new ArrayList<>();
        Map<ParlGovTable.Row, Result> pending = new HashMap<>();
        ParlGovTable.read(folder, "election_result.csv", cols, report, r -> {
            long id = r.id("id");
            long election = r.id("election_id");
            if (r.bad || !elections.containsKey(election)) {
                return;
            }
            long party = r.id("party_id");
            Long alliance = r.optionalId("alliance_id");
            Long seats = r.count("seats");
            Double share = r.percentage("vote_share");
            Long votes = r.count("votes");
            if (!r.bad && !parties.containsKey(party)) {
                r.problem("party_id", "unknown party " + party + " (not in party.csv)");
            }
            if (!r.bad) {
                Result res = new Result(id, election, party, alliance, seats, share, votes, r.line);
                results.put(id, res);
                if (alliance != null) {
                    withAlliance.add(r);
                    pending.put(r, res);
                }
            }
        });
        // an alliance is the result row of the alliance itself (its party is the alliance), at the same election
        for (ParlGovTable.Row r : withAlliance) {
            Result res = pending.get(r);
            if (res.alliance() == res.id()) {
                // ParlGov 2023-11-04 has one such row (Turkey 2023, the Nation Alliance's leading party): the row
                // other rows name as their alliance, read as the alliance's own row
                report.note("election_result.csv line " + r.line + ": result " + res.id()
                        + " names itself as its alliance; read as the alliance's own row");
                results.put(
                        res.id(),
                        new Result(
                                res.id(),
                                res.election(),
                                res.party(),
                                null,
                                res.seats(),
                                res.share(),
                                res.votes(),
                                res.line()));
                continue;
            }
            Result alliance = results.get(res.alliance());
            if (alliance == null || alliance.election() != res.election()) {
                r.problem(
                        "alliance_id",
                        "no result " + res.alliance() + " at the same election (alliance_id names the alliance's own"
                                + " row of election_result.csv)");
                results.remove(res.id());
            }
        }
    }

    private void readCabinets(Path folder) throws IOException {
        List<String> cols = List.of("id", "country_id", "start_date", "name", "caretaker", "previous_cabinet_id");
        ParlGovTable.read(folder, "cabinet.csv", cols, report, r -> {
            long id = r.id("id");
            long country = r.id("country_id");
            if (r.bad || !chosen.contains(country)) {
                return;
            }
            String start = r.date("start_date", true);
            String name = r.text("name");
            if (name == null) {
                r.problem("name", "is empty (a cabinet needs a name)");
            }
            boolean caretaker = r.flag("caretaker");
            Long previous = r.optionalId("previous_cabinet_id");
            if (!r.bad) {
                cabinets.put(id, new Cabinet(id, country, start, name, caretaker, previous));
            }
        });
    }

    private void readCabinetParties(Path folder) throws IOException {
        List<String> cols = List.of("id", "cabinet_id", "party_id", "pm");
        ParlGovTable.read(folder, "cabinet_party.csv", cols, report, r -> {
            long id = r.id("id");
            long cabinet = r.id("cabinet_id");
            if (r.bad || !cabinets.containsKey(cabinet)) {
                return;
            }
            long party = r.id("party_id");
            boolean pm = r.flag("pm");
            if (!r.bad && !parties.containsKey(party)) {
                r.problem("party_id", "unknown party " + party + " (not in party.csv)");
            }
            if (!r.bad) {
                cabinetParties.put(id, new CabinetParty(id, cabinet, party, pm));
            }
        });
    }

    private void readChanges(Path folder) throws IOException {
        List<String> cols = List.of("id", "party_id", "party_id_new", "date", "description", "comment");
        ParlGovTable.read(folder, "party_change.csv", cols, report, r -> {
            long id = r.id("id");
            long party = r.id("party_id");
            long newParty = r.id("party_id_new");
            if (r.bad) {
                return;
            }
            Party old = parties.get(party);
            Party successor = parties.get(newParty);
            if (old == null) {
                r.problem("party_id", "unknown party " + party + " (not in party.csv)");
            }
            if (successor == null) {
                r.problem("party_id_new", "unknown party " + newParty + " (not in party.csv)");
            }
            if (r.bad || !chosen.contains(old.country()) && !chosen.contains(successor.country())) {
                return;
            }
            if (party == newParty) {
                r.problem("party_id_new", "is the party itself");
            }
            String date = r.date("date", true);
            String text = String.join(
                    "; ",
                    java.util.stream.Stream.of(r.text("description"), r.text("comment"))
                            .filter(java.util.Objects::nonNull)
                            .toList());
            if (!r.bad) {
                changes.put(id, new Change(id, party, newParty, date, text.isEmpty() ? null : text));
            }
        });
    }
}
