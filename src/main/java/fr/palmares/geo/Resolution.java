package fr.palmares.geo;

/**
 * A printed name resolved to a place.
 *
 * @param matchKind exact (same name once folded), alias (a former or usual name from aliases.tsv, or a
 *                  former commune's name), fuzzy (near or partial name), inferred (a body outside the
 *                  official lists whose name fixes the place)
 * @param score     confidence in 0..1
 */
public record Resolution(Place place, String matchKind, double score) {
    public static final String EXACT = "exact";
    public static final String ALIAS = "alias";
    public static final String FUZZY = "fuzzy";
    public static final String INFERRED = "inferred";
}
