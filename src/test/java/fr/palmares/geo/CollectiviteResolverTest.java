package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectiviteResolverTest {
    private static final CollectiviteResolver RESOLVER = new CollectiviteResolver(Geography.bundled());

    private static Resolution resolved(String name) {
        return resolved(name, List.of(), "");
    }

    private static Resolution resolved(String name, List<String> coCredited, String context) {
        Optional<Resolution> r = RESOLVER.resolve(name, coCredited, context);
        assertThat(r).as("%s (%s)", name, RESOLVER.lastWarning()).isPresent();
        assertThat(RESOLVER.lastWarning()).isNull();
        return r.get();
    }

    private static String unresolved(String name, List<String> coCredited, String context) {
        Optional<Resolution> r = RESOLVER.resolve(name, coCredited, context);
        assertThat(r).as(name).isEmpty();
        assertThat(RESOLVER.lastWarning()).isNotBlank();
        return RESOLVER.lastWarning();
    }

    private static void assertPlace(Resolution r, String type, String departement, String region) {
        assertThat(r.place().type()).isEqualTo(type);
        assertThat(r.place().departement()).isEqualTo(departement);
        assertThat(r.place().region()).isEqualTo(region);
        if (region != null) {
            assertThat(r.place().regionName()).isEqualTo(Geography.bundled().regionName(region));
        }
        assertThat(r.score()).isBetween(0.0, 1.0);
    }

    @Nested
    class Communes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Ville de Brest | Brest | 29 | 53",
            "Ville d'Antony | Antony | 92 | 11",
            "Ville D'Issy-les-Moulineaux | Issy-les-Moulineaux | 92 | 11",
            "Mairie de Paris | Paris | 75 | 11",
            "Mairie Toulouse | Toulouse | 31 | 76",
            "Mairie d'Urrugne | Urrugne | 64 | 75",
            "Commune de Thionville | Thionville | 57 | 44",
            "Ville d'Ajaccio | Ajaccio | 2A | 94",
            "VILLE DE SAINT-ÉTIENNE | Saint-Étienne | 42 | 84",
            "Ville de St Etienne | Saint-Étienne | 42 | 84",
            "Ville d'Epernay | Épernay | 51 | 44",
        })
        void byForm(String printed, String official, String dep, String region) {
            Resolution r = resolved(printed);
            assertPlace(r, "commune", dep, region);
            assertThat(r.place().officialName()).isEqualTo(official);
            assertThat(r.place().siren()).hasSize(9);
            assertThat(r.matchKind()).isEqualTo("exact");
        }

        @Test
        void typoIsFuzzyAmongCommunesOnly() {
            Resolution r = resolved("Ville de Thionvile");
            assertThat(r.place().officialName()).isEqualTo("Thionville");
            assertThat(r.matchKind()).isEqualTo("fuzzy");
            assertThat(r.score()).isLessThan(1.0);
        }

        @Test
        void unknownCommune() {
            assertThat(unresolved("Ville de Zzyzx", List.of(), "")).contains("Zzyzx");
        }
    }

    @Nested
    class Homonyms {
        @Test
        void lunasIsAmbiguousWithoutContext() {
            // Lunas (Dordogne) and Lunas, former commune of Hérault now part of Lunas-les-Châteaux
            String warning = unresolved("Mairie de Lunas", List.of(), "");
            assertThat(warning).contains("ambiguous", "24", "34");
        }

        @Test
        void lunasCreditedWithTheBergeracAgglomerationIsInDordogne() {
            Resolution r = resolved("Mairie de Lunas", List.of("Communauté d'agglomération Bergeracoise"), "");
            assertPlace(r, "commune", "24", "75");
            assertThat(r.place().officialName()).isEqualTo("Lunas");
            assertThat(resolved("Mairie de LUNAS", List.of("Communauté d'agglomération Bergeracoise"), "")
                    .place().departement()).isEqualTo("24");
        }

        @Test
        void contextCanPointAtTheFormerCommune() {
            Resolution r = resolved("Mairie de Lunas", List.of(), "un projet dans l'Hérault");
            assertPlace(r, "commune", "34", "76");
            assertThat(r.place().officialName()).isEqualTo("Lunas-les-Châteaux");
            assertThat(r.matchKind()).isEqualTo("alias");
        }

        @Test
        void twoBigTownsNeedContext() {
            assertThat(unresolved("Ville de Saint-Denis", List.of(), "")).contains("93", "974");
            assertThat(resolved("Ville de Saint-Denis", List.of("Plaine Commune"), "").place().departement())
                    .isEqualTo("93");
            assertThat(resolved("Ville de Saint-Denis", List.of("Région Réunion"), "").place().departement())
                    .isEqualTo("974");
            assertThat(resolved("Ville de Saint-Denis", List.of(), "La Réunion").place().departement())
                    .isEqualTo("974");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Ville du Lamentin | Le Lamentin | 972 | 02",
            "Commune de Le Lamentin | Le Lamentin | 972 | 02",
            "Ville de Lamentin | Lamentin | 971 | 01",
            "Mairie de Lamentin | Lamentin | 971 | 01",
        })
        void theFormsArticleNamesOneOfHomonymsThatDifferByTheirs(String printed, String official, String dep,
                String region) {
            Resolution r = resolved(printed);
            assertPlace(r, "commune", dep, region);
            assertThat(r.place().officialName()).isEqualTo(official);
        }

        @Test
        void noConnectorOrAnArticleSharedByTheHomonymsDecidesNothing() {
            assertThat(unresolved("Mairie Lamentin", List.of(), "")).contains("971", "972");
            assertThat(unresolved("Ville de Saint-Denis", List.of(), "")).contains("93", "974");
            assertThat(resolved("Ville de La Rochelle").score()).isLessThan(1.0);
        }

        @Test
        void aTownWhoseHomonymsAreVillagesIsTakenWithALowerScore() {
            Resolution r = resolved("Ville de La Rochelle");
            assertPlace(r, "commune", "17", "75");
            assertThat(r.score()).isLessThan(1.0);
        }

        @Test
        void saintQuentinAgglomerationIsTheAisneOne() {
            Resolution r = resolved("Communauté d'agglomération de Saint-Quentin");
            assertPlace(r, "epci", "02", "32");
            assertThat(r.place().officialName()).isEqualTo("CA du Saint-Quentinois");
            assertThat(r.matchKind()).isEqualTo("alias");
        }

        @Test
        void saintQuentinWithoutAliasIsDecidedByContextOnly() {
            assertThat(unresolved("Agglomération de Saint-Quentin", List.of(), "")).contains("Yvelines", "Quentinois");
            assertThat(resolved("Agglomération de Saint-Quentin", List.of(), "territoire Saint-Quentinois")
                    .place().departement()).isEqualTo("02");
            assertThat(resolved("Saint-Quentin Agglo", List.of(), "dans les Yvelines").place().departement())
                    .isEqualTo("78");
        }

        @Test
        void bareNameOfACommuneAndOfAnEpciIsTheCommuneUnlessTheContextNamesTheEpci() {
            assertThat(resolved("La Rochelle").place().type()).isEqualTo("commune");
            Resolution r = resolved("La Rochelle", List.of("Métropole de Lyon"),
                    "la communauté d'agglomération de La Rochelle");
            assertPlace(r, "epci", "17", "75");
        }

        @Test
        void bareNameOfTwoKindsIsAmbiguous() {
            assertThat(unresolved("Mayenne", List.of(), "")).contains("departement", "commune");
        }
    }

    @Nested
    class DepartementsAndRegions {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Département de Seine-et-Marne | 77 | 11",
            "Département de la Loire | 42 | 84",
            "département du Finistère | 29 | 53",
            "Conseil départemental de la Drôme | 26 | 84",
            "Conseil départemental de Loir-et-Cher | 41 | 24",
            "Conseil Départemental de la Haute-Garonne | 31 | 76",
            "Conseil départemental de Haute Garonne | 31 | 76",
            "Conseil général du Nord | 59 | 32",
            "Département 35 | 35 | 53",
            "Conseil départemental de Corse-du-Sud | 2A | 94",
            "Département de la Guadeloupe | 971 | 01",
        })
        void departements(String printed, String dep, String region) {
            Resolution r = resolved(printed);
            assertPlace(r, "departement", dep, region);
            assertThat(r.matchKind()).isEqualTo("exact");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Région Bretagne | 53 | exact",
            "Région Occitanie | 76 | exact",
            "Conseil régional de Bretagne | 53 | exact",
            "Région Provence-Alpes-Côte d'Azur | 93 | exact",
            "Région Nouvelle Aquitaine | 75 | exact",
            "Région Guadeloupe | 01 | exact",
            "Région Rhône-Alpes | 84 | alias",
            "Région Auvergne | 84 | alias",
            "Région Midi-Pyrénées | 76 | alias",
            "Région Languedoc-Roussillon | 76 | alias",
            "Région Nord-Pas-de-Calais | 32 | alias",
            "Région Picardie | 32 | alias",
            "Région Alsace | 44 | alias",
            "Région Lorraine | 44 | alias",
            "Région Champagne-Ardenne | 44 | alias",
            "Région Aquitaine | 75 | alias",
            "Région Limousin | 75 | alias",
            "Région Poitou-Charentes | 75 | alias",
            "Région Bourgogne | 27 | alias",
            "Région Franche-Comté | 27 | alias",
            "Région Basse-Normandie | 28 | alias",
            "Région Haute-Normandie | 28 | alias",
            "Région Centre | 24 | alias",
            "Région PACA | 93 | alias",
            "Région Sud | 93 | alias",
            "Conseil régional Rhône-Alpes | 84 | alias",
            "Collectivité de Corse | 94 | alias",
        })
        void regions(String printed, String region, String kind) {
            Resolution r = resolved(printed);
            assertPlace(r, "region", null, region);
            assertThat(r.matchKind()).isEqualTo(kind);
        }

        @Test
        void regionNameIsTheCurrentOne() {
            assertThat(resolved("Région Rhône-Alpes").place().regionName()).isEqualTo("Auvergne-Rhône-Alpes");
            assertThat(resolved("Région Rhône-Alpes").place().officialName()).isEqualTo("Auvergne-Rhône-Alpes");
            assertThat(resolved("Bretagne").place().regionName()).isEqualTo("Bretagne");
        }

        @Test
        void typosAreFuzzy() {
            Resolution dep = resolved("Département de la Haute-Garone");
            assertPlace(dep, "departement", "31", "76");
            assertThat(dep.matchKind()).isEqualTo("fuzzy");
            Resolution region = resolved("Région Bretagn");
            assertPlace(region, "region", null, "53");
            assertThat(region.matchKind()).isEqualTo("fuzzy");
        }

        @Test
        void bareNames() {
            assertPlace(resolved("Bretagne"), "region", null, "53"); // not the villages of Indre and Territoire de Belfort
            assertPlace(resolved("Rhône-Alpes"), "region", null, "84");
            assertPlace(resolved("Vendée"), "departement", "85", "52");
            assertPlace(resolved("Guadeloupe"), "region", null, "01");
            assertPlace(resolved("Paris"), "commune", "75", "11");
        }
    }

    @Nested
    class Epcis {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Rennes Métropole | 243500139 | 35 | 53",
            "Brest métropole | 242900314 | 29 | 53",
            "métropole de Brest | 242900314 | 29 | 53",
            "Nantes Métropole | 244400404 | 44 | 52",
            "Bordeaux Métropole | 243300316 | 33 | 75",
            "Guingamp-Paimpol agglomération | 200067981 | 22 | 53",
            "Grenoble-Alpes Métropole | 200040715 | 38 | 84",
            "Grenoble Alpes Métropole | 200040715 | 38 | 84",
            "Métropole Aix Marseille Provence | 200054807 | 13 | 93",
            "Métropole d'Aix-Marseille-Provence | 200054807 | 13 | 93",
            "Epernay Agglo Champagne | 200067684 | 51 | 44",
            "Clermont Auvergne Métropole | 246300701 | 63 | 84",
            "Métropole Rouen Normandie | 200023414 | 76 | 28",
            "Angers Loire Métropole | 244900015 | 49 | 52",
            "Montpellier Méditerranée Métropole | 243400017 | 34 | 76",
            "Métropole du Grand Nancy | 245400676 | 54 | 44",
            "Métropole Nice côte d'Azur | 200030195 | 06 | 93",
            "Eurométropole de Strasbourg | 246700488 | 67 | 44",
            "Métropole de Lyon | 200046977 | 69 | 84",
            "Communauté D'agglomération De La Porte Du Hainaut | 200042190 | 59 | 32",
            "Communauté de communes du Pays de La Châtaigneraie | 248500415 | 85 | 52",
            "Communauté de Communes du Pays des Ecrins | 240500462 | 05 | 93",
            "Communauté de Communes du Pays des Écrins | 240500462 | 05 | 93",
            "Communauté de Communes Champsaur-Valgaudemar | 200068096 | 05 | 93",
            "Communauté de Communes Vallée de l'Ubaye Serre-Ponçon | 200072304 | 04 | 93",
            "Communauté de communes Cœur Coteaux Comminges | 200072643 | 31 | 76",
            "Communauté de Communes Alpes Provence Verdon | 200068625 | 04 | 93",
            "Communauté d'agglomération Bergeracoise | 200070647 | 24 | 75",
            "Communauté d'agglomération du Nord Grande Terre (CANGT) service du Plan Local pour l'Insertion et L'Emploi (PLIE) | 200044691 | 971 | 01",
            "Communauté d'agglomération du Pays Ajaccien | 242010056 | 2A | 94",
            "Communauté d'agglomération du Sicoval | 243100633 | 31 | 76",
            "CA du Sicoval | 243100633 | 31 | 76",
            "Sicoval | 243100633 | 31 | 76",
            "Communauté urbaine de Dunkerque | 245900428 | 59 | 32",
            "CU de Dunkerque | 245900428 | 59 | 32",
            "Communauté d'agglomération Cannes Pays de Lérins | 200039915 | 06 | 93",
            "Communauté d'agglomération du Grand Cahors | 200023737 | 46 | 76",
            "Communauté d'Agglomération Lisieux Normandie | 200069532 | 14 | 28",
            "communauté d'agglomération de La Rochelle | 241700434 | 17 | 75",
            "agglomération de La Rochelle | 241700434 | 17 | 75",
            "Toulouse Métropole | 243100518 | 31 | 76",
            "Plaine Commune | 200057867 | 93 | 11",
            "Communauté urbaine de Bordeaux | 243300316 | 33 | 75",
            "Communauté urbaine de Lyon | 200046977 | 69 | 84",
            "Communauté Urbaine de Strasbourg | 246700488 | 67 | 44",
        })
        void byName(String printed, String siren, String dep, String region) {
            Resolution r = resolved(printed);
            assertPlace(r, "epci", dep, region);
            assertThat(r.place().siren()).isEqualTo(siren);
            assertThat(r.matchKind()).isIn("exact", "fuzzy");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Courly | 200046977",
            "La Cub | 243300316",
            "MEL | 200093201",
            "Communauté d'Agglomération du Pays Châtelleraudais | 248600413",
            "Communauté d'agglomération de Saint-Quentin | 200071892",
            "Communauté d'agglomération Cannes Lérins | 200039915",
            "Cannes Lérins | 200039915",
            "CANGT | 200044691",
            "CAPA | 242010056",
            "CAPH | 200042190",
            "MACS | 244000865",
            "Nice Côte d'Azur | 200030195",
        })
        void byAlias(String printed, String siren) {
            Resolution r = resolved(printed);
            assertThat(r.place().type()).isEqualTo("epci");
            assertThat(r.place().siren()).isEqualTo(siren);
            assertThat(r.matchKind()).isEqualTo("alias");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Lille Métropole | 200093201",
            "Lille Métropole Communauté urbaine | 200093201",
            "Communauté urbaine de Lille | 200093201",
            "Communauté d'agglomération de Saint-Omer | 200069037",
            "Brest Métropole Océane | 242900314",
            "Marseille Provence Métropole | 200054807",
            "Communauté urbaine de Dunkerque Grand Littoral | 245900428",
            "Valence Agglo Sud Rhône-Alpes | 200068781",
            "Reims Métropole | 200067213",
            "Communauté d'agglomération d'Annecy | 200066793",
        })
        void formerNamesThroughTheirTown(String printed, String siren) {
            Resolution r = resolved(printed);
            assertThat(r.place().type()).isEqualTo("epci");
            assertThat(r.place().siren()).isEqualTo(siren);
            assertThat(r.matchKind()).isEqualTo("inferred");
            assertThat(r.score()).isLessThan(1.0);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Grand Lyon | 200046977", "Grand Toulouse | 243100518", "Grand Nancy | 245400676",
            "Grand Besançon | 242500361", "Grand Dijon | 242100410",
        })
        void grandAndATownIsTheEpciAroundIt(String printed, String siren) {
            Resolution r = resolved(printed);
            assertThat(r.place().siren()).isEqualTo(siren);
            assertThat(r.matchKind()).isEqualTo("inferred");
            assertThat(r.score()).isEqualTo(0.9);
            assertThat(RESOLVER.looksLikeCollectivite(printed)).isTrue();
        }

        @Test
        void twoNamesOfOneBody() {
            assertThat(resolved("CU DE LYON - GRAND LYON").place().siren()).isEqualTo("200046977");
            assertThat(resolved("Région Occitanie / Pyrénées-Méditerranée").place().region()).isEqualTo("76");
            assertThat(resolved("SIEA - SYNDICAT INTERCOMMUNAL D'ÉNERGIE ET DE E-COMMUNICATION DE L'AIN").place()
                    .departement()).isEqualTo("01");
            assertThat(unresolved("Tourcoing / Roubaix", List.of(), "")).contains("two names");
            assertThat(RESOLVER.resolve("Roubaix / Marc-en-Baroeul", List.of(), "")).isEmpty();
            assertThat(RESOLVER.resolve("Rennes Métropole - Ambassad'Ondes", List.of(), "")).isEmpty();
            assertThat(RESOLVER.resolve("Conseil régional de Bretagne – Lycées connectés", List.of(), "")).isEmpty();
            assertThat(RESOLVER.resolve("Région Rhône-Alpes 500 destinations en Rhône-Alpes", List.of(), "")).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Valence Agglo | 200068781",
            "Montpellier Agglomération | 243400017",
        })
        void formerNamesThatStartTheCurrentOne(String printed, String siren) {
            Resolution r = resolved(printed);
            assertThat(r.place().siren()).isEqualTo(siren);
            assertThat(r.matchKind()).isEqualTo("fuzzy");
        }

        @Test
        void acronymAliasesNeedCapitals() {
            assertThat(RESOLVER.resolve("Mel", List.of(), "")).isEmpty();
            assertThat(RESOLVER.resolve("Cangt", List.of(), "")).isEmpty();
        }

        @Test
        void nordGrandeTerreIsInGuadeloupe() {
            Resolution r = resolved("Communauté d'agglomération du Nord Grande Terre (CANGT) service du Plan Local"
                    + " pour l'Insertion et L'Emploi (PLIE)");
            assertThat(r.place().officialName()).isEqualTo("CA du Nord Grande Terre");
            assertThat(r.place().regionName()).isEqualTo("Guadeloupe");
        }

        @Test
        void typoIsFuzzyAboveTheThreshold() {
            for (String printed : List.of("Marenne Adour Côte Sud", "agglomération de Marenne Adour Côte Sud",
                    "Communauté de communes Marenne Adour Côte Sud")) {
                Resolution r = resolved(printed);
                assertPlace(r, "epci", "40", "75");
                assertThat(r.place().officialName()).isEqualTo("CC Maremne Adour Côte Sud");
                assertThat(r.matchKind()).isEqualTo("fuzzy");
                assertThat(r.score()).isBetween(0.9, 0.99);
            }
            Resolution exact = resolved("Maremne Adour Côte Sud");
            assertThat(exact.matchKind()).isEqualTo("exact");
        }

        @Test
        void partialNamesAreFuzzy() {
            Resolution r = resolved("Guingamp-Paimpol Agglomération");
            assertThat(r.place().officialName()).isEqualTo("CA Guingamp-Paimpol Agglomération de l'Armor à l'Argoat");
            assertThat(r.matchKind()).isEqualTo("fuzzy");
        }

        @Test
        void unknownEpciStaysUnresolved() {
            Outcome o = RESOLVER.explain("Communauté d'agglomération Terre de France", List.of(), "");
            assertThat(o.result()).isEmpty();
            assertThat(o.formType()).isEqualTo("epci");
            assertThat(o.warning()).contains("Terre de France");
        }
    }

    @Nested
    class Bodies {
        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Comité départemental du tourisme 35 | autre | 35 | 53",
            "La Fibre64 | syndicat | 64 | 75",
            "Megalis Bretagne | syndicat | - | 53",
            "Mégalis Bretagne | syndicat | - | 53",
            "syndicat mixte Mégalis Bretagne | syndicat | - | 53",
            "Syndicat Anjou Numérique | syndicat | 49 | 52",
            "Direction départementale des Territoires de Haute Garonne | etat | 31 | 76",
            "Office du Tourisme de Mulhouse | autre | 68 | 44",
            "Syndicat Mixte des Transports Collectifs de l'Oise | syndicat | 60 | 32",
            "Parc naturel régional du Haut-Jura | syndicat | 39 | -",
            "Parc naturel régional (PNR) du Haut-Jura | syndicat | 39 | -",
            "PNR du Haut-Jura | syndicat | 39 | -",
            "Haut-Jura | syndicat | 39 | -",
            "Préfecture de la Vienne | etat | 86 | 75",
            "Syndicat intercommunal du Pays Basque | syndicat | 64 | 75",
            "Comité régional du tourisme de Bretagne | autre | - | 53",
        })
        void placeInferredFromTheName(String printed, String type, String dep, String region) {
            Resolution r = resolved(printed);
            assertPlace(r, type, dep, region);
            assertThat(r.matchKind()).isEqualTo("inferred");
            assertThat(r.place().siren()).isNull();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Hub du Sud | autre",
            "le Hub du Sud | autre",
            "SIVU | syndicat",
            "Syndicat mixte des transports collectifs | syndicat",
            "Office de tourisme communautaire | autre",
        })
        void noPlaceInTheName(String printed, String type) {
            Outcome o = RESOLVER.explain(printed, List.of(), "");
            assertThat(o.result()).as(printed).isEmpty();
            assertThat(o.formType()).isEqualTo(type);
            assertThat(o.warning()).isNotBlank();
        }
    }

    @Test
    void ordinaryPhrasesAreUnknown() {
        for (String phrase : List.of("Numérique et environnement", "Cybersécurité", "Bouclier cyber64",
                "Calque de plantabilité", "Territoire inclusif", "E-santé")) {
            assertThat(unresolved(phrase, List.of(), "")).contains("unknown");
        }
    }

    @Test
    void emptyAndNullNames() {
        assertThat(RESOLVER.resolve("", List.of(), "")).isEmpty();
        assertThat(RESOLVER.resolve(null, null, null)).isEmpty();
        assertThat(RESOLVER.lastWarning()).isNotBlank();
    }

    @Test
    void resolvingIsFast() {
        resolved("Rennes Métropole");
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            RESOLVER.resolve("Mairie de Lunas", List.of("Communauté d'agglomération Bergeracoise"), "");
            RESOLVER.resolve("Marenne Adour Côte Sud", List.of(), "");
        }
        assertThat((System.nanoTime() - start) / 1_000_000 / 400).isLessThan(20);
    }
}
