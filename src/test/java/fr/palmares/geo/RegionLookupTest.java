package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionLookupTest {
    private static final RegionLookup LOOKUP = new RegionLookup(Geography.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bretagne | 53", "bretagne | 53", "BRETAGNE | 53", "53 | 53", "Région Bretagne | 53",
        "Rhône-Alpes | 84", "rhone alpes | 84", "Auvergne-Rhône-Alpes | 84", "auvergne rhone alpes | 84",
        "Midi-Pyrénées | 76", "Occitanie | 76", "Nord-Pas-de-Calais | 32", "Picardie | 32", "Alsace | 44",
        "Centre | 24", "Centre-Val de Loire | 24", "PACA | 93", "Provence-Alpes-Côte d'Azur | 93",
        "Ile-de-France | 11", "île de france | 11", "Guadeloupe | 01", "1 | 01", "01 | 01", "La Réunion | 04",
        "Reunion | 04", "Corse | 94", "Pays de la Loire | 52",
    })
    void regionCode(String text, String code) {
        assertThat(LOOKUP.regionCode(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Atlantide", "99", "35", "Ille-et-Vilaine", "975", "Saint-Pierre-et-Miquelon",
        "Saint-Martin"})
    void notARegion(String text) {
        assertThat(LOOKUP.regionCode(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ille-et-Vilaine | 35", "ille et vilaine | 35", "35 | 35", "2A | 2A", "2a | 2A", "Corse-du-Sud | 2A",
        "971 | 971", "Guadeloupe | 971", "Haute Garonne | 31", "Haute-Garonne | 31", "haute-garonne | 31",
        "1 | 01", "Ain | 01", "Côtes-d'Armor | 22", "Cotes d Armor | 22", "Territoire de Belfort | 90",
        "Département du Nord | 59", "Seine-Saint-Denis | 93", "Val-d'Oise | 95",
    })
    void departementCode(String text, String code) {
        assertThat(LOOKUP.departementCode(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bretagne", "20", "Atlantide", "Rhône-Alpes"})
    void notADepartement(String text) {
        assertThat(LOOKUP.departementCode(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Picardie | 32 | 02,60,80", "Région Picardie | 32 | 02,60,80", "picardie | 32 | 02,60,80",
        "Nord-Pas-de-Calais | 32 | 59,62", "Lorraine | 44 | 54,55,57,88", "Alsace | 44 | 67,68",
        "Champagne-Ardenne | 44 | 08,10,51,52", "Rhône-Alpes | 84 | 01,07,26,38,42,69,73,74",
        "Auvergne | 84 | 03,15,43,63", "Midi-Pyrénées | 76 | 09,12,31,32,46,65,81,82",
        "Languedoc-Roussillon | 76 | 11,30,34,48,66", "Aquitaine | 75 | 24,33,40,47,64", "Limousin | 75 | 19,23,87",
        "Poitou-Charentes | 75 | 16,17,79,86", "Bourgogne | 27 | 21,58,71,89", "Franche-Comté | 27 | 25,39,70,90",
        "Basse-Normandie | 28 | 14,50,61", "Haute-Normandie | 28 | 27,76",
    })
    void formerRegionsAndTheirDepartements(String name, String region, String departements) {
        FormerRegion f = LOOKUP.formerRegion(name).orElseThrow();
        assertThat(f.region()).isEqualTo(region);
        assertThat(f.departements()).containsExactly(departements.split(","));
        assertThat(LOOKUP.regionCode(name)).contains(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bretagne", "Corse", "Centre", "Île-de-France", "Pays de la Loire", "PACA",
        "Provence-Alpes-Côte d'Azur", "Hauts-de-France", "32", "Guadeloupe", "Atlantide"})
    void aCurrentRegionIsNoFormerOne(String name) {
        assertThat(LOOKUP.formerRegion(name)).isEmpty();
    }

    @Test
    void overseasCollectivitiesAreDepartementsOfNoRegion() {
        assertThat(LOOKUP.departementCode("975")).contains("975");
        assertThat(LOOKUP.departementCode("Saint-Pierre-et-Miquelon")).contains("975");
        assertThat(LOOKUP.regionNames()).doesNotContain("Saint-Pierre-et-Miquelon").contains("Picardie");
    }

    @Test
    void neverLoadsTheCommunes() {
        Geography g = Geography.bundled();
        Geography withoutCommunes = new Geography(() -> {
            throw new AssertionError("communes loaded");
        }, g.epcis(), g.departements(), g.regions(), g.aliases(), g.bodies(), g.areas(), g.formerRegions(),
                g.dataVersion());
        RegionLookup lookup = new RegionLookup(withoutCommunes);
        assertThat(lookup.regionCode("Rhône-Alpes")).contains("84");
        assertThat(lookup.departementCode("Haute Garonne")).contains("31");
        assertThat(lookup.regionNames()).contains("Bretagne");
    }

    @Test
    void namesForSuggestions() {
        assertThat(LOOKUP.regionNames()).contains("Bretagne", "Auvergne-Rhône-Alpes", "Guadeloupe")
                .doesNotHaveDuplicates();
        assertThat(LOOKUP.departementNames()).contains("Ille-et-Vilaine", "Corse-du-Sud", "Guadeloupe")
                .hasSizeGreaterThanOrEqualTo(101);
    }
}
