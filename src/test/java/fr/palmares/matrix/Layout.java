package fr.palmares.matrix;

/**
 * One way of laying out the gold laureates. A layout is one small class (see {@link AbstractLayout}),
 * listed in {@link Layouts#ALL}; it is written in every {@link Format}.
 */
public interface Layout {
    /** The file's base name, e.g. "m01-tableau-entete". */
    String id();

    /** The gold's document type: communique, dossier, annuaire or page. */
    String kind();

    /** The document, with the gold laureates and the usual noise around them. */
    Doc render();
}
