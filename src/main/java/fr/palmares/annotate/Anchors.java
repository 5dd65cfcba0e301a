package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a line's strong cuts: quoted spans, medals (named with their head noun anywhere; as a bare
 * word only where it stands alone: a gap-separated part, parentheses, the start of the line before a
 * separator), field labels followed by a colon at the start of the line or of a part, and visual gaps.
 */
final class Anchors {
    static final Pattern GAP = Pattern.compile("\t+| {3,}|\\s+\\|\\s+");
    private static final Pattern PAREN_MEDAL = Pattern.compile("\\(\\s*([^()\\[\\]]{1,40}?)\\s*\\)|\\[\\s*([^()\\[\\]]{1,40}?)\\s*]");
    /** What may follow a label for it to count as one: a colon, or the quote of a labelled category. */
    private static final Pattern AFTER_LABEL = Pattern.compile("^\\s*(?:/\\s*\\p{L}[\\p{L}'’ ]{0,20}?\\s*)?(?:[:：]|(?=[«\"“]))");
    private static final Pattern BEFORE_LABEL = Pattern.compile("(?:^|[\\t|—–-]\\s*|\\s[-–—]\\s+|[.;]\\s+)$");
    /**
     * What BEFORE_LABEL and RUN_IN_CATEGORY look at before a label: they match a few characters at its
     * left ("dans la ", " – "), never more than this in a line whose spaces are collapsed; reading the
     * whole start of the line for each label took the square of a long line's length.
     */
    private static final int LOOK_BACK = 64;
    private static final Pattern LEAD_SEPARATOR = Pattern.compile("^\\s*(?:[:：—–|·•]|-(?=\\s))");
    /** "(catégorie X)", "prix de la catégorie X", "dans la catégorie X": a category label without its colon. */
    private static final Pattern RUN_IN_CATEGORY = Pattern.compile("(?:\\(|,\\s*|\\b(?:la|de la|dans la|en)\\s+)$");
    /** "… – Or", "…, argent": a medal word closing the line after a separator. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("(?:[:：—–|·•,]|\\s-)\\s*$");

    private final Lexicon lexicon;

    Anchors(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@link #GAP} can match in the text (a tab, three spaces or a bar): else it is not searched. */
    static boolean mayHoldGap(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('|') >= 0 || text.contains("   ");
    }

    List<Anchor> find(String text, Folded f) {
        List<Anchor> out = new ArrayList<>();
        quotes(text, out);
        Matcher g = GAP.matcher(text);
        boolean gaps = mayHoldGap(text);
        while (gaps && g.find()) {
            if (g.start() > 0 && g.end() < text.length()) {
                add(out, new Anchor(Anchor.Type.GAP, g.start(), g.end(), "gap"));
            }
        }
        parenthesizedMedals(text, out);
        for (Hit h : lexicon.find(Vocab.MEDAL, f)) {
            add(out, new Anchor(Anchor.Type.MEDAL, h.originalStart(f), h.originalEnd(f), h.key()));
        }
        bareMedals(text, f, out);
        trailingMedal(text, f, out);
        for (Hit h : lexicon.find(Vocab.FIELD, f)) {
            int s = h.originalStart(f);
            int e = h.originalEnd(f);
            // read in place, and only the few characters before the label: no copy of the line per label
            Matcher after = AFTER_LABEL.matcher(text).region(e, text.length());
            boolean opens = BEFORE_LABEL.matcher(text.substring(Math.max(0, s - LOOK_BACK), s)).find();
            // "… Quimper Projet : Quimper numérique" (a card's lines run together): a capitalized label and its colon
            boolean inside = Character.isUpperCase(text.charAt(s)) && s > 0 && Character.isWhitespace(text.charAt(s - 1))
                    && Regexes.matches(text.substring(e), "^\\s*[:：].*");
            boolean runIn = "category".equals(h.key())
                    && RUN_IN_CATEGORY.matcher(text.substring(Math.max(0, s - LOOK_BACK), s)).find()
                    && Regexes.matches(text.substring(e), "^\\s+\\p{Lu}.*");
            if (runIn) {
                add(out, new Anchor(Anchor.Type.LABEL, s, e, h.key()));
                continue;
            }
            if (!after.lookingAt() || !opens && !inside) {
                continue;
            }
            add(out, new Anchor(Anchor.Type.LABEL, s, after.end(), h.key()));
        }
        out.sort(Comparator.comparingInt(Anchor::start));
        return out;
    }

    /** «…», “…” and "…" spans (the quotes included). */
    private static void quotes(String text, List<Anchor> out) {
        pairs(text, '«', '»', out);
        pairs(text, '“', '”', out);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    if (i - open > 2) {
                        addQuote(text, out, new Anchor(Anchor.Type.QUOTE, open, i + 1, "quote"));
                    }
                    open = -1;
                }
            }
        }
    }

    private static void pairs(String text, char open, char close, List<Anchor> out) {
        int from = 0;
        while (true) {
            int a = text.indexOf(open, from);
            if (a < 0) {
                return;
            }
            int b = text.indexOf(close, a + 1);
            if (b < 0) {
                return;
            }
            // «…«…»…» : the outer pair
            int nested = text.indexOf(open, a + 1);
            while (nested >= 0 && nested < b) {
                int nb = text.indexOf(close, b + 1);
                if (nb < 0) {
                    break;
                }
                b = nb;
                nested = text.indexOf(open, nested + 1);
            }
            if (b - a > 2) {
                addQuote(text, out, new Anchor(Anchor.Type.QUOTE, a, b + 1, "quote"));
            }
            from = b + 1;
        }
    }

    /** "(or)", "(Label Argent)", "[BRONZE]": the parentheses or brackets belong to the medal. */
    private void parenthesizedMedals(String text, List<Anchor> out) {
        Matcher m = PAREN_MEDAL.matcher(text);
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            lexicon.whole(Vocab.MEDAL_WORD, inner).or(() -> lexicon.whole(Vocab.MEDAL, inner))
                    .ifPresent(key -> add(out, new Anchor(Anchor.Type.MEDAL, m.start(), m.end(), key)));
        }
    }

    /** Bare medal words where they stand alone. */
    private void bareMedals(String text, Folded f, List<Anchor> out) {
        // a part between gaps (or the whole line) that is only a medal word
        Matcher g = GAP.matcher(text);
        int start = 0;
        List<int[]> parts = new ArrayList<>();
        boolean gaps = mayHoldGap(text);
        while (gaps && g.find()) {
            parts.add(new int[] {start, g.start()});
            start = g.end();
        }
        parts.add(new int[] {start, text.length()});
        for (int[] p : parts) {
            String part = text.substring(p[0], p[1]);
            lexicon.whole(Vocab.MEDAL_WORD, part).ifPresent(key -> {
                int s = p[0] + leading(part);
                add(out, new Anchor(Anchor.Type.MEDAL, s, p[0] + part.stripTrailing().length(), key));
            });
        }
        // "Or — Ville de X", "ARGENT : Y": a medal word opening the line before a separator
        for (Hit h : lexicon.find(Vocab.MEDAL_WORD, f)) {
            int s = h.originalStart(f);
            int e = h.originalEnd(f);
            if (Regexes.replaceAll(text.substring(0, s).strip(), "^[•●○◦▪■□◆◇►▶→➜✓✔*·>\\-–—\\s]+", "").isEmpty()
                    && (LEAD_SEPARATOR.matcher(text.substring(e)).lookingAt() || formFollows(text, e))) {
                add(out, new Anchor(Anchor.Type.MEDAL, s, e, h.key()));
            }
        }
    }

    /** "Bronze Communauté de communes X …": a medal badge run into the collectivité's name that follows it. */
    private boolean formFollows(String text, int end) {
        String rest = text.substring(end);
        if (!rest.startsWith(" ")) {
            return false;
        }
        String next = rest.strip();
        if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) {
            return false;
        }
        return lexicon.opens(Vocab.FORM, next);
    }

    /** A medal word that ends the line after a separator ("CU d'Alençon – « … » – Or"). */
    private void trailingMedal(String text, Folded f, List<Anchor> out) {
        List<Hit> hits = lexicon.find(Vocab.MEDAL_WORD, f);
        if (hits.isEmpty()) {
            return;
        }
        Hit h = hits.get(hits.size() - 1);
        int s = h.originalStart(f);
        int e = h.originalEnd(f);
        if (Regexes.replaceAll(text.substring(e), "[\\s.!)]+$", "").isEmpty() && TRAIL_SEPARATOR.matcher(text.substring(0, s)).find()) {
            add(out, new Anchor(Anchor.Type.MEDAL, s, e, h.key()));
        }
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i)) && !Character.isSurrogate(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A quote inside parentheses belongs to them ("(Opération “Premier Clic”)"). */
    private static boolean inParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0 && text.indexOf(')', at) > 0;
    }

    /** Adds an anchor unless it overlaps one already found (quotes first, then gaps, medals, labels). */
    private static void addQuote(String text, List<Anchor> out, Anchor a) {
        if (!inParentheses(text, a.start())) {
            add(out, a);
        }
    }

    private static void add(List<Anchor> out, Anchor a) {
        for (Anchor o : out) {
            if (o.overlaps(a)) {
                return;
            }
        }
        out.add(a);
    }
}
