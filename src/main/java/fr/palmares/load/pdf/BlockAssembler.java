package fr.palmares.load.pdf;

import fr.palmares.load.pdf.PageLayout.Region;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Role;
import fr.palmares.model.Style;
import fr.palmares.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups the lines of the columns, in reading order, into blocks.
 *
 * <ul>
 * <li>A line continues the block of the line above when it has the same font size, follows it at the
 * usual line pitch of that size (a bigger gap starts a paragraph; a line with a superscript, or
 * after a word broken by a hyphen, may be further), is not indented (a first-line indent starts a
 * paragraph), does not start with a bullet and, in a list item, is aligned with the item's text
 * rather than with its bullet.</li>
 * <li>At the top of a column or page, the first line continues the last block of the previous column
 * when it has the same size and starts flush with the column (or with the list item's text), and the
 * previous line was wrapped: it ends with a hyphen, or the line's first word would not have fitted
 * at its end and the line starts with a lower-case letter or the previous one does not end a
 * sentence. A line at a list item's text indent always continues the item.</li>
 * <li>List items: a bullet glyph (• ◦ ▪ ► ✓ ... and Word's Symbol bullets) at the start of a line, or
 * a dash or a number ("1.", "2)") on a visually new line (not on a line continuing a full one, so
 * that "Collec-Data" / "– Automatiser" stays text); the bullet is dropped.</li>
 * <li>Inside a block, a line end is a hard break ({@link Span#BREAK}) or a space. The box of a line
 * is the column, narrowed to the furthest line end of the lines that start at the same indent (a
 * quotation, a list). In a justified block (its lines but the last end exactly at the box's right
 * edge, or its box is justified), a line that stops short of the edge was ended on purpose.
 * Otherwise the break is hard when the next line's first word would have fitted at the end of the
 * line, when the line fills less than half the box, or when the boldness changes at the line end
 * (all bold, then not) and the next line starts like a new line (a capital, a digit, a quotation
 * mark). Hyphenated line ends are joined by the {@link Dehyphenator}. Headings' lines are joined
 * with spaces (a change of boldness aside); a line continued from another column is joined with a
 * space when it was wrapped, else with a break.</li>
 * <li>Headings: blocks whose font is at least 10% bigger than the body text (the most common size)
 * and that are not too long (300 characters); their level is the rank of their size among the
 * heading sizes of the document (the biggest is 1).</li>
 * </ul>
 */
final class BlockAssembler {
    private static final float HEADING_RATIO = 1.1f;
    private static final int HEADING_MAX_CHARS = 300;
    /** Justified lines end at the same x, within rounding. */
    private static final float FLUSH_TOLERANCE = 0.6f;

    private enum Join { SPACE, BREAK, JOIN_DROP_HYPHEN, JOIN_KEEP_HYPHEN }

    private final float body;
    private final Map<Float, Float> pitches;
    private final Dehyphenator dehyphenator;

    BlockAssembler(List<Region> regions) {
        List<String> texts = new ArrayList<>();
        int marked = 0;
        for (Region r : regions) {
            if (r.isTable()) {
                continue;
            }
            for (Line l : r.lines()) {
                texts.add(l.text);
                if (l.discretionaryHyphen || l.text.endsWith("\u2010")) {
                    marked++;
                }
            }
        }
        this.body = bodySize(regions);
        this.pitches = pitches(regions);
        this.dehyphenator = new Dehyphenator(texts, marked >= 2);
    }

    List<Block> assemble(List<Region> regions) {
        int tables = 0;
        TableRows.OpenTable open = null;
        List<Builder> builders = new ArrayList<>();
        Builder cur = null;
        Line prev = null;
        for (Region region : regions) {
            if (region.isTable()) {
                if (cur != null) {
                    builders.add(cur);
                }
                cur = null;
                prev = null;
                float[] rights = TableRows.columnRights(region.table());
                // A table going on at the top of the next page, with the same columns, is the same table.
                boolean goesOn = open != null && builders.size() == open.end() && region.page() == open.page() + 1
                        && rights.length == open.columns();
                if (!goesOn) {
                    tables++;
                    open = new TableRows.OpenTable(tables, region.page(), rights.length, builders.size(), null, 0);
                }
                boolean first = true;
                for (List<List<Line>> row : region.table()) {
                    Block b = TableRows.row(region.page(), row, open.number(), open.rows(), rights);
                    if (b == null) {
                        continue;
                    }
                    if (goesOn && first && open.header() != null && TableRows.texts(b).equals(open.header())) {
                        continue; // the header row repeated on the new page; the next row is still the first
                    }
                    if (goesOn && first && open.rows() > 0 && b.cells().get(0).isEmpty()) {
                        // The rest of the row cut by the page break.
                        int last = builders.size() - 1;
                        builders.set(last, new Builder(TableRows.joined(builders.get(last).fixed, b)));
                        first = false;
                        continue;
                    }
                    first = false;
                    if (open.rows() == 0 && b.cells().stream().allMatch(c -> c.header() || c.isEmpty())) {
                        open = open.withHeader(TableRows.texts(b));
                    }
                    builders.add(new Builder(b));
                    open = open.withRows(open.rows() + 1);
                }
                open = open.at(region.page(), builders.size());
                continue;
            }
            boolean first = true;
            for (Line raw : region.lines()) {
                Line ln;
                boolean cont;
                if (cur == null) {
                    ln = Bullets.mark(raw, true).line();
                    cont = false;
                } else if (first) {
                    Bullets.Found found = Bullets.mark(raw, false);
                    ln = found.line();
                    cont = !found.weakSeen() && ln.bulletEnd < 0 && continuesAcross(cur, prev, ln);
                    if (found.weakSeen() && !cont) {
                        ln = Bullets.mark(raw, true).line();
                    }
                } else {
                    boolean newVisualLine = !continuesWithin(cur, prev, raw) || endsEarly(prev)
                            || endsSentence(prev);
                    ln = Bullets.mark(raw, newVisualLine).line();
                    cont = ln.bulletEnd < 0 && continuesWithin(cur, prev, ln);
                }
                if (cont) {
                    cur.append(ln, first);
                } else {
                    if (cur != null) {
                        builders.add(cur);
                    }
                    cur = new Builder(ln);
                }
                prev = ln;
                first = false;
            }
        }
        if (cur != null) {
            builders.add(cur);
        }
        return toBlocks(builders);
    }

    // ---------------------------------------------------------------------------------------------

    private boolean continuesWithin(Builder cur, Line prev, Line ln) {
        if (Math.abs(ln.size - prev.size) > Math.max(0.5f, 0.08f * prev.size)) {
            return false;
        }
        float delta = ln.y - prev.y;
        float limit = pitch(prev.size) + 0.2f * prev.size;
        if (ln.hasScripts || prev.hasScripts) {
            limit += 0.5f * prev.size; // a superscript makes its line taller
        }
        String p = prev.text.stripTrailing();
        if (p.length() >= 2 && PdfText.isHyphen(p.charAt(p.length() - 1)) && Character.isLetter(p.charAt(p.length() - 2))) {
            limit = Math.max(limit, 1.8f * pitch(prev.size)); // a word broken at the line end goes on
        }
        if (delta <= 0.3f * prev.size || delta > limit) {
            return false;
        }
        if (cur.listItem) {
            // Wrapped lines align with the item's text, or with the mark written in its text ("• > X").
            return ln.x0 >= Math.min(cur.textX, cur.contentX) - 0.5f * ln.size;
        }
        return !(cur.lines.size() >= 2 && ln.x0 - prev.x0 > ln.size);
    }

    /**
     * The first line of a column (or page) continues the block that ended the previous one when it has
     * the same size, starts flush with the column (or the list item's text), and the previous line was
     * wrapped: it ends with a hyphen, or the first word of the line would not have fitted at its end
     * and the line starts with a lower-case letter or the previous one does not end a sentence.
     */
    private boolean continuesAcross(Builder cur, Line prev, Line ln) {
        if (Math.abs(ln.size - prev.size) > 0.5f || prev.allBold() != ln.allBold() && prev.size >= HEADING_RATIO * body) {
            return false;
        }
        float indent = cur.listItem ? cur.textX - cur.lines.get(0).regionLeft : 0;
        if (ln.x0 > ln.regionLeft + indent + 0.6f * ln.size) {
            return false;
        }
        String next = ln.body().strip();
        if (next.isEmpty()) {
            return false;
        }
        if (cur.listItem && indent > 0.5f * ln.size && ln.x0 > ln.regionLeft + indent - 1f) {
            return true; // at the text indent of the list item, where only its lines are
        }
        String prevText = prev.text.stripTrailing();
        char c = next.charAt(0);
        boolean hyphen = prevText.length() >= 2 && PdfText.isHyphen(prevText.charAt(prevText.length() - 1))
                && Character.isLetter(prevText.charAt(prevText.length() - 2));
        if (hyphen) {
            return Character.isLetter(c);
        }
        boolean wrapped = prev.regionRight - prev.x1 <= ln.firstWordWidth + 0.5f * prev.size;
        if (!wrapped) {
            return false;
        }
        return Character.isLowerCase(c) || !endsSentence(prev);
    }

    private static boolean endsEarly(Line prev) {
        return prev.x1 < prev.regionRight - 0.35f * (prev.regionRight - prev.regionLeft);
    }

    private static boolean endsSentence(Line prev) {
        String t = prev.text.stripTrailing();
        return !t.isEmpty() && PdfText.isSentenceEnd(t.charAt(t.length() - 1));
    }

    private Join join(Builder cur, Line prev, Line ln, boolean across, boolean justified, float right,
            boolean firstLineBold) {
        String p = prev.text.stripTrailing();
        String next = ln.body().strip();
        if (p.length() >= 2 && PdfText.isHyphen(p.charAt(p.length() - 1)) && Character.isLetter(p.charAt(p.length() - 2))
                && !next.isEmpty() && Character.isLetter(next.charAt(0))) {
            boolean keep = dehyphenator.keepHyphen(p.substring(0, p.length() - 1), next, p.charAt(p.length() - 1),
                    prev.discretionaryHyphen);
            return keep ? Join.JOIN_KEEP_HYPHEN : Join.JOIN_DROP_HYPHEN;
        }
        boolean boldChange = (prev.allBold() && !ln.firstCharBold()) || (!prev.anyBold() && ln.allBold());
        if (prev.size >= HEADING_RATIO * body) {
            return boldChange && !across ? Join.BREAK : Join.SPACE;
        }
        if (across) {
            // From the end of a column to the top of the next: a wrap when the word did not fit.
            boolean wrapped = prev.regionRight - prev.x1 <= ln.firstWordWidth + 0.5f * prev.size;
            return wrapped && !boldChange ? Join.SPACE : Join.BREAK;
        }
        if (justified) {
            // Justified text: a line that does not reach the right edge was ended on purpose.
            return flush(prev, right) ? Join.SPACE : Join.BREAK;
        }
        float left = cur.listItem ? cur.textX : prev.regionLeft;
        float room = right - prev.x1;
        boolean fits = room > ln.firstWordWidth + 0.5f * prev.size;
        boolean shortLine = prev.x1 - left < 0.5f * (right - left);
        // A full line whose boldness changes at its end: a break when the next line starts like a
        // new line (a capital, a digit, a quotation mark), not like the rest of a sentence.
        boolean newStart = !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0))
                || "«\"“".indexOf(next.charAt(0)) >= 0);
        boolean styleOfFirstLine = firstLineBold && cur.listItem && prev == cur.lines.get(0);
        return fits || shortLine || (boldChange && newStart && !styleOfFirstLine) ? Join.BREAK : Join.SPACE;
    }

    private static boolean flush(Line l, float right) {
        return l.x1 >= right - FLUSH_TOLERANCE;
    }

    /**
     * A justified block: its lines but the last end exactly at the right edge of their box (3 of them
     * and half of them at least), or it is in a box whose blocks are justified (for short blocks).
     */
    private static boolean justified(Builder b, Boxes boxes) {
        int[] counts = flushCounts(b, boxes.rights());
        if (counts[1] >= 3 && counts[1] >= 0.5 * counts[0]) {
            return true;
        }
        int[] group = boxes.flush().get(groupKey(b, b.lines.get(0)));
        return group != null && group[0] >= 6 && group[1] >= 0.6 * group[0];
    }

    /** Lines but the last, and how many of them end at the right edge of their box. */
    private static int[] flushCounts(Builder b, Map<Long, Float> rights) {
        List<Line> lines = b.lines;
        int flush = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            if (flush(lines.get(i), right(b, lines.get(i), rights))) {
                flush++;
            }
        }
        return new int[] {Math.max(0, lines.size() - 1), flush};
    }

    /**
     * The right edge of the box of a block's line: the furthest line end among all the lines of the
     * document that start at the same x in a column starting at the same x (the lines of the same
     * column, or of the same indented box: a quotation, a list), but not beyond the column.
     */
    private static float right(Builder b, Line l, Map<Long, Float> rights) {
        Float g = rights.get(groupKey(b, l));
        float indentX = l.regionLeft + b.indent();
        return g != null && g > indentX ? Math.min(g, l.regionRight) : l.regionRight;
    }

    private static long groupKey(Builder b, Line l) {
        return Math.round(l.regionLeft) * 100_000L + Math.round(b.indent());
    }

    /**
     * What the blocks of the document say of the boxes their lines are set in, for the line joins:
     * the right edge of each box (see {@link #right}), per box the lines but the last of its
     * multi-line blocks and how many of them are flush, and whether list items have their first line
     * in bold (see {@link #firstLineBold}).
     */
    private record Boxes(Map<Long, Float> rights, Map<Long, int[]> flush, boolean firstLineBold) {
        static Boxes of(List<Builder> builders, float body) {
            Map<Long, Float> rights = new HashMap<>();
            for (Builder b : builders) {
                for (Line l : b.lines) {
                    rights.merge(groupKey(b, l), l.x1, Math::max);
                }
            }
            Map<Long, int[]> flush = new HashMap<>();
            for (Builder b : builders) {
                if (b.lines.size() >= 3 && b.lines.get(0).size < HEADING_RATIO * body) {
                    int[] c = flushCounts(b, rights);
                    int[] g = flush.computeIfAbsent(groupKey(b, b.lines.get(0)), k -> new int[2]);
                    g[0] += c[0];
                    g[1] += c[1];
                }
            }
            return new Boxes(Map.copyOf(rights), Map.copyOf(flush), BlockAssembler.firstLineBold(builders));
        }
    }

    /**
     * Whether the document sets the first visual line of its list items in bold, whatever their words:
     * most of its wrapped list items (4 in 5, 3 at least) have a bold first line and a plain second
     * one, so that the boldness ends with the line, not with a name (in documents that embolden names,
     * few wrapped items do: 3 of 90 in the 2023 yearbook). In such a document the boldness of an item's
     * first line is not taken for a break, and its first line is given as plain text: it is the look of
     * the list, as running headers are the look of the page.
     */
    private static boolean firstLineBold(List<Builder> builders) {
        int wrapped = 0;
        int styled = 0;
        for (Builder b : builders) {
            if (b.fixed != null || !b.listItem || b.lines.size() < 2) {
                continue;
            }
            wrapped++;
            if (b.lines.get(0).allBold() && !b.lines.get(1).anyBold()) {
                styled++;
            }
        }
        return wrapped >= 3 && styled >= 0.8f * wrapped;
    }

    private float pitch(float size) {
        Float p = pitches.get(Math.round(size * 2f) / 2f);
        return p != null ? p : 1.25f * size;
    }

    // ---------------------------------------------------------------------------------------------

    private static float bodySize(List<Region> regions) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Region r : regions) {
            if (r.isTable()) {
                continue;
            }
            for (Line l : r.lines()) {
                counts.merge(Math.round(l.size * 2f) / 2f, l.text.length(), Integer::sum);
            }
        }
        return PdfText.mostCommon(counts, 10f);
    }

    /**
     * The line pitch of each font size: the smallest baseline distance between consecutive lines of
     * that size in a column that is common (10% of the distances, twice at least).
     */
    private static Map<Float, Float> pitches(List<Region> regions) {
        Map<Float, Map<Float, Integer>> deltas = new HashMap<>();
        List<List<Line>> sequences = new ArrayList<>();
        for (Region r : regions) {
            if (r.isTable()) {
                // The wrapped lines of the cells.
                for (List<List<Line>> row : r.table()) {
                    sequences.addAll(row);
                }
            } else {
                sequences.add(r.lines());
            }
        }
        for (List<Line> lines : sequences) {
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                if (Math.abs(a.size - b.size) > 0.25f) {
                    continue;
                }
                float d = b.y - a.y;
                if (d < 0.9f * a.size || d > 2.5f * a.size) {
                    continue;
                }
                deltas.computeIfAbsent(Math.round(a.size * 2f) / 2f, k -> new HashMap<>())
                        .merge(Math.round(d * 4f) / 4f, 1, Integer::sum);
            }
        }
        Map<Float, Float> out = new HashMap<>();
        for (Map.Entry<Float, Map<Float, Integer>> e : deltas.entrySet()) {
            Map<Float, Integer> h = e.getValue();
            int total = h.values().stream().mapToInt(Integer::intValue).sum();
            int needed = Math.max(2, (int) Math.ceil(0.1 * total));
            TreeSet<Float> keys = new TreeSet<>(h.keySet());
            Float chosen = null;
            for (Float k : keys) {
                // Merge neighbours within half a point (rounding of positions).
                int c = 0;
                for (Float k2 : keys.subSet(k - 0.5f, true, k + 0.5f, true)) {
                    c += h.get(k2);
                }
                if (c >= needed) {
                    chosen = keys.subSet(k - 0.01f, true, k + 0.5f, true).last();
                    break;
                }
            }
            if (chosen == null) {
                chosen = h.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            }
            out.put(e.getKey(), chosen);
        }
        return out;
    }

    private List<Block> toBlocks(List<Builder> builders) {
        Boxes boxes = Boxes.of(builders, body);
        TreeSet<Float> headingSizes = new TreeSet<>();
        List<BlockKind> kinds = new ArrayList<>();
        for (Builder b : builders) {
            BlockKind kind;
            if (b.fixed != null) {
                kind = b.fixed.kind();
            } else if (b.listItem) {
                kind = BlockKind.LIST_ITEM;
            } else if (b.size() >= HEADING_RATIO * body && b.textLength() <= HEADING_MAX_CHARS) {
                kind = BlockKind.HEADING;
                headingSizes.add(Math.round(b.size() * 2f) / 2f);
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            kinds.add(kind);
        }
        // Sizes within 4% of each other are one level.
        List<Float> levels = new ArrayList<>();
        for (Float s : headingSizes.descendingSet()) {
            if (levels.isEmpty() || levels.get(levels.size() - 1) > s * 1.04f) {
                levels.add(s);
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            Builder b = builders.get(i);
            if (b.fixed != null) {
                out.add(b.fixed);
                continue;
            }
            List<Span> spans = b.spans(this, boxes);
            if (spans.isEmpty()) {
                continue;
            }
            int level = 0;
            if (kinds.get(i) == BlockKind.HEADING) {
                float s = Math.round(b.size() * 2f) / 2f;
                level = 1;
                for (int k = 0; k < levels.size(); k++) {
                    if (levels.get(k) <= s * 1.04f) {
                        level = k + 1;
                        break;
                    }
                }
                level = Math.min(level, 6);
            }
            out.add(new Block(kinds.get(i), level, styledLines(b, spans, levels), List.of(), 0, 0, 0, Role.BODY, b.page, 0));
        }
        return ContentsPage.mark(out);
    }

    /**
     * The block's lines (its spans split at the hard breaks), each with the style of the visual line
     * that starts it: size rank against the body text, bold, italic, indent from the column's left
     * edge (points), the list marker of the block's first line ("shape" for a drawn one), letter spacing.
     */
    private List<fr.palmares.model.Line> styledLines(Builder b, List<Span> spans, List<Float> levels) {
        List<fr.palmares.model.Line> out = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        int k = 0;
        for (int i = 0; i <= spans.size(); i++) {
            if (i < spans.size() && !spans.get(i).isBreak()) {
                cur.add(spans.get(i));
                continue;
            }
            if (!cur.isEmpty()) {
                Line start = b.starts.get(Math.min(k, b.starts.size() - 1));
                String marker = null;
                if (k == 0 && start.bulletEnd > 0) {
                    marker = start.text.substring(0, start.bulletEnd).strip().replace(String.valueOf(PdfText.SHAPE), "shape");
                }
                Style style = new Style(sizeRank(start.size, levels), TableRows.allBold(cur), start.allItalic(),
                        Math.round(start.x0 - start.regionLeft), marker, start.letterSpaced);
                out.add(new fr.palmares.model.Line(cur, style, b.page, 0));
                cur = new ArrayList<>();
            }
            k++;
        }
        return out;
    }

    /** 0 for the body text size, -1 smaller, 1, 2... for each larger size among the document's heading sizes. */
    private int sizeRank(float size, List<Float> levels) {
        if (size < 0.95f * body) {
            return -1;
        }
        if (size <= 1.05f * body) {
            return 0;
        }
        int rank = 1;
        for (Float l : levels) {
            if (l < size * 0.96f && l > 1.05f * body) {
                rank++;
            }
        }
        return rank;
    }

    /** A block being built: its lines, then its spans. */
    private static final class Builder {
        final List<Line> lines = new ArrayList<>();
        /** The visual line that starts each line of the block (after each hard break). */
        final List<Line> starts = new ArrayList<>();
        final List<Boolean> across = new ArrayList<>();
        final int page;
        final boolean listItem;
        final float textX;
        final float contentX;
        final List<Span> spans = new ArrayList<>();
        final StringBuilder run = new StringBuilder();
        boolean runBold;
        final Map<Float, Integer> sizes = new HashMap<>();

        /** A block made elsewhere (a table row). */
        final Block fixed;

        Builder(Block fixed) {
            this.fixed = fixed;
            this.page = fixed.page();
            this.listItem = false;
            this.textX = 0;
            this.contentX = 0;
        }

        Builder(Line first) {
            this.fixed = null;
            this.page = first.page;
            this.listItem = first.bulletEnd > 0;
            this.textX = first.textX;
            this.contentX = first.contentX;
            lines.add(first);
            across.add(false);
        }

        void append(Line ln, boolean fromOtherColumn) {
            lines.add(ln);
            across.add(fromOtherColumn);
        }

        /** The indent of the block's text in its column (its second line: the first may be indented). */
        float indent() {
            if (listItem) {
                return textX - lines.get(0).regionLeft;
            }
            Line l = lines.get(lines.size() > 1 ? 1 : 0);
            return l.x0 - l.regionLeft;
        }

        List<Span> spans(BlockAssembler a, Boxes boxes) {
            boolean justified = justified(this, boxes);
            starts.clear();
            starts.add(lines.get(0));
            // A list's first-line style (CSS ::first-line bold) is the list's look, not its words' emphasis:
            // the same document printed without it reads the same.
            add(lines.get(0), listItem && boxes.firstLineBold());
            for (int i = 1; i < lines.size(); i++) {
                Line ln = lines.get(i);
                switch (a.join(this, lines.get(i - 1), ln, across.get(i), justified, right(this, lines.get(i - 1), boxes.rights()),
                        boxes.firstLineBold())) {
                    case SPACE -> put(" ", runBold && ln.firstCharBold() && !(i == 1 && listItem && boxes.firstLineBold()));
                    case BREAK -> {
                        flush();
                        spans.add(Span.BREAK);
                        starts.add(ln);
                    }
                    case JOIN_DROP_HYPHEN -> dropTrailingHyphen(false);
                    case JOIN_KEEP_HYPHEN -> dropTrailingHyphen(true);
                }
                add(ln, false);
            }
            flush();
            // Drop leading and trailing breaks.
            List<Span> out = new ArrayList<>(spans);
            while (!out.isEmpty() && out.get(0).isBreak()) {
                out.remove(0);
                if (starts.size() > 1) {
                    starts.remove(0);
                }
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isBreak()) {
                out.remove(out.size() - 1);
            }
            return out;
        }

        private void add(Line ln, boolean plain) {
            String body = ln.body();
            int start = ln.bulletEnd < 0 ? 0 : ln.bulletEnd;
            int end = body.length();
            while (end > 0 && body.charAt(end - 1) == ' ') {
                end--;
            }
            int begin = 0;
            while (begin < end && body.charAt(begin) == ' ') {
                begin++;
            }
            for (int i = begin; i < end; i++) {
                char c = body.charAt(i);
                put(String.valueOf(c == '\u2010' || c == '\u2011' ? '-' : c), ln.bold[start + i] && !plain);
            }
        }

        private void put(String s, boolean bold) {
            if (run.length() > 0 && bold != runBold && !s.equals(" ")) {
                flush();
            }
            if (run.length() == 0) {
                runBold = bold;
            }
            run.append(s);
        }

        private void flush() {
            if (run.length() > 0) {
                spans.add(new Span(run.toString(), runBold));
                run.setLength(0);
            }
        }

        /** Removes the hyphen ending the text so far; with keep, it is put back as a plain '-'. */
        private void dropTrailingHyphen(boolean keep) {
            if (run.length() > 0 && PdfText.isHyphen(run.charAt(run.length() - 1))) {
                run.setLength(run.length() - 1);
                if (keep) {
                    run.append('-');
                }
            }
        }

        float size() {
            if (sizes.isEmpty()) {
                for (Line l : lines) {
                    sizes.merge(Math.round(l.size * 2f) / 2f, Math.max(1, l.body().strip().length()), Integer::sum);
                }
            }
            return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        }

        int textLength() {
            int n = 0;
            for (Line l : lines) {
                n += l.body().length();
            }
            return n;
        }
    }
}
