package org.allianceexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.NewClaim;

/**
 * Times the commit of an edit (the whole call: one transaction with its checks, history rows and fsync) on a
 * generated database, by kind of edit: a deal's note changed, a new claim on an existing deal, a party
 * added, a membership's end date changed, each edit undone. Not a test: {@code bench/edit-benchmark.sh} runs it.
 * Arguments: GENERATED_FILE [EDITS_PER_KIND]; the file is generated (1,000 parties, 1,000,000 deals, seed 1) when
 * missing, and copied before editing so that it stays as generated.
 */
public final class EditBench {

    private EditBench() {}

    public static void main(String[] args) throws Exception {
        Path generated = Path.of(args.length > 0 ? args[0] : "/tmp/ae-edit-bench/generated-p1000-d1000000-s1.sqlite");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        if (!Files.exists(generated)) {
            Files.createDirectories(generated.toAbsolutePath().getParent());
            long t0 = System.nanoTime();
            SyntheticDatabase.generate(generated, new SyntheticDatabase.Size(1000, 1_000_000), 1);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", generated, (System.nanoTime() - t0) / 1e9);
        }
        if (n == 0) {
            return;
        }
        Path work = generated.resolveSibling("edited.sqlite");
        // a journal left by an interrupted run would be applied to the fresh copy
        Files.deleteIfExists(generated.resolveSibling("edited.sqlite-wal"));
        Files.deleteIfExists(generated.resolveSibling("edited.sqlite-shm"));
        Files.copy(generated, work, StandardCopyOption.REPLACE_EXISTING);
        Random random = new Random(3);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try (Editing editing = Editing.of(Database.openForEditing(work))) {
            EditRepository edits = editing.edits();
            Database db = editing.database();
            long deals = one(db, "SELECT max(id) FROM seat_deal");
            long sources = one(db, "SELECT max(id) FROM source");
            long memberships = one(db, "SELECT max(id) FROM membership");
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d deals, %,d claims%n",
                    generated,
                    one(db, "SELECT count(*) FROM seat_deal"),
                    one(db, "SELECT count(*) FROM deal_claim"));
            for (int round = -10; round < n; round++) {
                long deal = 1 + random.nextInt((int) deals);
                if (edits.values(EditKind.DEAL, deal).isEmpty()) {
                    continue;
                }
                Cite cite = Cite.source(1 + random.nextInt((int) sources));
                time(
                        times,
                        round,
                        "change a deal's note",
                        () -> edits.change(
                                EditKind.DEAL, deal, Map.of("note", "bench note " + System.nanoTime()), cite, "bench"));
                Map<String, String> d = edits.values(EditKind.DEAL, deal).orElseThrow();
                time(
                        times,
                        round,
                        "new claim on an existing deal",
                        () -> edits.newClaim(
                                new NewClaim(
                                        Long.parseLong(d.get("election_id")),
                                        Long.parseLong(d.get("constituency_id")),
                                        Long.parseLong(d.get("giver_id")),
                                        Long.parseLong(d.get("receiver_id")),
                                        null,
                                        ClaimStatus.CONFIRMED,
                                        PartialDate.parse("2024-02-01"),
                                        "https://bench.example/" + System.nanoTime(),
                                        "Bench Times",
                                        "quoted"),
                                "bench"));
                Edit added = time(
                        times,
                        round,
                        "add a party",
                        () -> edits.add(
                                EditKind.PARTY,
                                Map.of("abbreviation", "B" + System.nanoTime(), "name", "Bench party"),
                                cite,
                                "bench"));
                long m = 1 + random.nextInt((int) memberships);
                if (edits.values(EditKind.MEMBERSHIP, m).isPresent()) {
                    time(
                            times,
                            round,
                            "change a membership's role",
                            () -> edits.change(
                                    EditKind.MEMBERSHIP,
                                    m,
                                    Map.of("role", "bench " + System.nanoTime()),
                                    cite,
                                    "bench"));
                }
                time(times, round, "undo (the party added)", () -> edits.undo(added.id(), "bench"));
            }
        }
        List<Double> all = new ArrayList<>();
        System.out.println("| edit | runs | median ms | p90 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            all.addAll(e.getValue());
            row(e.getKey(), e.getValue());
        }
        row("all edits", all);
        Files.deleteIfExists(work);
    }

    private interface Call {
        Edit run();
    }

    private static Edit time(Map<String, List<Double>> times, int round, String what, Call call) {
        long t0 = System.nanoTime();
        Edit e = call.run();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (round >= 0) {
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(ms);
        }
        return e;
    }

    private static void row(String what, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        s.sort(null);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                what,
                s.size(),
                s.get(s.size() / 2),
                s.get((int) (s.size() * 0.9)),
                s.get(s.size() - 1));
    }

    private static long one(Database db, String sql) throws Exception {
        try (PreparedStatement ps = db.connection().prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
