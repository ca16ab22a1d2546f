package org.allianceexplorer.graph.model;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.figure.CellGrid;

/**
 * Where a graph figure's party labels and seat-deal badges go on the page, so that none covers a node,
 * another label or another badge (the graph's counterpart of the timeline's label placer). Pure geometry in
 * page units, no drawing and no JavaFX: the painter draws what this places, on screen and in every file,
 * and tests check the boxes.
 *
 * <p>Greedy, in order of importance: the nodes are obstacles first; then each badge takes the first free
 * spot along its tie, from the middle outwards (a badge belongs on its line); then each label, largest
 * party first, takes the free spot around its node that crosses the fewest ties (below the node is
 * preferred, then above, beside, the diagonals, then the same a little further out, with a leader line).
 * A label with a native name that finds no room shows its abbreviation alone; when even that finds no
 * spot, the one covering least is taken, so a label is never dropped in a labelled graph; in a large graph
 * (see {@link #place} {@code keepAll}) such a label is left out instead. Obstacles are kept in a grid of
 * buckets, so placing n labels costs about O(n).
 */
final class GraphLabels {

    /** A node as drawn: its party, centre and radius (page units). */
    record NodeMark(String party, double x, double y, double r) {
        /** The square the node's circle (with a selection ring's room) takes. */
        Rectangle2D box() {
            double rr = r + RING;
            return new Rectangle2D.Double(x - rr, y - rr, 2 * rr, 2 * rr);
        }
    }

    /**
     * A label to place: its party, node, and the size of its text block (abbreviation and, when shown, the
     * native name); {@code shortWidth} x {@code shortHeight} is the block without the native name, tried where
     * the whole block finds no room (equal to the whole block when there is no native name).
     */
    record LabelRequest(
            String party, NodeMark node, double width, double height, double shortWidth, double shortHeight) {
        LabelRequest(String party, NodeMark node, double width, double height) {
            this(party, node, width, height, width, height);
        }

        boolean hasShort() {
            return shortWidth != width || shortHeight != height;
        }
    }

    /** A badge to place on a tie: the tie, its curve on the page, and the badge's size. */
    record BadgeRequest(PartyEdge edge, QuadCurve2D curve, double width, double height) {}

    /**
     * A placed label: its party, its node, the box its text block fills, whether the block is whole
     * ({@code false}: the native name was left out for want of room), and whether it sits right next to its
     * node (below, above or beside it; {@code false}: further out or at a corner, where a leader line shows
     * whose it is).
     */
    record Label(String party, NodeMark node, Rectangle2D box, boolean whole, boolean adjacent) {
        /** A thin line from the node to its label when the label is not right next to it, else {@code null}. */
        Line2D leader() {
            if (adjacent) {
                return null;
            }
            double nx = Math.max(box.getMinX(), Math.min(node.x(), box.getMaxX()));
            double ny = Math.max(box.getMinY(), Math.min(node.y(), box.getMaxY()));
            double d = Math.hypot(nx - node.x(), ny - node.y());
            if (d - node.r() < 4) {
                return null;
            }
            double ux = (nx - node.x()) / d;
            double uy = (ny - node.y()) / d;
            return new Line2D.Double(node.x() + ux * (node.r() + 1), node.y() + uy * (node.r() + 1), nx - ux, ny - uy);
        }

        /** How the text lines sit in the box: toward the node (-1 left-aligned, 1 right-aligned) or 0 centred. */
        int align() {
            if (box.getMinX() >= node.x()) {
                return -1;
            }
            return box.getMaxX() <= node.x() ? 1 : 0;
        }
    }

    /** A placed badge: its tie, the box it fills, and its centre (on the tie's curve, or just beside it where the line is crowded). */
    record Badge(PartyEdge edge, Rectangle2D box, Point2D centre) {}

    /** The result: the node boxes (obstacles), the labels and the badges placed. */
    record Placement(List<NodeMark> nodes, List<Label> labels, List<Badge> badges) {
        static final Placement EMPTY = new Placement(List.of(), List.of(), List.of());

        Placement {
            nodes = List.copyOf(nodes);
            labels = List.copyOf(labels);
            badges = List.copyOf(badges);
        }

        /** The label of a party, or {@code null} when it has none. */
        Label label(String party) {
            for (Label l : labels) {
                if (l.party().equals(party)) {
                    return l;
                }
            }
            return null;
        }

        /** The badge of a tie, or {@code null}. */
        Badge badge(PartyEdge e) {
            for (Badge b : badges) {
                if (b.edge().equals(e)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** Room around a node's circle that labels keep clear of (the selection ring is drawn there). */
    static final double RING = 2;
    /** The gap between a node and its label, and between boxes. */
    private static final double GAP = 1.5;

    private static final double CELL = 48;
    /** In a large graph, at most this many labels (the largest parties' that find room). */
    static final int MAX_UNLABELLED = 120;
    /** How much worse each tie a label crosses makes a spot (a seat deal's thick arrow counts double). */
    private static final double CROSSING = 2;
    /** How much worse each step further from the node makes a spot. */
    private static final double STEP = 4;

    private static final double[] FURTHER = {0, 5, 11, 18, 27, 38, 52};
    /** The directions tried around a node, best first (degrees; 90 is below, the page's y grows downwards). */
    private static final double[] ANGLES = {
        90, 270, 0, 180, 45, 135, 315, 225, 67.5, 112.5, 22.5, 157.5, 292.5, 247.5, 337.5, 202.5
    };

    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.22, 0.78, 0.17, 0.83};

    private final Rectangle2D area;
    /** Per grid cell, the indexes (into {@link #boxes}) of the boxes that touch it. */
    private final CellGrid<Integer> cells;

    private final List<Rectangle2D> boxes = new ArrayList<>();
    /** Per grid cell, the pieces of ties that pass through it. */
    private final CellGrid<Segment> ties;
    /** Marks of the last query that met a box or a tie (so each counts once however many cells it spans). */
    private int[] boxSeen = new int[64];

    private int[] tieSeen = new int[64];
    private int query;

    /** A spot for a label: its box, and whether it is right next to the node. */
    private record Spot(Rectangle2D box, boolean adjacent) {}

    /** A piece of a tie's curve, for counting the ties a label would hide. */
    private record Segment(Line2D line, int tie, boolean thick) {}

    private GraphLabels(Rectangle2D area) {
        this.area = area;
        cells = new CellGrid<>(area, CELL);
        ties = new CellGrid<>(area, CELL);
    }

    /**
     * Places the badges, then the labels, inside {@code area}.
     *
     * @param curves  the ties' curves, which labels avoid crossing where they can ({@code null}: not counted)
     * @param keepAll true in a labelled graph: a label with no free spot takes the one covering least;
     *                false in a large graph: it is left out, and only the first four spots are tried
     */
    static Placement place(
            Rectangle2D area,
            List<NodeMark> nodes,
            List<BadgeRequest> badges,
            List<LabelRequest> labels,
            Map<PartyEdge, QuadCurve2D> curves,
            boolean keepAll) {
        GraphLabels p = new GraphLabels(area);
        for (NodeMark n : nodes) {
            p.add(n.box());
        }
        if (curves != null) {
            int i = 0;
            for (Map.Entry<PartyEdge, QuadCurve2D> e : curves.entrySet()) {
                p.addTie(e.getValue(), i++, e.getKey().type() == EdgeType.SEAT_DEAL);
            }
        }
        List<Badge> placedBadges = new ArrayList<>();
        for (BadgeRequest b : badges) {
            Badge placed = p.placeBadge(b);
            p.add(placed.box());
            placedBadges.add(placed);
        }
        List<Label> placedLabels = new ArrayList<>();
        for (LabelRequest l : labels) {
            if (!keepAll && placedLabels.size() >= MAX_UNLABELLED) {
                break;
            }
            boolean whole = true;
            Spot spot =
                    p.placeLabel(l.node(), l.width(), l.height(), keepAll, !l.hasShort() && keepAll, curves != null);
            if (spot == null && l.hasShort()) {
                // no room for the native name: the abbreviation alone
                whole = false;
                spot = p.placeLabel(l.node(), l.shortWidth(), l.shortHeight(), keepAll, keepAll, curves != null);
            }
            if (spot != null) {
                p.add(spot.box());
                placedLabels.add(new Label(l.party(), l.node(), spot.box(), whole, spot.adjacent()));
            }
        }
        return new Placement(nodes, placedLabels, placedBadges);
    }

    private Badge placeBadge(BadgeRequest b) {
        Badge least = null;
        double leastCover = Double.MAX_VALUE;
        for (double t : ALONG) {
            Point2D c = at(b.curve(), t);
            Rectangle2D box =
                    new Rectangle2D.Double(c.getX() - b.width() / 2, c.getY() - b.height() / 2, b.width(), b.height());
            double cover = cover(box);
            if (cover == 0) {
                return new Badge(b.edge(), box, c);
            }
            if (cover < leastCover) {
                leastCover = cover;
                least = new Badge(b.edge(), box, c);
            }
        }
        // no free spot on the line (a crowded fan of ties): just beside it, on either side, touching the line
        for (double t : ALONG) {
            Point2D c = at(b.curve(), t);
            Point2D p0 = at(b.curve(), Math.max(0, t - 0.02));
            Point2D p1 = at(b.curve(), Math.min(1, t + 0.02));
            double dx = p1.getX() - p0.getX();
            double dy = p1.getY() - p0.getY();
            double len = Math.hypot(dx, dy);
            if (len == 0) {
                continue;
            }
            // the normal, as far as puts the badge's edge on the line
            double nx = -dy / len;
            double ny = dx / len;
            double off = Math.abs(nx) * b.width() / 2 + Math.abs(ny) * b.height() / 2;
            for (int side : new int[] {1, -1}) {
                double x = c.getX() + side * nx * off;
                double y = c.getY() + side * ny * off;
                Rectangle2D box = new Rectangle2D.Double(x - b.width() / 2, y - b.height() / 2, b.width(), b.height());
                if (cover(box) == 0) {
                    return new Badge(b.edge(), box, new Point2D.Double(x, y));
                }
            }
        }
        return least;
    }

    /**
     * The best free spot for a label block of {@code w} x {@code h} around node {@code n} (of all the spots with
     * {@code many}, else of the four next to it); with {@code fallback}, the spot covering least when none is
     * free, else {@code null}.
     */
    private Spot placeLabel(NodeMark n, double w, double h, boolean many, boolean fallback, boolean countTies) {
        double r = n.r() + RING + GAP;
        Spot best = null;
        double bestScore = Double.MAX_VALUE;
        Spot least = null;
        double leastCover = Double.MAX_VALUE;
        int sides = many ? ANGLES.length : 4;
        double[] further = many ? FURTHER : new double[] {0};
        for (int step = 0; step < further.length; step++) {
            double d = r + further[step];
            for (int side = 0; side < sides; side++) {
                Rectangle2D box = around(n.x(), n.y(), d, w, h, ANGLES[side]);
                boolean adjacent = step == 0 && side < 4;
                double score = side * 0.4 + step * STEP;
                if (score >= bestScore) {
                    continue;
                }
                double cover = cover(box);
                if (cover > 0) {
                    if (cover < leastCover) {
                        leastCover = cover;
                        least = new Spot(box, adjacent);
                    }
                    continue;
                }
                if (countTies) {
                    score += crossings(box, (bestScore - score) / CROSSING) * CROSSING;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = new Spot(box, adjacent);
                }
            }
        }
        if (best != null) {
            return best;
        }
        return fallback ? least : null;
    }

    /**
     * A label box of {@code w} x {@code h} touching the point at distance {@code d} from a centre in the direction
     * {@code degrees} (0 right, 90 below): below, the box hangs centred under the point; to the right, it starts
     * at the point, vertically centred; in between, it slides smoothly from one to the other.
     */
    private static Rectangle2D around(double x, double y, double d, double w, double h, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        // the node is an obstacle as a square: a spot towards a corner is pushed out to the square's corner
        double reach = d / Math.max(Math.abs(cos), Math.abs(sin));
        double px = x + reach * cos;
        double py = y + reach * sin;
        double left = px - w / 2 + w / 2 * Math.signum(cos) * Math.min(1, Math.abs(cos) * 2.5);
        double top = py - h / 2 + h / 2 * Math.signum(sin) * Math.min(1, Math.abs(sin) * 2.5);
        return new Rectangle2D.Double(left, top, w, h);
    }

    /**
     * How much a box covers what is placed (the area it shares with nodes, labels and badges, plus its area
     * outside the page area); 0 when the spot is free.
     */
    private double cover(Rectangle2D box) {
        double out = 0;
        if (!area.contains(box)) {
            Rectangle2D in = box.createIntersection(area);
            out = box.getWidth() * box.getHeight() - Math.max(0, in.getWidth()) * Math.max(0, in.getHeight()) + 1;
        }
        double shared = 0;
        double g = GAP - 0.01;
        int mark = ++query;
        for (int rr = cells.row(box.getMinY() - GAP); rr <= cells.row(box.getMaxY() + GAP); rr++) {
            for (int cc = cells.col(box.getMinX() - GAP); cc <= cells.col(box.getMaxX() + GAP); cc++) {
                List<Integer> list = cells.at(rr, cc);
                if (list == null) {
                    continue;
                }
                for (int k : list) {
                    if (boxSeen[k] == mark) {
                        continue;
                    }
                    boxSeen[k] = mark;
                    Rectangle2D o = boxes.get(k);
                    if (o.getMaxX() + g > box.getMinX()
                            && o.getMinX() - g < box.getMaxX()
                            && o.getMaxY() + g > box.getMinY()
                            && o.getMinY() - g < box.getMaxY()) {
                        double iw = Math.min(o.getMaxX(), box.getMaxX()) - Math.max(o.getMinX(), box.getMinX()) + GAP;
                        double ih = Math.min(o.getMaxY(), box.getMaxY()) - Math.max(o.getMinY(), box.getMinY()) + GAP;
                        shared += Math.max(0.5, iw) * Math.max(0.5, ih);
                    }
                }
            }
        }
        return out + shared;
    }

    /**
     * The ties a box would hide part of (a seat deal's thick arrow counts twice); counting stops at {@code enough}
     * (the spot is then no better than one already found).
     */
    private double crossings(Rectangle2D box, double enough) {
        double n = 0;
        int mark = ++query;
        for (int rr = ties.row(box.getMinY()); rr <= ties.row(box.getMaxY()); rr++) {
            for (int cc = ties.col(box.getMinX()); cc <= ties.col(box.getMaxX()); cc++) {
                List<Segment> list = ties.at(rr, cc);
                if (list == null) {
                    continue;
                }
                for (Segment s : list) {
                    if (tieSeen[s.tie()] != mark && box.intersectsLine(s.line())) {
                        tieSeen[s.tie()] = mark;
                        n += s.thick() ? 2 : 1;
                        if (n >= enough) {
                            return n;
                        }
                    }
                }
            }
        }
        return n;
    }

    private void add(Rectangle2D r) {
        int k = boxes.size();
        boxes.add(r);
        if (k >= boxSeen.length) {
            boxSeen = Arrays.copyOf(boxSeen, k * 2);
        }
        cells.add(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), k);
    }

    private void addTie(QuadCurve2D c, int tie, boolean thick) {
        if (tie >= tieSeen.length) {
            tieSeen = Arrays.copyOf(tieSeen, Math.max(tie + 1, tieSeen.length * 2));
        }
        int pieces = 10;
        Point2D prev = at(c, 0);
        for (int i = 1; i <= pieces; i++) {
            Point2D next = at(c, i / (double) pieces);
            Segment s = new Segment(new Line2D.Double(prev, next), tie, thick);
            ties.add(
                    Math.min(prev.getX(), next.getX()),
                    Math.min(prev.getY(), next.getY()),
                    Math.max(prev.getX(), next.getX()),
                    Math.max(prev.getY(), next.getY()),
                    s);
            prev = next;
        }
    }

    /** The point of a quadratic curve at {@code t}. */
    static Point2D at(QuadCurve2D c, double t) {
        double u = 1 - t;
        return new Point2D.Double(
                u * u * c.getX1() + 2 * u * t * c.getCtrlX() + t * t * c.getX2(),
                u * u * c.getY1() + 2 * u * t * c.getCtrlY() + t * t * c.getY2());
    }
}
