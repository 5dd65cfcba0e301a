package fr.palmares.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Text#collapse} by hand gives what the regular expression it replaces gave. */
class CollapseTest {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009\\u200B]+");

    @Test
    void sameAsTheRegularExpression() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u202F\u2007\u2009\u200B\u2028\u3000\u2003\u001Céx";
        Random r = new Random(11);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Text.collapse(s)).as("[%s]", s).isEqualTo(SPACES.matcher(s).replaceAll(" ").strip());
        }
    }

    /** {@link Text#collapseLines}, which gives a text back as it is when nothing would change, is still each part collapsed. */
    @Test
    void linesSameAsEachPartCollapsed() {
        String alphabet = "ab  \t\t\n\n\u000B\r\u00A0\u202F\u2009\u200B\u2028\u3000\u2003\u001C\u0001éx";
        Random r = new Random(13);
        for (int i = 0; i < 50000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            StringBuilder expected = new StringBuilder();
            String[] lines = s.split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                String[] cells = lines[l].split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    expected.append(c > 0 ? "\t" : l > 0 ? "\n" : "").append(SPACES.matcher(cells[c]).replaceAll(" ").strip());
                }
            }
            assertThat(Text.collapseLines(s)).as("[%s]", s).isEqualTo(expected.toString().strip());
        }
    }
}
