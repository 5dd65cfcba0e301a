package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Communauté d'Agglomération  du Pays Ajaccien | communaute agglo pays ajaccien",
        "COMMUNAUTÉ D’AGGLOMÉRATION DU PAYS AJACCIEN | communaute agglo pays ajaccien",
        "Cœur & Coteaux du Comminges | coeur coteaux comminges",
        "Coeur et Coteaux du Comminges | coeur coteaux comminges",
        "St-Jean-de-Luz | saint jean luz",
        "Ste Marie aux Mines | sainte marie mines",
        "La Fibre64 | fibre 64",
        "Comité départemental du tourisme 35 | comite departemental tourisme 35",
        "Corse 2A | corse 2a",
        "L'Île-d'Yeu | ile yeu",
        "Vallée de l'Ubaye - Serre-Ponçon | vallee ubaye serre poncon",
        "Agglomération | agglo",
    })
    void foldsCaseAccentsPunctuationAndArticles(String name, String key) {
        assertThat(NameKey.key(name)).isEqualTo(key);
        assertThat(NameKey.join(NameKey.tokens(name))).isEqualTo(key);
    }

    @Test
    void epciKeysReadLongFormsAsAbbreviations() {
        EpciKey printed = EpciKey.of(NameKey.tokens("Communauté urbaine de Dunkerque"));
        EpciKey official = EpciKey.of(NameKey.tokens("CU de Dunkerque"));
        assertThat(printed.fullKey()).isEqualTo(official.fullKey()).isEqualTo("cu dunkerque");
        assertThat(EpciKey.of(NameKey.tokens("Métropole de Brest")).looseKey())
                .isEqualTo(EpciKey.of(NameKey.tokens("Brest Métropole")).looseKey()).isEqualTo("brest");
        assertThat(EpciKey.of(NameKey.tokens("Communauté de communes du Pays des Écrins")).coreKey())
                .isEqualTo("pays ecrins");
    }

    @Test
    void cleaningDropsAcronymsQuotesAndServices() {
        NameForm f = NameForm.parse("Communauté d'agglomération du Nord Grande Terre (CANGT) service du Plan Local"
                + " pour l'Insertion et L'Emploi (PLIE)");
        assertThat(f.cleaned()).isEqualTo("Communauté d'agglomération du Nord Grande Terre");
        assertThat(f.acronyms()).containsExactly("CANGT", "PLIE");
        assertThat(NameForm.parse("Ville de Paris, Direction de l'Urbanisme").cleaned()).isEqualTo("Ville de Paris");
        assertThat(NameForm.stripAsides("CC Alpes-Provence-Verdon \"Sources de lumière\"").strip())
                .isEqualTo("CC Alpes-Provence-Verdon");
        assertThat(NameForm.parse("Direction départementale des Territoires").cleaned())
                .isEqualTo("Direction départementale des Territoires");
    }
}
