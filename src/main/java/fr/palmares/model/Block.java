package fr.palmares.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the common document model: a heading (with its level), a paragraph, a list item or a
 * table row (whose cells are separated by tabs in {@link #text()}). Hard line breaks inside a block are
 * kept as "\n". {@code page} is the 1-based PDF page (0 when the format has no pages) and {@code line}
 * the 1-based line of origin in a text file (0 when unknown).
 */
public record Block(BlockKind kind, int level, List<Span> spans, int page, int line) {

    public Block {
        spans = List.copyOf(spans);
    }


    /** The block's text, hard line breaks as "\n", spaces collapsed within each line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return Text.collapseLines(sb.toString());
    }

    /** The block's lines (split at hard line breaks), each trimmed, empty ones dropped. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String l : text().split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** The text of the bold spans, runs of adjacent bold spans joined; one entry per run. */
    public List<String> boldRuns() {
        List<String> runs = new ArrayList<>();
        StringBuilder cur = null;
        for (Span s : spans) {
            if (s.bold() && !s.isBreak()) {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(s.text());
            } else if (s.isBreak() && cur != null) {
                cur.append(' ');
            } else if (cur != null) {
                if (!cur.toString().isBlank()) {
                    runs.add(Text.collapse(cur.toString()));
                }
                cur = null;
            }
        }
        if (cur != null && !cur.toString().isBlank()) {
            runs.add(Text.collapse(cur.toString()));
        }
        return runs;
    }

    /** True when all the visible text of the block is bold. */
    public boolean allBold() {
        boolean any = false;
        for (Span s : spans) {
            if (s.isBreak() || s.text().isBlank()) {
                continue;
            }
            if (!s.bold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    public boolean isListItem() {
        return kind == BlockKind.LIST_ITEM;
    }

    /** Where the block comes from, for provenance: page for paged formats, else line. */
    public String where() {
        return page > 0 ? "p." + page : "l." + line;
    }

    @Override
    public String toString() {
        return kind + (kind == BlockKind.HEADING ? String.valueOf(level) : "") + "@" + where() + ": " + text();
    }
}
