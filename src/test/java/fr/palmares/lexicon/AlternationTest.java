package fr.palmares.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alternation that finds where a vocabulary's entries may start tests their shared look-behind once
 * per position: it must find the same positions as the plain alternation of the entries' patterns, on
 * every line of the samples and on random text.
 */
class AlternationTest {
    @Test
    void findsWhereThePlainAlternationFinds() throws IOException {
        Lexicon lex = Lexicon.get();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                    texts.add(Folded.fold(line));
                }
            }
        }
        Random r = new Random(7);
        String alphabet = "ab or argent bronze label d'or de la ville communaute metropole 2019 é-:,«»\"'0123456789";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(60); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        RuleFile rules = new RuleFile();
        Path dir = Path.of("src/main/resources/lexicon");
        for (String name : Files.readAllLines(dir.resolve("files.txt"))) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            rules.read(name, Files.readString(dir.resolve(name.strip()), StandardCharsets.UTF_8));
        }
        Map<Vocab, List<RuleFile.Entry>> byVocab = new java.util.EnumMap<>(Vocab.class);
        for (RuleFile.Entry e : rules.entries()) {
            byVocab.computeIfAbsent(e.vocab(), v -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Vocab, List<RuleFile.Entry>> e : byVocab.entrySet()) {
            StringBuilder plain = new StringBuilder();
            for (RuleFile.Entry entry : e.getValue()) {
                plain.append(plain.length() == 0 ? "" : "|").append(entry.pattern().pattern());
            }
            Pattern before = Pattern.compile(plain.toString());
            Pattern now = Pattern.compile(Lexicon.alternation(e.getValue()));
            assertThat(now.pattern()).startsWith(RuleFile.WORD_START);
            for (String t : texts) {
                assertThat(starts(now, t)).as("%s in %s", e.getKey(), t).isEqualTo(starts(before, t));
            }
        }
        assertThat(lex.size(Vocab.MEDAL)).isPositive();
    }

    /**
     * The positions and entries {@link EntryStarts} tries: the same positions as the plain alternation,
     * and at each, every entry that matches there (in the rule files' order), on the lines of every text
     * document of the tests and on random text with letters of other scripts, marks and surrogates.
     */
    @Test
    void entryStartsFindWhatEveryEntryFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources/corpus", "src/test/resources/docs")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(md|txt|html)$")).sorted().toList()) {
                    for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                        texts.add(Folded.fold(line));
                    }
                }
            }
        }
        Random r = new Random(11);
        String alphabet = "ab or argent bronze label d'or de la ville 2019 é-:,«»\"'09 \u0301\u03b1\u4e2d\ud83c\udfc5\u00b2\u2163";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(60); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        RuleFile rules = bundledRules();
        Map<Vocab, List<RuleFile.Entry>> byVocab = new java.util.EnumMap<>(Vocab.class);
        for (RuleFile.Entry e : rules.entries()) {
            byVocab.computeIfAbsent(e.vocab(), v -> new ArrayList<>()).add(e);
        }
        int tried = 0;
        for (Map.Entry<Vocab, List<RuleFile.Entry>> e : byVocab.entrySet()) {
            EntryStarts st = new EntryStarts(e.getValue());
            Pattern plain = Pattern.compile(Lexicon.alternation(e.getValue()));
            for (String t : texts) {
                List<Integer> fast = new ArrayList<>();
                var matchers = EntryStarts.matchers();
                for (int from = 0, at; from <= t.length() && (at = st.find(t, from, matchers)) >= 0; from = at + 1) {
                    fast.add(at);
                    List<String> all = new ArrayList<>();
                    for (RuleFile.Entry entry : e.getValue()) {
                        Matcher m = entry.pattern().matcher(t).region(at, t.length()).useTransparentBounds(true)
                                .useAnchoringBounds(false);
                        if (m.lookingAt()) {
                            all.add(entry.key() + "@" + m.end());
                        }
                    }
                    List<String> bucket = new ArrayList<>();
                    for (RuleFile.Entry entry : st.at(t, at).entries()) {
                        Matcher m = entry.pattern().matcher(t).region(at, t.length()).useTransparentBounds(true)
                                .useAnchoringBounds(false);
                        if (m.lookingAt()) {
                            bucket.add(entry.key() + "@" + m.end());
                        }
                    }
                    assertThat(bucket).as("%s at %d in %s", e.getKey(), at, t).isEqualTo(all);
                    tried++;
                }
                assertThat(fast).as("%s in %s", e.getKey(), t).isEqualTo(starts(plain, t));
            }
        }
        assertThat(tried).isGreaterThan(1000);
    }

    private static RuleFile bundledRules() throws IOException {
        RuleFile rules = new RuleFile();
        Path dir = Path.of("src/main/resources/lexicon");
        for (String name : Files.readAllLines(dir.resolve("files.txt"))) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            rules.read(name, Files.readString(dir.resolve(name.strip()), StandardCharsets.UTF_8));
        }
        return rules;
    }

    private static List<Integer> starts(Pattern p, String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; from <= s.length() && m.find(from); from = m.start() + 1) {
            out.add(m.start());
        }
        return out;
    }
}
