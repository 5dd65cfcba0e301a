package fr.palmares.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The test the entries' look-behind makes, done without a regular expression, gives its answer for every character. */
class LetterOrNumberTest {
    @Test
    void sameAsTheRegexClassForEveryCharacter() {
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]");
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            assertThat(EntryStarts.isLetterOrNumber((char) c)).as("U+%04X", c)
                    .isEqualTo(letterOrNumber.matcher(String.valueOf((char) c)).matches());
        }
    }
}
