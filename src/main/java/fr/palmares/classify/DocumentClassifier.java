package fr.palmares.classify;

import fr.palmares.model.DocumentKind;
import fr.palmares.model.SourceDocument;

/** Classifies a document (kind, edition); either may be forced by the user. */
public final class DocumentClassifier {
    private final KindDetector kinds = new KindDetector();
    private final EditionDetector editions = new EditionDetector();

    public Classification classify(SourceDocument doc, DocumentKind forcedKind, Integer forcedEdition) {
        DocumentKind kind = forcedKind != null ? forcedKind : kinds.detect(doc.blocks());
        Integer edition = forcedEdition != null ? forcedEdition : editions.detect(doc.blocks());
        return new Classification(kind, edition);
    }
}
