package fr.palmares.annotate;

import fr.palmares.model.Block;
import fr.palmares.model.Line;

/**
 * One line of a document with all the core knows of it: its block, what it says ({@link LineReading}),
 * whether it stands as a heading and at which level (1-6 for headings, 7 for lines that only look like
 * one), the zone it sits in and the year that zone's heading names, and whether it is itself a heading
 * that opens a zone ("Le palmarès 2025", "Le jury").
 */
public record Unit(int index, int blockIndex, Block block, Line line, LineReading reading, boolean headingLike,
        int level, Zone zone, Integer zoneYear, boolean zoneMarker) {

    public int group() {
        return block.group();
    }

    public int page() {
        return line.page() > 0 ? line.page() : block.page();
    }

    @Override
    public String toString() {
        return "#" + index + " b" + blockIndex + " " + zone + (headingLike ? " H" + level : "") + " " + line.where()
                + " | " + line.text() + "\n      " + reading;
    }
}
