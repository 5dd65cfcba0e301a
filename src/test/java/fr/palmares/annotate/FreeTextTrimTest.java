package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link FreeText#trim}, a scan from each end, gives the bounds the two edge patterns it replaces gave. */
class FreeTextTrimTest {
    private static final String ALPHABET = "ab Z9 \t\n\u000B\f\r\u00A0\u2003\u2028\u2029\u0085éœ:;,|-–—•·*●✔→x";

    private static String random(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(max); k > 0; k--) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void dropsWhatTheEdgePatternsMatched() {
        String chars = "[\\s:;,|\\-–—•·*●○◦▪■□◆◇►▶→➜✓✔]";
        Pattern edges = Pattern.compile("^" + chars + "+");
        Pattern trailing = Pattern.compile(chars + "+$");
        Random r = new Random(9);
        for (int i = 0; i < 100000; i++) {
            String line = random(r, 16);
            int start = line.isEmpty() ? 0 : r.nextInt(line.length());
            int end = start + r.nextInt(line.length() - start + 1);
            String s = line.substring(start, end);
            Matcher m = edges.matcher(s);
            int a = 0;
            int b = s.length();
            if (m.find() && m.start() == 0) {
                a = m.end();
            }
            Matcher e = trailing.matcher(s);
            if (e.find() && e.start() >= a) {
                b = e.start();
            }
            int[] expected = {start + a, start + Math.max(a, b)};
            assertThat(FreeText.trim(line, start, end)).as("[%s] %d %d", line, start, end)
                    .containsExactly(expected);
        }
    }
}
