package fr.palmares.matrix;

/**
 * One way of laying out a set of gold laureates. A layout is one small class (see {@link AbstractLayout}),
 * listed in {@link Layouts#ALL}; it is written in every {@link Format}.
 */
public interface Layout {
    /** The file's base name, e.g. "m01-tableau-avec-entete". */
    String id();

    /** The gold's document type: communique, dossier, annuaire or page. */
    String kind();

    /** The document: the set's laureates and the usual noise around them. */
    Doc render(GoldSet set);
}
