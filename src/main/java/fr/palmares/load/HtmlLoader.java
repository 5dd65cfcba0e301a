package fr.palmares.load;

import fr.palmares.model.Regexes;
import fr.palmares.load.html.HtmlBlocks;
import fr.palmares.load.html.HtmlCharset;
import fr.palmares.load.html.MainContent;
import fr.palmares.model.Block;
import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page into blocks: the charset is found by {@link HtmlCharset}, the main content (and
 * only it, without menus, banners, related links, share bars...) by {@link MainContent}, and its
 * blocks are made by {@link HtmlBlocks}. Blocks have page 0 and the line of their element in the
 * HTML source.
 */
public final class HtmlLoader implements Loader {

    @Override
    public SourceDocument load(Path file, byte[] bytes, String displayName) throws IOException, LoadException {
        String sha = Hashes.sha256(bytes);
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes);
        List<String> warnings = new java.util.ArrayList<>(decoded.warnings());
        String html = decoded.text();
        Document doc = parse(html);
        for (int repairs = 0; repairs < MAX_REPAIRS; repairs++) {
            Repair repair = closeSwallowingElement(doc, html);
            if (repair == null) {
                break;
            }
            warnings.add("a damaged end tag left <" + repair.element() + "> open over the rest of the page: closed at it");
            html = repair.html();
            doc = parse(html);
        }
        int flattened = flattenDeep(doc);
        if (flattened > 0) {
            warnings.add(flattened + " element(s) nested deeper than " + Limits.MAX_HTML_DEPTH
                    + " levels unwrapped (their text kept)");
        }
        Limits.checkInterrupted();
        Element main = MainContent.find(doc);
        Limits.checkInterrupted();
        List<Block> blocks = HtmlBlocks.read(main);
        if (blocks.isEmpty()) {
            throw new LoadException("no text in this HTML page");
        }
        return new SourceDocument(displayName, sha, "html", blocks, warnings);
    }

    private static final int MAX_REPAIRS = 8;
    /** Elements whose content is raw text: one whose end tag is damaged takes the whole rest of the page. */
    private static final String RAW_TEXT = "script, style, title, textarea, noscript, noframes, noembed, xmp, iframe";

    /** The page's source repaired, and the element closed. */
    private record Repair(String html, String element) {
    }

    private static Document parse(String html) throws LoadException {
        try {
            return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        } catch (RuntimeException e) {
            throw new LoadException("unreadable HTML: " + oneLine(e), e);
        }
    }

    /**
     * A raw-text element (a script, a title...) whose end tag a damaged byte broke ("</scrjpt>") holds the
     * rest of the page (or up to the next such end tag) as its text, "</head>" or "<body>" or "</body>"
     * included, and the page shows nothing. The page's source with
     * that element closed where its first end tag stands, or null when no element swallowed the page.
     */
    private static Repair closeSwallowingElement(Document doc, String html) {
        for (Element e : doc.select(RAW_TEXT)) {
            String data = e.data().isEmpty() ? e.text() : e.data();
            String lower = data.toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains("</head") && !lower.contains("<body") && !lower.contains("</body")
                    && !lower.contains("</html")) {
                continue;
            }
            int start = e.sourceRange().endPos();
            if (start <= 0 || start > html.length()) {
                continue;
            }
            int end = html.indexOf("</", start);
            int close = end < 0 ? -1 : html.indexOf('>', end);
            if (close < 0) {
                continue;
            }
            return new Repair(html.substring(0, end) + "</" + e.normalName() + ">" + html.substring(close + 1),
                    e.normalName());
        }
        return null;
    }

    /**
     * Unwraps the elements nested deeper than {@link Limits#MAX_HTML_DEPTH} (their children go up to
     * their parent), so that no later stage meets a depth the page chose; walked without recursion.
     */
    static int flattenDeep(Document doc) {
        List<Element> deep = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (depth > Limits.MAX_HTML_DEPTH && node instanceof Element e) {
                deep.add(e);
            }
        }, doc);
        for (int i = deep.size() - 1; i >= 0; i--) {
            deep.get(i).unwrap();
        }
        return deep.size();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Regexes.replaceAll(m, "\\s+", " ").strip();
    }
}
