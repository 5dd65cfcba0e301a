package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one-pass test of a whole sentence gives what its regular expression gives. */
class WholeSentenceTest {
    @ParameterizedTest
    @ValueSource(strings = {"La ville de Brest a reçu le label d'or.", "Brest (29).", "Or : Brest", "BREST.", "Ab.",
        "Abc.", "Abc!", "Ab1?", "Abc»!", "Élu en 2019.", "a Brest.", "La ville\nde Brest.", "La ville de Brest. ",
        "Le 𝐁rest est beau.", "𝐀 la ville.", "La ville 𝐛.", "Ça va ?", "Ça va?", "Déjà vu…", "Il gagne (or)."})
    void sameAsTheExpression(String s) {
        assertThat(WholeSentence.is(s)).as(s).isEqualTo(WholeSentence.PATTERN.matcher(s).matches());
    }

    @Test
    void sameAsTheExpressionOnRandomText() {
        String alphabet = "AaÉé1».)!?. \n\r\u2028bZ";
        Random r = new Random(5);
        int sentences = 0;
        for (int i = 0; i < 100000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            boolean expected = WholeSentence.PATTERN.matcher(s).matches();
            sentences += expected ? 1 : 0;
            assertThat(WholeSentence.is(s)).as("[%s]", s).isEqualTo(expected);
        }
        assertThat(sentences).isGreaterThan(100); // the table reaches both answers
    }
}
