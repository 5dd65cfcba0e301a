package fr.palmares.write;

import java.util.Locale;

/** Output formats of the dataset. */
public enum Format {
    JSON,
    JSONL,
    CSV,
    SQLITE;

    /** Whether the format is binary (never written to a terminal). */
    public boolean binary() {
        return this == SQLITE;
    }

    public static Format parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected json, jsonl, csv or sqlite)");
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
        if (n.endsWith(".db") || n.endsWith(".sqlite") || n.endsWith(".sqlite3")) {
            return SQLITE;
        }
        return JSON;
    }
}
