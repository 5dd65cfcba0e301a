package fr.palmares.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import fr.palmares.pipeline.DocumentReport;
import fr.palmares.pipeline.Extraction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's data: reasons to check, documents, the JSON the page reads, and the page's size. */
class ReportDataTest {
    private static final Collectivite RENNES = new Collectivite("Ville de Rennes", "commune", "213502388", "35", "53",
            "Bretagne", new Collectivite.Match("exact", 1.0));
    private static final Source SOURCE = new Source("samples/a.md", "0".repeat(64), "communique", null, 12);
    private static final Evidence EVIDENCE = new Evidence("samples/a.md", null, 12, "Ville de Rennes\nLe projet",
            List.of(new Evidence.FieldSpan("collectivite", 0, 15), new Evidence.FieldSpan("project", 16, 25)));
    private static final List<ReportData.Region> REGIONS = List.of(new ReportData.Region("53", "Bretagne"),
            new ReportData.Region("04", "La Réunion"), new ReportData.Region("11", "Île-de-France"));

    private static Laureate laureate(String medal, double confidence, List<Collectivite> coll, List<Conflict> conflicts,
            List<Evidence> evidence) {
        return new Laureate("0123456789abcdef", 2024, medal, "Données", "Le projet", coll, null, List.of(SOURCE),
                confidence, conflicts, evidence);
    }

    static List<Arguments> doubts() {
        Collectivite unresolved = Collectivite.unresolved("SIVU", "syndicat");
        Collectivite inferred = new Collectivite("CA d'Annecy", "epci", "200066793", "74", "84", "Auvergne-Rhône-Alpes",
                new Collectivite.Match("inferred", 0.9));
        Collectivite fuzzy = new Collectivite("Marenne Adour Côte Sud", "epci", "244000675", "40", "75",
                "Nouvelle-Aquitaine", new Collectivite.Match("fuzzy", 0.87));
        Collectivite noRegion = new Collectivite("Saint-Pierre-et-Miquelon", "autre", null, "975", null, null,
                new Collectivite.Match("exact", 1.0));
        Conflict medals = new Conflict("medal", List.of("or", "argent"), List.of("a.md", "b.md"));
        return List.of(
                Arguments.of(laureate("or", 0.95, List.of(RENNES), List.of(), List.of(EVIDENCE)), List.of()),
                Arguments.of(laureate("or", 0.6, List.of(RENNES), List.of(), List.of(EVIDENCE)), List.of("confidence")),
                Arguments.of(laureate("or", 0.95, List.of(RENNES), List.of(medals), List.of(EVIDENCE)), List.of("conflict")),
                Arguments.of(laureate("or", 0.95, List.of(RENNES, unresolved), List.of(), List.of(EVIDENCE)),
                        List.of("unresolved")),
                Arguments.of(laureate("or", 0.95, List.of(inferred), List.of(), List.of(EVIDENCE)), List.of("inferred")),
                Arguments.of(laureate("or", 0.95, List.of(fuzzy), List.of(), List.of(EVIDENCE)), List.of("fuzzy")),
                Arguments.of(laureate("or", 0.95, List.of(noRegion), List.of(), List.of(EVIDENCE)), List.of("no-region")),
                Arguments.of(laureate(null, 0.95, List.of(RENNES), List.of(), List.of(EVIDENCE)), List.of("no-medal")),
                Arguments.of(laureate("or", 0.95, List.of(RENNES), List.of(), List.of()), List.of("no-evidence")),
                // several doubts, the most serious first
                Arguments.of(laureate(null, 0.6, List.of(unresolved), List.of(medals), List.of()),
                        List.of("conflict", "confidence", "unresolved", "no-medal", "no-evidence")));
    }

    @ParameterizedTest
    @MethodSource("doubts")
    void aLaureateIsToCheckForEachDoubtMostSeriousFirst(Laureate l, List<String> codes) {
        assertThat(Reason.of(l)).extracting(Reason::code).containsExactlyElementsOf(codes);
    }

    @Test
    void reasonsSayWhatIsWrongInWords() {
        Conflict medals = new Conflict("medal", List.of("or", "argent"), List.of("a.md", "b.md"));
        assertThat(Reason.of(laureate("or", 0.95, List.of(RENNES), List.of(medals), List.of(EVIDENCE))))
                .extracting(Reason::text).containsExactly("sources disagree on the medal: or / argent (a.md, b.md)");
        assertThat(Reason.of(laureate("or", 0.6, List.of(Collectivite.unresolved("Hub du Sud", "autre")), List.of(),
                List.of(EVIDENCE)))).extracting(Reason::text)
                .containsExactly("low confidence 0.60 (read from prose)", "“Hub du Sud” not found in the official geography");
    }

    @Test
    void documentsCarryTheirWarningsAndFailures() {
        Extraction run = new Extraction(List.of(),
                List.of(new DocumentReport("a.md", "text", "page", 2013, 26), new DocumentReport("b.md", "text", "article",
                        2022, 0), new DocumentReport("c.md", "text", "communique", 2024, 21)),
                List.of("d.pdf: corrupt PDF: no trailer"),
                List.of("a.md: announces 25 laureates, 26 extracted", "b.md: no laureate found (read as article)",
                        "unresolved collectivité \"SIVU\": no place in the name: SIVU"), List.of());
        List<DocumentCheck> docs = DocumentCheck.of(run);
        assertThat(docs).containsExactly(
                new DocumentCheck("a.md", "page", 2013, 26, List.of("announces 25 laureates, 26 extracted"), null),
                new DocumentCheck("b.md", "article", 2022, 0, List.of("no laureate found (read as article)"), null),
                new DocumentCheck("c.md", "communique", 2024, 21, List.of(), null),
                new DocumentCheck("d.pdf", null, null, 0, List.of(), "corrupt PDF: no trailer"));
        assertThat(docs).extracting(DocumentCheck::needsCheck).containsExactly(true, true, false, true);
        ReportData data = new ReportData("test", List.of(), REGIONS, docs);
        assertThat(data.documentsToCheck()).isEqualTo(3);
    }

    @Test
    void theDataNamesFilesOnceAndKeepsEveryFieldTheReviewShows() throws Exception {
        Laureate l = laureate("or", 0.6, List.of(RENNES, Collectivite.unresolved("SIVU", "syndicat")), List.of(),
                List.of(EVIDENCE));
        ReportData data = new ReportData("samples", List.of(l), REGIONS, null);
        JsonNode root = new ObjectMapper().readTree(data.json());
        assertThat(root.get("files")).hasSize(1);
        assertThat(root.get("files").get(0).asText()).isEqualTo("samples/a.md");
        assertThat(root.get("regions").findValuesAsText("code")).containsExactly("04", "11", "53");
        assertThat(root.get("regions").get(0).get("overseas").asBoolean()).isTrue();
        assertThat(root.get("regions").get(2).get("overseas").asBoolean()).isFalse();
        assertThat(root.has("documents")).isFalse();
        JsonNode row = root.get("laureates").get(0);
        assertThat(row.get("project").asText()).isEqualTo("Le projet");
        assertThat(row.get("coll").get(0).get("region").asText()).isEqualTo("53");
        assertThat(row.get("coll").get(1).has("match")).isFalse();
        assertThat(row.get("src").get(0).get("f").asInt()).isZero();
        assertThat(row.get("src").get(0).get("line").asInt()).isEqualTo(12);
        assertThat(row.get("ev").get(0).get("text").asText()).isEqualTo("Ville de Rennes\nLe projet");
        assertThat(row.get("ev").get(0).get("spans").toString()).isEqualTo("[[\"collectivite\",0,15],[\"project\",16,25]]");
        assertThat(row.get("why").get(0).get(0).asText()).isEqualTo("confidence");
        assertThat(row.get("why").get(1).get(0).asText()).isEqualTo("unresolved");
        assertThat(data.toCheck()).isEqualTo(1);
    }

    @Test
    void thePageHoldsTheDataPackedAndNothingFromTheDocumentsAsMarkup() throws Exception {
        Laureate l = new Laureate("0123456789abcdef", 2024, "or", null, "</script><script>alert(1)</script>",
                List.of(RENNES), "<!-- a comment", List.of(SOURCE), 0.95, List.of(), List.of());
        ReportData data = new ReportData("<b>name</b>", List.of(l), REGIONS, null);
        String page = new String(HtmlReport.render(data), StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("alert(1)", "<!-- a comment", "<b>name");
        assertThat(page).contains("<title>Territoire Innovant — &lt;b&gt;name&lt;/b&gt;</title>");
        assertThat(HtmlReport.unpack(page)).isEqualTo(data.json());
        assertThat(new ObjectMapper().readTree(HtmlReport.unpack(page)).get("laureates").get(0).get("project").asText())
                .isEqualTo("</script><script>alert(1)</script>");
        // nothing is fetched: no external script, style sheet, font or image
        assertThat(page).doesNotContain("<script src", "<link", "url(", "@import", "<img", "<iframe", "fetch(",
                "XMLHttpRequest");
    }

    @Test
    void theSameDatasetGivesTheSameBytes() {
        List<Laureate> ls = generated(200, new Random(7));
        byte[] a = HtmlReport.render(new ReportData("d", ls, REGIONS, null));
        byte[] b = HtmlReport.render(new ReportData("d", new ArrayList<>(ls), List.of(REGIONS.get(2), REGIONS.get(0),
                REGIONS.get(1)), null));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void twoThousandLaureatesStayUnderTwoMegabytes() {
        List<Laureate> ls = generated(2000, new Random(42));
        byte[] page = HtmlReport.render(new ReportData("2,000 laureates", ls, REGIONS, null));
        assertThat(page.length).as("bytes for 2,000 laureates").isLessThan(2 * 1024 * 1024);
        assertThat(count(HtmlReport.unpack(new String(page, StandardCharsets.UTF_8)), "\"project\":")).isEqualTo(2000);
    }

    /**
     * Laureates shaped like a yearbook's, the largest records of the samples: two collectivités, a
     * description of 400 characters, two sources each with its snippet holding the whole record.
     */
    static List<Laureate> generated(int n, Random r) {
        String[] medals = {"or", "argent", "bronze", null};
        String[] words = ("plateforme numérique citoyenne données ouvertes inclusion territoire services usagers "
                + "mobilité énergie école médiathèque tiers-lieu capteurs gestion participative outil carte").split(" ");
        List<Laureate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String project = sentence(r, words, 6) + " " + i;
            String description = sentence(r, words, 55);
            String commune = "Ville de " + capital(words[r.nextInt(words.length)]) + "-sur-" + capital(words[r.nextInt(words.length)]);
            String epci = "Communauté d'agglomération du Pays de " + capital(words[r.nextInt(words.length)]);
            Collectivite a = new Collectivite(commune, "commune", String.format("2%08d", i), "35", "53", "Bretagne",
                    new Collectivite.Match("exact", 1.0));
            Collectivite b = new Collectivite(epci, "epci", String.format("24%07d", i), "35", "53", "Bretagne",
                    new Collectivite.Match(i % 10 == 0 ? "inferred" : "exact", 0.9));
            String category = "Catégorie " + capital(words[i % 7]);
            List<Source> sources = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            for (String file : List.of("archives/" + (2009 + i % 17) + "/annuaire-des-labels.pdf",
                    "archives/" + (2009 + i % 17) + "/dossier-de-presse.html")) {
                sources.add(new Source(file, "a".repeat(64), "annuaire", 3 + i % 40, null));
                String snippet = category + "\n" + commune + " et " + epci + "\n" + project + "\n" + description;
                int c0 = category.length() + 1;
                int p0 = c0 + commune.length() + 4 + epci.length() + 1;
                evidence.add(new Evidence(file, 3 + i % 40, null, snippet, List.of(
                        new Evidence.FieldSpan("category", 0, category.length()),
                        new Evidence.FieldSpan("collectivite", c0, c0 + commune.length()),
                        new Evidence.FieldSpan("collectivite", c0 + commune.length() + 4, p0 - 1),
                        new Evidence.FieldSpan("project", p0, p0 + project.length()),
                        new Evidence.FieldSpan("description", p0 + project.length() + 1, snippet.length()))));
            }
            out.add(new Laureate(String.format("%016x", (long) i * 7919), 2009 + i % 17, medals[i % 4], category, project,
                    List.of(a, b), description, sources, i % 5 == 0 ? 0.6 : 0.95, List.of(), evidence));
        }
        return out;
    }

    private static String sentence(Random r, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? capital(words[r.nextInt(words.length)]) : " " + words[r.nextInt(words.length)]);
        }
        return sb.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

}
