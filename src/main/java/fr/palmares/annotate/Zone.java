package fr.palmares.annotate;

/**
 * The part of a document a block sits in, as the document's own headings announce it. Records are
 * read in the palmarès and in neutral parts, never in the others; a look back gives its records the
 * edition it names.
 */
public enum Zone {
    /** The list of laureates ("Le palmarès 2025", "Les lauréats"). */
    PALMARES,
    /** Nothing announced: introduction, editorial, body of an article. */
    NEUTRAL,
    /** A look back at past laureates ("Les lauréats 2018, un an après", "Rappel"). */
    RECALL,
    JURY,
    STARTUP,
    PARTNERS,
    /** A call for the next edition's candidacies. */
    CALL,
    /** Laureates outside the palmarès ("hors palmarès", "coup de cœur"). */
    OFFLIST,
    /** A table of contents. */
    TOC,
    ABOUT,
    CRITERIA,
    PROGRAMME,
    EDITO;

    /** True where no record is read. */
    public boolean excluded() {
        return switch (this) {
            case JURY, STARTUP, PARTNERS, CALL, OFFLIST, ABOUT, CRITERIA, PROGRAMME -> true;
            default -> false;
        };
    }

    static Zone of(String key) {
        return switch (key) {
            case "palmares" -> PALMARES;
            case "jury" -> JURY;
            case "startup" -> STARTUP;
            case "partners" -> PARTNERS;
            case "call" -> CALL;
            case "recall" -> RECALL;
            case "offlist" -> OFFLIST;
            case "toc" -> TOC;
            case "about" -> ABOUT;
            case "criteria" -> CRITERIA;
            case "programme" -> PROGRAMME;
            case "edito" -> EDITO;
            default -> NEUTRAL;
        };
    }
}
