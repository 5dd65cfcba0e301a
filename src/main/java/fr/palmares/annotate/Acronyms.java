package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.model.Block;
import fr.palmares.model.Line;
import fr.palmares.model.SourceDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns the acronyms a document defines for collectivités: "Communauté d'agglomération du Territoire
 * de la Côte Ouest (TCO)" makes a later "le TCO" a name. The name is the longest run of words before
 * the parenthesis that reads as one.
 */
final class Acronyms {
    private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d]{1,8}|\\p{L}\\d\\p{Lu})\\)");
    private static final int MAX_WORDS = 14;

    private Acronyms() {
    }

    static void learn(SourceDocument doc, Names names) {
        for (Block b : doc.blocks()) {
            for (Line l : b.lines()) {
                learn(l.text(), names);
            }
        }
    }

    static void learn(String text, Names names) {
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).strip();
            String[] words = Regexes.split(before, "\\s+");
            for (int n = Math.min(words.length, MAX_WORDS); n >= 1; n--) {
                String cand = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
                if (names.score(cand) >= 0.6 && (names.formType(cand) != null || n >= 2)) {
                    names.define(m.group(1), Names.clean(cand));
                    break;
                }
            }
        }
    }
}
