package fr.palmares.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the tab-separated resources of /geo/: gzipped or not, header skipped, '#' comments ignored. */
final class TsvResource {
    private TsvResource() {
    }

    static List<String[]> read(String name, boolean header) {
        String text = text(name);
        List<String[]> rows = new ArrayList<>(text.length() / 40);
        int start = 0;
        boolean first = header;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (first) {
                first = false;
            } else if (stop > start && text.charAt(start) != '#' && !text.substring(start, stop).isBlank()) {
                rows.add(split(text, start, stop));
            }
            start = end + 1;
        }
        return rows;
    }

    /** The whole resource as text (gunzipped when its name ends with .gz). */
    static String text(String name) {
        String path = "/geo/" + name;
        try (InputStream raw = TsvResource.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Splits a line on tabs, keeping empty fields; an empty field becomes null. */
    private static String[] split(String text, int from, int to) {
        int count = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\t') {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = from;
        int k = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\t') {
                String f = text.substring(start, i).strip();
                fields[k++] = f.isEmpty() ? null : f;
                start = i + 1;
            }
        }
        return fields;
    }

    static String field(String[] row, int i) {
        return i < row.length ? row[i] : null;
    }

    static int number(String[] row, int i) {
        String f = field(row, i);
        return f == null ? 0 : Integer.parseInt(f);
    }
}
