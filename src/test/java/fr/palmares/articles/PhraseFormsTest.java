package fr.palmares.articles;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.Gold;
import fr.palmares.matrix.PipelineRun;
import fr.palmares.matrix.Scores;
import fr.palmares.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, table-driven, one row per award form, mention form and title form (and per thing that is
 * not an award): a short press item built around the sentence, extracted by the command line, must give
 * exactly the row's laureates (F1 = 1.0 on every field but region), and nothing for the rows that award
 * nothing. Each row uses its own real collectivité and an invented project; edition 2015.
 *
 * <p>The rows listed in {@code NOT_YET} are extracted but their assertion is skipped, with the reason.
 */
class PhraseFormsTest {
    private static final Path WORK = Path.of("target/phrase-forms");
    private static final int EDITION = 2015;

    /** An expected laureate: medal, category (or null), accepted titles, and each body's accepted names. */
    record Win(String medal, @Nullable String category, List<String> titles, List<Body> bodies) {
    }

    /** An expected body: its accepted names and its current region. */
    record Body(String region, List<String> names) {
    }

    static Body body(String region, String... names) {
        return new Body(region, Arrays.asList(names));
    }

    static Win win(String medal, @Nullable String category, String title, Body... bodies) {
        return new Win(medal, category, List.of(title), List.of(bodies));
    }

    static Arguments row(String form, String text, Win... wins) {
        return Arguments.of(form, text, List.of(wins));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // ---- award forms
                row("décroche", "Agen décroche le label d’or pour son service « Agen Rendez-vous ».",
                        win("or", null, "Agen Rendez-vous", body("75", "Agen", "Ville d’Agen"))),
                row("remporte", "La ville de Tarbes remporte un label d’argent avec « Tarbes Quartiers ».",
                        win("argent", null, "Tarbes Quartiers", body("76", "Tarbes", "Ville de Tarbes"))),
                row("obtient", "Le département du Gers obtient le label de bronze pour « Gers Services ».",
                        win("bronze", null, "Gers Services", body("76", "département du Gers", "Département du Gers",
                                "Conseil départemental du Gers"))),
                row("se voit décerner", "La ville d’Albi se voit décerner un label d’argent pour « Albi Patrimoine ».",
                        win("argent", null, "Albi Patrimoine", body("76", "Albi", "Ville d’Albi"))),
                row("s'est vu remettre", "Bayonne s’est vu remettre lundi le label d’or pour « Bayonne Quartiers ».",
                        win("or", null, "Bayonne Quartiers", body("75", "Bayonne", "Ville de Bayonne"))),
                row("a reçu", "La commune de Foix a reçu le label de bronze pour « Foix Accueil ».",
                        win("bronze", null, "Foix Accueil", body("76", "Foix", "Commune de Foix", "Ville de Foix"))),
                row("repart avec", "Auch repart de Lyon avec un label d’argent pour « Auch Culture ».",
                        win("argent", null, "Auch Culture", body("76", "Auch", "Ville d’Auch"))),
                row("est distinguée par", "La ville de Rodez est distinguée par un label d’or pour « Rodez en Bus ».",
                        win("or", null, "Rodez en Bus", body("76", "Rodez", "Ville de Rodez"))),
                row("est lauréate de", "Castres (Tarn) est lauréate de l’édition 2015 du label : le jury lui a "
                        + "attribué le bronze pour « Castres Familles ».",
                        win("bronze", null, "Castres Familles", body("76", "Castres", "Castres (Tarn)",
                                "Ville de Castres"))),
                row("l'or", "L’or revient à Mende, pour « Mende Facile ».",
                        win("or", null, "Mende Facile", body("76", "Mende", "Ville de Mende"))),
                row("la distinction d'argent", "Montluçon reçoit la distinction d’argent pour « Montluçon Sport ».",
                        win("argent", null, "Montluçon Sport", body("84", "Montluçon", "Ville de Montluçon"))),
                row("même distinction pour", "Vichy décroche un label de bronze pour « Vichy Seniors ». Même "
                        + "distinction pour Moulins, sa voisine de l’Allier, récompensée pour « Moulins Démarches ».",
                        win("bronze", null, "Vichy Seniors", body("84", "Vichy", "Ville de Vichy")),
                        win("bronze", null, "Moulins Démarches", body("84", "Moulins", "Ville de Moulins"))),
                row("tout comme", "Périgueux obtient un label d’argent pour « Périgueux Ensemble », tout comme "
                        + "Sarlat-la-Canéda pour « Sarlat Patrimoine ».",
                        win("argent", null, "Périgueux Ensemble", body("75", "Périgueux", "Ville de Périgueux")),
                        win("argent", null, "Sarlat Patrimoine", body("75", "Sarlat-la-Canéda",
                                "Ville de Sarlat-la-Canéda"))),
                row("la première pour, la seconde pour", "Brive-la-Gaillarde et Tulle obtiennent chacune un label de "
                        + "bronze, la première pour « Brive Connect », la seconde pour « Tulle Accueil ».",
                        win("bronze", null, "Brive Connect", body("75", "Brive-la-Gaillarde", "Ville de Brive-la-Gaillarde")),
                        win("bronze", null, "Tulle Accueil", body("75", "Tulle", "Ville de Tulle"))),
                row("(Label Or) after each project", "Le jury a aussi retenu le projet Quimperlé Mobilité porté par "
                        + "Quimperlé Communauté (Label Or) et le projet Concarneau Seniors porté par la ville de "
                        + "Concarneau (Label Bronze).",
                        win("or", null, "Quimperlé Mobilité", body("53", "Quimperlé Communauté",
                                "CA Quimperlé Communauté")),
                        win("bronze", null, "Concarneau Seniors", body("53", "Concarneau", "Ville de Concarneau",
                                "ville de Concarneau"))),
                // ---- mention forms
                row("slash-joined co-award", "Annonay / Tournon-sur-Rhône décrochent un label d’argent pour "
                        + "« Vallée Numérique ».",
                        win("argent", null, "Vallée Numérique", body("84", "Annonay", "Ville d’Annonay"),
                                body("84", "Tournon-sur-Rhône", "Ville de Tournon-sur-Rhône"))),
                row("comma-joined co-award", "Le label de bronze récompense « Jura Lecture », porté par Dole, "
                        + "Lons-le-Saunier et Saint-Claude.",
                        win("bronze", null, "Jura Lecture", body("27", "Dole", "Ville de Dole"),
                                body("27", "Lons-le-Saunier", "Ville de Lons-le-Saunier"),
                                body("27", "Saint-Claude", "Ville de Saint-Claude"))),
                row("acronym defined then reused", "La Communauté intercommunale des Villes solidaires (CIVIS) "
                        + "présentait deux dossiers. C’est finalement « Sud Sauvage Numérique » qui vaut à la CIVIS "
                        + "un label d’or.",
                        win("or", null, "Sud Sauvage Numérique", body("04", "CIVIS", "La CIVIS",
                                "Communauté intercommunale des Villes solidaires (CIVIS)",
                                "Communauté intercommunale des Villes solidaires", "CA CIVIS"))),
                row("lower-case institution", "Le conseil départemental de l’Ariège obtient le label d’argent pour "
                        + "« Ariège Proximité ».",
                        win("argent", null, "Ariège Proximité", body("76", "conseil départemental de l’Ariège",
                                "Conseil départemental de l’Ariège", "Département de l’Ariège"))),
                row("lower-case communauté de communes", "La communauté de communes du Clunisois obtient un label "
                        + "de bronze pour « Cluny Mobilité ».",
                        win("bronze", null, "Cluny Mobilité", body("27", "communauté de communes du Clunisois",
                                "Communauté de communes du Clunisois", "CC du Clunisois"))),
                row("(93) qualifier", "Aubervilliers (93) obtient un label de bronze pour « Auber Cité ».",
                        win("bronze", null, "Auber Cité", body("11", "Aubervilliers", "Aubervilliers (93)",
                                "Ville d’Aubervilliers"))),
                // ---- title forms and category
                row("la plateforme X", "Chartres obtient le label d’argent pour sa plateforme Chartres Rendez-vous.",
                        win("argent", null, "Chartres Rendez-vous", body("24", "Chartres", "Ville de Chartres"))),
                row("son application X", "Bourges décroche le label de bronze grâce à son application Bourges en "
                        + "Direct, lancée au printemps.",
                        win("bronze", null, "Bourges en Direct", body("24", "Bourges", "Ville de Bourges"))),
                row("category given", "Dans la catégorie « Éducation et jeunesse numériques », Évreux décroche "
                        + "l’or pour « Évreux Cartable ».",
                        win("or", "Éducation et jeunesse numériques", "Évreux Cartable", body("28", "Évreux",
                                "Ville d’Évreux"))),
                // ---- what is not an award
                row("jury member", "La présidente du jury, élue de la ville de Pau, a salué la qualité des dossiers."),
                row("finalists beaten", "Arles et Nîmes, toutes deux finalistes, repartent sans label."),
                row("candidate", "La ville d’Orange présentera sa candidature au label l’an prochain."),
                row("partner", "La cérémonie a été organisée avec le soutien de la Région Rhône-Alpes et de la "
                        + "Caisse des Dépôts."),
                row("start-up prize", "Le prix start-up revient à Datapolis, une jeune entreprise installée à Nantes."),
                row("another prize (Territoria)", "Le même mois, Épinal décroche un Territoria d’or pour son budget "
                        + "participatif."),
                row("another label (Villes Internet)", "Épinal obtient par ailleurs @@@@@ au label Villes Internet."),
                row("another label's own \"label\" (Villes Internet)", "Épinal obtient une quatrième arobase au label "
                        + "Villes Internet pour son portail « Épinal en ligne »."),
                row("call for the next edition", "Les collectivités pourront candidater à l’édition 2016 jusqu’au "
                        + "30 juin."));
    }

    /** The press item around a row's text. */
    static String document(String text) {
        return "Le Courrier des territoires — mercredi 9 décembre " + EDITION + "\n\n"
                + "Label Territoire Innovant " + EDITION + " : ce qu’il faut retenir\n\n"
                + text + "\n\n"
                + "La remise des labels s’est déroulée lundi soir à Lyon, au forum des Interconnectés.\n";
    }

    static Gold gold(String form, List<Win> wins) {
        List<Gold.GoldLaureate> ls = new ArrayList<>();
        for (Win w : wins) {
            ls.add(new Gold.GoldLaureate(EDITION, w.medal(), w.category() == null ? List.of() : List.of(w.category()),
                    w.titles(), w.bodies().stream().map(b -> new Gold.GoldCollectivite(b.names(), b.region(), false))
                            .toList(), List.of()));
        }
        return new Gold(form, "article", EDITION, ls, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theRowIsConsistent(String form, String text, List<Win> wins) {
        String folded = Text.fold(text);
        for (Win w : wins) {
            assertThat(w.titles().stream().anyMatch(t -> folded.contains(Text.fold(t)))).as(form + ": title").isTrue();
            for (Body b : w.bodies()) {
                assertThat(b.names().stream().anyMatch(n -> folded.contains(Text.fold(n)))).as(form + ": name").isTrue();
            }
        }
    }

    /** Rows whose form the prose reader does not read yet (issue 11, left open), with what is missing. */
    private static final java.util.Map<String, String> NOT_YET = java.util.Map.of();

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void extractsExactlyTheRowsLaureates(String form, String text, List<Win> wins) throws Exception {
        Files.createDirectories(WORK);
        Path doc = WORK.resolve(form.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
        Files.writeString(doc, document(text), StandardCharsets.UTF_8);
        PipelineRun.Result run = PipelineRun.extract(doc, WORK);
        Evaluator.Result r = Scores.score(gold(form, wins), run.laureates());
        assertThat(run.status()).as(run.log()).isZero();
        org.junit.jupiter.api.Assumptions.assumeFalse(NOT_YET.containsKey(form), () -> "not read yet: " + NOT_YET.get(form));
        if (wins.isEmpty()) {
            assertThat(run.laureates()).as(form + ": nothing is awarded\n" + Scores.differences(r)).isEmpty();
        }
        assertThat(Scores.failing(r)).as(form + "\n" + text + "\n" + Scores.differences(r)).isEmpty();
    }
}
