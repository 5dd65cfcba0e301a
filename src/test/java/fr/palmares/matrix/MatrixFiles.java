package fr.palmares.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the renderings of the matrix and their gold to a folder: DIR/ID.EXT and DIR/gold/ID.gold.json,
 * for {@link GoldSet#EDITION_2020} unless told otherwise.
 */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    /** Writes one layout in one format, and its gold; returns the document's path. */
    public static Path write(Path dir, Layout layout, Format format) throws IOException {
        return write(dir, layout, format, GoldSet.EDITION_2020);
    }

    /** Writes one layout of a set in one format, and its gold; returns the document's path. */
    public static Path write(Path dir, Layout layout, Format format, GoldSet set) throws IOException {
        Files.createDirectories(dir.resolve("gold"));
        Files.write(dir.resolve("gold").resolve(layout.id() + ".gold.json"), GoldJson.of(layout, set));
        Path doc = dir.resolve(layout.id() + format.extension);
        Files.write(doc, format.write(layout.render(set)));
        return doc;
    }

    public static Path gold(Path dir, Layout layout) {
        return dir.resolve("gold").resolve(layout.id() + ".gold.json");
    }
}
