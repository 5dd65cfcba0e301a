package fr.palmares.annotate;

import fr.palmares.model.Medal;

/**
 * A medal named in a line: which, where [start, end) in the line's text, and how: with its head noun
 * ("Label d'or"), as a bare word where it stands alone ("Or" in a cell, "(argent)"), or in prose
 * ("l'or").
 */
public record MedalMention(Medal medal, int start, int end, Kind kind) {
    public enum Kind { HEADED, BARE, PROSE }
}
