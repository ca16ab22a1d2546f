package org.allianceexplorer.graph.model;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.figure.FigureFonts;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;

/**
 * Paints the graph figure's body where {@link GraphGeometry} puts each part: ties in the style of their
 * {@link EdgeType}, seat-deal badges, nodes (party colour, or a hatch with an outline when the party has none)
 * and labels (the abbreviation on a halo, the native name under it). The hovered party's neighbourhood stays
 * lit and the rest fades; the selected party is ringed. One painter for screen and files.
 */
final class GraphPainter {

    private final GraphGeometry geo;
    private final GraphFigure.Options options;
    private final Map<PartyEdge, EdgeChange> changes;

    GraphPainter(GraphGeometry geo, GraphFigure.Options options, Map<PartyEdge, EdgeChange> changes) {
        this.geo = geo;
        this.options = options;
        this.changes = changes;
    }

    /**
     * Paints one layer of the body while {@code party} is dragged: with {@code only}, just that party, its ties
     * and its label; without, everything else ({@code party == null}: the whole body).
     */
    void paintLayer(Graphics2D g, Rectangle2D area, FigureStyle style, String party, boolean only) {
        if (geo.graph.nodes().isEmpty()) {
            if (only) {
                return;
            }
            g.setColor(style.muted());
            Font f = FigureFonts.regular(13);
            FigureText.drawCentred(
                    g, "No ties hold on this day with these filters.", f, area.getCenterX(), area.getCenterY());
            return;
        }
        Viewport v = geo.viewport(area);
        GraphLabels.Placement placed = geo.placement(area, v);
        Composite base = g.getComposite();
        Layer layer = new Layer(style, geo.highlighted(options.hovered()), base, party, only);
        paintEdges(g, v, layer);
        paintBadges(g, placed, layer);
        paintNodes(g, v, layer);
        paintLabels(g, placed, layer);
        g.setComposite(base);
    }

    /**
     * What one layer's paint shares: the colours, the parties lit by hovering ({@code null}: none, nothing
     * fades), the composite to fade from, and which party's marks it paints ({@code only}) or leaves out.
     */
    private record Layer(FigureStyle style, Set<String> lit, Composite base, String party, boolean only) {

        /** Whether a mark that is ({@code ofParty}) or is not the dragged party's belongs to the other layer. */
        boolean leavesOut(boolean ofParty) {
            return party != null && ofParty != only;
        }

        /** Whether a tie's mark fades: something is hovered and the tie does not touch it. */
        boolean fades(boolean touchesHovered) {
            return lit != null && !touchesHovered;
        }

        /** Whether a party's node or label fades: something is hovered and the party is not lit by it. */
        boolean fadesParty(String abbreviation) {
            return lit != null && !lit.contains(abbreviation);
        }
    }

    /** The line of a tie type: width (page units), dash pattern. Meaning never by colour alone. */
    static Stroke stroke(EdgeType t, int weight, boolean thin) {
        float k = thin ? 0.6f : 1f;
        return switch (t) {
            case ALLIANCE -> new BasicStroke(1.3f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case SEAT_DEAL ->
                new BasicStroke(
                        (float) Math.min(9, 1.4 + 1.1 * Math.sqrt(weight)) * k,
                        BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND);
            case COOPERATION ->
                new BasicStroke(2.2f * k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 4f}, 0f);
            case COALITION -> new BasicStroke(7f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case RIVALRY ->
                new BasicStroke(
                        2.6f * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 5f}, 0f);
            case LINEAGE ->
                new BasicStroke(1.4f * k, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 3f}, 0f);
        };
    }

    /** A tie type's colour on this style (its legend's ink), the coalition ribbon translucent. */
    private static Color edgeColour(EdgeType t, FigureStyle style) {
        return FigureStyle.withAlpha(t.ink().resolve(style), t == EdgeType.COALITION ? 90 : 235);
    }

    private void paintEdges(Graphics2D g, Viewport v, Layer layer) {
        Map<PartyEdge, QuadCurve2D> curves = geo.curves(v, layer.party(), layer.only());
        if (geo.fast()) {
            paintFastEdges(g, v, layer.style(), layer.lit(), curves);
            return;
        }
        if (!changes.isEmpty()) {
            paintBands(g, curves, layer);
        }
        for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
            PartyEdge e = en.getKey();
            QuadCurve2D c = en.getValue();
            EdgeChange change = changes.get(e);
            boolean faded = layer.fades(e.touches(options.hovered()));
            float fade = change == EdgeChange.UNCHANGED ? 0.4f : 1f;
            g.setComposite(faded ? alpha(layer.base(), 0.12f) : fade < 1 ? alpha(layer.base(), fade) : layer.base());
            if (change == EdgeChange.REMOVED) {
                g.setColor(layer.style().muted());
                g.setStroke(REMOVED);
                g.draw(c);
                continue;
            }
            Color col = edgeColour(e.type(), layer.style());
            g.setColor(col);
            Stroke s = stroke(e.type(), e.weight(), false);
            g.setStroke(s);
            double head = e.type() == EdgeType.SEAT_DEAL ? 6 + ((BasicStroke) s).getLineWidth() * 1.2 : 9;
            QuadCurve2D shaft = c;
            if (e.type().directed()) {
                // stop the line where the head starts, so the tip stays sharp
                Point2D end = new Point2D.Double(c.getX2(), c.getY2());
                Point2D back = GraphGeometry.toward(end.getX(), end.getY(), c.getCtrlX(), c.getCtrlY(), head * 0.8);
                shaft = new QuadCurve2D.Double(
                        c.getX1(), c.getY1(), c.getCtrlX(), c.getCtrlY(), back.getX(), back.getY());
            }
            g.draw(shaft);
            if (e.type() == EdgeType.SEAT_DEAL) {
                Path2D h = new Path2D.Double();
                arrowHead(h, c, head);
                g.fill(h);
            } else if (e.type() == EdgeType.LINEAGE) {
                Path2D h = new Path2D.Double();
                arrowHead(h, c, head);
                g.setColor(layer.style().background());
                g.fill(h);
                g.setColor(col);
                g.setStroke(new BasicStroke(1.4f));
                g.draw(h);
            }
        }
        g.setComposite(layer.base());
        g.setStroke(new BasicStroke(1f));
    }

    /** An ended tie in compare mode: thin grey dashes, whatever its type. */
    private static final Stroke REMOVED =
            new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);

    /** Compare mode: a wide translucent band under each added tie, drawn before every tie so none is covered. */
    private void paintBands(Graphics2D g, Map<PartyEdge, QuadCurve2D> curves, Layer layer) {
        Color band = FigureStyle.withAlpha(EdgeChange.BAND.resolve(layer.style()), 80);
        for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
            if (changes.get(en.getKey()) != EdgeChange.ADDED) {
                continue;
            }
            boolean faded = layer.fades(en.getKey().touches(options.hovered()));
            g.setComposite(faded ? alpha(layer.base(), 0.12f) : layer.base());
            float w = ((BasicStroke) stroke(en.getKey().type(), en.getKey().weight(), false)).getLineWidth();
            g.setColor(band);
            g.setStroke(new BasicStroke(w + 9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(en.getValue());
        }
        g.setComposite(layer.base());
    }

    /**
     * Thousands of ties: one-pixel lines without anti-aliasing (Java2D's fastest loops), the type told by colour
     * and, for the directed types, arrowheads; the hovered party's ties get their full styles.
     */
    private void paintFastEdges(
            Graphics2D g, Viewport v, FigureStyle style, Set<String> lit, Map<PartyEdge, QuadCurve2D> curves) {
        Map<EdgeType, List<QuadCurve2D>> lines = new HashMap<>();
        List<PartyEdge> litEdges = new ArrayList<>();
        for (Map.Entry<PartyEdge, QuadCurve2D> en : curves.entrySet()) {
            PartyEdge e = en.getKey();
            if (lit != null && e.touches(options.hovered())) {
                litEdges.add(e);
            } else {
                lines.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(en.getValue());
            }
        }
        RenderingHints saved = (RenderingHints) g.getRenderingHints().clone();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        g.setStroke(new BasicStroke(1f));
        int fade = lit == null ? 110 : 30;
        boolean heads = v.scale() > 0.25;
        int[] hx = new int[3];
        int[] hy = new int[3];
        for (EdgeType t : EdgeType.values()) {
            List<QuadCurve2D> list = lines.get(t);
            if (list == null) {
                continue;
            }
            // opaque, pre-blended with the background: translucent colours leave Java2D's fast line loops
            g.setColor(FigureStyle.blend(t.colour(), style.background(), fade / 255.0));
            for (QuadCurve2D q : list) {
                g.drawLine((int) Math.round(q.getX1()), (int) Math.round(q.getY1()), (int) Math.round(q.getX2()), (int)
                        Math.round(q.getY2()));
                if (heads && t.directed()) {
                    Path2D h = new Path2D.Double();
                    arrowHead(h, q, 4.5);
                    PathIterator it = h.getPathIterator(null);
                    double[] pt = new double[6];
                    for (int k = 0; k < 3 && !it.isDone(); k++, it.next()) {
                        it.currentSegment(pt);
                        hx[k] = (int) Math.round(pt[0]);
                        hy[k] = (int) Math.round(pt[1]);
                    }
                    g.fillPolygon(hx, hy, 3);
                }
            }
        }
        g.setRenderingHints(saved);
        for (PartyEdge e : litEdges) {
            g.setColor(edgeColour(e.type(), style));
            g.setStroke(stroke(e.type(), 1, false));
            g.draw(curves.get(e));
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** The seat-deal badges where the placement put them, over the ties (those of the layer being painted). */
    private void paintBadges(Graphics2D g, GraphLabels.Placement placed, Layer layer) {
        Font f = FigureFonts.bold(GraphGeometry.BADGE_SIZE);
        for (GraphLabels.Badge b : placed.badges()) {
            PartyEdge e = b.edge();
            if (layer.leavesOut(e.touches(layer.party()))) {
                continue;
            }
            boolean faded = layer.fades(e.touches(options.hovered()));
            g.setComposite(faded ? alpha(layer.base(), 0.12f) : layer.base());
            Rectangle2D r = b.box();
            RoundRectangle2D box = new RoundRectangle2D.Double(
                    r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getHeight(), r.getHeight());
            g.setColor(layer.style().background());
            g.fill(box);
            g.setColor(edgeColour(e.type(), layer.style()));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(box);
            FigureText.drawCentred(
                    g, Integer.toString(e.weight()), f, r.getCenterX(), r.getCenterY() + FigureText.ascent(f) / 2 - 1);
        }
        g.setComposite(layer.base());
        g.setStroke(new BasicStroke(1f));
    }

    private static void arrowHead(Path2D out, QuadCurve2D c, double size) {
        double ex = c.getX2();
        double ey = c.getY2();
        double dx = ex - c.getCtrlX();
        double dy = ey - c.getCtrlY();
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            dx = ex - c.getX1();
            dy = ey - c.getY1();
            len = Math.max(1e-9, Math.hypot(dx, dy));
        }
        double ux = dx / len;
        double uy = dy / len;
        double w = size * 0.55;
        out.moveTo(ex, ey);
        out.lineTo(ex - ux * size - uy * w, ey - uy * size + ux * w);
        out.lineTo(ex - ux * size + uy * w, ey - uy * size - ux * w);
        out.closePath();
    }

    private static Composite alpha(Composite base, float a) {
        float b = base instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        return AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a * b);
    }

    private void paintNodes(Graphics2D g, Viewport v, Layer layer) {
        boolean fast = geo.fast();
        Color outline = FigureStyle.withAlpha(layer.style().foreground(), 150);
        // small nodes first, so big ones are not buried
        List<PartyNode> order;
        if (layer.party() != null && layer.only()) {
            order = geo.nodes.containsKey(layer.party()) ? List.of(geo.nodes.get(layer.party())) : List.of();
        } else {
            order = new ArrayList<>(geo.graph.nodes());
            order.sort(Comparator.comparingDouble(geo.sizes::radius));
        }
        GraphPositions positions = geo.positions;
        for (PartyNode n : order) {
            if (!positions.has(n.id()) || !layer.only() && n.abbreviation().equals(layer.party())) {
                continue;
            }
            boolean faded = layer.fadesParty(n.abbreviation());
            g.setComposite(faded ? alpha(layer.base(), 0.25f) : layer.base());
            double r = geo.drawnRadius(n, v);
            double x = v.toPageX(positions.x(n.id()));
            double y = v.toPageY(positions.y(n.id()));
            Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            if (n.colour() == null) {
                g.setColor(layer.style().surface());
                g.fill(circle);
                if (!fast) {
                    hatch(g, circle, layer.style().muted());
                }
                g.setColor(layer.style().muted());
                g.setStroke(new BasicStroke(fast ? 1f : 1.6f));
                g.draw(circle);
            } else if (fast && r < 5) {
                // a small dot in a large graph: no outline, one fill
                g.setColor(FigureStyle.colour(n.colour(), layer.style().muted()));
                g.fill(circle);
            } else {
                g.setColor(FigureStyle.colour(n.colour(), layer.style().muted()));
                g.fill(circle);
                g.setColor(outline);
                g.setStroke(new BasicStroke(fast ? 0.6f : 1f));
                g.draw(circle);
            }
            if (n.abbreviation().equals(options.selected())) {
                g.setComposite(layer.base());
                g.setColor(layer.style().accent());
                g.setStroke(new BasicStroke(3f));
                g.draw(new Ellipse2D.Double(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8));
            }
            if (options.showPins() && positions.pinned(n.id())) {
                g.setColor(layer.style().accent());
                g.fill(new Ellipse2D.Double(x + r * 0.7 - 3, y - r * 0.7 - 3, 6, 6));
            }
        }
        g.setComposite(layer.base());
        g.setStroke(new BasicStroke(1f));
    }

    /** Diagonal lines inside a circle: a pattern drawn as lines, so it is vector in SVG and PDF and works on a canvas. */
    private static void hatch(Graphics2D g, Ellipse2D circle, Color colour) {
        Shape clip = g.getClip();
        g.clip(circle);
        g.setColor(FigureStyle.withAlpha(colour, 170));
        g.setStroke(new BasicStroke(0.9f));
        double x0 = circle.getX();
        double y0 = circle.getY();
        double d = circle.getWidth();
        for (double o = -d; o < d; o += 5) {
            g.draw(new Line2D.Double(x0 + o, y0 + d, x0 + o + d, y0));
        }
        g.setClip(clip);
    }

    /** The labels where the placement put them: the abbreviation on a halo, the native name under it. */
    private void paintLabels(Graphics2D g, GraphLabels.Placement placed, Layer layer) {
        Font f = geo.labelFont();
        Color halo = FigureStyle.withAlpha(layer.style().background(), 215);
        for (GraphLabels.Label l : placed.labels()) {
            if (layer.leavesOut(l.party().equals(layer.party()))) {
                continue;
            }
            PartyNode n = geo.nodes.get(l.party());
            boolean faded = layer.fadesParty(l.party());
            g.setComposite(faded ? alpha(layer.base(), 0.3f) : layer.base());
            Rectangle2D box = l.box();
            Line2D leader = l.leader();
            if (leader != null) {
                g.setColor(layer.style().muted());
                g.setStroke(new BasicStroke(0.8f));
                g.draw(leader);
            }
            g.setColor(halo);
            g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6));
            g.setColor(layer.style().foreground());
            int align = l.align();
            drawAligned(g, l.party(), f, box, align, box.getY() + FigureText.ascent(f));
            String nativeName = l.whole() ? geo.shownNative(n) : null;
            if (nativeName != null) {
                Font nf = FigureFonts.forText(nativeName, GraphGeometry.NATIVE_SIZE, false);
                double y = box.getY() + FigureText.lineHeight(f) + FigureText.ascent(nf) - GraphGeometry.NATIVE_TIGHT;
                g.setColor(layer.style().muted());
                drawAligned(g, nativeName, nf, box, align, y);
            }
        }
        g.setComposite(layer.base());
    }

    /** A line of a label in its box: toward the node ({@code -1} from the left edge, {@code 1} to the right) or centred. */
    private static void drawAligned(Graphics2D g, String text, Font f, Rectangle2D box, int align, double baseline) {
        if (align < 0) {
            FigureText.draw(g, text, f, box.getX() + 2, baseline);
        } else if (align > 0) {
            FigureText.drawRight(g, text, f, box.getMaxX() - 2, baseline);
        } else {
            FigureText.drawCentred(g, text, f, box.getCenterX(), baseline);
        }
    }
}
