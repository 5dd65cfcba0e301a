package fr.palmares.load.pdf;

import fr.palmares.load.text.ContentsLine;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of contents: the lines of a page that end with a page number, with or without dot leaders
 * ("Ville de Lorient — Le numérique pour tous ... 22"), when there are four of them at least on the
 * page, they make half of its blocks and their numbers do not go down; and, on any page, a line with
 * dot leaders before its number. Such blocks get {@link Role#TOC}; so do the rows of a table whose last
 * cell is that page number (a contents page laid out with a gap before the numbers), and every row of
 * a table of three rows or more whose rows all end with a page number that does not go down.
 */
final class ContentsPage {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?s).*\\p{L}.*?[\\s.…]+(\\d{1,3})\\s*$");
    private static final int MIN_LINES = 4;

    private ContentsPage() {
    }

    static List<Block> mark(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int from = 0;
        while (from < out.size()) {
            int page = out.get(from).page();
            int to = from;
            while (to < out.size() && out.get(to).page() == page) {
                to++;
            }
            markPage(out, from, to);
            from = to;
        }
        markTables(out);
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b.role() == Role.BODY && b.kind() != BlockKind.TABLE_ROW && !b.lines().isEmpty()
                    && ContentsLine.hasLeaders(b.lines().get(b.lines().size() - 1).text())) {
                out.set(i, b.withRole(Role.TOC));
            }
        }
        return out;
    }

    /** A table of titles and page numbers: 3 rows at least, each ending with a number that does not go down. */
    private static void markTables(List<Block> out) {
        int i = 0;
        while (i < out.size()) {
            Block b = out.get(i);
            if (b.kind() != BlockKind.TABLE_ROW || b.table() == 0) {
                i++;
                continue;
            }
            int to = i;
            boolean numbered = true;
            int last = -1;
            while (to < out.size() && out.get(to).kind() == BlockKind.TABLE_ROW && out.get(to).table() == b.table()) {
                String text = out.get(to).text().replace('\t', ' ');
                Matcher m = PAGE_NUMBER.matcher(text);
                if (ContentsLine.endsWithDigit(text) && m.matches() && Integer.parseInt(m.group(1)) >= last) {
                    last = Integer.parseInt(m.group(1));
                } else if (to > i || !out.get(to).cells().stream().allMatch(c -> c.header() || c.isEmpty())) {
                    numbered = false;
                }
                to++;
            }
            if (numbered && to - i >= 3) {
                for (int k = i; k < to; k++) {
                    out.set(k, out.get(k).withRole(Role.TOC));
                }
            }
            i = to;
        }
    }

    private static void markPage(List<Block> out, int from, int to) {
        List<Integer> numbered = new ArrayList<>();
        int last = -1;
        boolean rising = true;
        int candidates = 0;
        for (int i = from; i < to; i++) {
            Block b = out.get(i);
            if (b.lines().isEmpty()) {
                continue;
            }
            candidates++;
            // A row of a two-column table: its title, then its number in the last cell.
            String text = b.kind() == BlockKind.TABLE_ROW ? b.text().replace('\t', ' ')
                    : b.lines().get(b.lines().size() - 1).text();
            Matcher m = PAGE_NUMBER.matcher(text);
            if (ContentsLine.endsWithDigit(text) && m.matches()) {
                int n = Integer.parseInt(m.group(1));
                rising &= n >= last;
                last = n;
                numbered.add(i);
            }
        }
        if (numbered.size() >= MIN_LINES && rising && 2 * numbered.size() >= candidates) {
            for (int i : numbered) {
                out.set(i, out.get(i).withRole(Role.TOC));
            }
        }
    }
}
