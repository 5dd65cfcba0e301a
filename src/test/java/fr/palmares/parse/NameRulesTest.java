package fr.palmares.parse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Medal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting, cleaning and recognizing collectivité names; medals in their printed forms. */
class NameRulesTest {
    private final NameSplitter splitter = new NameSplitter(new NameForms());
    private final NameForms forms = new NameForms();

    @Test
    void collectivitesCreditedTogetherAreSplit() {
        assertThat(splitter.split("Ville de Rennes et Rennes Métropole")).containsExactly("Ville de Rennes", "Rennes Métropole");
        assertThat(splitter.split("Communauté d'agglomération du Sicoval & Conseil Départemental de la Haute-Garonne"))
                .containsExactly("Communauté d'agglomération du Sicoval", "Conseil Départemental de la Haute-Garonne");
        assertThat(splitter.split("Communauté de Communes du Pays des Écrins, la Communauté de Communes Champsaur-Valgaudemar, "
                + "la Communauté de Communes Vallée de l'Ubaye Serre-Ponçon")).containsExactly(
                "Communauté de Communes du Pays des Écrins", "Communauté de Communes Champsaur-Valgaudemar",
                "Communauté de Communes Vallée de l'Ubaye Serre-Ponçon");
        assertThat(splitter.split("Métropole Aix-Marseille-Provence et le Hub du Sud"))
                .containsExactly("Métropole Aix-Marseille-Provence", "Hub du Sud");
        assertThat(splitter.split("Communauté d'agglomération Bergeracoise, Mairie de LUNAS"))
                .containsExactly("Communauté d'agglomération Bergeracoise", "Mairie de LUNAS");
        assertThat(splitter.split("Mairie de Lunas et à la Communauté d'agglomération Bergeracoise"))
                .containsExactly("Mairie de Lunas", "Communauté d'agglomération Bergeracoise");
    }

    @Test
    void villeEtMetropoleNamesBoth() {
        assertThat(splitter.split("Ville et Métropole du Grand Nancy")).containsExactly("Ville de Nancy", "Métropole du Grand Nancy");
        assertThat(splitter.split("Ville et Eurométropole de Strasbourg"))
                .containsExactly("Ville de Strasbourg", "Eurométropole de Strasbourg");
    }

    @Test
    void namesWithEtOrCommasAreNotCut() {
        assertThat(splitter.split("Département de Seine-et-Marne")).containsExactly("Département de Seine-et-Marne");
        assertThat(splitter.split("Communauté d'Agglomération du Nord Grande Terre (CANGT) service du Plan Local pour "
                + "l'Insertion et L'Emploi (PLIE)")).hasSize(1);
        assertThat(splitter.split("Syndicat Mixte des Transports Collectifs de l'Oise")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Label d'or attribué à la Ville de Paris|Ville de Paris",
        "attribué au Conseil départemental de la Drôme|Conseil départemental de la Drôme",
        "à l'Eurométropole de Strasbourg|Eurométropole de Strasbourg",
        "la métropole de Lyon|Métropole de Lyon",
        "le Hub du Sud|Hub du Sud",
        "La Fibre64|La Fibre64",
        "La Rochelle|La Rochelle",
        "Lesneven|Lesneven"})
    void namesAreCleaned(String printed, String clean) {
        assertThat(Cleaning.name(printed)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pour le projet « Calque de plantabilité »|Calque de plantabilité",
        "pour son projet « Facili'city ».|Facili'city",
        "\"Ma culture numérique\"|Ma culture numérique",
        "Pour le projet CARTE AILFE, une solution|CARTE AILFE, une solution",
        "Programme «Démat'URBA» Dématérialisation|Programme «Démat'URBA» Dématérialisation"})
    void titlesLoseQuotesAndPourLeProjet(String printed, String clean) {
        assertThat(Cleaning.title(printed)).isEqualTo(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ville de Paris", "Mairie Toulouse", "Rennes Métropole", "Guingamp-Paimpol agglomération",
        "Communauté D'agglomération De La Porte Du Hainaut", "VILLE DE BREST", "CA du Grand Cahors",
        "CC Cœur Coteaux Comminges", "Comité départemental du tourisme 35", "SIVU", "Grand Lyon",
        "Direction départementale des Territoires de Haute Garonne", "Epernay Agglo Champagne",
        "Syndicat Anjou Numérique", "Département de Seine-et-Marne", "les communes membres"})
    void printedFormsOfCollectivites(String name) {
        assertThat(forms.isCollectivite(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Numérique et environnement", "Cybersécurité", "Territoire inclusif", "E-santé",
        "Calque de plantabilité", "Moderniser le service public", "Région Rhône-Alpes 500 destinations en Rhône-Alpes",
        "Accompagnement à la stratégie de rafraîchissement de la métropole", "Inclusion numérique"})
    void ordinaryPhrasesAreNotCollectivites(String text) {
        assertThat(forms.isCollectivite(text)).isFalse();
    }

    @Test
    void medalsInTheirPrintedForms() {
        assertThat(MedalPhrases.heading("LABEL OR :")).contains(Medal.OR);
        assertThat(MedalPhrases.heading("**LABEL BRONZE**")).contains(Medal.BRONZE);
        assertThat(MedalPhrases.heading("LABEL D'ARGENT")).contains(Medal.ARGENT);
        assertThat(MedalPhrases.heading("LABEL DE BRONZE")).contains(Medal.BRONZE);
        assertThat(MedalPhrases.heading("Les lauréats 2024")).isEmpty();
        assertThat(MedalPhrases.heading("Médaille d'Or")).contains(Medal.OR);
        assertThat(MedalPhrases.heading("LAURÉATS ARGENT")).contains(Medal.ARGENT);
        assertThat(MedalPhrases.heading("Label Territoire Innovant Bronze")).contains(Medal.BRONZE);
        assertThat(Cleaning.category("Catégorie « Inclusion numérique »")).isEqualTo("Inclusion numérique");
        assertThat(Cleaning.category("2. E-santé :")).isEqualTo("E-santé");
        assertThat(MedalPhrases.headingWithCategory("LABEL OR – MODERNISER LE SERVICE PUBLIC").orElseThrow().rest())
                .isEqualTo("MODERNISER LE SERVICE PUBLIC");
        assertThat(MedalPhrases.trailing("Ville d'Antony (label bronze)").orElseThrow().rest()).isEqualTo("Ville d'Antony");
        assertThat(MedalPhrases.trailing("Communauté d'agglomération de la Porte du Hainaut (bronze)").orElseThrow().medal())
                .isEqualTo(Medal.BRONZE);
        assertThat(MedalPhrases.trailing("Ville d'Ajaccio - (label bronze)").orElseThrow().rest()).isEqualTo("Ville d'Ajaccio");
        assertThat(MedalPhrases.trailing("Le trésor d'Or")).isEmpty();
        assertThat(MedalPhrases.inSentence("remporte 4 des 7 labels Or remis le 2 mars")).contains(Medal.OR);
        assertThat(Medal.parse("gold")).contains(Medal.OR);
        assertThat(Medal.parse("silver")).contains(Medal.ARGENT);
    }

    @Test
    void awardSentences() {
        AwardSentence.Award a = AwardSentence.read("Label d'or attribué à la Mairie d'Urrugne Pour le projet « J'allume ma rue »")
                .orElseThrow();
        assertThat(a.medal()).isEqualTo(Medal.OR);
        assertThat(Cleaning.name(a.names())).isEqualTo("Mairie d'Urrugne");
        assertThat(Cleaning.title(a.project())).isEqualTo("J'allume ma rue");
        AwardSentence.Award b = AwardSentence.read("Le label de bronze a été décerné à la Communauté urbaine de Dunkerque")
                .orElseThrow();
        assertThat(b.medal()).isEqualTo(Medal.BRONZE);
        assertThat(b.project()).isNull();
        assertThat(AwardSentence.projectLine("Pour le projet « Rudi »")).contains("« Rudi »");
        assertThat(AwardSentence.read("Le label récompense un territoire")).isEmpty();
    }
}
