package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Laureates listed under category and medal headings (press releases, web pages, yearbooks' summary
 * lists) and award sentences ("Label d'or attribué à X / Pour le projet Y", yearbooks' laureate pages).
 * Inside the laureates' section (opened by a "lauréats" or medal heading) each list entry credits
 * collectivités with a project; when an entry only names collectivités, the next paragraph is the
 * title. An entry carrying its own medal ("(label or)") counts wherever it stands. The text of an award
 * sentence's page, up to the next section heading, is kept as the description.
 */
public final class ListParser implements Parser {
    private static final Pattern DOT_LEADER = Pattern.compile(".*(\\.{4,}|…{2,}|\\. \\. \\.)\\s*\\d*\\s*$");
    private static final int MAX_ENTRY_WORDS = 60;

    @Override
    public List<RawLaureate> parse(List<Block> blocks, ParseContext ctx) {
        ItemReader reader = new ItemReader(ctx.oracle());
        NameSplitter splitter = ctx.splitter();
        List<RawLaureate> out = new ArrayList<>();
        boolean inSection = false;
        Medal medal = null;
        String category = null;
        String lastHeading = null;
        int categoryLevel = 99;
        Pending pending = null;
        Described described = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = b.text().replace('\n', ' ');
            if (DOT_LEADER.matcher(text).matches() || b.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            Optional<AwardSentence.Award> award = AwardSentence.read(b.text());
            if (award.isPresent()) {
                described = closeDescription(described, out);
                AwardSentence.Award a = award.get();
                String project = a.project();
                int used = i;
                if (project == null && i + 1 < blocks.size()) {
                    Optional<String> next = AwardSentence.projectLine(blocks.get(i + 1).text());
                    if (next.isPresent()) {
                        project = next.get();
                        used = i + 1;
                    }
                }
                if (project != null) {
                    out.add(new RawLaureate(ctx.edition(), a.medal(), category != null ? category : lastHeading,
                            Cleaning.title(project),
                            splitter.split(a.names()), null, b, 0.9));
                    described = new Described(out.size() - 1, headingLevelAbove(blocks, i));
                    i = used;
                    pending = null;
                    continue;
                }
            }
            if (Headings.isHeadingLike(b)) {
                pending = null;
                int level = b.isHeading() ? b.level() : 7;
                if (described != null && level <= described.level) {
                    described = closeDescription(described, out);
                }
                Optional<Medal> m = MedalPhrases.heading(text);
                Optional<MedalPhrases.MedalAndRest> mc = MedalPhrases.headingWithCategory(text);
                if (described == null && m.isEmpty()) {
                    lastHeading = mc.isPresent() ? Cleaning.category(mc.get().rest())
                            : Headings.announcesLaureates(text) || Headings.endsSection(text) ? null
                            : Cleaning.category(text);
                }
                if (m.isPresent()) {
                    medal = m.get();
                    inSection = true;
                } else if (mc.isPresent()) {
                    medal = mc.get().medal();
                    category = Cleaning.category(mc.get().rest());
                    categoryLevel = level;
                    inSection = true;
                } else if (Headings.announcesLaureates(text)) {
                    inSection = true;
                    medal = null;
                    category = null;
                    categoryLevel = 99;
                } else if (Headings.endsSection(text)) {
                    inSection = false;
                    medal = null;
                    category = null;
                    categoryLevel = 99;
                } else if (described == null && (inSection && (level <= categoryLevel || medal == null)
                        || !inSection && nextIsListItem(blocks, i))) {
                    category = Cleaning.category(text);
                    categoryLevel = level;
                    medal = null;
                }
                if (described != null) {
                    described.text.add(Text.collapse(text));
                }
                continue;
            }
            if (described != null) {
                described.text.add(b.text().replace('\n', ' '));
                continue;
            }
            boolean entryShaped = b.kind() == BlockKind.LIST_ITEM
                    || b.kind() == BlockKind.PARAGRAPH && pending == null && Text.wordCount(text) <= MAX_ENTRY_WORDS
                    && !isProse(text);
            if (entryShaped) {
                Optional<ItemReader.Item> item = reader.read(b);
                boolean counts = item.isPresent() && !item.get().names().isEmpty()
                        && (inSection || item.get().medal() != null);
                if (counts) {
                    ItemReader.Item it = item.get();
                    Medal md = it.medal() != null ? it.medal() : medal;
                    if (it.project() != null && !it.project().isBlank()) {
                        out.add(new RawLaureate(ctx.edition(), md, category, it.project(), it.names(), null, b, 0.95));
                        pending = null;
                    } else {
                        pending = new Pending(it.names(), md, b);
                    }
                    continue;
                }
                if (b.kind() == BlockKind.LIST_ITEM) {
                    pending = null;
                    continue;
                }
            }
            if (b.kind() == BlockKind.PARAGRAPH && pending != null) {
                out.add(new RawLaureate(ctx.edition(), pending.medal, category, Cleaning.title(b.text()),
                        pending.names, null, pending.origin, 0.9));
                pending = null;
            }
        }
        closeDescription(described, out);
        return out;
    }

    /** Running sentences (a verb of award, or several sentences) are prose, read by the article parser. */
    private static boolean isProse(String text) {
        return PROSE.matcher(text).find();
    }

    private static final Pattern PROSE = Pattern.compile(
            "\\b(?:obtient|re[çc]oit|remporte|d[ée]croche|est (?:attribu|d[ée]cern|remis)|a (?:obtenu|re[çc]u|remport))"
                    + "|[a-zà-ÿ]{3,}\\. \\p{Lu}");

    private static boolean nextIsListItem(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.LIST_ITEM;
    }

    /** The level of the heading that opens the page of an award sentence (the nearest one above). */
    private static int headingLevelAbove(List<Block> blocks, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
            if (blocks.get(j).isHeading()) {
                return blocks.get(j).level();
            }
        }
        return 2;
    }

    private static Described closeDescription(Described d, List<RawLaureate> out) {
        if (d != null && !d.text.isEmpty()) {
            String desc = String.join("\n", d.text).strip();
            if (!desc.isEmpty()) {
                out.set(d.index, out.get(d.index).withDescription(desc));
            }
        }
        return null;
    }

    private record Pending(List<String> names, Medal medal, Block origin) {
    }

    /** The laureate whose page is being read, and the text read so far. */
    private static final class Described {
        final int index;
        final int level;
        final List<String> text = new ArrayList<>();

        Described(int index, int level) {
            this.index = index;
            this.level = level;
        }
    }
}
