package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.RawLaureate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parser reads which kind of document: the kind's own parser first, then the others as a
 * fallback when it finds nothing (a press release laid out like a press kit is still read).
 */
public final class ParserRegistry {
    private final Parser list = new ListParser();
    private final Parser sequence = new SequenceParser();
    private final Parser article = new ArticleParser();
    private final Parser table = new TableParser();
    private final Parser cards = new KeyValueParser();
    private final Reconciler reconciler = new Reconciler();

    /** The laureates, and what the document's structure says of them (a yearbook's lists vs its pages). */
    public record Parsed(List<RawLaureate> laureates, List<String> warnings) {
    }

    public Parsed parseWithChecks(DocumentKind kind, List<Block> blocks, ParseContext ctx) {
        List<RawLaureate> found = new ArrayList<>();
        for (Parser p : chain(kind)) {
            found.addAll(p.parse(blocks, ctx));
            if (!found.isEmpty() && kind != DocumentKind.ARTICLE) {
                break;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (kind == DocumentKind.ANNUAIRE) {
            warnings.addAll(summaryAgainstPages(found));
        }
        return new Parsed(reconciler.reconcile(found), warnings);
    }

    /** A yearbook lists its laureates per category, then gives each a page: each should be in both. */
    private static List<String> summaryAgainstPages(List<RawLaureate> found) {
        List<RawLaureate> pages = new ArrayList<>();
        List<RawLaureate> lists = new ArrayList<>();
        for (RawLaureate r : found) {
            boolean page = r.origin() != null && AwardSentence.read(r.origin().text()).isPresent();
            (page ? pages : lists).add(r);
        }
        List<String> out = new ArrayList<>();
        if (pages.isEmpty() || lists.isEmpty()) {
            return out;
        }
        for (RawLaureate l : lists) {
            if (pages.stream().noneMatch(p -> Reconciler.sameAward(p, l))) {
                out.add("in a summary list but without a laureate page: " + describe(l));
            }
        }
        for (RawLaureate p : pages) {
            if (lists.stream().noneMatch(l -> Reconciler.sameAward(p, l))) {
                out.add("laureate page missing from the summary lists: " + describe(p));
            }
        }
        return out;
    }

    private static String describe(RawLaureate r) {
        return String.join(", ", r.collectivites()) + " - " + r.project()
                + (r.origin() == null ? "" : " (" + r.origin().where() + ")");
    }

    private List<Parser> chain(DocumentKind kind) {
        switch (kind) {
            case DOSSIER:
                return List.of(sequence, table, cards, list, article);
            case ARTICLE:
                return List.of(article, table, cards, list);
            case ANNUAIRE:
            case COMMUNIQUE:
            case PAGE:
            default:
                return List.of(list, table, cards, sequence, article);
        }
    }
}
