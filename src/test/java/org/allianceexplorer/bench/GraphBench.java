package org.allianceexplorer.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.generate.SyntheticDatabase;
import org.allianceexplorer.figure.FigureExporter;
import org.allianceexplorer.figure.FigureFormat;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.allianceexplorer.graph.model.EdgeDerivation;
import org.allianceexplorer.graph.model.EdgeType;
import org.allianceexplorer.graph.model.ForceDirectedLayout;
import org.allianceexplorer.graph.model.GraphData;
import org.allianceexplorer.graph.model.GraphFigure;
import org.allianceexplorer.graph.model.GraphPositions;
import org.allianceexplorer.graph.model.GraphQuery;
import org.allianceexplorer.graph.model.GraphSnapshot;
import org.allianceexplorer.graph.model.LayoutGraph;
import org.allianceexplorer.graph.model.PartyEdge;
import org.allianceexplorer.graph.model.PartyGraph;
import org.allianceexplorer.graph.model.PartyNode;

/**
 * Scale benchmark of the relationship graph (plain main, not a test): a 1,000-party graph with 20,000 ties,
 * laid out by our force layout and by Graphviz {@code sfdp} on the same graph in the same run, and the
 * frame time of painting the whole graph into a 1600x1000 image while a node is dragged.
 *
 * <pre>mvn -q -Dae.build.dir=/tmp/build-graph test-compile
 * java -cp /tmp/build-graph/test-classes:/tmp/build-graph/classes:$(cat cp.txt) org.allianceexplorer.bench.GraphBench [OUT_DIR]</pre>
 */
public final class GraphBench {

    private GraphBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/graph-bench");
        Files.createDirectories(out);
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"));

        // 1. the generated database, as far as the generator gets
        PartyGraph generated = null;
        Path db = out.resolve("generated-1000.sqlite");
        try {
            Files.deleteIfExists(db);
            SyntheticDatabase.generate(db, new SyntheticDatabase.Size(1000, 20000), 1);
            try (Database d = Database.openReadOnly(db)) {
                Repositories r = Repositories.of(d);
                long t0 = System.nanoTime();
                GraphData data = GraphData.load(r, r.relationships());
                long t1 = System.nanoTime();
                generated = EdgeDerivation.derive(data, GraphQuery.asOf(null).withShowIsolated(true));
                long t2 = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "generated db: %d parties, %d ties as of the latest day %s (read %.0f ms, derive %.0f ms)%n",
                        generated.nodes().size(),
                        generated.edges().size(),
                        data.latestDay(),
                        ms(t1 - t0),
                        ms(t2 - t1));
                GraphSnapshot snap = GraphSnapshot.compute(
                        data, GraphQuery.asOf(null).withShowIsolated(true), null, new ForceDirectedLayout());
                FigureExporter.write(
                        snap.figure(GraphFigure.Options.PRINT),
                        FigureFormat.PNG,
                        out.resolve("generated.png"),
                        new FigureExporter.Size(1600, 1));
            }
        } catch (Exception e) {
            System.out.println("generated db: not available (" + e + ")");
        }

        // 2. the graph of the measurement: the generated one if it has 20,000 ties, else a synthetic one
        PartyGraph g = generated != null && generated.edges().size() >= 20000 ? generated : synthetic(1000, 20000, 42);
        System.out.printf(
                Locale.ROOT,
                "measured graph: %s, %d nodes, %d ties%n",
                g == generated ? "generated" : "synthetic",
                g.nodes().size(),
                g.edges().size());
        LayoutGraph lg = LayoutGraph.of(g);
        Path dot = out.resolve("graph.dot");
        writeDot(lg, dot);

        // 3. sfdp and our layout on the same graph, interleaved round by round so that machine load hits both
        //    alike: sfdp's wall clock for the whole process (-Tplain), ours from the arrays to converged,
        //    overlap-free positions (the first of our runs is in a cold JVM)
        List<Double> sfdp = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        ForceDirectedLayout layout = new ForceDirectedLayout();
        GraphPositions pos = null;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(
                            "sfdp",
                            "-Tplain",
                            dot.toString(),
                            "-o",
                            out.resolve("sfdp.plain").toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("sfdp failed");
            }
            sfdp.add(ms(System.nanoTime() - t0));
            t0 = System.nanoTime();
            pos = layout.layout(lg, null);
            ours.add(ms(System.nanoTime() - t0));
        }
        ForceDirectedLayout.Stats stats = layout.lastStats();
        // a date step: warm start from the previous positions with 1% of the ties changed
        PartyGraph moved = new PartyGraph(
                g.nodes(), g.edges().subList(g.edges().size() / 100, g.edges().size()), g.sizedBy());
        LayoutGraph lg2 = LayoutGraph.of(moved);
        long w0 = System.nanoTime();
        new ForceDirectedLayout().layout(lg2, pos);
        double warmStep = ms(System.nanoTime() - w0);

        System.out.printf(Locale.ROOT, "sfdp -Tplain: runs %s ms, median %.0f ms%n", fmt(sfdp), median(sfdp));
        System.out.printf(
                Locale.ROOT,
                "ours (ForceDirectedLayout, Barnes-Hut, + collision pass): runs %s ms (first cold),"
                        + " median %.0f ms; %d iterations, %d collision passes, overlaps left: %s%n",
                fmt(ours),
                median(ours),
                stats.iterations(),
                stats.collisionPasses(),
                stats.overlapsLeft());
        int faster = 0;
        for (int i = 0; i < ours.size(); i++) {
            faster += ours.get(i) <= sfdp.get(i) ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT, "rounds where ours finished no later than sfdp: %d of %d%n", faster, ours.size());
        System.out.printf(Locale.ROOT, "date step (warm start, 1%% of ties changed): %.0f ms%n", warmStep);

        // 5. painting the whole graph into 1600x1000 while a node is dragged
        GraphFigure fig = new GraphFigure(g, pos, GraphFigure.info(g, null, true, ""), GraphFigure.Options.PRINT);
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 1600, 1000);
        long dragged = g.nodes().get(0).id();
        GraphPositions p = pos.copy();
        List<Double> frames = new ArrayList<>();
        List<Double> cpuFrames = new ArrayList<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 80; i++) {
            p.set(dragged, pos.x(dragged) + i * 2, pos.y(dragged) + i);
            GraphFigure f = fig.withPositions(p);
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            Graphics2D gr = img.createGraphics();
            FigureText.hints(gr);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, 1600, 1000);
            f.paintBody(gr, area, FigureStyle.LIGHT);
            gr.dispose();
            if (i >= 10) {
                frames.add(ms(System.nanoTime() - t0));
                cpuFrames.add(ms(mx.getCurrentThreadCpuTime() - c0));
            }
        }
        ImageIO.write(img, "png", out.resolve("frame.png").toFile());
        double med = median(frames);
        double p95 = percentile(frames, 0.95);
        System.out.printf(
                Locale.ROOT,
                "paint 1600x1000 (whole graph, %d ties): median %.1f ms (%.0f fps), p95 %.1f ms (%.0f fps)%n",
                g.edges().size(),
                med,
                1000 / med,
                p95,
                1000 / p95);
        System.out.printf(
                Locale.ROOT,
                "paint, CPU time of the painting thread: median %.1f ms (%.0f fps), p95 %.1f ms (%.0f fps)%n",
                median(cpuFrames),
                1000 / median(cpuFrames),
                percentile(cpuFrames, 0.95),
                1000 / percentile(cpuFrames, 0.95));
        // 6. the same drag as the screen paints it: the graph without the dragged party once, then per frame the
        //    cached layer and the dragged party's layer (its ties, node and label) over it; the party is hovered,
        //    as under the mouse. For a party of median degree and for the party with the most ties.
        Map<String, Integer> degrees = g.degrees();
        List<PartyNode> byDegree = new ArrayList<>(g.nodes());
        byDegree.sort(Comparator.comparingInt((PartyNode n) -> degrees.getOrDefault(n.abbreviation(), 0)));
        for (PartyNode n : List.of(byDegree.get(byDegree.size() / 2), byDegree.get(byDegree.size() - 1))) {
            layeredDrag(fig, pos, n, degrees.getOrDefault(n.abbreviation(), 0), area, out, mx);
        }
        FigureExporter.write(fig, FigureFormat.PNG, out.resolve("synthetic.png"), new FigureExporter.Size(1600, 1));
        double h = FigureFrame.height(fig, 1600);
        System.out.printf(Locale.ROOT, "wrote %s (figure height %.0f)%n", out, h);
    }

    /** Frame times of a layered drag of {@code n} (see step 6 of main). */
    private static void layeredDrag(
            GraphFigure fig, GraphPositions pos, PartyNode n, int degree, Rectangle2D area, Path out, ThreadMXBean mx)
            throws IOException {
        GraphFigure hovered = fig.with(new GraphFigure.Options(false, n.abbreviation(), null, false))
                .withViewport(fig.viewport(area));
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        BufferedImage lower = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D lg = lower.createGraphics();
        FigureText.hints(lg);
        lg.setColor(Color.WHITE);
        lg.fillRect(0, 0, 1600, 1000);
        hovered.paintLayer(lg, area, FigureStyle.LIGHT, n.abbreviation(), false);
        lg.dispose();
        double lowerMs = ms(System.nanoTime() - t0);
        double lowerCpu = ms(mx.getCurrentThreadCpuTime() - c0);
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB_PRE);
        GraphPositions p = pos.copy();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> layerCpu = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            p.set(n.id(), pos.x(n.id()) + i * 2, pos.y(n.id()) + i);
            GraphFigure f = hovered.withPositions(p);
            long w0 = System.nanoTime();
            long k0 = mx.getCurrentThreadCpuTime();
            Graphics2D gr = img.createGraphics();
            gr.drawImage(lower, 0, 0, null); // on screen: the lower canvas, composited by the scene graph
            long k1 = mx.getCurrentThreadCpuTime();
            FigureText.hints(gr);
            f.paintLayer(gr, area, FigureStyle.LIGHT, n.abbreviation(), true);
            gr.dispose();
            if (i >= 10) {
                wall.add(ms(System.nanoTime() - w0));
                cpu.add(ms(mx.getCurrentThreadCpuTime() - k0));
                layerCpu.add(ms(mx.getCurrentThreadCpuTime() - k1));
            }
        }
        ImageIO.write(
                img,
                "png",
                out.resolve("frame-layered-" + n.abbreviation() + ".png").toFile());
        System.out.printf(
                Locale.ROOT,
                "layered drag of %s (%d ties): lower layer once %.1f ms (CPU %.1f ms); per frame"
                        + " wall median %.2f ms, p95 %.2f ms; CPU median %.2f ms (%.0f fps), p95 %.2f ms; of which the dragged"
                        + " layer alone CPU median %.2f ms, p95 %.2f ms%n",
                n.abbreviation(),
                degree,
                lowerMs,
                lowerCpu,
                median(wall),
                percentile(wall, 0.95),
                median(cpu),
                1000 / median(cpu),
                percentile(cpu, 0.95),
                median(layerCpu),
                percentile(layerCpu, 0.95));
    }

    /** A seeded graph: 1,000 parties in 12 communities, ties mostly inside communities, all types. */
    static PartyGraph synthetic(int n, int m, long seed) {
        Random rnd = new Random(seed);
        List<PartyNode> nodes = new ArrayList<>();
        int[] community = new int[n];
        for (int i = 0; i < n; i++) {
            community[i] = rnd.nextInt(12);
            String colour = i % 4 == 0 ? null : String.format(Locale.ROOT, "#%06X", rnd.nextInt(0xFFFFFF));
            nodes.add(new PartyNode(i + 1, String.format(Locale.ROOT, "P%04d", i), "Party " + i, null, colour, (int)
                    Math.round(Math.pow(rnd.nextDouble(), 4) * 120)));
        }
        List<PartyEdge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        EdgeType[] types = EdgeType.values();
        while (edges.size() < m) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (rnd.nextDouble() < 0.8) {
                // pick b in a's community
                for (int t = 0; t < 50 && community[b] != community[a]; t++) {
                    b = rnd.nextInt(n);
                }
            }
            EdgeType t = types[rnd.nextInt(types.length)];
            if (a == b || !seen.add(t + ":" + Math.min(a, b) + ":" + Math.max(a, b))) {
                continue;
            }
            edges.add(new PartyEdge(
                    t,
                    nodes.get(a).abbreviation(),
                    nodes.get(b).abbreviation(),
                    t == EdgeType.SEAT_DEAL ? 1 + rnd.nextInt(5) : 1,
                    List.of(),
                    List.of()));
        }
        return new PartyGraph(nodes, edges, "seats won, synthetic");
    }

    private static void writeDot(LayoutGraph g, Path dot) throws IOException {
        StringBuilder sb = new StringBuilder("graph G {\n");
        for (int i = 0; i < g.nodeCount(); i++) {
            sb.append("  n").append(i).append(";\n");
        }
        for (int[] e : g.edges()) {
            sb.append("  n").append(e[0]).append(" -- n").append(e[1]).append(";\n");
        }
        sb.append("}\n");
        Files.writeString(dot, sb);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> v) {
        return percentile(v, 0.5);
    }

    private static double percentile(List<Double> v, double q) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[Math.min(a.length - 1, (int) Math.floor(q * (a.length - 1) + 0.5))];
    }

    private static String fmt(List<Double> v) {
        return Arrays.toString(v.stream().mapToLong(Math::round).toArray());
    }
}
