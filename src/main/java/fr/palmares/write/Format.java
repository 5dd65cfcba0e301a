package fr.palmares.write;

import java.util.Locale;

/** Output formats of the dataset. */
public enum Format {
    JSON,
    JSONL,
    CSV;

    public static Format parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected json, jsonl or csv)");
        }
    }

    /** From a file name's extension; JSON when it says nothing. */
    public static Format fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        return JSON;
    }
}
