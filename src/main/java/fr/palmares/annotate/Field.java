package fr.palmares.annotate;

/** What a segment of a line holds. */
public enum Field {
    /** One or several collectivité names credited together. */
    NAMES,
    /** A project's title (quoted, labelled, or after "pour le projet"). */
    TITLE,
    /** A category (labelled "Catégorie :", or quoted after it). */
    CATEGORY,
    /** A medal (the segment is the medal's own words). */
    MEDAL,
    /** Places only: département or region names or numbers ("Lot et Aveyron — Occitanie", "(35)"). */
    PLACE,
    /** A year standing alone ("2018"). */
    YEAR,
    /** Free text that is none of the above: a title, a category or a description, as context decides. */
    TEXT
}
