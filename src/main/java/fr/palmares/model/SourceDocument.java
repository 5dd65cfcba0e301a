package fr.palmares.model;

import java.util.List;

/**
 * A document loaded into blocks: its display name (path as given), its SHA-256, the format it was read
 * from, and its blocks in reading order.
 */
public record SourceDocument(String file, String sha256, String format, List<Block> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
