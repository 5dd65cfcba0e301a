package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Press kits: after a "lauréats" heading, lines follow each other without medals: a category, then for
 * each laureate the collectivités and the project's title. Which line is which is decided by the names'
 * form and geography and by what follows (a category is followed by names; an unknown body is followed
 * by a title and then by names or a category). A name broken over two lines is joined when the whole
 * resolves; a title continued by dash-led lines or list items is joined.
 */
public final class SequenceParser implements Parser {
    private static final Pattern ROMAN_SECTION = Pattern.compile("^(?:[IVX]{1,5}|\\d{1,2})\\s*[-.–)]\\s+\\S.*");
    private static final int MAX_LINE_WORDS = 40;

    @Override
    public List<RawLaureate> parse(List<Block> blocks, ParseContext ctx) {
        List<RawLaureate> best = List.of();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text().replace('\n', ' ');
            if (b.kind() != BlockKind.LIST_ITEM && b.kind() != BlockKind.TABLE_ROW && Headings.announcesLaureates(t)
                    && Text.wordCount(t) <= 8) {
                List<RawLaureate> found = parseFrom(blocks, i + 1, ctx);
                if (found.size() > best.size()) {
                    best = found;
                }
            }
        }
        return best;
    }

    private List<RawLaureate> parseFrom(List<Block> blocks, int start, ParseContext ctx) {
        ItemReader reader = new ItemReader(ctx.oracle());
        NameSplitter splitter = ctx.splitter();
        List<Block> lines = new ArrayList<>();
        for (int i = start; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text().replace('\n', ' ');
            if (ROMAN_SECTION.matcher(t).matches() && b.kind() != BlockKind.LIST_ITEM || Text.wordCount(t) > MAX_LINE_WORDS
                    || Headings.endsSection(t) && Headings.isHeadingLike(b)) {
                break;
            }
            if (b.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            lines.add(b);
        }
        List<RawLaureate> out = new ArrayList<>();
        String category = null;
        int i = 0;
        while (i < lines.size()) {
            Block b = lines.get(i);
            String t = text(b);
            boolean isNames = reader.namesScore(t) > 0;
            int joined = 0;
            if (!isNames && i + 1 < lines.size()) {
                String two = t + " " + text(lines.get(i + 1));
                if (ctx.oracle().resolveScore(two) >= 0.9 && reader.namesScore(text(lines.get(i + 1))) == 0) {
                    isNames = true;
                    t = two;
                    joined = 1;
                }
            } else if (isNames && i + 1 < lines.size()) {
                String two = t + " " + text(lines.get(i + 1));
                if (ctx.oracle().resolveScore(two) > ctx.oracle().resolveScore(t) && ctx.oracle().resolveScore(two) >= 0.9) {
                    t = two;
                    joined = 1;
                }
            }
            if (!isNames && i + 1 < lines.size()) {
                boolean nextIsNames = reader.namesScore(text(lines.get(i + 1))) > 0;
                if (nextIsNames) {
                    category = Cleaning.category(t);
                    i++;
                    continue;
                }
                boolean thenNames = i + 2 < lines.size() && (reader.namesScore(text(lines.get(i + 2))) > 0
                        || i + 3 < lines.size() && reader.namesScore(text(lines.get(i + 3))) > 0);
                boolean last = i + 2 >= lines.size();
                if (category != null && (thenNames || last) && looksLikeName(t)) {
                    isNames = true;
                }
            }
            if (!isNames) {
                if (i + 1 >= lines.size()) {
                    break;
                }
                category = Cleaning.category(t);
                i++;
                continue;
            }
            int titleAt = i + 1 + joined;
            if (titleAt >= lines.size()) {
                break;
            }
            StringBuilder title = new StringBuilder(text(lines.get(titleAt)));
            int next = titleAt + 1;
            while (next < lines.size() && continuesTitle(lines.get(next))) {
                String c = text(lines.get(next)).replaceFirst("^[-–—]\\s*", "");
                title.append(" - ").append(c);
                next++;
            }
            out.add(new RawLaureate(ctx.edition(), null, category, Cleaning.title(title.toString()),
                    splitter.split(t), null, b, 0.85));
            i = next;
        }
        return out;
    }

    private static String text(Block b) {
        return Text.collapse(b.text().replace('\n', ' '));
    }

    private static boolean continuesTitle(Block b) {
        String t = b.text().strip();
        return b.kind() == BlockKind.LIST_ITEM || t.startsWith("- ") || t.startsWith("– ")
                || !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    /** An unknown body's name: short, capitalized, no sentence punctuation. */
    private static boolean looksLikeName(String t) {
        return Text.wordCount(t) <= 8 && !t.endsWith(".") && !t.endsWith("!") && !t.endsWith("?")
                && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }
}
