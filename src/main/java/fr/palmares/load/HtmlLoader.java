package fr.palmares.load;

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
        Document doc;
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            doc = Jsoup.parse(decoded.text(), "", parser);
        } catch (RuntimeException e) {
            throw new LoadException("unreadable HTML: " + oneLine(e), e);
        }
        List<String> warnings = new java.util.ArrayList<>(decoded.warnings());
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
        return m.replaceAll("\\s+", " ").strip();
    }
}
