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
    private final Reconciler reconciler = new Reconciler();

    public List<RawLaureate> parse(DocumentKind kind, List<Block> blocks, ParseContext ctx) {
        List<RawLaureate> found = new ArrayList<>();
        for (Parser p : chain(kind)) {
            found.addAll(p.parse(blocks, ctx));
            if (!found.isEmpty() && kind != DocumentKind.ARTICLE) {
                break;
            }
        }
        return reconciler.reconcile(found);
    }

    private List<Parser> chain(DocumentKind kind) {
        switch (kind) {
            case DOSSIER:
                return List.of(sequence, table, list, article);
            case ARTICLE:
                return List.of(article, table, list);
            case ANNUAIRE:
            case COMMUNIQUE:
            case PAGE:
            default:
                return List.of(list, table, sequence, article);
        }
    }
}
