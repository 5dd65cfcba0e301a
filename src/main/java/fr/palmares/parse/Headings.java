package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Text;
import java.util.regex.Pattern;

/** What a heading (or a short paragraph that stands as one) announces. */
public final class Headings {
    private static final Pattern LAUREATES = Pattern.compile(
            "\\b(laureats?|laureates|gagnants?|palmares|labellises?|recompenses|prime(e)?s)\\b");
    private static final Pattern SECTION_END = Pattern.compile(
            "^(a propos|contacts?|contact presse|partenaires?|nos partenaires|le jury|jury|a lire aussi|sur le meme sujet"
                    + "|lire aussi|publicite|mentions legales|en savoir plus|informations pratiques|programme"
                    + "|les criteres|criteres|themes abordes|cet article)\\b.*");

    private Headings() {
    }

    /** A heading, or a short stand-alone paragraph printed all in bold or all in capitals. */
    public static boolean isHeadingLike(Block b) {
        if (b.kind() == BlockKind.HEADING) {
            return true;
        }
        if (b.kind() != BlockKind.PARAGRAPH) {
            return false;
        }
        String t = b.text().replace('\n', ' ');
        if (Text.wordCount(t) > 10 || t.endsWith(".") || t.length() < 2) {
            return false;
        }
        return b.allBold() || Text.isUpper(t);
    }

    /** "Les lauréats 2024", "Les heureux gagnants cette année sont :". */
    public static boolean announcesLaureates(String text) {
        String t = Text.fold(text);
        return Text.wordCount(t) <= 12 && LAUREATES.matcher(t).find();
    }

    /** "À propos", "Contacts presse", "Le jury"...: the laureates' section is over. */
    public static boolean endsSection(String text) {
        return SECTION_END.matcher(Text.fold(text).replaceAll("^[^a-z0-9]+", "")).matches();
    }
}
