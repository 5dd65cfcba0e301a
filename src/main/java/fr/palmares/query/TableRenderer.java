package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An aligned text table that fits a width, long cells shortened with "…". */
public final class TableRenderer {
    private TableRenderer() {
    }

    public static String laureates(List<Laureate> laureates, int width) {
        List<String[]> rows = new ArrayList<>();
        for (Laureate l : laureates) {
            List<String> names = new ArrayList<>();
            Set<String> regions = new LinkedHashSet<>();
            for (Collectivite c : l.collectivites()) {
                names.add(c.name());
                if (c.regionName() != null) {
                    regions.add(c.regionName());
                }
            }
            rows.add(new String[] {l.edition() == null ? "" : l.edition().toString(), l.medal() == null ? "-" : l.medal(),
                l.category() == null ? "" : l.category(), String.join(" ; ", names), String.join(" ; ", regions),
                l.project()});
        }
        return render(new String[] {"année", "médaille", "catégorie", "collectivités", "région", "projet"}, rows, width,
                new int[] {5, 8, 10, 14, 8, 14});
    }

    public static String groups(List<String> keys, List<Grouping.Group> groups, int width) {
        List<String[]> rows = new ArrayList<>();
        for (Grouping.Group g : groups) {
            String[] r = new String[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                r[i] = g.values().get(i);
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
        header[keys.size()] = "lauréats";
        min[keys.size()] = 8;
        return render(header, rows, width, min);
    }

    static String render(String[] header, List<String[]> rows, int width, int[] min) {
        int n = header.length;
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
