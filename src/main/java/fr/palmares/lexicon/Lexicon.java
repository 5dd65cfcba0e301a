package fr.palmares.lexicon;

import fr.palmares.model.Regexes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of the documents, read once from the rule files under {@code /lexicon/} (listed in
 * {@code /lexicon/files.txt}, see {@link RuleFile} for their syntax) and compiled to patterns over
 * folded text. Every stage asks it, never a regular expression of its own, what a phrase is: adding a
 * turn of phrase is one line in one rule file. Thread-safe and immutable.
 */
public final class Lexicon {
    private static final String INDEX = "/lexicon/files.txt";
    private static volatile Lexicon bundled;

    private final Map<Vocab, List<RuleFile.Entry>> entries = new EnumMap<>(Vocab.class);
    /** Per vocabulary, where its entries may start: finds where one matches. */
    private final Map<Vocab, EntryStarts> starts = new EnumMap<>(Vocab.class);
    private final Map<String, String> macros;
    /** What this thread last asked of each vocabulary: the stages ask the same of a line several times. */
    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

    Lexicon(RuleFile rules) {
        for (Vocab v : Vocab.values()) {
            entries.put(v, new ArrayList<>());
        }
        for (RuleFile.Entry e : rules.entries()) {
            entries.get(e.vocab()).add(e);
        }
        for (Map.Entry<Vocab, List<RuleFile.Entry>> e : entries.entrySet()) {
            starts.put(e.getKey(), new EntryStarts(e.getValue()));
        }
        this.macros = Map.copyOf(rules.macros());
    }

    /**
     * All entries in one alternation. Every entry opens with the same look-behind (no letter or digit
     * before it, see {@link RuleFile}), which is then tested once per position before the alternatives
     * rather than once per alternative: the same matches, without testing a Unicode class for every
     * entry at every character (this alternation runs over every line, and was a tenth of a PDF's CPU).
     */
    static String alternation(List<RuleFile.Entry> list) {
        if (list.isEmpty()) {
            return "(?!)";
        }
        boolean shared = list.stream().allMatch(e -> e.pattern().pattern().startsWith(RuleFile.WORD_START));
        StringBuilder sb = new StringBuilder();
        for (RuleFile.Entry entry : list) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            String p = entry.pattern().pattern();
            sb.append(shared ? p.substring(RuleFile.WORD_START.length()) : p);
        }
        return shared ? RuleFile.WORD_START + "(?:" + sb + ")" : sb.toString();
    }

    /** The lexicon bundled in the jar, loaded on first use. */
    public static Lexicon get() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = bundled;
                if (l == null) {
                    l = load();
                    bundled = l;
                }
            }
        }
        return l;
    }

    private static Lexicon load() {
        RuleFile rules = new RuleFile();
        for (String name : Regexes.split(resource(INDEX), "\r?\n")) {
            String n = name.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                rules.read(n, resource("/lexicon/" + n));
            }
        }
        return new Lexicon(rules);
    }

    /** A lexicon from rule texts (for tests): each text read in order, as one file. */
    public static Lexicon of(String... texts) {
        RuleFile rules = new RuleFile();
        for (int i = 0; i < texts.length; i++) {
            rules.read("text" + (i + 1), texts[i]);
        }
        return new Lexicon(rules);
    }

    private static String resource(String path) {
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every match of the vocabulary in the text, leftmost first and, where entries overlap, the longest;
     * matches do not overlap.
     */
    public List<Hit> find(Vocab vocab, Folded text) {
        String s = text.text();
        return memo.get().hits(vocab, s, this::search);
    }

    private List<Hit> search(Vocab vocab, String s) {
        List<Hit> out = new ArrayList<>();
        EntryStarts st = starts.get(vocab);
        Map<Pattern, Matcher> matchers = EntryStarts.matchers();
        int from = 0;
        int at;
        while (from <= s.length() && (at = st.find(s, from, matchers)) >= 0) {
            Hit best = longestAt(vocab, st.at(s, at), s, at, matchers);
            if (best == null) {
                from = at + 1;
                continue;
            }
            out.add(best);
            from = Math.max(best.end(), best.start() + 1);
        }
        return List.copyOf(out);
    }

    public List<Hit> find(Vocab vocab, String text) {
        return find(vocab, Folded.of(text));
    }

    /** The longest entry of the bucket matching at {@code start} (the first of the longest). */
    private static Hit longestAt(Vocab vocab, EntryStarts.Bucket bucket, String s, int start,
            Map<Pattern, Matcher> matchers) {
        Hit best = null;
        for (RuleFile.Entry e : bucket.entries()) {
            Matcher m = matchers.computeIfAbsent(e.pattern(), x -> x.matcher(s));
            m.region(start, s.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (m.lookingAt() && m.end() > start && (best == null || m.end() > best.end())) {
                best = new Hit(vocab, e.key(), start, m.end());
            }
        }
        return best;
    }

    /** The first match in the text, if any. */
    public Optional<Hit> first(Vocab vocab, Folded text) {
        List<Hit> hits = find(vocab, text);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Whether the text opens with a phrase of the vocabulary ("Communauté de communes X…" opens with a FORM). */
    public boolean opens(Vocab vocab, String text) {
        return first(vocab, Folded.of(text)).filter(h -> h.start() == 0).isPresent();
    }

    public boolean contains(Vocab vocab, String text) {
        return memo.get().contains(vocab, Folded.fold(text),
                (v, f) -> starts.get(v).find(f, 0, EntryStarts.matchers()) >= 0);
    }

    /**
     * The key of the entry that matches the whole text, punctuation and spaces around it ignored
     * ("LABEL OR :" is a whole MEDAL), if any.
     */
    public Optional<String> whole(Vocab vocab, String text) {
        String f = trimEdges(Folded.fold(text));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        EntryStarts.Bucket bucket = starts.get(vocab).at(f, 0);
        if (bucket == null) {
            return Optional.empty();
        }
        for (RuleFile.Entry e : bucket.entries()) {
            if (e.pattern().matcher(f).matches()) {
                return Optional.of(e.key());
            }
        }
        return Optional.empty();
    }

    /**
     * The decorative marks and punctuation {@link #trimEdges} drops (and the six characters of regex
     * {@code \\s}). Scanned from each end rather than matched by {@code [...]+$}, which retries from every
     * mark of a long run and takes the square of its length (a line of 80,000 « took minutes).
     */
    private static final String EDGE_MARKS = " \t\n\u000B\f\r:;,.!?*\"«»•·●○◦▪■□◆◇►▶→➜✓✔-";

    /** Drops decorative marks and punctuation at both ends, and parentheses around the whole text. */
    static String trimEdges(String folded) {
        String f = stripMarks(folded);
        while (f.length() >= 2 && f.charAt(0) == '(' && f.charAt(f.length() - 1) == ')'
                && f.indexOf(')') == f.length() - 1) {
            f = stripMarks(f.substring(1, f.length() - 1));
        }
        return f;
    }

    private static String stripMarks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && EDGE_MARKS.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_MARKS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The regular expression of a macro (for rules that build on the vocabulary), e.g. "MEDAL_KEY". */
    public String macro(String name) {
        String m = macros.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no macro $" + name + " in the lexicon");
        }
        return m;
    }

    /** The number of entries of a vocabulary. */
    public int size(Vocab vocab) {
        return entries.get(vocab).size();
    }
}
