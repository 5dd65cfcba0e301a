package fr.palmares.lexicon;

/**
 * The named vocabularies of the lexicon, one per kind of phrase the documents use. Each is a section
 * {@code [name]} of a rule file under {@code src/main/resources/lexicon/}; its entries' keys are listed
 * here.
 */
public enum Vocab {
    /** A medal named with its head noun: "label d'or", "Médaille d'argent", "LABEL : BRONZE". Keys: or, argent, bronze. */
    MEDAL,
    /** A bare medal word, a medal only where it stands alone (a cell, a heading, parentheses): "Or", "Silver". */
    MEDAL_WORD,
    /** A medal as prose names it: "l'or", "le bronze", "la distinction d'argent". */
    MEDAL_PROSE,
    /** A field label ("Catégorie :", "Projet :", "Collectivité(s)"). Keys: category, names, title, medal, place, year, description. */
    FIELD,
    /** A zone marker: what a heading or line opens. Keys: palmares, jury, startup, partners, call, recall, offlist, toc, about, criteria. */
    ZONE,
    /** A collectivité or body form noun or abbreviation. Keys: commune, epci, departement, region, syndicat, etat, autre. */
    FORM,
    /** A verb or phrase of award in prose ("décroche", "se voit décerner", "est lauréate de"). Key: award. */
    AWARD_VERB,
    /**
     * The body a document speaks for, as its own texts name it ("notre ville", "la Ville", "le Département",
     * "the town"), and "lui" or "ce label" for the laureate of the sentence before. Keys: any, commune, epci,
     * departement, region, back.
     */
    SELF,
    /** What introduces a project's title after the names ("pour le projet", "pour", "avec"). Key: intro. */
    TITLE_INTRO,
    /** What introduces the names after a title ("porté par", "mené par"). Key: intro. */
    NAMES_INTRO,
    /** A person's role or office, the mark of jury and contact lines ("vice-présidente", "DSI"). Key: role. */
    PERSON_ROLE,
    /** A word that makes a nearby year the label's edition ("labels", "lauréats", "palmarès"). Key: edition. */
    EDITION_CUE,
    /** The furniture of a page, never a field: link texts ("Voir la fiche", "Lire la suite"), sharing buttons. Key: link. */
    FURNITURE,
    /** A date as a dateline prints it ("décembre 2019", "6 & 7 décembre 2016", "le 12/12/2019"). Key: date. */
    DATE,
    /** A look back at a past edition ("l'an dernier", "un an après"). Keys: last-year, past, retrospective. */
    RECALL_CUE,
    /** A call for the next edition's candidacies ("appel à candidatures", "et si c'était vous"). Key: call. */
    CALL_CUE,
    /** What is not the label though it looks like an award ("coup de cœur", "start-up", "finaliste"). Keys: offlist, startup, other-prize, candidate. */
    NOT_LABEL
}
