package fr.palmares.parse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.MarkdownLoader;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prose: who was awarded for what, medals from the sentence or its paragraph, other years left out. */
class ArticleParserTest {

    private List<RawLaureate> parse(String text) {
        return new ArticleParser().parse(MarkdownLoader.parse(text), new ParseContext(2020, new NameForms()));
    }

    @Test
    void projectsAreFoundInTheirUsualTurnsOfPhrase() {
        assertThat(ArticleParser.project("la ville de Brest, distinguée pour son projet Yroise.", 18)).isEqualTo("Yroise");
        assertThat(ArticleParser.project("X a récompensé Y pour son projet « smart littoral ».", 15)).isEqualTo("smart littoral");
        assertThat(ArticleParser.project("Y est récompensée pour la dématérialisation de sa gestion de documentation.", 1))
                .isEqualTo("dématérialisation de sa gestion de documentation");
        assertThat(ArticleParser.project("X et Y sont récompensées pour leur candidature commune sur le Self data, cette méthode.", 6))
                .isEqualTo("Self data");
        assertThat(ArticleParser.project("X se distingue par la production d'outil libre, Géorivière, capable de tout.", 1))
                .isEqualTo("Géorivière");
    }

    @Test
    void aMedalInTheParagraphCountsAndOtherYearsAreLeftOut() {
        List<RawLaureate> found = parse("""
                La ville de Lorient (57 000 hab.) a reçu le label d'argent cette année pour son projet « Lorient agile ».

                Dans le même esprit, la communauté d'agglomération de Cergy-Pontoise est récompensée pour son projet « Cergy data ». Elle avait déjà été distinguée par une labellisation 2018 pour son portail.

                Sur le même sujet, un article
                """);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).collectivites()).containsExactly("Ville de Lorient");
        assertThat(found.get(0).medal()).isEqualTo(Medal.ARGENT);
        assertThat(found.get(0).project()).isEqualTo("Lorient agile");
        assertThat(found.get(1).collectivites()).containsExactly("Communauté d'agglomération de Cergy-Pontoise");
        assertThat(found.get(1).medal()).isNull();
    }
}
