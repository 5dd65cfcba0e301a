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

    private static List<Integer> starts(Pattern p, String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; from <= s.length() && m.find(from); from = m.start() + 1) {
            out.add(m.start());
        }
        return out;
    }
}
