package fr.palmares.model;

/** What a loader knows a block is for, beyond its kind (most blocks are BODY). */
public enum Role {
    BODY,
    /** A quotation (blockquote, e-mail quote). */
    QUOTE,
    /** A table caption or a figure caption. */
    CAPTION,
    /** A line of a table of contents (a page number at its end, dot leaders or a gap before it). */
    TOC,
    /** A footnote or an endnote. */
    NOTE
}
