package fr.palmares.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    private static final Lexicon LEX = Lexicon.get();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Label d'or                               | or
            LABEL D’OR :                             | or
            Label Or                                 | or
            LABEL OR                                 | or
            Label de bronze                          | bronze
            LABEL DE BRONZE                          | bronze
            Label d’argent                           | argent
            Médaille d'argent                        | argent
            Label « Territoire Innovant » Or         | or
            label Territoire Innovant 2024 bronze    | bronze
            labels Or                                | or
            Label : Argent                           | argent
            lauréats argent                          | argent
            distinction d'or                         | or
            Niveau bronze                            | bronze
            Prix d'argent                            | argent
            gold award                               | or
            silver medal                             | argent
            🥉                                       | bronze
            """)
    void medalsWithTheirHeadNoun(String phrase, String medal) {
        assertThat(LEX.whole(Vocab.MEDAL, phrase)).contains(medal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Or       | or
            OR       | or
            ● Or     | or
            (argent) | argent
            Bronze   | bronze
            Silver   | argent
            d'or     | or
            """)
    void bareMedalWords(String phrase, String medal) {
        assertThat(LEX.whole(Vocab.MEDAL_WORD, phrase)).contains(medal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le label Territoire Innovant
            labellisation
            orange
            Or, le jury a tranché
            """)
    void notMedals(String phrase) {
        assertThat(LEX.whole(Vocab.MEDAL, phrase)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le palmarès 2025                       | palmares
            Les lauréats 2024                      | palmares
            LES LAURÉATS 2023                      | palmares
            Les heureux gagnants                   | palmares
            Le jury 2025                           | jury
            COMPOSITION DU JURY 2011               | jury
            Les start-up interconnectées 2016      | startup
            Nos partenaires                        | partners
            Labels 2017 : appel à candidatures     | call
            Label 2020 : et si c’était vous ?      | call
            Les lauréats 2018, un an après         | recall
            Sommaire                               | toc
            Table des matières                     | toc
            À propos des Interconnectés            | about
            Les critères de notation               | criteria
            """)
    void zonesTheirHeadingsOpen(String heading, String zone) {
        List<Hit> hits = LEX.find(Vocab.ZONE, heading);
        assertThat(hits).extracting(Hit::key).contains(zone);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Catégorie        | category
            Collectivité(s)  | names
            Collectivité     | names
            Lauréat          | names
            Projet           | title
            Distinction      | medal
            Médaille         | medal
            Département      | place
            Année            | year
            """)
    void fieldLabels(String label, String field) {
        assertThat(LEX.whole(Vocab.FIELD, label)).contains(field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CA                               | epci
            communauté d'agglomération       | epci
            Communauté de communes           | epci
            Métropole                        | epci
            Ville                            | commune
            Mairie                           | commune
            Conseil général                  | departement
            Département                      | departement
            Région                           | region
            SM                               | syndicat
            SIVU                             | syndicat
            Office de tourisme               | autre
            """)
    void forms(String noun, String type) {
        assertThat(LEX.whole(Vocab.FORM, noun)).contains(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            décroche
            se voit décerner
            s’est vu remettre
            a reçu
            repart avec
            est distinguée par
            est lauréate du label
            remporte
            obtient
            recognises
            """)
    void awardVerbs(String phrase) {
        assertThat(LEX.whole(Vocab.AWARD_VERB, phrase)).contains("award");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Côté bronze              | bronze
            côté or                  | or
            L'argent pour            | argent
            """)
    void medalsOfProse(String phrase, String medal) {
        assertThat(LEX.whole(Vocab.MEDAL_PROSE, phrase)).contains(medal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Notre ville                   | commune
            la Ville                      | commune
            the town                      | commune
            notre communauté de communes  | epci
            notre communauté d'agglomération | epci
            le Département                | departement
            la Région                     | region
            Notre collectivité            | any
            lui                           | back
            Ce label                      | back
            notre syndicat                | syndicat
            l'a                           | back
            The award                     | back
            """)
    void ownBodyReferences(String phrase, String key) {
        assertThat(LEX.whole(Vocab.SELF, phrase)).contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Les dossiers pour l'édition 2016 sont attendus avant le 30 juin prochain.
            Les candidatures pour l'édition 2025 sont ouvertes
            """)
    void callsForTheNextEdition(String sentence) {
        assertThat(LEX.contains(Vocab.CALL_CUE, sentence)).isTrue();
    }

    @Test
    void findsLeftmostLongestWithOriginalSpans() {
        Folded f = Folded.of("Catégorie : Inclusion — Label d’argent : Ville de Creuse");
        List<Hit> medals = LEX.find(Vocab.MEDAL, f);
        assertThat(medals).hasSize(1);
        Hit h = medals.get(0);
        assertThat(h.key()).isEqualTo("argent");
        assertThat(f.original().substring(h.originalStart(f), h.originalEnd(f))).isEqualTo("Label d’argent");
    }

    @Test
    void macrosAndSpacesInRuleFiles() {
        Lexicon lex = Lexicon.of("""
                $W = chat|chien
                [ZONE]
                jury = le $W noir
                """);
        assertThat(lex.whole(Vocab.ZONE, "Le   CHIEN noir")).contains("jury");
        assertThat(lex.find(Vocab.ZONE, "un chienloup noir")).isEmpty();
    }

    @Test
    void badRuleFilesNameTheLine() {
        assertThatThrownBy(() -> Lexicon.of("[ZONE]\njury = $NOPE")).hasMessageContaining("text1:2")
                .hasMessageContaining("$NOPE");
        assertThatThrownBy(() -> Lexicon.of("jury = x")).hasMessageContaining("before any");
        assertThatThrownBy(() -> Lexicon.of("[NOPE]")).hasMessageContaining("unknown vocabulary");
    }

    @Test
    void foldingKeepsTheWayBack() {
        Folded f = Folded.of("Cœur d’Île");
        assertThat(f.text()).isEqualTo("coeur d'ile");
        assertThat(f.originalOf(0, 5)).isEqualTo("Cœur");
        assertThat(f.originalOf(6, 11)).isEqualTo("d’Île");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Voir la fiche|FURNITURE|link
            Lire la suite|FURNITURE|link
            En savoir plus|FURNITURE|link
            décembre 2019|DATE|date
            6 & 7 décembre 2016|DATE|date
            le 12/12/2019|DATE|date
            Les lauréats 2018, un an après|RECALL_CUE|retrospective
            """)
    void wholeTextsOfTheNewVocabularies(String text, Vocab vocab, String key) {
        assertThat(LEX.find(vocab, text)).extracting(Hit::key).contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Guichet numérique des familles|FURNITURE
            Voir la fiche du projet de Rennes|FURNITURE
            Lyon|DATE
            """)
    void notWholeTexts(String text, Vocab vocab) {
        assertThat(LEX.whole(vocab, text)).isEmpty();
    }
}
