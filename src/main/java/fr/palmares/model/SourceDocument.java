package fr.palmares.model;

import java.util.List;

/**
 * A document loaded into the common model: its display name (path as given), its SHA-256, the format
 * it was read from, its blocks in reading order, and what its loader noticed on the way (invalid bytes
 * replaced, a page that could not be read...), one line each.
 */
public record SourceDocument(String file, String sha256, String format, List<Block> blocks, List<String> warnings) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public SourceDocument(String file, String sha256, String format, List<Block> blocks) {
        this(file, sha256, format, blocks, List.of());
    }
}
