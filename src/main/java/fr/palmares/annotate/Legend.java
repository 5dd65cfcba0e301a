package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Block;
import fr.palmares.model.Line;
import fr.palmares.model.Medal;
import fr.palmares.model.SourceDocument;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The medal symbols a document explains in a legend: "🟡 label d'or · ⚪ label d'argent", "★★★ : or,
 * ★★ : argent", "Or = ●●●". A symbol counts when the document pairs it with one medal only and the
 * legend names at least two medals with different symbols, so that a bullet used before every medal
 * ("● Or", "● Argent") is never taken for one.
 */
public final class Legend {
    /** A run of symbols: pictographs, stars, dots, shapes (no letters, digits or plain punctuation). */
    static final Pattern SYMBOL = Pattern.compile(
            "(?:[\\p{So}\\p{Sk}\\x{2022}\\x{25A0}-\\x{25FF}\\x{2605}\\x{2606}\\x{2B50}\\x{FE0F}\\x{200D}]|[\\x{1F300}-\\x{1FAFF}])+");
    private static final Pattern BETWEEN = Pattern.compile("^[\\s:=\\-–—→>]*");
    private static final Pattern ENTRY_END = Pattern.compile("[,;·|/()]|\\s{2,}|\t|$");
    private static final Legend NONE = new Legend(Map.of());

    private final Map<String, Medal> symbols;

    private Legend(Map<String, Medal> symbols) {
        this.symbols = Map.copyOf(symbols);
    }

    public static Legend none() {
        return NONE;
    }

    /** The legend of a document, from every line and cell it holds. */
    public static Legend learn(SourceDocument doc, Lexicon lexicon) {
        Map<String, Set<Medal>> seen = new HashMap<>();
        for (Block b : doc.blocks()) {
            String marker = null;
            for (Line l : b.lines()) {
                marker = l.style().marker();
                learn((marker == null ? "" : marker + " ") + l.text(), lexicon, seen);
            }
        }
        Map<String, Medal> out = new HashMap<>();
        seen.forEach((sym, medals) -> {
            if (medals.size() == 1) {
                out.put(sym, medals.iterator().next());
            }
        });
        if (new HashSet<>(out.values()).size() < 2) {
            return NONE;
        }
        return new Legend(out);
    }

    static void learn(String text, Lexicon lexicon, Map<String, Set<Medal>> seen) {
        if (!mayHoldSymbol(text)) {
            return; // most lines: not one character of SYMBOL's class, no need to run it
        }
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            String sym = key(m.group());
            if (sym.isEmpty()) {
                continue;
            }
            // "🟡 label d'or", "★★★ : or": the medal after the symbol, up to the entry's end
            String after = text.substring(m.end());
            Matcher lead = BETWEEN.matcher(after);
            lead.lookingAt();
            String rest = after.substring(lead.end());
            Matcher end = ENTRY_END.matcher(rest);
            String entry = end.find() ? rest.substring(0, end.start()) : rest;
            Matcher next = SYMBOL.matcher(entry);
            if (next.find()) {
                entry = entry.substring(0, next.start());
            }
            medal(entry, lexicon).ifPresent(md -> seen.computeIfAbsent(sym, k -> new HashSet<>()).add(md));
            // "Label d'or : 🟡", "Or = ●●●": the medal before it
            String before = Regexes.replaceAll(text.substring(0, m.start()), "[\\s:=\\-–—]+$", "");
            int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                    Math.max(before.lastIndexOf('·'), before.lastIndexOf(':')));
            String prev = before.substring(cut + 1).strip();
            if (!prev.isEmpty() && BETWEEN.matcher(text.substring(before.length(), m.start())).matches()
                    && Regexes.matches(text.substring(before.length(), m.start()), ".*[:=].*")) {
                medal(prev, lexicon).ifPresent(md -> seen.computeIfAbsent(sym, k -> new HashSet<>()).add(md));
            }
        }
    }

    /**
     * Whether the text has a character {@link #SYMBOL} may match: one of its Unicode categories (other
     * and modifier symbols), one of the characters it lists, or half of a supplementary character.
     */
    static boolean mayHoldSymbol(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '^' || c == '`') { // the only ASCII modifier symbols (there is no ASCII other symbol)
                    return true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || Character.isSurrogate(c)
                    || c == '\u2022' || (c >= '\u25A0' && c <= '\u25FF') || c == '\u2605' || c == '\u2606'
                    || c == '\u2B50' || c == '\uFE0F' || c == '\u200D') {
                return true;
            }
        }
        return false;
    }

    private static Optional<Medal> medal(String entry, Lexicon lexicon) {
        String e = Regexes.replaceAll(entry.strip(), "[.!]+$", "");
        if (e.isEmpty()) {
            return Optional.empty();
        }
        return lexicon.whole(Vocab.MEDAL, e).or(() -> lexicon.whole(Vocab.MEDAL_WORD, e)).flatMap(Medal::parse);
    }

    /** The symbol without variation selectors. */
    static String key(String symbol) {
        return symbol.replace("\uFE0F", "").replace("\u200D", "").strip();
    }

    public boolean isEmpty() {
        return symbols.isEmpty();
    }

    /** The medal a text opens with, by a symbol of the legend. */
    public Optional<Medal> opening(String text) {
        if (symbols.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SYMBOL.matcher(text.stripLeading());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.ofNullable(symbols.get(key(m.group())));
    }

    /** The medal a symbol of the legend gives. */
    public Optional<Medal> of(String symbol) {
        if (symbol == null || symbols.isEmpty()) {
            return Optional.empty();
        }
        // a list marker may hold the symbol after its dash ("- 🟡"): the last run of symbols counts
        Matcher m = SYMBOL.matcher(symbol);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? Optional.empty() : Optional.ofNullable(symbols.get(key(last)));
    }
}
