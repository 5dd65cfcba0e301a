package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** typeFromForm and looksLikeCollectivite. */
class FormTest {
    private static final CollectiviteResolver RESOLVER = new CollectiviteResolver(Geography.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ville de Brest | commune",
        "Ville d'Antony | commune",
        "Ville D'Issy-les-Moulineaux | commune",
        "Mairie de Paris | commune",
        "Mairie Toulouse | commune",
        "Mairie d'Urrugne | commune",
        "Commune de Lunas | commune",
        "Département de Seine-et-Marne | departement",
        "département du Finistère | departement",
        "Conseil départemental de la Drôme | departement",
        "Conseil Départemental de la Haute-Garonne | departement",
        "Conseil général du Nord | departement",
        "Région Bretagne | region",
        "Conseil régional de Bretagne | region",
        "Collectivité territoriale de Martinique | region",
        "Rennes Métropole | epci",
        "Métropole de Lyon | epci",
        "Métropole du Grand Nancy | epci",
        "Eurométropole de Strasbourg | epci",
        "Communauté d'agglomération du Sicoval | epci",
        "Communauté de communes Champsaur-Valgaudemar | epci",
        "Communauté urbaine de Dunkerque | epci",
        "CA du Sicoval | epci",
        "CC Maremne Adour Côte Sud | epci",
        "CU de Dunkerque | epci",
        "Valence Agglo | epci",
        "Guingamp-Paimpol Agglomération | epci",
        "Epernay Agglo Champagne | epci",
        "Morlaix Communauté | epci",
        "agglomération de La Rochelle | epci",
        "Communauté d'agglomération Terre de France | epci",
        "Syndicat Anjou Numérique | syndicat",
        "syndicat mixte Mégalis Bretagne | syndicat",
        "Syndicat Mixte des Transports Collectifs de l'Oise | syndicat",
        "SIVU | syndicat",
        "Parc naturel régional du Haut-Jura | syndicat",
        "PNR du Haut-Jura | syndicat",
        "Direction départementale des Territoires de Haute Garonne | etat",
        "Préfecture de la Vienne | etat",
        "Office du Tourisme de Mulhouse | autre",
        "Office de tourisme de Brest | autre",
        "Comité départemental du tourisme 35 | autre",
        "Comité régional du tourisme de Bretagne | autre",
        "Hub du Sud | autre",
        "le Hub du Sud | autre",
    })
    void typeFromForm(String name, String type) {
        assertThat(RESOLVER.typeFromForm(name)).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bretagne", "Brest", "Megalis Bretagne", "La Fibre64", "Sicoval", "Ville", "Région",
        "Numérique et environnement", "Cybersécurité", "Ça bouge", "Territoire inclusif", "Communes membres"})
    void formSaysNothing(String name) {
        assertThat(RESOLVER.typeFromForm(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rennes Métropole", "La Fibre64", "Megalis Bretagne", "Mégalis Bretagne", "Ville d'Antony",
        "Département de la Loire", "Grand Lyon", "Lille Métropole", "Sicoval", "Plaine Commune", "Bretagne", "Brest",
        "CANGT", "Hub du Sud", "SIVU", "Communauté d'agglomération Terre de France", "Région Rhône-Alpes",
        "Rhône-Alpes", "Haut-Jura"})
    void looksLikeCollectivite(String text) {
        assertThat(RESOLVER.looksLikeCollectivite(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Numérique et environnement", "Cybersécurité", "Bouclier cyber64", "Calque de plantabilité",
        "Territoire inclusif", "E-santé", "Moderniser le service public", "Démat'URBA", "Carte ALIFE",
        "Mel", "Le jury", "", "   ", "—"})
    void doesNotLookLikeCollectivite(String text) {
        assertThat(RESOLVER.looksLikeCollectivite(text)).isFalse();
    }

    @Test
    void nullIsNothing() {
        assertThat(RESOLVER.looksLikeCollectivite(null)).isFalse();
        assertThat(RESOLVER.typeFromForm(null)).isNull();
    }

    @Test
    void looksLikeCollectiviteIsFast() {
        RESOLVER.looksLikeCollectivite("warm up");
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            RESOLVER.looksLikeCollectivite(i % 2 == 0 ? "Calque de plantabilité" : "Communauté de communes X");
        }
        long micros = (System.nanoTime() - start) / 1_000 / 10_000;
        assertThat(micros).isLessThan(200);
    }
}
