package fr.palmares.load.pdf;

import fr.palmares.model.Regexes;
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
 * the pages, and on 3 pages at least; or, in a document of 3 pages, on the two after the first (a
 * title page without a header), there the outermost text of the page and smaller than its text.
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
        int firstPage = perPage.get(0).isEmpty() ? -1 : perPage.get(0).get(0).page;
        for (List<Fragment> occurrences : byKey.values()) {
            if (occurrences.size() < needed) {
                if (occurrences.size() == n - 1 && butFirst(occurrences, perPage, firstPage)) {
                    out.addAll(occurrences);
                }
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

    /**
     * A header or footer on every page but the first (a title page without one), when fewer pages than
     * {@link #MIN_PAGES} would otherwise be needed: once on each of those pages, at one height (within
     * {@link #Y_TOLERANCE}), the outermost text of its page (nothing above a header, nothing below a
     * footer), and smaller than the page's text.
     */
    private static boolean butFirst(List<Fragment> occurrences, List<List<Fragment>> perPage, int firstPage) {
        Set<Integer> seen = new HashSet<>();
        float y = occurrences.get(0).y();
        for (Fragment f : occurrences) {
            if (f.page == firstPage || !seen.add(f.page) || Math.abs(f.y() - y) > Y_TOLERANCE) {
                return false;
            }
            List<Fragment> page = null;
            for (List<Fragment> p : perPage) {
                if (!p.isEmpty() && p.get(0).page == f.page) {
                    page = p;
                    break;
                }
            }
            if (page == null || !outermost(f, page) || !(f.size < usualSize(page))) {
                return false;
            }
        }
        return true;
    }

    /** Nothing visible above it (or below it, in the bottom half of the page) but text of its own row. */
    private static boolean outermost(Fragment f, List<Fragment> page) {
        float mid = 0;
        for (Fragment o : page) {
            mid = Math.max(mid, o.y());
        }
        boolean header = f.y() < mid / 2;
        for (Fragment o : page) {
            if (o.visible() && o.row != f.row && (header ? o.y() < f.y() : o.y() > f.y())) {
                return false;
            }
        }
        return true;
    }

    /** The size most of the page's characters are set in. */
    private static float usualSize(List<Fragment> page) {
        Map<Float, Integer> count = new HashMap<>();
        for (Fragment f : page) {
            count.merge(f.size, f.glyphs.size(), Integer::sum);
        }
        return PdfText.mostCommon(count, 0);
    }

    /** The text with every run of digits as "#", lower case, spaces collapsed. */
    static String key(String text) {
        return Regexes.replaceAll(Regexes.replaceAll(text.toLowerCase(Locale.ROOT), "\\d+", "#"), "\\s+", " ").strip();
    }
}
