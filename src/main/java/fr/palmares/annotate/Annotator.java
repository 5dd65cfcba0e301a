package fr.palmares.annotate;

import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Line;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotates a loaded document: every line of every block (table rows aside, which the table reader
 * takes whole) read by the {@link LineReader}, marked as a heading or not, and placed in its zone.
 */
public final class Annotator {
    private static final int HEADING_WORDS = 14;
    /** The level of lines that only look like headings (bold, capitals, larger type). */
    public static final int PSEUDO_LEVEL = 7;

    private final Lexicon lexicon;
    private final NameOracle oracle;

    public Annotator(Lexicon lexicon, NameOracle oracle) {
        this.lexicon = lexicon;
        this.oracle = oracle;
    }

    public AnnotatedDocument annotate(SourceDocument doc) {
        Names names = new Names(oracle, lexicon);
        Acronyms.learn(doc, names);
        LineReader reader = new LineReader(lexicon, names, Legend.learn(doc, lexicon));
        WrappedLines wrapped = new WrappedLines(lexicon, names);
        List<Unit> units = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        List<Integer> owners = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            for (Line line : wrapped.join(block.lines())) {
                // "Voir la fiche", "Lire la suite": a link's text is no part of a record
                if (!line.text().isBlank() && lexicon.whole(Vocab.FURNITURE, line.text().strip()).isEmpty()) {
                    owners.add(b);
                    lines.add(line);
                }
            }
        }
        lines = PageNumbers.mark(lines);
        for (int i = 0; i < lines.size(); i++) {
            int b = owners.get(i);
            Block block = blocks.get(b);
            Line line = lines.get(i);
            List<LineReading> readings = reader.records(line);
            for (LineReading r : readings) {
                boolean heading = readings.size() == 1 && headingLike(block, line, r);
                int level = block.kind() == BlockKind.HEADING ? Math.max(1, block.level()) : PSEUDO_LEVEL;
                units.add(new Unit(units.size(), b, block, line, r, heading, level, Zone.NEUTRAL, null, false));
            }
        }
        return new AnnotatedDocument(doc, new Zoner(lexicon).zone(units), reader);
    }

    /** A heading, or a short line standing alone in bold, capitals, larger or letter-spaced type. */
    static boolean headingLike(Block block, Line line, LineReading r) {
        if (block.kind() == BlockKind.HEADING) {
            return true;
        }
        if (block.kind() != BlockKind.PARAGRAPH) {
            return false;
        }
        String t = line.text().strip();
        int words = r.words();
        if (words == 0 || words > HEADING_WORDS || t.endsWith(".") && !t.endsWith("...") || t.endsWith(",")
                || t.endsWith(";")) {
            return false;
        }
        boolean styled = line.allBold() || Text.isUpper(t) || line.style().sizeRank() > 0 || line.style().letterSpaced();
        if (!styled) {
            return false;
        }
        // one line alone, or a block whose lines all look the same (a heading wrapped over two lines)
        return block.lines().size() == 1 || block.lines().stream().allMatch(l -> l.allBold() == line.allBold()
                && Text.isUpper(l.text()) == Text.isUpper(t) && l.style().sizeRank() == line.style().sizeRank());
    }
}
