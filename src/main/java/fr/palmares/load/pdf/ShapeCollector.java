package fr.palmares.load.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.util.Matrix;

/**
 * The small marks drawn on a page that are not text: vector shapes, filled or stroked (a disc, a
 * ring, a square, a triangle), and small images, about the size of a letter, as CSS list bullets and icons are drawn.
 * Their boxes are in reading coordinates (origin top left, y downwards), like the glyphs'.
 *
 * <p>It reads no content stream of its own: the text stripper that reads the page ({@link GlyphCollector})
 * hands it the operators that build and paint paths and draw images ({@link #feed}), and lends it its
 * graphics state and resources, so that a page is parsed once. PDFBox's own operators of
 * {@link PDFGraphicsStreamEngine} do the geometry.
 */
final class ShapeCollector extends PDFGraphicsStreamEngine {
    /** The operators that build, clip and paint a path, and the inline image. */
    private static final java.util.Set<String> PATH_OPERATORS = java.util.Set.of("m", "l", "c", "v", "y", "re", "h",
            "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "n", "W", "W*", "BI");
    private static final float MIN = 1.2f;
    private static final float MAX = 14f;

    /** A mark's box. */
    record Shape(float x0, float top, float x1, float bottom) {
        float cy() {
            return (top + bottom) / 2;
        }
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final float originX;
    private final float originY;
    private float minX = Float.MAX_VALUE;
    private float minY = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;
    private float maxY = -Float.MAX_VALUE;
    private final Point2D.Float current = new Point2D.Float();
    private final java.util.function.Supplier<PDGraphicsState> state;
    private final java.util.function.Supplier<PDResources> resources;
    private boolean failed;

    /** The marks of a page read by a stream engine that lends its graphics state and resources. */
    ShapeCollector(PDPage page, java.util.function.Supplier<PDGraphicsState> state,
            java.util.function.Supplier<PDResources> resources) {
        super(page);
        PDRectangle box = page.getCropBox();
        originX = box.getLowerLeftX();
        originY = box.getUpperRightY();
        this.state = state;
        this.resources = resources;
    }

    @Override
    public PDGraphicsState getGraphicsState() {
        return state.get();
    }

    @Override
    public PDResources getResources() {
        return resources.get();
    }

    /**
     * An operator of the page as the text stripper reads it: a path or inline image operator is read
     * here, an image XObject ({@code Do}) is a mark; the others are not marks. Once an operator fails,
     * the page has no marks (as when its content cannot be read).
     */
    void feed(org.apache.pdfbox.contentstream.operator.Operator operator, List<org.apache.pdfbox.cos.COSBase> operands) {
        if (failed) {
            return;
        }
        String name = operator.getName();
        try {
            if (PATH_OPERATORS.contains(name)) {
                processOperator(operator, operands);
            } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
                PDResources r = getResources();
                if (r != null && r.isImageXObject(xobject)) {
                    drawImage(null);
                }
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
        }
    }

    /** The marks of the page so far; none when its content could not be read. */
    List<Shape> shapes() {
        return failed ? List.of() : List.copyOf(shapes);
    }

    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
            List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        fr.palmares.load.Limits.checkInterrupted();
        super.processOperator(operator, operands);
    }

    private void add(float x0, float y0, float x1, float y1) {
        float w = x1 - x0;
        float h = y1 - y0;
        if (w >= MIN && h >= MIN && w <= MAX && h <= MAX && w <= 2.2f * h && h <= 2.2f * w) {
            shapes.add(new Shape(x0 - originX, originY - y1, x1 - originX, originY - y0));
        }
    }

    private void extend(Point2D p) {
        minX = Math.min(minX, (float) p.getX());
        maxX = Math.max(maxX, (float) p.getX());
        minY = Math.min(minY, (float) p.getY());
        maxY = Math.max(maxY, (float) p.getY());
    }

    private void reset() {
        minX = Float.MAX_VALUE;
        minY = Float.MAX_VALUE;
        maxX = -Float.MAX_VALUE;
        maxY = -Float.MAX_VALUE;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        extend(p0);
        extend(p1);
        extend(p2);
        extend(p3);
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        float x0 = m.getTranslateX();
        float y0 = m.getTranslateY();
        float x1 = x0 + m.getScalingFactorX();
        float y1 = y0 + m.getScalingFactorY();
        add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        extend(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
        extend(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        extend(new Point2D.Float(x1, y1));
        extend(new Point2D.Float(x2, y2));
        current.setLocation(x3, y3);
        extend(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() {
        fillPath(0); // a stroked ring ("circle" list bullets) marks a line as a filled disc does
    }

    @Override
    public void fillPath(int windingRule) {
        if (minX <= maxX) {
            add(minX, minY, maxX, maxY);
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by the text stripper
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
    }
}
