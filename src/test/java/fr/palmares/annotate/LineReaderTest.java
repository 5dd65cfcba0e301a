package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.lexicon.Lexicon;
import fr.palmares.pipeline.Geo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per line shape: what the line reader makes of it (kind, medal, then each segment). */
class LineReaderTest {
    private static LineReader reader() {
        return new LineReader(Lexicon.get(), new Names(Geo.oracle(), Lexicon.get()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Catégorie : Inclusion numérique — Label d’or : Le Grand Chalon pour « Parcours d’autonomie numérique des seniors » | DATA [or] CATEGORY!{Inclusion numérique} MEDAL{Label d’or} NAMES{Le Grand Chalon} TITLE"{Parcours d’autonomie numérique des seniors}
            Catégorie : Transition écologique — Label d’argent : SYANE pour « Pilotage de la sobriété » | DATA [argent] CATEGORY!{Transition écologique} MEDAL{Label d’argent} NAMES{SYANE} TITLE"{Pilotage de la sobriété}
            `OR\tCA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE) (44)` | DATA [or] MEDAL{OR} NAMES{CA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE) (44)}
            `ARGENT\tVILLE DE MULHOUSE (68) + MULHOUSE ALSACE AGGLOMÉRATION (M2A) (68)` | DATA [argent] MEDAL{ARGENT} NAMES{VILLE DE MULHOUSE (68) ; MULHOUSE ALSACE AGGLOMÉRATION (M2A) (68)}
            `ARGENT\tSIEA - SYNDICAT INTERCOMMUNAL D'ÉNERGIE ET DE E-COMMUNICATION DE L'AIN (01)` | DATA [argent] MEDAL{ARGENT} NAMES{SIEA - SYNDICAT INTERCOMMUNAL D'ÉNERGIE ET DE E-COMMUNICATION DE L'AIN (01)}
            `OR\tCU DE LYON - GRAND LYON (69)` | DATA [or] MEDAL{OR} NAMES{CU DE LYON - GRAND LYON (69)}
            LABEL D’OR : Communauté d’agglomération d’Annecy pour « Guichet unique en ligne » | DATA [or] MEDAL{LABEL D’OR} NAMES{Communauté d’agglomération d’Annecy} TITLE"{Guichet unique en ligne}
            LABEL D’OR : Région Occitanie / Pyrénées-Méditerranée pour « Plateforme régionale » | DATA [or] MEDAL{LABEL D’OR} NAMES{Région Occitanie / Pyrénées-Méditerranée} TITLE"{Plateforme régionale}
            Catégorie « Citoyenneté et services publics » | CATEGORY  CATEGORY"!{Citoyenneté et services publics}
            LABEL OR | MEDAL [or] MEDAL{LABEL OR}
            LABEL OR – MODERNISER LE SERVICE PUBLIC | MEDAL [or] MEDAL{LABEL OR} TEXT{MODERNISER LE SERVICE PUBLIC}
            Nord — Hauts-de-France | PLACE  PLACE{Nord — Hauts-de-France}
            Lot et Aveyron — Occitanie | PLACE  PLACE{Lot et Aveyron — Occitanie}
            Région Sud Provence-Alpes-Côte d’Azur & Métropole Nice Côte d’Azur | DATA  NAMES{Région Sud Provence-Alpes-Côte d’Azur ; Métropole Nice Côte d’Azur}
            `Métropole Européenne de Lille — Compte usager métropolitain unique\t5` | DATA  NAMES{Métropole Européenne de Lille} TEXT{Compte usager métropolitain unique}
            Ville de Paris : « Capteurs de bruit » | DATA  NAMES{Ville de Paris} TITLE"{Capteurs de bruit}
            Grand Lyon avec Grand Lyon SmartData | DATA  NAMES{Grand Lyon} TITLE!{Grand Lyon SmartData}
            Région Rhône-Alpes 500 destinations en Rhône-Alpes et PACA avec Sitra | DATA  NAMES{Région Rhône-Alpes} TEXT{500 destinations en Rhône-Alpes et PACA avec Sitra}
            Métropole Aix-Marseille-Provence et le Hub du Sud | DATA  NAMES{Métropole Aix-Marseille-Provence ; Hub du Sud}
            Grenoble-Alpes Métropole et les communes membres | DATA  NAMES{Grenoble-Alpes Métropole ; communes membres}
            `Inclusif, le jeu - Concevons nos services numériques pour tout le monde !` | TEXT  TEXT{Inclusif, le jeu - Concevons nos services numériques pour tout le monde !}
            Label d'or attribué à Montpellier Méditerranée Métropole et Clermont Auvergne Métropole | DATA [or] MEDAL{Label d'or} NAMES{Montpellier Méditerranée Métropole ; Clermont Auvergne Métropole}
            Pour le projet « LeBonTag, validateur de données OpenStreetMap » | DATA  TITLE"{LeBonTag, validateur de données OpenStreetMap}
            Montpellier Méditerranée Métropole et Clermont Auvergne Métropole (label or) | DATA [or] NAMES{Montpellier Méditerranée Métropole ; Clermont Auvergne Métropole} MEDAL{(label or)}
            Ensemble imaginons le parc Heller - Ville d'Antony (label bronze) | DATA [bronze] TEXT{Ensemble imaginons le parc Heller} NAMES{Ville d'Antony} MEDAL{(label bronze)}
            Communauté d'agglomération du Sicoval et Direction départementale des Territoires de Haute Garonne | DATA  NAMES{Communauté d'agglomération du Sicoval ; Direction départementale des Territoires de Haute Garonne}
            Epernay Agglo Champagne et Ville d'Epernay | DATA  NAMES{Epernay Agglo Champagne ; Ville d'Epernay}
            Tourcoing / Roubaix / Marc-en-Baroeul | DATA  NAMES{Tourcoing ; Roubaix ; Marc-en-Baroeul}
            Ville et Métropole du Grand Nancy | DATA  NAMES{Ville de Nancy ; Métropole du Grand Nancy}
            Département de la Gironde et Ville de Bordeaux – Collèges numériques | DATA  NAMES{Département de la Gironde ; Ville de Bordeaux} TEXT{Collèges numériques}
            Conseil régional de Bretagne – Lycées connectés | DATA  NAMES{Conseil régional de Bretagne} TEXT{Lycées connectés}
            SIVU avec Fibre optique à la maison pour tous | DATA  NAMES{SIVU} TITLE!{Fibre optique à la maison pour tous}
            Comité départemental du tourisme 35 avec Géocaching Découverte du Territoire | DATA  NAMES{Comité départemental du tourisme 35} TITLE!{Géocaching Découverte du Territoire}
            Président : Jean-Marc ROUSSEL, vice-président de Saint-Étienne Métropole (42) | PERSON 
            Hélène GARNIER, DSI, CU de Bordeaux (33) | PERSON 
            Julien Anselme, Orange | PERSON 
            La Fabrique de l'Inclusion Numérique AMP | TEXT  TEXT{La Fabrique de l'Inclusion Numérique AMP}
            LES APPORTS DU PROJET : | TEXT  TEXT{LES APPORTS DU}
            Or — Région Centre-Val de Loire : Opération “Premier Clic” | DATA [or] MEDAL{Or} NAMES{Région Centre-Val de Loire} TITLE{Opération “Premier Clic”}
            Messagerie, finances, ressources humaines : vingt-quatre communes partagent désormais les applications du centre. | PROSE 
            Collectivité : Ville de Quimper Projet : Quimper numérique pour tous Label : Or | DATA [or] NAMES!{Ville de Quimper} TITLE!{Quimper numérique pour tous} MEDAL{Label : Or}
            """)
    void linesReadIntoSegments(String line, String expected) {
        assertThat(reader().read(line).toString().strip()).isEqualTo(expected.strip());
    }
}
