package org.allianceexplorer.charts.model;

import java.awt.Dimension;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.allianceexplorer.figure.Figure;
import org.allianceexplorer.figure.FigureFrame;
import org.allianceexplorer.figure.FigureStyle;
import org.allianceexplorer.figure.FigureText;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * A real Graphics2D (Batik's SVG one) that also records every text it is asked to draw: the text, its box
 * on the page, and the clip it was drawn under. Paints a whole figure, frame included.
 */
final class TextRecorder extends SVGGraphics2D {

    /** A drawn text: its box on the page and the clip (page coordinates, {@code null}: none) it was drawn in. */
    record Drawn(String text, Rectangle2D box, Rectangle2D clip) {
        boolean clipped() {
            return clip != null && !grow(clip, 0.75).contains(box);
        }
    }

    private final List<Drawn> drawn = new ArrayList<>();

    private TextRecorder(SVGGeneratorContext ctx) {
        super(ctx, false);
    }

    /** Paints {@code f} at {@code width} (its own height) and returns what text went where. */
    static Result paint(Figure f, double width, FigureStyle style) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        TextRecorder g = new TextRecorder(SVGGeneratorContext.createDefault(doc));
        double h = Math.ceil(FigureFrame.height(f, width));
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) h));
        FigureFrame.paint(g, f, width, h, style);
        g.dispose();
        return new Result(width, h, List.copyOf(g.drawn));
    }

    record Result(double width, double height, List<Drawn> texts) {
        Rectangle2D page() {
            return new Rectangle2D.Double(0, 0, width, height);
        }
    }

    static Rectangle2D grow(Rectangle2D r, double d) {
        return new Rectangle2D.Double(r.getX() - d, r.getY() - d, r.getWidth() + 2 * d, r.getHeight() + 2 * d);
    }

    private void record(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Rectangle2D user = FigureText.bounds(text, getFont(), x, y);
        Rectangle2D box = getTransform().createTransformedShape(user).getBounds2D();
        Shape clip = getClip();
        Rectangle2D c = clip == null
                ? null
                : getTransform().createTransformedShape(clip).getBounds2D();
        drawn.add(new Drawn(text, box, c));
    }

    @Override
    public void drawString(String s, float x, float y) {
        record(s, x, y);
        super.drawString(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        record(s, x, y);
        super.drawString(s, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        Rectangle2D box =
                getTransform().createTransformedShape(gv.getVisualBounds()).getBounds2D();
        box.setRect(box.getX() + x, box.getY() + y, box.getWidth(), box.getHeight());
        drawn.add(new Drawn("<glyphs>", box, null));
        super.drawGlyphVector(gv, x, y);
    }
}
