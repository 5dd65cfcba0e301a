package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as printed in the archive samples (2013 web page, 2022 article, 2023 directory and press kit, 2024
 * press release), with the names credited on the same award, and the type, département and région expected.
 */
class PrintedNamesTest {
    private static final CollectiviteResolver RESOLVER = new CollectiviteResolver(Geography.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Angers Loire Métropole | - | epci | 49 | 52",
        "Bordeaux Métropole | - | epci | 33 | 75",
        "Brest | - | commune | 29 | 53",
        "Brest Métropole | département du Finistère | epci | 29 | 53",
        "Brest métropole | département du Finistère | epci | 29 | 53",
        "Clermont Auvergne Métropole | Montpellier Méditerranée Métropole | epci | 63 | 84",
        "Comité départemental du tourisme 35 | - | autre | 35 | 53",
        "Communauté D'agglomération De La Porte Du Hainaut | - | epci | 59 | 32",
        "Communauté Urbaine de Bordeaux | - | epci | 33 | 75",
        "Communauté Urbaine de Dunkerque | - | epci | 59 | 32",
        "Communauté Urbaine de Strasbourg | - | epci | 67 | 44",
        "Communauté d'Agglomération Lisieux Normandie | - | epci | 14 | 28",
        "Communauté d'Agglomération du Nord Grande Terre (CANGT) | - | epci | 971 | 01",
        "Communauté d'Agglomération du Nord Grande Terre (CANGT) service du Plan Local pour l'Insertion et l'Emploi | - | epci | 971 | 01",
        "Communauté d'Agglomération du Pays Châtelleraudais | - | epci | 86 | 75",
        "Communauté d'agglomération Bergeracoise | Mairie de Lunas | epci | 24 | 75",
        "Communauté d'agglomération Cannes Lérins | - | epci | 06 | 93",
        "Communauté d'agglomération Cannes Pays de Lérins | - | epci | 06 | 93",
        "Communauté d'agglomération de La Rochelle | Métropole de Lyon | epci | 17 | 75",
        "Communauté d'agglomération de Saint-Omer | - | epci | 62 | 32",
        "Communauté d'agglomération de Saint-Quentin | - | epci | 02 | 32",
        "Communauté d'agglomération de la Porte du Hainaut | - | epci | 59 | 32",
        "Communauté d'agglomération du Grand Cahors | - | epci | 46 | 76",
        "Communauté d'agglomération du Pays Ajaccien | Ville d'Ajaccio | epci | 2A | 94",
        "Communauté d'agglomération du Sicoval | Conseil Départemental de la Haute-Garonne | epci | 31 | 76",
        "Communauté de Communes Alpes Provence Verdon | - | epci | 04 | 93",
        "Communauté de Communes Champsaur-Valgaudemar | Communauté de Communes du Pays des Ecrins; Communauté de Communes Vallée de l'Ubaye Serre-Ponçon | epci | 05 | 93",
        "Communauté de Communes Vallée de l'Ubaye Serre-Ponçon | Communauté de Communes du Pays des Ecrins | epci | 04 | 93",
        "Communauté de Communes du Pays des Écrins | - | epci | 05 | 93",
        "Communauté de communes Cœur Coteaux Comminges | - | epci | 31 | 76",
        "Communauté de communes Maremne Adour Côte Sud | - | epci | 40 | 75",
        "Communauté de communes du Pays de La Châtaigneraie | - | epci | 85 | 52",
        "Communauté urbaine de Dunkerque | - | epci | 59 | 32",
        "Conseil Départemental de la Haute-Garonne | Communauté d'agglomération du Sicoval | departement | 31 | 76",
        "Conseil départemental de Loir-et-Cher | - | departement | 41 | 24",
        "Conseil départemental de la Drôme | - | departement | 26 | 84",
        "Conseil départemental du Finistère | Brest métropole | departement | 29 | 53",
        "Direction départementale des Territoires de Haute Garonne | Communauté d'agglomération du Sicoval | etat | 31 | 76",
        "Département de Seine-et-Marne | - | departement | 77 | 11",
        "Département de la Loire | - | departement | 42 | 84",
        "Département du Finistère | Brest métropole | departement | 29 | 53",
        "Epernay Agglo Champagne | Ville d'Epernay | epci | 51 | 44",
        "Eurométropole de Strasbourg | - | epci | 67 | 44",
        "Grand Lyon | - | epci | 69 | 84",
        "Grenoble Alpes Métropole | - | epci | 38 | 84",
        "Grenoble-Alpes Métropole | - | epci | 38 | 84",
        "Guingamp-Paimpol Agglomération | - | epci | 22 | 53",
        "Haut-Jura | - | syndicat | 39 | -",
        "La Fibre64 | - | syndicat | 64 | 75",
        "Lille Métropole | - | epci | 59 | 32",
        "Mairie Toulouse | - | commune | 31 | 76",
        "Mairie d'Urrugne | - | commune | 64 | 75",
        "Mairie de LUNAS | Communauté d'agglomération Bergeracoise | commune | 24 | 75",
        "Mairie de Lunas | Communauté d'agglomération Bergeracoise | commune | 24 | 75",
        "Mairie de Paris | - | commune | 75 | 11",
        "Maremne Adour Côte Sud | - | epci | 40 | 75",
        "Marenne Adour Côte Sud | - | epci | 40 | 75",
        "Megalis Bretagne | - | syndicat | - | 53",
        "Montpellier Méditerranée Métropole | Clermont Auvergne Métropole | epci | 34 | 76",
        "Mégalis Bretagne | - | syndicat | - | 53",
        "Métropole Aix Marseille Provence | - | epci | 13 | 93",
        "Métropole Aix-Marseille-Provence | Hub du Sud | epci | 13 | 93",
        "Métropole Nice côte d'Azur | - | epci | 06 | 93",
        "Métropole Rouen Normandie | - | epci | 76 | 28",
        "Métropole d'Aix-Marseille-Provence | Hub du Sud | epci | 13 | 93",
        "Métropole de Lyon | communauté d'agglomération de La Rochelle | epci | 69 | 84",
        "Métropole du Grand Nancy | Ville de Nancy | epci | 54 | 44",
        "Nantes Métropole | - | epci | 44 | 52",
        "Office du Tourisme de Mulhouse | - | autre | 68 | 44",
        "PNR du Haut-Jura | - | syndicat | 39 | -",
        "Parc naturel régional (PNR) du Haut-Jura | - | syndicat | 39 | -",
        "Parc naturel régional du Haut-Jura | - | syndicat | 39 | -",
        "Rennes Métropole | Ville de Rennes | epci | 35 | 53",
        "Région Bretagne | - | region | - | 53",
        "Région Occitanie | - | region | - | 76",
        "Région Rhône-Alpes | - | region | - | 84",
        "Syndicat Anjou Numérique | - | syndicat | 49 | 52",
        "Syndicat Mixte des Transports Collectifs de l'Oise | - | syndicat | 60 | 32",
        "Valence Agglo | - | epci | 26 | 84",
        "Ville D'Issy-les-Moulineaux | - | commune | 92 | 11",
        "Ville d'Ajaccio | Communauté d'agglomération du Pays Ajaccien | commune | 2A | 94",
        "Ville d'Antony | - | commune | 92 | 11",
        "Ville d'Epernay | Epernay Agglo Champagne | commune | 51 | 44",
        "Ville de Brest | - | commune | 29 | 53",
        "Ville de Marseille | - | commune | 13 | 93",
        "Ville de Montpellier | - | commune | 34 | 76",
        "Ville de Nancy | Métropole du Grand Nancy | commune | 54 | 44",
        "Ville de Paris | - | commune | 75 | 11",
        "Ville de Rennes | Rennes Métropole | commune | 35 | 53",
        "Ville de Thionville | - | commune | 57 | 44",
        "agglomération de La Rochelle | Métropole de Lyon | epci | 17 | 75",
        "agglomération de Marenne Adour Côte Sud | - | epci | 40 | 75",
        "département de la Loire | - | departement | 42 | 84",
        "département du Finistère | Brest métropole | departement | 29 | 53",
        "métropole de Brest | département du Finistère | epci | 29 | 53",
        "métropole de Lyon | - | epci | 69 | 84",
        "syndicat mixte Mégalis Bretagne | - | syndicat | - | 53",
    })
    void resolves(String printed, String coCredited, String type, String dep, String region) {
        List<String> co = coCredited == null ? List.of() : Arrays.stream(coCredited.split(";")).map(String::strip).toList();
        Optional<Resolution> r = RESOLVER.resolve(printed, co, "");
        assertThat(r).as(RESOLVER.lastWarning()).isPresent();
        Place p = r.get().place();
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.departement()).isEqualTo(dep);
        assertThat(p.region()).isEqualTo(region);
        assertThat(RESOLVER.looksLikeCollectivite(printed) || r.get().matchKind().equals("fuzzy")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Communauté d'agglomération Terre de France | epci",
        "Hub du Sud | autre",
        "le Hub du Sud | autre",
        "SIVU | syndicat",
    })
    void staysUnresolved(String printed, String formType) {
        Outcome o = RESOLVER.explain(printed, List.of(), "");
        assertThat(o.result()).isEmpty();
        assertThat(o.formType()).isEqualTo(formType);
        assertThat(RESOLVER.typeFromForm(printed)).isEqualTo(formType);
    }
}
