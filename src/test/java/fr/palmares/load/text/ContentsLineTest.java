package fr.palmares.load.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentsLineTest {
    @ParameterizedTest(name = "[{0}] leaders={1} page number={2}")
    @CsvSource(delimiter = '|', value = {
        "Le jury ..... 4|true|true",
        "Le jury … 4|true|true",
        "Le jury . . . . 12 |true|true",
        "Le jury · · · 7|true|true",
        "......... 4|true|true",
        "Le jury\t4|false|true",
        "Le jury ..... 2024|false|false",
        "Le jury ..... 4 suite|false|false",
        "Le jury 4|false|false",
        "Trois points... puis rien|false|false",
        "12\t4|false|false",
    })
    void pageNumberAtTheEnd(String line, boolean leaders, boolean pageNumber) {
        assertThat(ContentsLine.hasLeaders(line)).isEqualTo(leaders);
        assertThat(ContentsLine.endsWithPageNumber(line)).isEqualTo(pageNumber);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a 1|true", "a 1 \t |true", "a|false", "''|false", "١|false"})
    void endsWithAnAsciiDigit(String text, boolean expected) {
        assertThat(ContentsLine.endsWithDigit(text)).isEqualTo(expected);
    }
}
