package fr.palmares.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Laureate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a laureate is on the review's "to check" list: {@code code} names the kind of doubt (one of
 * {@link #CODES}), {@code text} says it in words.
 */
@JsonPropertyOrder({"code", "text"})
public record Reason(String code, String text) {
    /** Below this confidence a laureate is checked: prose readings (0.6), not lists, tables or sequences. */
    public static final double LOW_CONFIDENCE = 0.8;

    /** The kinds of doubt, most serious first: the order of a laureate's reasons and of the legend. */
    public static final List<String> CODES = List.of("conflict", "confidence", "unresolved", "inferred", "fuzzy",
            "no-region", "no-edition", "no-medal", "no-evidence");

    /** The doubts about one laureate, in the order of {@link #CODES}; empty when nothing needs a look. */
    public static List<Reason> of(Laureate l) {
        List<Reason> out = new ArrayList<>();
        for (Conflict c : l.conflicts()) {
            out.add(new Reason("conflict", "sources disagree on the " + c.field() + ": "
                    + String.join(" / ", c.values().stream().map(v -> v == null ? "(none)" : v).toList())
                    + " (" + String.join(", ", c.files()) + ")"));
        }
        if (l.confidence() < LOW_CONFIDENCE) {
            out.add(new Reason("confidence", String.format(Locale.ROOT, "low confidence %.2f (read from prose)",
                    l.confidence())));
        }
        for (Collectivite c : l.collectivites()) {
            if (c.match() == null) {
                out.add(new Reason("unresolved", "\u201c" + c.name() + "\u201d not found in the official geography"));
            }
        }
        for (Collectivite c : l.collectivites()) {
            if (c.match() != null && "inferred".equals(c.match().kind())) {
                out.add(new Reason("inferred", "\u201c" + c.name() + "\u201d inferred as " + place(c)));
            }
        }
        for (Collectivite c : l.collectivites()) {
            if (c.match() != null && "fuzzy".equals(c.match().kind())) {
                out.add(new Reason("fuzzy", String.format(Locale.ROOT, "\u201c%s\u201d matched approximately (score %.2f) as %s",
                        c.name(), c.match().score(), place(c))));
            }
        }
        for (Collectivite c : l.collectivites()) {
            if (c.match() != null && c.region() == null) {
                out.add(new Reason("no-region", "\u201c" + c.name() + "\u201d resolved but in no current region"));
            }
        }
        if (l.edition() == null) {
            out.add(new Reason("no-edition", "no source gives the edition"));
        }
        if (l.medal() == null) {
            out.add(new Reason("no-medal", "no source gives the medal"));
        }
        if (l.evidence().isEmpty()) {
            out.add(new Reason("no-evidence", "no source text kept for review"));
        }
        return out;
    }

    private static String place(Collectivite c) {
        List<String> parts = new ArrayList<>();
        if (c.siren() != null) {
            parts.add("SIREN " + c.siren());
        }
        if (c.departement() != null) {
            parts.add("d\u00e9partement " + c.departement());
        }
        if (c.regionName() != null) {
            parts.add(c.regionName());
        }
        return parts.isEmpty() ? "(no place)" : String.join(", ", parts);
    }
}
