package fr.palmares.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleaningTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Catégorie 3 : Services aux usagers|Services aux usagers",
        "CATÉGORIE 6/6 – PERFORMANCE ET OUTILS COLLABORATIFS|PERFORMANCE ET OUTILS COLLABORATIFS",
        "04 / SERVICES AUX USAGERS|SERVICES AUX USAGERS",
        "Thème n°2 - Santé|Santé",
        "II – Territoire intelligent|Territoire intelligent",
        "3. E-tourisme|E-tourisme",
        "Catégorie Ville connectée|Ville connectée",
        "Villes connectées|Villes connectées",
        "Catégorie : « Cybersécurité »|Cybersécurité",
        "Thématique – Inclusion numérique|Inclusion numérique",
        "2/6 - Mobilité|Mobilité",
        "Vivre ensemble|Vivre ensemble",
        "ID numérique|ID numérique",
    })
    void categoryDropsItsLabelAndNumber(String printed, String clean) {
        assertThat(Cleaning.category(printed)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pour le projet « Démat'URBA »|Démat'URBA",
        "Projet : Tri connecté|Tri connecté",
        "« Bus numérique ».|Bus numérique",
        "Le « Pass » numérique|Le « Pass » numérique",
    })
    void titleDropsItsLeadAndQuotes(String printed, String clean) {
        assertThat(Cleaning.title(printed)).isEqualTo(clean);
    }
}
