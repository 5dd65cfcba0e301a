package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameContextTest {
    private static final CollectiviteResolver RESOLVER = new CollectiviteResolver(Geography.bundled());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // sentences as the corpus documents print them
        "La Communauté d’agglomération du Territoire de la Côte Ouest (TCO) pilote l’Écocité réunionnaise"
                + " | TCO | Communauté d'agglomération du Territoire de la Côte Ouest",
        "ARGENT  VILLE DE MULHOUSE (68) + MULHOUSE ALSACE AGGLOMÉRATION (M2A) (68) | M2A | MULHOUSE ALSACE AGGLOMÉRATION",
        "Label d’argent : Communauté d’agglomération du Centre Littoral (CACL) pour « Guichet numérique »"
                + " | CACL | Communauté d'agglomération du Centre Littoral",
        "●  Argent  CA de Dembéni-Mamoudzou (CADEMA)  Accompagnement | CADEMA | CA de Dembéni-Mamoudzou",
        "Communauté intercommunale du Nord de la Réunion (CINOR) — Ateliers | CINOR | Communauté intercommunale du Nord de la Réunion",
        "Label d’argent : SYANE (Syndicat des énergies et de l’aménagement numérique de la Haute-Savoie) pour"
                + " | SYANE | Syndicat des énergies et de l'aménagement numérique de la Haute-Savoie",
        "●  Argent  SDEF – Syndicat départemental d’énergie et d’équipement du Finistère  Réseau"
                + " | SDEF | Syndicat départemental d'énergie et d'équipement du Finistère",
        "la Collectivité européenne d’Alsace (CeA) a lancé | CeA | Collectivité européenne d'Alsace",
        "la communauté de communes Maremne Adour Côte Sud (MACS) | MACS | communauté de communes Maremne Adour Côte Sud",
    })
    void acronymDefinitions(String text, String acronym, String longForm) {
        assertThat(NameContext.acronymsIn(text)).containsEntry(acronym, longForm);
    }

    @Test
    void notEveryParenthesisIsADefinition() {
        Map<String, String> found = NameContext.acronymsIn("porté par Nantes Métropole (Label Or) et par Jean Dupont"
                + " (DGS), VILLE DE SAINT-DENIS (974), Département de la Corse (2A)");
        assertThat(found).isEmpty();
    }

    @Test
    void theDocumentsDefinitionResolvesTheAcronym() {
        NameContext ctx = NameContext.EMPTY.withAcronyms(NameContext.acronymsIn(
                "La Communauté d’agglomération du Territoire de la Côte Ouest (TCO) pilote l’Écocité"));
        Resolution r = RESOLVER.resolve("Le TCO", ctx).orElseThrow();
        assertThat(r.place().siren()).isEqualTo("249740101");
        // an acronym the document does not define is only what the data says it is
        assertThat(RESOLVER.resolve("CTG", NameContext.EMPTY)).isEmpty();
        assertThat(RESOLVER.resolve("CTG", NameContext.EMPTY.withAcronyms(
                Map.of("CTG", "Collectivité territoriale de Guyane"))).orElseThrow().place().region()).isEqualTo("03");
    }

    @Test
    void placeLines() {
        Geography geo = Geography.bundled();
        PlaceInference inference = new PlaceInference(geo);
        EvidenceReader reader = new EvidenceReader(geo, new AreaMatcher(geo, new Places(geo)), inference);
        assertThat(reader.placeLine("Lot et Aveyron — Occitanie")).containsExactly(new Area("46", "76"),
                new Area("12", "76"), new Area(null, "76"));
        assertThat(reader.placeLine("Nord — Hauts-de-France")).containsExactly(new Area("59", "32"), new Area(null, "32"));
        assertThat(reader.placeLine("La Réunion")).containsExactly(new Area("974", "04"));
        assertThat(reader.placeLine("Ille-et-Vilaine - Bretagne")).containsExactly(new Area("35", "53"),
                new Area(null, "53"));
        assertThat(reader.placeLine("Saint-Pierre-et-Miquelon")).containsExactly(new Area("975", null));
        assertThat(reader.placeLine("Le projet en quelques mots")).isEmpty();
    }

    @Test
    void aPlaceLineNamingSeveralDepartementsLeavesTheDepartementOfABodyNull() {
        NameContext line = NameContext.EMPTY.withPlaceLines(List.of("Lot et Aveyron — Occitanie"));
        Place p = RESOLVER.resolve("Communauté de communes Grand-Figeac", line).orElseThrow().place();
        assertThat(p.departement()).isNull();
        assertThat(p.region()).isEqualTo("76");
        assertThat(p.siren()).isEqualTo("200067361");
        // a commune keeps its département
        Place figeac = RESOLVER.resolve("Ville de Figeac", line).orElseThrow().place();
        assertThat(figeac.departement()).isEqualTo("46");
        NameContext across = NameContext.of(List.of(), "La communauté de communes Cœur de Chartreuse, à cheval sur"
                + " l’Isère et la Savoie, obtient le bronze");
        assertThat(RESOLVER.resolve("Communauté de communes Cœur de Chartreuse", across).orElseThrow().place()
                .departement()).isNull();
    }

    @Test
    void theOldSignatureIsTheSameAsAContextOfCoCreditedNamesAndText() {
        Resolution a = RESOLVER.resolve("Mairie de Lunas", List.of("Communauté d'agglomération Bergeracoise"), "")
                .orElseThrow();
        Resolution b = RESOLVER.resolve("Mairie de Lunas",
                NameContext.of(List.of("Communauté d'agglomération Bergeracoise"), "")).orElseThrow();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void contextIsImmutable() {
        List<String> names = new java.util.ArrayList<>(List.of("Ville de Rennes"));
        NameContext ctx = NameContext.EMPTY.withCoCredited(names);
        names.add("Ville de Brest");
        assertThat(ctx.coCredited()).containsExactly("Ville de Rennes");
        assertThat(NameContext.of(null, null)).isEqualTo(NameContext.EMPTY);
    }
}
