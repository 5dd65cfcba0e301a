package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.lexicon.Lexicon;
import fr.palmares.model.Line;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrappedLinesTest {
    private final WrappedLines wrapped = new WrappedLines(Lexicon.get(), new Names(fr.palmares.pipeline.Geo.oracle(), Lexicon.get()));

    /** Lines separated by "/" in, logical lines separated by "/" out. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an open quotation goes on
        "LABEL D’ARGENT : Ville de Mérignac pour « Carte/interactive des services de proximité »"
            + "|LABEL D’ARGENT : Ville de Mérignac pour « Carte interactive des services de proximité »",
        // a lower-case start goes on
        "LABEL D’OR : Communauté d’agglomération/d’Annecy pour « Guichet »"
            + "|LABEL D’OR : Communauté d’agglomération d’Annecy pour « Guichet »",
        // a form noun alone waits for its name
        "LABEL DE BRONZE : Communauté de communes/Vallée de l’Hérault pour « Guichet »"
            + "|LABEL DE BRONZE : Communauté de communes Vallée de l’Hérault pour « Guichet »",
        // a preposition at the end goes on
        "Label d’or : Département du Val-d’Oise pour/« Val d’Oise Démarches »"
            + "|Label d’or : Département du Val-d’Oise pour « Val d’Oise Démarches »",
        // an open parenthesis goes on
        "Eurométropole de Strasbourg (représentant France/Urbaine)|Eurométropole de Strasbourg (représentant France Urbaine)",
        // a word cut by a hyphen is joined
        "des retours d’ex-/périence|des retours d’expérience",
        // records one per line stay apart
        "Ville de Rennes — Guichet numérique/Département de la Manche — Tri connecté"
            + "|Ville de Rennes — Guichet numérique/Département de la Manche — Tri connecté",
        "Label d'or attribué à la Ville de Paris/Pour le projet «Démat'URBA»"
            + "|Label d'or attribué à la Ville de Paris/Pour le projet «Démat'URBA»",
        // a finished sentence ends the line
        "Le jury a siégé./les lauréats sont connus|Le jury a siégé./les lauréats sont connus",
        // a name wrapped before its last word, the title's intro on the next line
        "LABEL D’ARGENT : Syndicat mixte Isère Savoie/Numérique pour « Fibre ouverte »"
            + "|LABEL D’ARGENT : Syndicat mixte Isère Savoie Numérique pour « Fibre ouverte »",
        // a next line opening with a name of its own is a record of its own
        "Label d’or : Ville de Rennes/Brest pour « Guichet »|Label d’or : Ville de Rennes/Brest pour « Guichet »",
        // a long sentence stopped on a bare word, finished by the next line
        "La remise des labels s’est tenue le 8 décembre en clôture du forum, diffusé depuis/Lyon."
            + "|La remise des labels s’est tenue le 8 décembre en clôture du forum, diffusé depuis Lyon.",
        // a field label at the end waits for its value
        "Ville de Brest — « Tri connecté » : label d’argent, catégorie/Sobriété et transition écologique"
            + "|Ville de Brest — « Tri connecté » : label d’argent, catégorie Sobriété et transition écologique",
        // a form noun after "porté par" waits for its name
        "3. Guichet en ligne, porté par Communauté de communes/Cœur de Savoie — label d’or"
            + "|3. Guichet en ligne, porté par Communauté de communes Cœur de Savoie — label d’or",
        // a name cut before its last word, a dash after it
        "7. Fibre pour tous, porté par Syndicat mixte Isère Savoie/Numérique — label de bronze"
            + "|7. Fibre pour tous, porté par Syndicat mixte Isère Savoie Numérique — label de bronze",
        // the same before a comma
        "Syndicat mixte Isère Savoie/Numérique, label de bronze|Syndicat mixte Isère Savoie Numérique, label de bronze",
        // a parenthesis at the start of a line goes with the line before
        "Kaz Numérik, porté par Ville du Lamentin — label d’or/(Services aux habitants)"
            + "|Kaz Numérik, porté par Ville du Lamentin — label d’or (Services aux habitants)",
        // a field label ending a longer phrase waits for its value
        "Ville d’Aurillac, pour « Les jardins qui parlent » — prix de la catégorie/Sobriété et transition écologique"
            + "|Ville d’Aurillac, pour « Les jardins qui parlent » — prix de la catégorie Sobriété et transition écologique",
        // a line opening with a spaced dash goes on with the one before
        "Ville d’Aurillac, pour « Les jardins qui parlent »/— prix de la catégorie Sobriété"
            + "|Ville d’Aurillac, pour « Les jardins qui parlent » — prix de la catégorie Sobriété",
        // a name ending with a form word is whole
        "Rennes Métropole/Open data|Rennes Métropole/Open data",
    })
    void joinsWhatWasWrapped(String in, String out) {
        List<Line> lines = Arrays.stream(in.split("/(?!/)")).map(s -> Line.of(s, 1, 1)).toList();
        List<String> got = wrapped.join(lines).stream().map(Line::text).toList();
        assertThat(String.join("/", got)).isEqualTo(out);
    }
}
