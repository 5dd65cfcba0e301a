package fr.palmares.model;

import java.util.ArrayList;
import java.util.List;

/** Operations on a line's styled spans that keep each span's style: cutting characters off either end, asking the style of all. */
public final class Spans {
    private Spans() {
    }

    /** The spans without their first {@code n} characters. */
    public static List<Span> withoutStart(List<Span> spans, int n) {
        List<Span> out = new ArrayList<>();
        int left = n;
        for (Span s : spans) {
            if (left >= s.text().length()) {
                left -= s.text().length();
                continue;
            }
            out.add(left > 0 ? new Span(s.text().substring(left), s.bold(), s.italic()) : s);
            left = 0;
        }
        return out;
    }

    /** The spans without their last {@code n} characters. */
    public static List<Span> withoutEnd(List<Span> spans, int n) {
        List<Span> out = new ArrayList<>(spans);
        int left = n;
        while (left > 0 && !out.isEmpty()) {
            Span s = out.remove(out.size() - 1);
            if (s.text().length() > left) {
                out.add(new Span(s.text().substring(0, s.text().length() - left), s.bold(), s.italic()));
                left = 0;
            } else {
                left -= s.text().length();
            }
        }
        return out;
    }

    /** All the visible text is bold (or, with {@code bold} false, italic); false when there is none. */
    public static boolean all(List<Span> spans, boolean bold) {
        boolean any = false;
        for (Span s : spans) {
            if (s.text().isBlank()) {
                continue;
            }
            if (!(bold ? s.bold() : s.italic())) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
