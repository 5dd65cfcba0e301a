package fr.palmares.load.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A line's words are counted as {@code strip().split(" ")} gives them, without making them. */
class LetterSpacedTest {
    private static boolean reference(String text, float[] gaps) {
        String[] tokens = text.strip().split(" ");
        if (tokens.length < 4) {
            return false;
        }
        int single = 0;
        int letters = 0;
        for (String t : tokens) {
            if (t.length() == 1) {
                single++;
            }
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                letters++;
            }
        }
        float[] s = gaps.clone();
        java.util.Arrays.sort(s);
        return single >= 0.75f * tokens.length && letters >= 0.75f * tokens.length && (s.length == 0 ? 0 : s[s.length / 2]) < 2.5f;
    }

    @Test
    void sameAsSplittingTheWords() {
        String alphabet = "LABELOR  1é\u00A0\t-";
        Random r = new Random(3);
        int spaced = 0;
        for (int i = 0; i < 100000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            float[] gaps = {r.nextFloat() * 4f, r.nextFloat() * 2f, 1f};
            String s = sb.toString();
            boolean expected = reference(s, gaps);
            spaced += expected ? 1 : 0;
            assertThat(Line.isLetterSpaced(s, gaps)).as("[%s]", s).isEqualTo(expected);
        }
        assertThat(Line.isLetterSpaced("L A B E L  O R", new float[] {1f, 1f, 1f})).isTrue();
        assertThat(Line.isLetterSpaced("Ville de Brest", new float[] {1f})).isFalse();
        assertThat(spaced).isGreaterThan(100);
    }
}
