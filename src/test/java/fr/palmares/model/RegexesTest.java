package fr.palmares.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each method gives what the String method of the same name gives, and compiles its expression once. */
class RegexesTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
        "`  Ville   de\tBrest ` ~ \\s+ ~ ` `",
        "Orne (61) ~ \\s*\\((?:\\d{2,3}|2[AB])\\)$ ~ ``",
        "(Finistère) ~ ^\\((.*)\\)$ ~ $1",
        "label d'or ~ ^(label\\s+)?(d'|de\\s+) ~ ``",
        "a;b ; c;; ~ \\s*;\\s* ~ -",
        "`` ~ x ~ y",
        "2019 ~ 20[0-4]\\d ~ ``",
        "Saint-Malo Agglomération ~ (?i)AGGLO ~ X",
    })
    void sameAsTheStringMethods(String s, String regex, String replacement) {
        assertThat(Regexes.matches(s, regex)).isEqualTo(s.matches(regex));
        assertThat(Regexes.replaceAll(s, regex, replacement)).isEqualTo(s.replaceAll(regex, replacement));
        assertThat(Regexes.replaceFirst(s, regex, replacement)).isEqualTo(s.replaceFirst(regex, replacement));
        assertThat(Regexes.split(s, regex)).containsExactly(s.split(regex));
        assertThat(Regexes.split(s, regex, -1)).containsExactly(s.split(regex, -1));
        assertThat(Regexes.split(s, regex, 2)).containsExactly(s.split(regex, 2));
        assertThat(Regexes.pattern(regex)).isSameAs(Regexes.pattern(regex));
        assertThat(Regexes.pattern(regex, Pattern.CASE_INSENSITIVE)).isSameAs(Regexes.pattern(regex, Pattern.CASE_INSENSITIVE))
                .isNotSameAs(Regexes.pattern(regex));
        assertThat(Regexes.pattern(regex, Pattern.CASE_INSENSITIVE).flags()).isEqualTo(Pattern.CASE_INSENSITIVE);
    }
}
