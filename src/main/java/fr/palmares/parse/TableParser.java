package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Laureates in a table: a header row names the columns (collectivité, projet, médaille/label,
 * catégorie); without a header, each row's cells are recognized by what they hold (a medal word, a
 * collectivité name, the longest other cell as the title).
 */
public final class TableParser implements Parser {

    @Override
    public List<RawLaureate> parse(List<Block> blocks, ParseContext ctx) {
        ItemReader reader = new ItemReader(ctx.oracle());
        NameSplitter splitter = ctx.splitter();
        List<RawLaureate> out = new ArrayList<>();
        int[] columns = null;
        String category = null;
        for (Block b : blocks) {
            if (b.kind() != BlockKind.TABLE_ROW) {
                columns = null;
                if (Headings.isHeadingLike(b) && MedalPhrases.heading(b.text()).isEmpty()) {
                    category = Cleaning.category(b.text());
                }
                continue;
            }
            String[] cells = b.text().split("\t", -1);
            int[] header = header(cells);
            if (header != null) {
                columns = header;
                continue;
            }
            String names = null;
            String project = null;
            Medal medal = null;
            String cat = category;
            if (columns != null) {
                names = cell(cells, columns[0]);
                project = cell(cells, columns[1]);
                medal = Medal.parse(cell(cells, columns[2])).orElse(null);
                String c = cell(cells, columns[3]);
                if (c != null && !c.isBlank()) {
                    cat = Cleaning.category(c);
                }
            } else {
                for (String c : cells) {
                    String v = c.strip();
                    Optional<Medal> m = Medal.parse(v);
                    if (m.isPresent()) {
                        medal = m.get();
                    } else if (names == null && reader.namesScore(v) > 0) {
                        names = v;
                    } else if (!v.isEmpty() && (project == null || v.length() > project.length())) {
                        project = v;
                    }
                }
                if (medal == null) {
                    continue;
                }
            }
            if (names == null || names.isBlank() || project == null || project.isBlank()) {
                continue;
            }
            out.add(new RawLaureate(ctx.edition(), medal, cat, Cleaning.title(project), splitter.split(names), null, b,
                    0.95));
        }
        return out;
    }

    /** Column indexes of names, project, medal, category in a header row; null when it is not one. */
    private static int[] header(String[] cells) {
        int[] cols = {-1, -1, -1, -1};
        for (int i = 0; i < cells.length; i++) {
            String f = Text.fold(cells[i]);
            if (f.matches(".*\\b(collectivites?|laureats?|territoires?|porteurs?|structures?)\\b.*") && cols[0] < 0) {
                cols[0] = i;
            } else if (f.matches(".*\\b(projets?|intitule|titre|initiatives?)\\b.*") && cols[1] < 0) {
                cols[1] = i;
            } else if (f.matches(".*\\b(medailles?|labels?|distinctions?|niveau|prix)\\b.*") && cols[2] < 0) {
                cols[2] = i;
            } else if (f.matches(".*\\b(categories?|themes?|thematiques?)\\b.*") && cols[3] < 0) {
                cols[3] = i;
            }
        }
        return cols[0] >= 0 && cols[1] >= 0 ? cols : null;
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].strip() : null;
    }
}
