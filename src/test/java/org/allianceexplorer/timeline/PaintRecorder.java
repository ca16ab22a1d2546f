package org.allianceexplorer.timeline;

import java.awt.Color;
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
 * A real Graphics2D (Batik's SVG one) that also records, in order, every shape filled or stroked and every
 * text drawn, with its box on the page and its colour: for tests of what is painted over what.
 */
final class PaintRecorder extends SVGGraphics2D {

    enum Kind {
        FILL,
        DRAW,
        TEXT
    }

    /** One painting operation: the shape (page coordinates) or the text's box, and the colour it was painted in. */
    record Op(Kind kind, Shape shape, Rectangle2D box, Color colour, String text) {}

    private final List<Op> ops = new ArrayList<>();

    private PaintRecorder(SVGGeneratorContext ctx) {
        super(ctx, false);
    }

    /** Paints {@code f}, frame included, at {@code width} (its own height); returns what was painted, in order. */
    static List<Op> paint(Figure f, double width, FigureStyle style) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        PaintRecorder g = new PaintRecorder(SVGGeneratorContext.createDefault(doc));
        double h = Math.ceil(FigureFrame.height(f, width));
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) h));
        FigureFrame.paint(g, f, width, h, style);
        g.dispose();
        return List.copyOf(g.ops);
    }

    private Shape page(Shape s) {
        return getTransform().createTransformedShape(s);
    }

    @Override
    public void fill(Shape s) {
        Shape p = page(s);
        ops.add(new Op(Kind.FILL, s, p.getBounds2D(), getColor(), null));
        super.fill(s);
    }

    @Override
    public void draw(Shape s) {
        Shape p = page(s);
        ops.add(new Op(Kind.DRAW, s, p.getBounds2D(), getColor(), null));
        super.draw(s);
    }

    private void text(String text, double x, double y) {
        if (text != null && !text.isEmpty()) {
            Rectangle2D box = page(FigureText.bounds(text, getFont(), x, y)).getBounds2D();
            ops.add(new Op(Kind.TEXT, null, box, getColor(), text));
        }
    }

    @Override
    public void drawString(String s, float x, float y) {
        text(s, x, y);
        super.drawString(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        text(s, x, y);
        super.drawString(s, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        Rectangle2D b = gv.getVisualBounds();
        Rectangle2D box = page(new Rectangle2D.Double(b.getX() + x, b.getY() + y, b.getWidth(), b.getHeight()))
                .getBounds2D();
        ops.add(new Op(Kind.TEXT, null, box, getColor(), "<glyphs>"));
        super.drawGlyphVector(gv, x, y);
    }
}
