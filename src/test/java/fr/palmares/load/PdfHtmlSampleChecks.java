package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.model.Block;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by the tests of the samples' PDF and HTML versions. */
final class PdfHtmlSampleChecks {
    static final String[] NAMES = {"2024-communique-de-presse", "2023-dossier-de-presse", "2013-page-web-labels",
        "2022-article-presse", "2023-annuaire-labels"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

    private PdfHtmlSampleChecks() {
    }

    static SourceDocument load(Loader loader, String name, String ext) throws Exception {
        Path file = Path.of("samples", name + "." + ext);
        byte[] bytes = Files.readAllBytes(file);
        return loader.load(file, bytes, file.toString());
    }

    static String markdown(String name) throws IOException {
        return Files.readString(Path.of("samples", name + ".md"));
    }

    static List<String> texts(SourceDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    static int index(SourceDocument doc, String start) {
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (Text.plainTypography(blocks.get(i).text()).startsWith(Text.plainTypography(start))) {
                return i;
            }
        }
        throw new AssertionError("no block starting with '" + start + "' in " + doc.file());
    }

    static Block block(SourceDocument doc, String start) {
        return doc.blocks().get(index(doc, start));
    }

    /** The words of a text, lower case, typography made plain, Markdown marks dropped. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(Text.plainTypography(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("^[-']+|[-']+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The words of the document that are not words of the Markdown source: words glued together or
     * cut apart by a wrong join of lines, or text that should have been dropped.
     */
    static Set<String> foreignWords(SourceDocument doc, String name) throws IOException {
        Set<String> md = words(markdown(name).replaceAll("</?(sup|sub|b|i|em|strong|u|span|br)\\b[^>]*>", ""));
        Set<String> out = new HashSet<>();
        for (String w : words(String.join("\n", texts(doc)))) {
            if (!md.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The names of the laureates of the gold file that the Markdown source spells out, each folded:
     * the PDF and HTML versions must spell them out too.
     */
    static List<String> goldNamesInMarkdown(String name) throws IOException {
        JsonNode gold;
        try (InputStream in = PdfHtmlSampleChecks.class.getResourceAsStream("/gold/" + name + ".gold.json")) {
            if (in == null) {
                return List.of();
            }
            gold = new ObjectMapper().readTree(in);
        }
        String md = folded(markdown(name));
        List<String> out = new ArrayList<>();
        for (JsonNode laureate : gold.path("laureates")) {
            for (JsonNode c : laureate.path("collectivites")) {
                JsonNode n = c.path("name");
                String first = n.isArray() ? n.path(0).asText() : n.asText();
                String f = Text.fold(first);
                if (!f.isEmpty() && md.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The whole text of a document folded (case, accents, typography, spaces), Markdown marks dropped. */
    static String folded(String text) {
        return Text.fold(text.replace("**", "").replace("\\", "").replace("\n", " "));
    }

    static String folded(SourceDocument doc) {
        return folded(String.join(" ", texts(doc)));
    }

    static void assertGoldNamesPresent(SourceDocument doc, String name) throws IOException {
        String text = folded(doc);
        List<String> names = goldNamesInMarkdown(name);
        assertThat(names).as("gold names of " + name).isNotEmpty();
        for (String n : names) {
            assertThat(text).as(doc.file() + " spells out " + n).contains(n);
        }
    }
}
