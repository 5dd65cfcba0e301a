package fr.palmares.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans written by hand on hot paths give what the regular expressions they replace gave, on random
 * text made of the characters each one treats apart (white space of every kind, marks, accents, digits).
 */
class HandScansTest {
    private static final String ALPHABET = "ab Z9 \t\n\u000B\f\r\u00A0\u2003\u2028\u001Céœ\u0301:;,|-–—•*✔x";

    private static String random(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(max); k > 0; k--) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void wordCountIsTheNumberOfPiecesOfASplitOnWhiteSpace() {
        Random r = new Random(3);
        for (int i = 0; i < 20000; i++) {
            String s = random(r, 14);
            String t = s.strip();
            int expected = t.isEmpty() ? 0 : t.split("\\s+").length;
            assertThat(Text.wordCount(s)).as("[%s]", s).isEqualTo(expected);
        }
    }

    @Test
    void stripAccentsOfPlainAsciiIsTheTextItself() {
        Pattern marks = Pattern.compile("\\p{M}+");
        Random r = new Random(5);
        for (int i = 0; i < 20000; i++) {
            String s = random(r, 14);
            String expected = marks.matcher(Normalizer.normalize(s.replace("œ", "oe").replace("Œ", "OE")
                    .replace("æ", "ae").replace("Æ", "AE"), Normalizer.Form.NFD)).replaceAll("");
            assertThat(Text.stripAccents(s)).as("[%s]", s).isEqualTo(expected);
        }
    }
}
