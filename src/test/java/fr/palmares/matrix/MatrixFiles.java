package fr.palmares.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the renderings of the matrix and their gold to a folder: DIR/ID.EXT and DIR/gold/ID.gold.json. */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    /** Writes one layout in one format, and its gold; returns the document's path. */
    public static Path write(Path dir, Layout layout, Format format) throws IOException {
        Files.createDirectories(dir.resolve("gold"));
        Files.write(dir.resolve("gold").resolve(layout.id() + ".gold.json"), GoldJson.of(layout));
        Path doc = dir.resolve(layout.id() + format.extension);
        Files.write(doc, format.write(layout.render()));
        return doc;
    }

    public static Path gold(Path dir, Layout layout) {
        return dir.resolve("gold").resolve(layout.id() + ".gold.json");
    }
}
