package fr.palmares.normalize;

import fr.palmares.model.Regexes;
import fr.palmares.model.Block;
import fr.palmares.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A category "in its best-cased form in the document": where the document prints the same words both
 * in capitals and in mixed case ("MODERNISER LE SERVICE PUBLIC" / "Moderniser le service public"), the
 * mixed-case form wins; otherwise the category stays as printed.
 */
public final class CategoryCasing {
    private final Map<String, String> mixed = new HashMap<>();

    public CategoryCasing(List<Block> blocks) {
        for (Block b : blocks) {
            for (String line : Regexes.split(b.text(), "[\n\t]")) {
                String t = Text.collapse(Regexes.replaceAll(line, "\\.{3,}.*$", ""));
                if (!t.isEmpty() && Text.wordCount(t) <= 10 && !Text.isUpper(t)) {
                    mixed.putIfAbsent(Text.fold(t), t);
                }
            }
        }
    }

    public String best(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String c = Text.collapse(category);
        if (!Text.isUpper(c)) {
            return c;
        }
        return mixed.getOrDefault(Text.fold(c), c);
    }
}
