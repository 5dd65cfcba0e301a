package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.lexicon.Lexicon;
import fr.palmares.pipeline.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names credited together, split where each part is a name; printed forms; cleaning. */
class NamesTest {
    private final Names names = new Names(Geo.oracle(), Lexicon.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ville de Rennes et Rennes Métropole | Ville de Rennes ; Rennes Métropole
            Communauté d'agglomération du Sicoval & Conseil Départemental de la Haute-Garonne | Communauté d'agglomération du Sicoval ; Conseil Départemental de la Haute-Garonne
            Communauté de Communes du Pays des Écrins, la Communauté de Communes Champsaur-Valgaudemar, la Communauté de Communes Vallée de l'Ubaye Serre-Ponçon | Communauté de Communes du Pays des Écrins ; Communauté de Communes Champsaur-Valgaudemar ; Communauté de Communes Vallée de l'Ubaye Serre-Ponçon
            Métropole Aix-Marseille-Provence et le Hub du Sud | Métropole Aix-Marseille-Provence ; Hub du Sud
            Communauté d'agglomération Bergeracoise, Mairie de LUNAS | Communauté d'agglomération Bergeracoise ; Mairie de LUNAS
            Mairie de Lunas et à la Communauté d'agglomération Bergeracoise | Mairie de Lunas ; Communauté d'agglomération Bergeracoise
            Ville et Métropole du Grand Nancy | Ville de Nancy ; Métropole du Grand Nancy
            Ville et Eurométropole de Strasbourg | Ville de Strasbourg ; Eurométropole de Strasbourg
            Tourcoing / Roubaix / Marc-en-Baroeul | Tourcoing ; Roubaix ; Marc-en-Baroeul
            VILLE DE MULHOUSE (68) + MULHOUSE ALSACE AGGLOMÉRATION (M2A) (68) | VILLE DE MULHOUSE (68) ; MULHOUSE ALSACE AGGLOMÉRATION (M2A) (68)
            Département de Seine-et-Marne | Département de Seine-et-Marne
            Syndicat Mixte des Transports Collectifs de l'Oise | Syndicat Mixte des Transports Collectifs de l'Oise
            CA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE) | CA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE)
            Communauté d'Agglomération du Nord Grande Terre (CANGT) service du Plan Local pour l'Insertion et L'Emploi (PLIE) | Communauté d'Agglomération du Nord Grande Terre (CANGT) service du Plan Local pour l'Insertion et L'Emploi (PLIE)
            """)
    void creditedTogether(String printed, String expected) {
        assertThat(String.join(" ; ", names.read(printed).names())).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ville de Paris", "Mairie Toulouse", "Rennes Métropole", "Guingamp-Paimpol agglomération",
        "Communauté D'agglomération De La Porte Du Hainaut", "VILLE DE BREST", "CA du Grand Cahors",
        "CC Cœur Coteaux Comminges", "Comité départemental du tourisme 35", "SIVU", "Grand Lyon",
        "Direction départementale des Territoires de Haute Garonne", "Epernay Agglo Champagne",
        "Syndicat Anjou Numérique", "Département de Seine-et-Marne", "Grand Poitiers Communauté urbaine",
        "communauté urbaine de Lyon", "conseil général de la Manche", "Ville de Saint-Denis (93)"})
    void printedFormsOfCollectivites(String name) {
        assertThat(names.score(name)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Numérique et environnement", "Cybersécurité", "Territoire inclusif", "E-santé",
        "Calque de plantabilité", "Moderniser le service public", "Région Rhône-Alpes 500 destinations en Rhône-Alpes",
        "Accompagnement à la stratégie de rafraîchissement de la métropole", "Inclusion numérique", "clermont",
        "Grand Lyon avec Grand Lyon SmartData", "Conseil régional de Bretagne – Lycées connectés", "Lyon Urban Data Lab",
        "VILLE DURABLE ET MOBILITÉS", "Ville numérique et inclusive", "Commune Nouvelle Numérique", "Cité Éducative Connectée"})
    void ordinaryPhrasesAreNotCollectivites(String text) {
        assertThat(names.read(text).isNames()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            la Ville de Paris | Ville de Paris
            le Hub du Sud | Hub du Sud
            les communes membres | communes membres
            La Fibre64 | La Fibre64
            La Rochelle | La Rochelle
            """)
    void namesAreCleaned(String printed, String clean) {
        assertThat(Names.clean(printed)).isEqualTo(clean);
    }

    @Test
    void acronymsTheDocumentDefines() {
        assertThat(names.score("le TCO")).isZero();
        Acronyms.learn("La Communauté d'agglomération du Territoire de la Côte Ouest (TCO) pilote l'Écocité.", names);
        assertThat(names.score("le TCO")).isPositive();
        assertThat(names.expansion("TCO")).isEqualTo("Communauté d'agglomération du Territoire de la Côte Ouest");
    }

    @Test
    void aReadingKeptIsReadAgainOnceTheDocumentDefinesAnAcronym() {
        Names fresh = new Names(Geo.oracle(), Lexicon.get());
        Names.Reading before = fresh.read("la ZORBAC");
        assertThat(fresh.read("la ZORBAC")).isEqualTo(before);
        fresh.define("ZORBAC", "Communauté d'agglomération du Val de Zorbac");
        assertThat(fresh.read("la ZORBAC")).isNotEqualTo(before);
        assertThat(fresh.read("la ZORBAC").isNames()).isTrue();
    }
}
