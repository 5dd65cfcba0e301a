package fr.palmares.load;

import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file of a given format into the common block model. */
public interface Loader {
    /**
     * @param file the file to read
     * @param bytes its whole content (already read, for format detection and hashing)
     * @param displayName the name to record as the document's source
     */
    SourceDocument load(Path file, byte[] bytes, String displayName) throws IOException, LoadException;
}
