package fr.palmares.articles;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.Gold;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The articles' gold itself, independent of the extraction: one gold per article and one article per
 * gold, each listed in the README; every expected title and name is in the article's text; the gold
 * scores 1.0 against itself and 0 against nothing.
 */
class ArticleGoldTest {

    static List<Path> golds() {
        return Articles.golds();
    }

    @Test
    void everyArticleHasItsGoldAndIsInTheReadme() throws Exception {
        String readme = Files.readString(Articles.DIR.resolve("README.md"));
        List<String> documents = Articles.documents().stream().map(p -> p.getFileName().toString()).toList();
        List<String> described = Articles.golds().stream().map(g -> Articles.gold(g).document()).toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(documents);
        documents.forEach(d -> assertThat(readme).as("README lists " + d).contains("`" + d + "`"));
        assertThat(documents).hasSizeGreaterThanOrEqualTo(14);
        assertThat(documents.stream().filter(d -> d.startsWith("n"))).as("negatives").hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void everyExpectedTitleAndNameIsInTheArticle(Path goldFile) throws Exception {
        Gold gold = Articles.gold(goldFile);
        String text = fold(Articles.text(Articles.DIR.resolve(gold.document())));
        assertThat(gold.document().startsWith("n")).as("negatives, and only they, expect nothing")
                .isEqualTo(gold.laureates().isEmpty());
        for (Gold.GoldLaureate l : gold.laureates()) {
            assertThat(l.edition()).isEqualTo(gold.edition());
            assertThat(l.project().stream().map(ArticleGoldTest::fold).anyMatch(text::contains))
                    .as(gold.document() + ": a title of " + l.project()).isTrue();
            for (Gold.GoldCollectivite c : l.collectivites()) {
                assertThat(c.names().stream().map(ArticleGoldTest::fold).anyMatch(text::contains))
                        .as(gold.document() + ": a name of " + c.names()).isTrue();
            }
            for (String category : l.category()) {
                assertThat(text).as(gold.document() + ": category").contains(fold(category));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void theGoldScoresOneAgainstItself(Path goldFile) {
        Gold gold = Articles.gold(goldFile);
        List<Laureate> perfect = new ArrayList<>();
        for (Gold.GoldLaureate l : gold.laureates()) {
            perfect.add(new Laureate(null, l.edition(), l.medal(), l.category().isEmpty() ? null : l.category().get(0),
                    l.project().get(0), l.collectivites().stream().map(c -> new Collectivite(c.names().get(0), null,
                            null, null, c.region(), null, null)).toList(), null, List.of(), 1.0, List.of()));
        }
        Evaluator.Result r = new Evaluator().evaluate(gold, perfect);
        r.scores().forEach((field, s) -> assertThat(s.f1()).as(gold.document() + " " + field).isEqualTo(1.0));
        Laureate stray = new Laureate(null, gold.edition(), "or", null, "Un projet qui n'existe pas",
                List.of(Collectivite.unresolved("Ville de Nulle-Part", "commune")), null, List.of(), 1.0, List.of());
        Evaluator.Result wrong = new Evaluator().evaluate(gold, gold.laureates().isEmpty() ? List.of(stray) : List.of());
        assertThat(wrong.scores().get("record").f1()).as("a test that can fail").isZero();
    }

    private static String fold(String s) {
        return Text.fold(s).replace('"', ' ').replaceAll("\\s+", " ").strip();
    }
}
