package fr.palmares.model;

import java.util.Locale;

/** The kinds of archive documents, each with a parser of its own. */
public enum DocumentKind {
    COMMUNIQUE,
    DOSSIER,
    ANNUAIRE,
    ARTICLE,
    PAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind fromCode(String code) {
        for (DocumentKind k : values()) {
            if (k.code().equalsIgnoreCase(code.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document type '" + code
                + "' (expected communique, dossier, annuaire, article or page)");
    }
}
