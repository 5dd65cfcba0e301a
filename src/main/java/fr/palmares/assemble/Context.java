package fr.palmares.assemble;

import fr.palmares.annotate.Unit;
import fr.palmares.model.Medal;

/**
 * What the headings above a line say: the medal and the category in force, each with the level of the
 * heading that set it. A heading clears what headings of its level and below had set.
 */
final class Context {
    /** The level of context lines that are no headings ("Catégorie : X" in a record's lines). */
    static final int LINE_LEVEL = 8;

    Medal medal;
    int medalLevel = Integer.MAX_VALUE;
    Unit medalUnit;
    String category;
    int categoryLevel = Integer.MAX_VALUE;
    Unit categoryUnit;
    /** The category that was in force before the last one was set, with the line that set it. */
    String previousCategory;
    Unit previousCategoryUnit;

    void clearFrom(int level) {
        if (medalLevel >= level) {
            clearMedal();
        }
        if (categoryLevel >= level) {
            category = null;
            categoryUnit = null;
            categoryLevel = Integer.MAX_VALUE;
        }
    }

    void clearMedal() {
        medal = null;
        medalUnit = null;
        medalLevel = Integer.MAX_VALUE;
    }

    void medal(Medal m, int level, Unit u) {
        medal = m;
        medalLevel = level;
        medalUnit = u;
    }

    /**
     * The last category set was a record's title heading after all: the one before it is back in force, as
     * a line's category, or at the level of the heading that set it, when one did (the next card's heading
     * below that heading does not clear it).
     */
    void retract(String before, Unit heading) {
        category = before;
        categoryUnit = heading;
        categoryLevel = before == null ? Integer.MAX_VALUE : heading != null ? heading.level() : LINE_LEVEL;
    }

    void category(String c, int level, Unit u) {
        previousCategory = category;
        previousCategoryUnit = categoryUnit;
        category = c;
        categoryLevel = level;
        categoryUnit = u;
    }
}
