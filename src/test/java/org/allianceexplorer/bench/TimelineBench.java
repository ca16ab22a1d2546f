package org.allianceexplorer.bench;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.timeline.TimelineFigure;
import org.allianceexplorer.timeline.model.LaneMode;
import org.allianceexplorer.timeline.model.TimeRange;
import org.allianceexplorer.timeline.model.TimelineData;
import org.allianceexplorer.timeline.model.TimelineFilter;
import org.allianceexplorer.timeline.model.TimelineModel;

/**
 * Frame times of the timeline painter on a generated database (a harness, not JMH: warm-up, then timed
 * frames; median and 95th percentile). Each frame builds the figure for the window (as the skin does on
 * every change) and paints it into a 1600x900 ARGB image with the figure's rendering hints.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.allianceexplorer.bench.TimelineBench [parties] [deals]</pre>
 *
 * or, on a database made before (e.g. the 1,000,000-deal one of bench/scale-listing-benchmark.sh), {@code
 * TimelineBench FILE.sqlite}: a database above 20,000 claims is drawn as density bands.
 */
public final class TimelineBench {

    private static final int W = 1600;
    private static final int H = 900;

    public static void main(String[] args) throws Exception {
        Path db;
        long t0 = System.nanoTime();
        if (args.length > 0 && args[0].endsWith(".sqlite")) {
            db = Path.of(args[0]);
        } else {
            int parties = args.length > 0 ? Integer.parseInt(args[0]) : 300;
            int deals = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
            Path dir = Files.createTempDirectory("timeline-bench");
            db = dir.resolve("bench.sqlite");
            SyntheticDatabase.Summary s = SyntheticDatabase.generate(db, new SyntheticDatabase.Size(parties, deals), 1);
            System.out.printf(
                    Locale.ROOT,
                    "generated %,d parties, %,d deals, %,d claims in %.1f s%n",
                    s.parties(),
                    s.deals(),
                    s.claims(),
                    (System.nanoTime() - t0) / 1e9);
        }
        // open while the model is built: a large database's density bands are counted in SQL then
        Database d = Database.openReadOnly(db);
        t0 = System.nanoTime();
        TimelineData data = TimelineData.load(Repositories.of(d));
        System.out.printf(
                Locale.ROOT,
                "loaded in %.0f ms: %,d alliances, %,d memberships, %,d claims (%,d drawn one by one), %,d events,"
                        + " %,d elections%n",
                (System.nanoTime() - t0) / 1e6,
                data.alliances().size(),
                data.memberships().size(),
                data.claimTotal(),
                data.claims().size(),
                data.events().size(),
                data.elections().size());
        t0 = System.nanoTime();
        TimelineModel model = TimelineModel.build(data, TimelineFilter.ALL, LaneMode.BY_ALLIANCE, Set.of());
        System.out.printf(
                Locale.ROOT,
                "model: %,d lanes, %,d items, built in %.0f ms%n",
                model.lanes().size(),
                model.itemCount(),
                (System.nanoTime() - t0) / 1e6);
        TimelineModel byParty = TimelineModel.build(data, TimelineFilter.ALL, LaneMode.BY_PARTY, Set.of());

        TimeRange full = model.fullRange();
        LocalDate last = model.elections().isEmpty()
                ? model.extentEnd()
                : model.elections()
                        .get(model.elections().size() - 1)
                        .pollingDay()
                        .earliest();
        TimeRange campaign = TimeRange.of(last.minusDays(120), last.plusDays(10));
        TimeRange year = TimeRange.of(last.minusDays(365), last);
        // scroll to the seat lanes, where the claims are
        double seats =
                model.lanes().get(Math.max(0, model.lane(TimelineModel.SEATS))).y();

        System.out.println();
        System.out.println("| window | lanes | scroll | marks drawn | wall median ms | wall p95 ms | wall max ms"
                + " | CPU median ms | CPU p95 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        run("all years", model, full, 0, false);
        run("all years, seat lanes", model, full, seats, false);
        run("one year, seat lanes", model, year, seats, false);
        run("campaign (130 days), seat lanes", model, campaign, seats, false);
        run("campaign, by party", byParty, campaign, 0, false);
        run("pan across all years (seat lanes)", model, full, seats, true);
        run("zoom sweep 50 years to 1 week", model, full, seats, true);
        d.close();
    }

    private static void run(String name, TimelineModel model, TimeRange range, double scroll, boolean sweep) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        int warm = 150;
        int n = 400;
        double[] ms = new double[n];
        double[] cpu = new double[n];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int marks = 0;
        for (int i = -warm; i < n; i++) {
            TimeRange r = range;
            if (sweep && name.startsWith("pan")) {
                double step = range.days() / 10;
                r = new TimeRange(
                        range.from() + (i + warm) % 200 * step / 20,
                        range.from() + (i + warm) % 200 * step / 20 + step);
            } else if (sweep) {
                double f = Math.pow(7 / range.days(), ((i + warm) % 100) / 99.0);
                r = range.zoom(f, range.to() - 30);
            }
            long c0 = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            TimelineFigure f = new TimelineFigure(
                    model, new TimelineFigure.Viewport(r, r.lastDay().minusDays(20), scroll, false, true, null));
            Graphics2D g = img.createGraphics();
            f.paintBody(g, new Rectangle2D.Double(0, 0, W, H), FigureStyle.LIGHT);
            g.dispose();
            long dt = System.nanoTime() - t;
            long dc = mx.getCurrentThreadCpuTime() - c0;
            if (i >= 0) {
                ms[i] = dt / 1e6;
                cpu[i] = dc / 1e6;
                marks = Math.max(marks, f.drawnMarks());
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.0f | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                name,
                model.mode() == LaneMode.BY_PARTY ? "by party" : "by alliance",
                scroll,
                marks,
                ms[n / 2],
                ms[(int) (n * 0.95)],
                ms[n - 1],
                cpu[n / 2],
                cpu[(int) (n * 0.95)]);
    }
}
