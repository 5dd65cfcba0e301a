package fr.palmares.load.pdf;

import fr.palmares.load.pdf.GlyphCollector.PageGlyphs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Running headers, footers and page numbers: a piece of text in the top or bottom 12% of the page
 * whose text, digits aside, comes back at about the same height (within 4 pt) on at least half of
 * the pages, and on 3 pages at least.
 */
final class RunningFurniture {
    static final float MARGIN_ZONE = 0.12f;
    static final float Y_TOLERANCE = 4f;
    static final int MIN_PAGES = 3;

    private RunningFurniture() {
    }

    static Set<Fragment> detect(List<PageGlyphs> pages, List<List<Fragment>> perPage) {
        Set<Fragment> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int n = pages.size();
        if (n < MIN_PAGES) {
            return out;
        }
        int needed = Math.max(MIN_PAGES, (n + 1) / 2);
        Map<String, List<Fragment>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            float h = pages.get(i).height();
            if (!(h > 0)) {
                continue;
            }
            for (Fragment f : perPage.get(i)) {
                if (!f.visible() || (f.y() > MARGIN_ZONE * h && f.y() < (1 - MARGIN_ZONE) * h)) {
                    continue;
                }
                String key = key(f.text());
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                }
            }
        }
        for (List<Fragment> occurrences : byKey.values()) {
            if (occurrences.size() < needed) {
                continue;
            }
            for (Fragment f : occurrences) {
                Set<Integer> pagesNear = new HashSet<>();
                for (Fragment o : occurrences) {
                    if (Math.abs(o.y() - f.y()) <= Y_TOLERANCE) {
                        pagesNear.add(o.page);
                    }
                }
                if (pagesNear.size() >= needed) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The text with every run of digits as "#", lower case, spaces collapsed. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
