package fr.palmares.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "2023", "2013..2019", "2015.." or "..2012": the editions a --year filter accepts. */
public record YearRange(int from, int to) {
    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d{4})?\\s*(?:\\.\\.|-|–)\\s*(\\d{4})?\\s*$");
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*$");

    public static YearRange parse(String s) {
        Matcher y = YEAR.matcher(s);
        if (y.matches()) {
            int v = Integer.parseInt(y.group(1));
            return new YearRange(v, v);
        }
        Matcher r = RANGE.matcher(s);
        if (r.matches() && (r.group(1) != null || r.group(2) != null)) {
            int a = r.group(1) == null ? 0 : Integer.parseInt(r.group(1));
            int b = r.group(2) == null ? 9999 : Integer.parseInt(r.group(2));
            if (a > b) {
                throw new IllegalArgumentException("bad year range '" + s + "': " + a + " is after " + b
                        + " (did you mean " + b + ".." + a + "?)");
            }
            return new YearRange(a, b);
        }
        throw new IllegalArgumentException("bad year '" + s + "' (expected 2023, 2013..2019, 2015.. or ..2012)");
    }

    public boolean contains(Integer year) {
        return year != null && year >= from && year <= to;
    }
}
