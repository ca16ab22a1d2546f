package org.allianceexplorer.data.imports.parlgov;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.allianceexplorer.data.DatabaseException;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.imports.DatasetImport;
import org.allianceexplorer.data.imports.ImportException;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.data.imports.Importer;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.Cabinet;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.CabinetParty;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.Change;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.Election;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.Party;
import org.allianceexplorer.data.imports.parlgov.ParlGovData.Result;
import org.allianceexplorer.io.LosslessCsv;
import org.allianceexplorer.io.ZipInput;

/**
 * {@code import-parlgov}: a new database from ParlGov's CSV tables (Döring, Quaas, Hesse and Manow 2023,
 * CC0), with Party Facts ids (Döring and Regel 2019). The tables are read and checked first
 * ({@link ParlGovData}); when nothing is wrong they are written as a dataset in the interchange format into
 * a temporary folder beside the target, which the importer then reads into the new database
 * ({@link DatasetImport#toNewFile}: written beside and moved into place). So a ParlGov import is exactly a
 * dataset import: the same rules, keys, citations and atomic write, and {@code dump} gives the folder back.
 *
 * <p>What becomes what (see ADR 0010 and the README):
 * <ul>
 *   <li>party: abbreviation ParlGov's {@code name_short}, made unique as our schema needs (below); the ParlGov
 *       id is kept as the alias {@code parlgov:ID};</li>
 *   <li>election ({@code type_id} 13 only): key {@code parlgov-election-ID}; one assembly per country
 *       ({@code ISO3-parliament}); each result row a {@code party_result} ({@code parlgov-result-ID});</li>
 *   <li>electoral alliance: for each row named by another's {@code alliance_id}, an alliance of kind
 *       electoral_alliance ({@code parlgov-alliance-ID}) dated to its election, with its members;</li>
 *   <li>governing coalition: each cabinet of more than one party ({@code parlgov-cabinet-ID}), from its
 *       start to the start of the cabinet that follows it;</li>
 *   <li>lineage from {@code party_change}: a split when the old party stood again afterwards, else a merger
 *       (ParlGov's table does not say which kind of change it was).</li>
 * </ul>
 */
public final class ParlGovImport {

    /** The key of the ParlGov source. */
    public static final String PARLGOV = "parlgov";
    /** The key of the Party Facts source. */
    public static final String PARTY_FACTS = "partyfacts";
    /** The citation sentence of ParlGov's SOURCE.txt, verbatim. */
    public static final String PARLGOV_CITATION = "Döring, Holger, Alexandra Quaas, Maike Hesse and Philip Manow. 2023."
            + " \"Parliaments and governments database (ParlGov): Information on parties, elections and cabinets"
            + " in established democracies.\" Development version.";
    /** The citation of Party Facts, verbatim from its SOURCE.txt. */
    public static final String PARTY_FACTS_CITATION = "Döring, Holger and Sven Regel. 2019. \"Party Facts: A database"
            + " of political parties worldwide.\" Party Politics 25(2): 97-109.";
    /** The mapping file's name, looked for in the ParlGov folder when none is given. */
    public static final String PARTY_FACTS_FILE = "partyfacts-parlgov-ids.csv";

    /** What to import: the countries (ISO3; all when empty) and the Party Facts mapping (null: none). */
    public record Options(List<String> countries, Path partyFacts, int maxProblems) {

        /** Listing at most the default number of problems. */
        public Options(List<String> countries, Path partyFacts) {
            this(countries, partyFacts, Importer.Settings.DEFAULT.maxProblems());
        }
    }

    private final ParlGovData d;
    private final Map<Long, String> abbreviations;
    private final boolean withPartyFacts;
    private final ImportReport notes;

    private ParlGovImport(ParlGovData d, boolean withPartyFacts, ImportReport notes) {
        this.d = d;
        this.abbreviations = abbreviations(d);
        this.withPartyFacts = withPartyFacts;
        this.notes = notes;
    }

    /**
     * A new database at {@code out} (which must not exist) from the ParlGov tables in {@code from}. Returns
     * the import's report; throws {@link ImportException} listing every problem when the tables have any
     * (nothing is written), {@link IllegalArgumentException} for a country ParlGov does not have.
     */
    public static ImportReport toNewFile(Path from, Path out, Options options, Consumer<String> progress)
            throws IOException {
        if (Files.exists(out) || Files.isSymbolicLink(out)) {
            throw new DatabaseException(out + ": already exists; import-parlgov writes a new database only");
        }
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("--from " + from + ": not a folder (ParlGov's CSV tables)");
        }
        Path mapping = options.partyFacts();
        if (mapping == null && Files.isRegularFile(from.resolve(PARTY_FACTS_FILE))) {
            mapping = from.resolve(PARTY_FACTS_FILE);
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            throw new IllegalArgumentException("--partyfacts " + mapping + ": no such file");
        }
        ImportReport report = new ImportReport(options.maxProblems());
        progress.accept("reading ParlGov tables");
        ParlGovData data = ParlGovData.read(from, options.countries(), mapping, report);
        if (!report.ok()) {
            throw new ImportException(report);
        }
        if (mapping == null) {
            report.note("no Party Facts mapping (--partyfacts FILE, or " + PARTY_FACTS_FILE
                    + " in the folder): parties have no Party Facts id");
        }
        Path parent = out.toAbsolutePath().getParent();
        Path work = Files.createTempDirectory(parent, "." + out.getFileName() + ".parlgov-");
        try {
            ParlGovImport conversion = new ParlGovImport(data, mapping != null, report);
            conversion.write(work, name(data, options));
            ImportReport imported =
                    DatasetImport.toNewFile(work, out, Importer.Settings.DEFAULT, ZipInput.Limits.DEFAULT, progress);
            for (String n : report.notes()) {
                imported.note(n);
            }
            return imported;
        } finally {
            delete(work);
        }
    }

    private static String name(ParlGovData d, Options options) {
        List<String> codes =
                d.chosen.stream().map(id -> d.countries.get(id).iso3()).toList();
        return "ParlGov: " + (options.countries().isEmpty() ? "all countries" : String.join(", ", codes));
    }

    // --- abbreviations ----------------------------------------------------------------------------------

    /**
     * A unique abbreviation for every ParlGov party (of all countries, so that a party is named the same
     * whichever countries are imported): its {@code name_short} when no other party has it (regardless of
     * case); else {@code SHORT-ISO3} when no other party of its country has it; else {@code SHORT-ISO3-ID}.
     * One that is still taken (another party's own abbreviation) gets {@code -ID}.
     */
    static Map<Long, String> abbreviations(ParlGovData d) {
        Map<String, List<Party>> byShort = new HashMap<>();
        for (Party p : d.parties.values()) {
            byShort.computeIfAbsent(DatasetFormat.fold(p.shortName()), k -> new ArrayList<>())
                    .add(p);
        }
        Set<String> plain = new HashSet<>();
        byShort.forEach((k, v) -> {
            if (v.size() == 1) {
                plain.add(k);
            }
        });
        Map<Long, String> out = new TreeMap<>();
        Set<String> used = new HashSet<>(plain);
        for (Party p : d.parties.values()) {
            String s = p.shortName();
            List<Party> same = byShort.get(DatasetFormat.fold(s));
            if (same.size() == 1) {
                out.put(p.id(), s);
                continue;
            }
            String iso = d.countries.get(p.country()).iso3();
            long inCountry =
                    same.stream().filter(o -> o.country() == p.country()).count();
            String a = inCountry == 1 ? s + "-" + iso : s + "-" + iso + "-" + p.id();
            if (!used.add(DatasetFormat.fold(a))) {
                a = a + "-" + p.id();
                used.add(DatasetFormat.fold(a));
            }
            out.put(p.id(), a);
        }
        return out;
    }

    // --- the dataset ------------------------------------------------------------------------------------

    private void write(Path dir, String name) throws IOException {
        Set<Long> parties = partiesUsed();
        try (LosslessCsv m = csv(dir, DatasetFormat.MANIFEST)) {
            m.header("key", "value");
            m.text("format").text(DatasetFormat.FORMAT).endRow();
            m.text("format_version").text(DatasetFormat.CURRENT.toString()).endRow();
            m.text("name").text(name).endRow();
        }
        try (LosslessCsv s = csv(dir, DatasetFormat.File.SOURCES)) {
            s.text(PARLGOV)
                    .text("ParlGov")
                    .text("Parliaments and governments database (ParlGov), development version 2023-11-04")
                    .text("https://www.parlgov.org/")
                    .text("2023-11-04")
                    .text(null)
                    .text(PARLGOV_CITATION)
                    .endRow();
            if (withPartyFacts) {
                s.text(PARTY_FACTS)
                        .text("Party Facts")
                        .text("Party Facts: A database of political parties worldwide (ParlGov id mapping)")
                        .text("https://partyfacts.herokuapp.com/")
                        .text("2019")
                        .text(null)
                        .text(PARTY_FACTS_CITATION)
                        .endRow();
            }
        }
        try (LosslessCsv p = csv(dir, DatasetFormat.File.PARTIES);
                LosslessCsv a = csv(dir, DatasetFormat.File.PARTY_ALIASES)) {
            for (long id : parties) {
                Party party = d.parties.get(id);
                Long pf = d.partyFacts.get(id);
                String english = first(party.english(), party.name(), party.shortName());
                String nativeName = first(party.nonLatin(), party.name());
                p.text(abbreviations.get(id))
                        .text(english)
                        .text(english.equals(nativeName) ? null : nativeName)
                        .text(null)
                        .text(null)
                        .text(null)
                        .number(pf)
                        .text(d.countries.get(party.country()).iso3())
                        .text(pf == null ? PARLGOV : PARLGOV + ";" + PARTY_FACTS)
                        .endRow();
                a.text("parlgov:" + id)
                        .text(abbreviations.get(id))
                        .text(PARLGOV)
                        .endRow();
            }
        }
        Map<Long, String> assemblies = new LinkedHashMap<>();
        try (LosslessCsv e = csv(dir, DatasetFormat.File.ELECTIONS)) {
            for (Election el : d.elections.values()) {
                ParlGovData.Country c = d.countries.get(el.country());
                e.text(electionKey(el.id()))
                        .text(c.name() + " parliamentary election " + el.date().substring(0, 4))
                        .text(el.date())
                        .text(c.iso3())
                        .text(PARLGOV)
                        .endRow();
                assemblies.putIfAbsent(el.country(), assemblyKey(el.country()));
            }
        }
        try (LosslessCsv as = csv(dir, DatasetFormat.File.ASSEMBLIES)) {
            for (Map.Entry<Long, String> x : new TreeMap<>(assemblies).entrySet()) {
                ParlGovData.Country c = d.countries.get(x.getKey());
                as.text(x.getValue())
                        .text(c.name() + ": national parliament (lower house)")
                        .text(null)
                        .number((Long) null)
                        .number((Long) null)
                        .number((Long) null)
                        .text(PARLGOV)
                        .endRow();
            }
        }
        try (LosslessCsv r = csv(dir, DatasetFormat.File.PARTY_RESULTS)) {
            for (Result res : d.results.values()) {
                Election el = d.elections.get(res.election());
                r.text("parlgov-result-" + res.id())
                        .text(electionKey(el.id()))
                        .text(assemblyKey(el.country()))
                        .text(abbreviations.get(res.party()))
                        .number(res.votes())
                        .text(res.share() == null ? null : DatasetFormat.decimal(res.share()))
                        .number(res.seats())
                        .text(PARLGOV)
                        .endRow();
            }
        }
        try (LosslessCsv al = csv(dir, DatasetFormat.File.ALLIANCES);
                LosslessCsv mb = csv(dir, DatasetFormat.File.MEMBERSHIPS)) {
            electoralAlliances(al, mb);
            coalitions(al, mb);
        }
        try (LosslessCsv rel = csv(dir, DatasetFormat.File.RELATIONS)) {
            lineage(rel);
        }
    }

    /** The parties of the countries imported, and any other party their rows name, in id order. */
    private Set<Long> partiesUsed() {
        Set<Long> out = new java.util.TreeSet<>();
        d.parties.values().stream().filter(p -> d.chosen.contains(p.country())).forEach(p -> out.add(p.id()));
        d.results.values().forEach(r -> out.add(r.party()));
        d.cabinetParties.values().forEach(c -> out.add(c.party()));
        d.changes.values().forEach(c -> {
            out.add(c.party());
            out.add(c.newParty());
        });
        return out;
    }

    private void electoralAlliances(LosslessCsv al, LosslessCsv mb) throws IOException {
        Map<Long, List<Result>> members = new TreeMap<>();
        for (Result r : d.results.values()) {
            if (r.alliance() != null) {
                members.computeIfAbsent(r.alliance(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Long, List<Result>> e : members.entrySet()) {
            Result own = d.results.get(e.getKey());
            Election el = d.elections.get(own.election());
            Party party = d.parties.get(own.party());
            ParlGovData.Country c = d.countries.get(el.country());
            String key = "parlgov-alliance-" + own.id();
            al.text(key)
                    .text(first(party.english(), party.name(), party.shortName()) + " (" + c.iso3() + " "
                            + el.date().substring(0, 4) + ")")
                    .text(abbreviations.get(party.id()))
                    .text("electoral_alliance")
                    .text("national")
                    .text(null)
                    .text(el.date())
                    .text(el.date())
                    .text("Electoral alliance at the " + c.name() + " parliamentary election of " + el.date()
                            + " (ParlGov election_result " + own.id() + ")")
                    .text(PARLGOV)
                    .endRow();
            for (Result m : e.getValue()) {
                mb.text("parlgov-alliance-member-" + m.id())
                        .text(key)
                        .text(abbreviations.get(m.party()))
                        .text(el.date())
                        .text(el.date())
                        .text("member")
                        .text(PARLGOV)
                        .endRow();
            }
        }
    }

    private void coalitions(LosslessCsv al, LosslessCsv mb) throws IOException {
        Map<Long, Map<Long, Boolean>> partiesOf = new TreeMap<>();
        for (CabinetParty cp : d.cabinetParties.values()) {
            partiesOf
                    .computeIfAbsent(cp.cabinet(), k -> new LinkedHashMap<>())
                    .merge(cp.party(), cp.pm(), Boolean::logicalOr);
        }
        // the cabinet that follows each: the earliest of those naming it as previous_cabinet_id
        Map<Long, Cabinet> next = new HashMap<>();
        for (Cabinet c : d.cabinets.values()) {
            if (c.previous() != null) {
                next.merge(c.previous(), c, (a, b) -> a.start().compareTo(b.start()) <= 0 ? a : b);
            }
        }
        for (Cabinet cab : d.cabinets.values()) {
            Map<Long, Boolean> members = partiesOf.getOrDefault(cab.id(), Map.of());
            if (members.size() < 2) {
                continue;
            }
            Cabinet after = next.get(cab.id());
            String to = after == null ? null : after.start();
            if (to != null && to.compareTo(cab.start()) < 0) {
                notes.note("cabinet " + cab.id() + " (" + cab.name() + ") starts " + cab.start()
                        + " after the cabinet that follows it (" + after.start() + "): its coalition has no end");
                to = null;
            }
            ParlGovData.Country c = d.countries.get(cab.country());
            String key = "parlgov-cabinet-" + cab.id();
            al.text(key)
                    .text("Cabinet " + cab.name() + " (" + c.iso3() + ")")
                    .text(null)
                    .text("governing_coalition")
                    .text("national")
                    .text(null)
                    .text(cab.start())
                    .text(to)
                    .text("Governing coalition of the " + c.name() + " cabinet " + cab.name()
                            + (cab.caretaker() ? ", a caretaker cabinet" : "") + " (ParlGov cabinet " + cab.id()
                            + "), until the next cabinet took office")
                    .text(PARLGOV)
                    .endRow();
            for (Map.Entry<Long, Boolean> m : members.entrySet()) {
                mb.text(key + "/" + m.getKey())
                        .text(key)
                        .text(abbreviations.get(m.getKey()))
                        .text(cab.start())
                        .text(to)
                        .text(m.getValue() ? "prime minister's party" : "member")
                        .text(PARLGOV)
                        .endRow();
            }
        }
    }

    /**
     * ParlGov's {@code party_change} says only that {@code party_id_new} came from {@code party_id} on a date
     * (its {@code info_id} lists splinter, division, merger, joining and successor, but the table holds no
     * type). A party that stood at the first national election after the change went on: the new party split
     * from it. One that did not ended there (or stood only inside the new one): it merged into the new party.
     * The same change listed twice (one row per defecting politician) is one relation.
     */
    private void lineage(LosslessCsv rel) throws IOException {
        Map<Long, java.util.TreeSet<String>> pollingDays = new HashMap<>();
        Set<String> stood = new HashSet<>();
        for (Election el : d.elections.values()) {
            pollingDays
                    .computeIfAbsent(el.country(), k -> new java.util.TreeSet<>())
                    .add(el.date());
        }
        for (Result r : d.results.values()) {
            stood.add(r.party() + "@" + d.elections.get(r.election()).date());
        }
        Map<String, Change> once = new LinkedHashMap<>();
        Map<String, List<String>> texts = new HashMap<>();
        for (Change c : d.changes.values()) {
            String k = c.party() + "/" + c.newParty() + "/" + c.date();
            once.putIfAbsent(k, c);
            if (c.text() != null) {
                texts.computeIfAbsent(k, x -> new ArrayList<>()).add(c.text());
            }
        }
        for (Map.Entry<String, Change> e : once.entrySet()) {
            Change c = e.getValue();
            String old = abbreviations.get(c.party());
            String successor = abbreviations.get(c.newParty());
            java.util.TreeSet<String> days =
                    pollingDays.get(d.parties.get(c.party()).country());
            String nextElection = days == null ? null : days.higher(c.date());
            boolean wentOn = nextElection != null && stood.contains(c.party() + "@" + nextElection);
            String why = wentOn
                    ? old + " stood at the next election (" + nextElection + "), so " + successor + " split from it"
                    : old
                            + (nextElection == null
                                    ? " stood at no later election"
                                    : " did not stand at the next election (" + nextElection + ")")
                            + ", so it merged into " + successor;
            List<String> t = texts.getOrDefault(e.getKey(), List.of());
            rel.text("parlgov-change-" + c.id())
                    .text(wentOn ? successor : old)
                    .text(wentOn ? old : successor)
                    .text(wentOn ? "split" : "merger")
                    .text(c.date())
                    .text(null)
                    .text("ParlGov party_change " + c.id() + ": " + successor + " from " + old + "; " + why
                            + (t.isEmpty() ? "" : ". " + String.join("; ", t)))
                    .text(PARLGOV)
                    .endRow();
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static String electionKey(long id) {
        return "parlgov-election-" + id;
    }

    private String assemblyKey(long country) {
        return d.countries.get(country).iso3() + "-parliament";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static LosslessCsv csv(Path dir, DatasetFormat.File f) throws IOException {
        LosslessCsv c = csv(dir, f.fileName());
        c.header(f.columns().toArray(String[]::new));
        return c;
    }

    private static LosslessCsv csv(Path dir, String name) throws IOException {
        OutputStream out = Files.newOutputStream(dir.resolve(name));
        return new LosslessCsv(out);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder of ours
        }
    }
}
