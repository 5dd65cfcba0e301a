package fr.palmares.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Lexicon#trimEdges} drops what the regular expression it replaces dropped, in linear time. */
class TrimEdgesTest {
    /** The expression trimEdges used before: quadratic on a long run of marks inside a line. */
    private static final Pattern OLD = Pattern.compile(
            "^[\\s:;,.!?*\"«»•·●○◦▪■□◆◇►▶→➜✓✔-]+|[\\s:;,.!?*\"«»•·●○◦▪■□◆◇►▶→➜✓✔-]+$");

    private static String old(String folded) {
        String f = OLD.matcher(folded).replaceAll("");
        while (f.length() >= 2 && f.charAt(0) == '(' && f.charAt(f.length() - 1) == ')'
                && f.indexOf(')') == f.length() - 1) {
            f = OLD.matcher(f.substring(1, f.length() - 1)).replaceAll("");
        }
        return f;
    }

    @Test
    void theSameAsTheExpressionOnLabelsAndRandomText() {
        List<String> texts = new ArrayList<>(List.of("LABEL OR :", "« voir la fiche »", "(bronze)", "((or))", "(a) (b)",
                "", "  ", "•", "-- x --", "\u00a0or\u00a0", "✔ Lire la suite →", "(« argent »)", "x\u000bx\u000b"));
        String alphabet = " \t\n:;,.!?*\"«»•·●○◦▪■□◆◇►▶→➜✓✔-()abéZ\u00a0\u2009'";
        Random rnd = new Random(16);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String t : texts) {
            assertThat(Lexicon.trimEdges(t)).as("\"%s\"", t).isEqualTo(old(t));
        }
    }

    @Test
    void aLongRunOfMarksInsideALineIsOneScan() {
        String line = "a" + "«".repeat(1_000_000) + "b";
        assertThat(Lexicon.trimEdges(line)).isEqualTo(line);
        assertThat(Lexicon.trimEdges("«".repeat(1_000_000))).isEmpty();
    }
}
