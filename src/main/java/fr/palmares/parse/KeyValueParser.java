package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laureates described field by field ("Collectivité : Ville de Quimper / Projet : … / Label : Or"), as
 * record cards or one laureate per page: the labels of the fields say what each value is, on one line
 * or several. A new collectivité field starts a new laureate; the category comes from a "Catégorie"
 * field or the heading above.
 */
public final class KeyValueParser implements Parser {
    private static final Pattern KEY = Pattern.compile(
            "(?:^|(?<=\\s))(collectivit[ée]s?|laur[ée]ate?s?|porteurs?(?: du projet)?|territoires?|structures?"
                    + "|projet|intitul[ée]|titre|nom du projet|label|m[ée]daille|distinction|niveau|prix"
                    + "|cat[ée]gorie|th[èe]me|th[ée]matique)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<RawLaureate> parse(List<Block> blocks, ParseContext ctx) {
        List<RawLaureate> out = new ArrayList<>();
        Map<String, String> card = new LinkedHashMap<>();
        Block origin = null;
        String heading = null;
        for (Block b : blocks) {
            Matcher first = KEY.matcher(b.text());
            boolean keyed = first.find();
            if (Headings.isHeadingLike(b) && (!keyed || "category".equals(kind(first.group())))) {
                flush(card, origin, heading, ctx, out);
                card.clear();
                heading = Cleaning.category(b.text().replace('\n', ' '));
                continue;
            }
            String text = Text.collapse(b.text().replace('\n', ' '));
            Matcher m = KEY.matcher(text);
            List<int[]> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(new int[] {m.start(), m.end()});
            }
            if (keys.isEmpty() || keys.get(0)[0] != 0) {
                continue;
            }
            for (int i = 0; i < keys.size(); i++) {
                String key = kind(text.substring(keys.get(i)[0], keys.get(i)[1]));
                int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : text.length();
                String value = text.substring(keys.get(i)[1], end).strip();
                if ("names".equals(key) && card.containsKey("names")) {
                    flush(card, origin, heading, ctx, out);
                    card.clear();
                }
                if (card.isEmpty()) {
                    origin = b;
                }
                card.put(key, value);
            }
        }
        flush(card, origin, heading, ctx, out);
        return out;
    }

    private static String kind(String key) {
        String k = Text.fold(key).replaceAll("[\\s:]+$", "");
        if (k.matches("projet|intitule|titre|nom du projet")) {
            return "project";
        }
        if (k.matches("label|medaille|distinction|niveau|prix")) {
            return "medal";
        }
        if (k.matches("categorie|theme|thematique")) {
            return "category";
        }
        return "names";
    }

    private static void flush(Map<String, String> card, Block origin, String heading, ParseContext ctx,
            List<RawLaureate> out) {
        String names = card.get("names");
        String project = card.get("project");
        if (names == null || project == null || names.isBlank() || project.isBlank()) {
            return;
        }
        Optional<Medal> medal = Medal.parse(Optional.ofNullable(card.get("medal")).orElse(""));
        String category = card.containsKey("category") ? Cleaning.category(card.get("category")) : heading;
        out.add(new RawLaureate(ctx.edition(), medal.orElse(null), category, Cleaning.title(project),
                ctx.splitter().split(names), null, origin, 0.95));
    }
}
