package fr.palmares.geo;

import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comparison keys of names: case, accents, hyphens, apostrophes and punctuation ignored, articles and
 * "et"/"&amp;" dropped, "St"/"Ste" read as "Saint"/"Sainte", "agglomération" read as "agglo", digits split
 * from letters ("Fibre64" = "Fibre 64") except the Corsican codes "2A"/"2B".
 */
final class NameKey {
    /** The articles a name may begin with, as {@link #words} spells them. */
    static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");
    static final Set<String> STOPWORDS = Set.of("le", "la", "les", "l", "du", "de", "des", "d", "et", "a", "au",
            "aux");

    private NameKey() {
    }

    /** The words of the name, normalized, articles and "et" dropped. */
    static List<String> tokens(String s) {
        List<String> all = words(s);
        List<String> out = new ArrayList<>(all.size());
        for (String w : all) {
            if (!STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of the name, normalized, articles kept. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        StringBuilder word = new StringBuilder(16);
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String folded = c < FOLD.length ? FOLD[c] : foldRare(c);
            if (folded == null) {
                flush(word, out);
            } else {
                word.append(folded);
            }
        }
        flush(word, out);
        return out;
    }

    /**
     * What U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A) fold to, space-separated, "-" for a
     * separator (generated from Unicode NFD, with Æ, Ø, Þ, ß, Đ, Ł, Œ... spelled out).
     */
    private static final String LATIN =
            "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss "
            + "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y "
            + "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g "
            + "g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l "
            + "l l l n n n n n n n n n o o o o o o oe oe r r r r r r s s s s s s "
            + "s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s";

    /** Lower-case ASCII letters or digits each character folds to, null for separators (Latin range). */
    private static final String[] FOLD = new String[0x180];

    static {
        for (char c = 0; c < 0x80; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                FOLD[c] = String.valueOf(c);
            } else if (c >= 'A' && c <= 'Z') {
                FOLD[c] = String.valueOf((char) (c + 32));
            }
        }
        String[] latin = LATIN.split(" ");
        for (int i = 0; i < latin.length; i++) {
            FOLD[0xC0 + i] = latin[i].equals("-") ? null : latin[i];
        }
    }

    private static String foldRare(char c) {
        switch (c) {
            case '\uFB00' -> {
                return "ff";
            }
            case '\uFB01' -> {
                return "fi";
            }
            case '\uFB02' -> {
                return "fl";
            }
            case '\uFB03' -> {
                return "ffi";
            }
            case '\uFB04' -> {
                return "ffl";
            }
            default -> {
                if (!Character.isLetterOrDigit(c)) {
                    return null;
                }
                String base = Text.stripAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
                StringBuilder sb = new StringBuilder(base.length());
                for (int i = 0; i < base.length(); i++) {
                    char b = base.charAt(i);
                    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                        sb.append(b);
                    }
                }
                return sb.length() == 0 ? null : sb.toString();
            }
        }
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            addChunk(word.toString(), out);
            word.setLength(0);
        }
    }

    /** {@code join(tokens(s))}, computed in one pass (it runs on every commune name at load). */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int wordStart = -1;
        boolean chunkStart = true; // the current word began after a separator
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String folded = c < FOLD.length ? FOLD[c] : foldRare(c);
            if (folded == null) {
                wordStart = endWord(out, wordStart);
                continue;
            }
            for (int j = 0; j < folded.length(); j++) {
                char b = folded.charAt(j);
                boolean newChunk = wordStart < 0;
                if (!newChunk && isDigit(b) != isDigit(out.charAt(out.length() - 1))
                        && !(chunkStart && corsica(out, wordStart, b, s, i + 1))) {
                    wordStart = endWord(out, wordStart);
                }
                if (wordStart < 0) {
                    chunkStart = newChunk;
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    wordStart = out.length();
                }
                out.append(b);
            }
        }
        endWord(out, wordStart);
        return out.toString();
    }

    /** Ends the word started at {@code start}: drops it if a stop word, normalizes it; returns -1. */
    private static int endWord(StringBuilder out, int start) {
        if (start < 0) {
            return -1;
        }
        int len = out.length() - start;
        if (len <= 3 || len == 13 || len == 14) {
            String w = out.substring(start);
            if (STOPWORDS.contains(w)) {
                out.setLength(start > 0 ? start - 1 : 0);
            } else {
                String normalized = normalize(w);
                if (!normalized.equals(w)) {
                    out.setLength(start);
                    out.append(normalized);
                }
            }
        }
        return -1;
    }

    /** "2A"/"2B" stay one word: the word so far is "2", the letter is a or b and a separator follows. */
    private static boolean corsica(StringBuilder out, int wordStart, char letter, String s, int next) {
        if (out.length() - wordStart != 1 || out.charAt(wordStart) != '2' || (letter != 'a' && letter != 'b')) {
            return false;
        }
        if (next >= s.length()) {
            return true;
        }
        char c = s.charAt(next);
        return (c < FOLD.length ? FOLD[c] : foldRare(c)) == null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String join(List<String> tokens) {
        return String.join(" ", tokens);
    }

    private static void addChunk(String chunk, List<String> out) {
        if (chunk.equals("2a") || chunk.equals("2b")) {
            out.add(chunk);
            return;
        }
        int start = 0;
        for (int j = 1; j <= chunk.length(); j++) {
            if (j == chunk.length() || Character.isDigit(chunk.charAt(j)) != Character.isDigit(chunk.charAt(j - 1))) {
                out.add(normalize(chunk.substring(start, j)));
                start = j;
            }
        }
    }

    private static String normalize(String w) {
        return switch (w) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "agglomeration", "agglomerations" -> "agglo";
            default -> w;
        };
    }

}
