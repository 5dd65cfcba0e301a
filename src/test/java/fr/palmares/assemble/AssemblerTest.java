package fr.palmares.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole small documents: the records the core reads, and what it leaves out. */
class AssemblerTest {

    @Test
    void medalAndCategoryHeadingsAboveEntriesInAnyFieldOrder() {
        assertThat(CoreFixture.lines("a.md", """
                # Les lauréats 2024
                ## Inclusion numérique
                ### Label or
                - **Ville de Brest** : « Brest en commun »
                - « Lorient agile » — Ville de Lorient
                ### Label argent
                - Rennes Métropole
                  Open data pour tous
                ## Données
                ### Label bronze
                - Communauté d'agglomération du Grand Cahors – Le Grand Pass
                """)).containsExactly(
                "- or | Inclusion numérique | Ville de Brest | Brest en commun",
                "- or | Inclusion numérique | Ville de Lorient | Lorient agile",
                "- argent | Inclusion numérique | Rennes Métropole | Open data pour tous",
                "- bronze | Données | Communauté d'agglomération du Grand Cahors | Le Grand Pass");
    }

    @Test
    void aTitleThenItsDescriptionThenTheMedalAndNamesAtTheFoot() {
        // the project as a heading, as a line of its own, as a quoted line; the category heading above them
        // stays in force from one record to the next
        assertThat(CoreFixture.lines("c.md", """
                # Les lauréats 2022
                ## Catégorie Éducation
                ### Des tablettes prêtées aux collégiens
                Un parc de tablettes mutualisé entre les collèges, prêté aux familles.

                Label d'or — Département de la Creuse
                ### L'école numérique itinérante
                Un camion équipé qui passe une semaine dans chaque école rurale.

                Label de bronze — Ville de Bitche
                ## Catégorie Démocratie
                ### « Budget participatif en ligne »
                Les habitants proposent et votent des projets de quartier.

                Label d'argent — Ville de Poitiers
                """)).containsExactly(
                "- or | Éducation | Département de la Creuse | Des tablettes prêtées aux collégiens",
                "- argent | Démocratie | Ville de Poitiers | Budget participatif en ligne",
                "- bronze | Éducation | Ville de Bitche | L'école numérique itinérante");
        assertThat(CoreFixture.lines("c.txt", """
                Les lauréats 2022
                =================

                Catégorie Éducation
                -------------------

                Des tablettes prêtées aux collégiens

                Un parc de tablettes mutualisé entre les collèges, prêté aux familles qui
                n'ont pas d'ordinateur.

                Label d'or — Département de la Creuse

                « L'école numérique itinérante »

                Un camion équipé qui passe une semaine dans chaque école rurale.

                Label de bronze — Ville de Bitche
                """)).containsExactly(
                "- or | Éducation | Département de la Creuse | Des tablettes prêtées aux collégiens",
                "- bronze | Éducation | Ville de Bitche | L'école numérique itinérante");
    }

    @Test
    void aCategoryHeadingAboveProseThatTellsTheAwardTitlesNothing() {
        // the prose quotes the title: it is no description, and the heading is the category's
        assertThat(CoreFixture.lines("e.md", """
                # Label Territoire Innovant 2022
                ## Catégorie Éducation
                Cette année, le jury a distingué le projet « Cartable connecté » porté par la ville, qui équipe les écoles.

                Label d'or — Ville de Metz
                """)).containsExactly("- or | - | Ville de Metz | Cartable connecté");
        // headings of this level gave their category to records titled otherwise: "Santé" is a category too
        assertThat(CoreFixture.lines("e2.md", """
                # Label Territoire Innovant 2022
                ## Éducation
                Label d'or — Ville de Metz : Cartable connecté
                ## Santé
                Une seule collectivité distinguée cette année dans cette catégorie.

                Label d'or — Ville de Brest
                """)).containsExactly("- or | Éducation | Ville de Metz | Cartable connecté");
    }

    @Test
    void aHeadingTakenAsTheOpenRecordsTitleLeavesTheDescriptionToIt() {
        // "Label d'or — Metz" waits for its title: the heading is it, and the sentence below its description
        var records = CoreFixture.records("g.md", """
                # Label Territoire Innovant 2022
                ## Éducation
                Label d'or — Ville de Metz
                ### Des tablettes prêtées aux collégiens
                Un parc de tablettes mutualisé entre les collèges, prêté aux familles.

                Label d'argent — Ville de Nancy
                """);
        assertThat(records).extracting(CoreFixture::line)
                .containsExactly("- or | Éducation | Ville de Metz | Des tablettes prêtées aux collégiens");
        assertThat(records.get(0).description()).contains("Un parc de tablettes");
    }

    @Test
    void aDateLineAboveNamesWithoutAMedalTitlesNothing() {
        assertThat(CoreFixture.lines("d.txt", """
                Label Villes Internet 2016 : le palmarès des arobases
                =====================================================

                Publié le 4 février 2016

                L'association Villes Internet a dévoilé à Paris son palmarès, qui note les communes.

                @@@@@ : Issy-les-Moulineaux, Brest, Poitiers
                """)).isEmpty();
    }

    @Test
    void recordCardsWithFieldLabels() {
        assertThat(CoreFixture.lines("b.md", """
                # Palmarès 2021

                **Projet :** Quimper numérique pour tous
                **Collectivité :** Ville de Quimper
                **Distinction :** Or

                **Collectivité :** Communauté d'agglomération du Grand Annecy
                **Distinction :** Argent
                **Projet :** Annecy open data
                """)).containsExactly("- or | - | Ville de Quimper | Quimper numérique pour tous",
                "- argent | - | Communauté d'agglomération du Grand Annecy | Annecy open data");
    }

    @Test
    void cardsWhoseMedalLineComesBeforeTheirNamesOrAfterThem() {
        assertThat(CoreFixture.lines("b2.txt", """
                Palmarès 2021

                Fiche 1

                Thème : Éducation

                Distinction : Bronze

                Collectivité : Ville de Quimper

                Projet : Quimper numérique pour tous

                Fiche 2

                Projet : Annecy open data

                Thème : Données

                Distinction : Argent

                Collectivité : Communauté d'agglomération du Grand Annecy
                """)).containsExactly("- bronze | Éducation | Ville de Quimper | Quimper numérique pour tous",
                "- argent | Données | Communauté d'agglomération du Grand Annecy | Annecy open data");
    }

    @Test
    void aPlainTextTableReadsEachCellByItsColumnsHeader() {
        assertThat(CoreFixture.lines("b3.txt", """
                Palmarès 2021

                Thème                      Projet                          Porteur                    Distinction
                -------------------------------------------------------------------------------------------------
                Éducation numérique        Quimper numérique pour tous     Ville de Quimper           Or
                Données ouvertes           Annecy open data                Ville d'Annecy             Argent
                """)).containsExactly("- or | Éducation numérique | Ville de Quimper | Quimper numérique pour tous",
                "- argent | Données ouvertes | Ville d'Annecy | Annecy open data");
    }

    @Test
    void unstyledLinesThatGiveCategoryAndMedalBeforeTheirRecords() {
        assertThat(CoreFixture.lines("b4.txt", """
                Palmarès 2021

                Éducation numérique

                Distinction or

                Ville de Quimper

                Quimper numérique pour tous

                Distinction argent

                Ville de Brest

                Brest école connectée

                Ville de Lorient

                Lorient en ligne

                Données ouvertes

                Distinction bronze

                Ville d'Annecy

                Annecy open data
                """)).containsExactly("- or | Éducation numérique | Ville de Quimper | Quimper numérique pour tous",
                "- argent | Éducation numérique | Ville de Brest | Brest école connectée",
                "- argent | Éducation numérique | Ville de Lorient | Lorient en ligne",
                "- bronze | Données ouvertes | Ville d'Annecy | Annecy open data");
    }

    @Test
    void juryStartUpsAndCallsGiveNothing() {
        assertThat(CoreFixture.lines("c.md", """
                # Label Territoire Innovant 2019

                ## Le palmarès
                - Label d'or : Ville de Metz pour « Metz Participe »

                ## Le jury
                - Présidente : Claire Dumoulin, vice-présidente, Rennes Métropole
                - Ville de Grenoble pour « Grenoble en données »

                ## Les start-up interconnectées
                - Ville de Nantes pour « Civilia »

                ## Label 2020 : et si c'était vous ?
                - Ville de Lille pour « Lille demain »
                """)).containsExactly("- or | - | Ville de Metz | Metz Participe");
    }

    @Test
    void aTableByItsHeaderWithSpannedCategories() {
        assertThat(CoreFixture.lines("d.html", """
                <html><body><h1>Palmarès 2021</h1><table>
                <tr><th>Catégorie</th><th>Distinction</th><th>Collectivité</th><th>Projet</th></tr>
                <tr><td rowspan="2">Numérique responsable</td><td>● Or</td><td>Ville de Lille</td><td>Réemploi du parc</td></tr>
                <tr><td>● Argent</td><td>Département des Deux-Sèvres</td><td>Ordinateurs des collèges</td></tr>
                </table>
                <h2>Le jury</h2><table><tr><th>Membre</th><th>Structure</th></tr><tr><td>Nathalie Brunet</td><td>Grenoble-Alpes Métropole</td></tr></table>
                </body></html>
                """)).containsExactly("- or | Numérique responsable | Ville de Lille | Réemploi du parc",
                "- argent | Numérique responsable | Département des Deux-Sèvres | Ordinateurs des collèges");
    }

    @Test
    void sentencesOfAwardInProse() {
        assertThat(CoreFixture.lines("e.md", """
                # Forum 2014 : la moisson des territoires innovants

                Publié le 11 décembre 2014 par la rédaction. La Région Midi-Pyrénées décroche le label d’or pour « Midi-Pyrénées Données Ouvertes », sa plateforme de données publiques.
                Même distinction pour la communauté urbaine de Lyon, qui voit récompensé son « Lyon Urban Data Lab ».

                Enfin, la Ville de Pessac (Gironde) et la Région Lorraine complètent notre sélection des labels de bronze, la première pour son « Budget participatif numérique », la seconde pour « Lycées connectés ».

                L'an dernier, la communauté urbaine de Dunkerque avait obtenu un label de bronze pour « Dunkerque culture ».
                """)).containsExactly("- or | - | Région Midi-Pyrénées | Midi-Pyrénées Données Ouvertes",
                "- or | - | communauté urbaine de Lyon | Lyon Urban Data Lab",
                "- bronze | - | Ville de Pessac | Budget participatif numérique",
                "- bronze | - | Région Lorraine | Lycées connectés",
                "2013 bronze | - | communauté urbaine de Dunkerque | Dunkerque culture");
    }

    @Test
    void aSummaryListAndLaureatePagesGiveEachAwardOnce() {
        assertThat(CoreFixture.lines("f.md", """
                # Annuaire des labels 2023
                ## Moderniser le service public
                - **J'allume ma rue**
                  Mairie d'Urrugne (label or)

                ## LABEL OR – MODERNISER LE SERVICE PUBLIC
                Label d'or attribué à la Mairie d'Urrugne
                Pour le projet « J'allume ma rue »

                Un éclairage public piloté à la demande.
                """)).containsExactly("- or | Moderniser le service public | Mairie d'Urrugne | J'allume ma rue");
    }

    @Test
    void theYearAnAwardSentenceNamesWinsOverTheDocuments() {
        assertThat(CoreFixture.lines("forum.txt", """
                Forum des Interconnectés 2016 : le programme

                Lyon, le 2 décembre 2016

                Avant l'ouverture du forum, retour sur un lauréat. La ville de Cahors a reçu le label d'or \
                Territoire Innovant 2015 pour « Cahors Connect », son portail citoyen. « Nous le préparions depuis \
                le forum 2014 », dit son maire.

                Le forum 2016 accueillera 40 ateliers et la remise des labels 2016 aura lieu le 6 décembre.
                """)).containsExactly("2015 or | - | ville de Cahors | Cahors Connect");
    }
}
