package fr.palmares.classify;

import fr.palmares.model.DocumentKind;

/** What a document is: its kind and the edition of the label it reports (null when it cannot tell). */
public record Classification(DocumentKind kind, Integer edition) {
}
