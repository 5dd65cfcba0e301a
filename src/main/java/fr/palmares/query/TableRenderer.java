package fr.palmares.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An aligned text table that fits a width, long cells shortened with "…". */
public final class TableRenderer {
    /** Line breaks and other control characters in a cell: a row stays one line. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private TableRenderer() {
    }

    /** The default columns of a table of laureates. */
    public static final List<String> DEFAULT_FIELDS = List.of("edition", "medal", "category", "collectivites",
            "regionNames", "project");

    /** Laureates as rows of the given columns (their cells by column name), headed by the column names. */
    public static String laureates(List<Map<String, String>> cells, List<String> fields, int width) {
        List<String[]> rows = new ArrayList<>();
        for (Map<String, String> c : cells) {
            String[] r = new String[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                String v = c.get(fields.get(i));
                r[i] = v == null || v.isEmpty() ? "" : v;
            }
            rows.add(r);
        }
        String[] header = fields.toArray(String[]::new);
        int[] min = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            min[i] = Math.max(4, Math.min(header[i].length(), 12));
        }
        return render(header, rows, width, min);
    }

    /** Groups as rows: one column per key, then the count; an unknown value shown as "(none)". */
    public static String groups(List<String> keys, List<Grouping.Group> groups, int width) {
        List<String[]> rows = new ArrayList<>();
        for (Grouping.Group g : groups) {
            String[] r = new String[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                Object v = g.values().get(i);
                r[i] = v == null ? "(none)" : v.toString();
            }
            r[keys.size()] = Integer.toString(g.count());
            rows.add(r);
        }
        String[] header = new String[keys.size() + 1];
        int[] min = new int[keys.size() + 1];
        for (int i = 0; i < keys.size(); i++) {
            header[i] = keys.get(i);
            min[i] = 6;
        }
        header[keys.size()] = "count";
        min[keys.size()] = 5;
        return render(header, rows, width, min);
    }

    static String render(String[] header, List<String[]> rawRows, int width, int[] min) {
        int n = header.length;
        List<String[]> rows = new ArrayList<>(rawRows.size());
        for (String[] r : rawRows) {
            String[] clean = new String[n];
            for (int i = 0; i < n; i++) {
                clean[i] = r[i] == null ? "" : CONTROL.matcher(r[i]).replaceAll(" ");
            }
            rows.add(clean);
        }
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = header[i].length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        int total = (n - 1) * 2;
        for (int x : w) {
            total += x;
        }
        while (total > width) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (w[i] > min[i] && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            w[widest]--;
            total--;
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "─".repeat(w[i]);
        }
        line(sb, rule, w);
        for (String[] r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            String c = cells[i];
            if (c.length() > w[i]) {
                c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
            }
            l.append(c).append(" ".repeat(w[i] - c.length()));
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
