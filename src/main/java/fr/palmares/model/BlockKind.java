package fr.palmares.model;

/** What a block of a document is, whatever the format it was read from. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_ROW
}
