package fr.palmares.load.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown or plain text: the extension .md says Markdown; otherwise Markdown structure on two lines does. */
class TextDialectTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            liste.txt   ¦ LABEL OR\\n- Ville de Brest\\n> citation\\n=====                      ¦ PLAIN
            liste.txt   ¦ ## Lauréats\\n- **Ville de Brest**                                    ¦ MARKDOWN
            liste.txt   ¦ Voir [le site](https://x.fr)\\n| a | b |\\n|---|---|                    ¦ MARKDOWN
            liste.txt   ¦ Une seule **étoile** ne prouve rien                                 ¦ PLAIN
            liste.txt   ¦ Titre\\n# 1 seul dièse                                                ¦ PLAIN
            notes.md    ¦ LABEL OR\\n- Ville de Brest                                         ¦ MARKDOWN
            README      ¦ Texte <b>gras</b>\\nlien <https://x.fr>                               ¦ MARKDOWN
            README      ¦ OR      CA DE LA RÉGION NAZAIRIENNE\\n        « Portail famille »   ¦ PLAIN
            """)
    void dialect(String name, String text, TextDialect expected) {
        assertThat(TextDialect.of(text.replace("\\n", "\n"), name)).isEqualTo(expected);
    }
}
