package fr.palmares.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A collectivité's own texts name it once, in their letterhead, masthead, title or contact lines, then say
 * "notre communauté d'agglomération", "nous", "la Région": those awards are the body's.
 */
class OwnBodyTest {

    @Test
    void theLetterheadNamesWhoNotreCommunauteIs() {
        assertThat(CoreFixture.lines("dreux.txt", """
                COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE DREUX

                Communiqué de presse — Dreux, le 10 décembre 2015

                Notre communauté d'agglomération a décroché, lundi 7 décembre à Lyon, le label d'argent Territoire \
                Innovant 2015 pour « Dreux Mobilités », son service d'information en temps réel sur les transports.

                Contact presse : Agglo du Pays de Dreux – 02 37 00 00 00
                """)).containsExactly("- argent | - | COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE DREUX | Dreux Mobilités");
    }

    @Test
    void nousInTheMastheadsTown() {
        assertThat(CoreFixture.lines("quimper.md", """
                # Quimper, ma ville — le magazine municipal

                **Ville de Quimper** · n° 112 · janvier 2013

                Nous sommes fiers d'avoir reçu le label de bronze Territoire Innovant 2012 pour « Quimper Familles », \
                le portail des démarches de l'enfance.

                La Région Bretagne et le conseil général du Finistère ont soutenu le projet.
                """)).containsExactly("- bronze | - | Ville de Quimper | Quimper Familles");
    }

    @Test
    void laRegionOfARegionsRelease() {
        assertThat(CoreFixture.lines("pdl.txt", """
                CONSEIL RÉGIONAL DES PAYS DE LA LOIRE
                Service de presse

                Nantes, le 10 décembre 2015

                La Région a reçu le 7 décembre à Lyon le label d'or Territoire Innovant 2015 pour « Lycées connectés ». \
                La Ville de Nantes et Nantes Métropole étaient partenaires du projet.
                """)).containsExactly("- or | - | CONSEIL RÉGIONAL DES PAYS DE LA LOIRE | Lycées connectés");
    }

    @Test
    void aReferenceOfAnotherTypeIsNotTheBody() {
        // a town's page: "la Région" is not the town
        assertThat(CoreFixture.lines("vannes.txt", """
                VILLE DE VANNES

                Actualités — 12 décembre 2015

                La Région a reçu le 7 décembre à Lyon le label d'or Territoire Innovant 2015 pour « Lycées connectés ».
                """)).isEmpty();
    }

    @Test
    void withoutABodyInItsHeadNotreVilleIsNobody() {
        assertThat(CoreFixture.lines("blog.txt", """
                Le blog d'un habitant

                Notre ville a décroché le label d'argent Territoire Innovant 2015 pour « Ville en poche ».
                """)).isEmpty();
    }

    @Test
    void theBodysOtherPrizesAreNotTheLabel() {
        assertThat(CoreFixture.lines("cholet.txt", """
                VILLE DE CHOLET

                Actualités — 20 janvier 2016

                Notre ville a obtenu une quatrième arobase au label Villes Internet pour son portail « Cholet en ligne ».

                La Ville a aussi reçu un Territoria d'argent pour « Cholet Seniors ».
                """)).isEmpty();
    }
}
