package fr.palmares.geo;

import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a document says around one printed name, handed to {@link CollectiviteResolver#resolve(String, NameContext)}
 * to decide homonyms and to place bodies whose name says nothing of where they lie. Every part is optional;
 * none ever chooses a place by itself against the name: it only ranks the candidates the name allows (and
 * places a body, or an EPCI no longer in the official list, when its name does not).
 *
 * @param coCredited   the other names credited on the same award ("Ville de Rennes" for "Rennes Métropole")
 * @param departements département codes or names, or region names, read next to the name: "93", "974",
 *                     "Guadeloupe", "La Réunion" (from "Ville de Saint-Denis (93)" when the parenthesis was
 *                     cut off the name, or a "Département :" field); these decide between homonyms
 * @param placeLines   place lines printed with the name, "Lot et Aveyron — Occitanie", "Nord — Hauts-de-France":
 *                     each département or region they name decides like {@code departements}; a line naming
 *                     several départements leaves the département of a body or EPCI null (it spans them)
 * @param regionHeading the heading of the section the laureate sits under when it is a region
 *                     ("Bretagne", "Région Occitanie"), or null; it ranks candidates, it does not decide alone
 * @param acronyms     the document's own definitions, acronym to expansion: "TCO" -> "Territoire de la Côte
 *                     Ouest" (from "Territoire de la Côte Ouest (TCO)"), see {@link #acronymsIn}
 * @param text         free context text (project title, the sentence around the name), or ""
 */
public record NameContext(List<String> coCredited, List<String> departements, List<String> placeLines,
        @Nullable String regionHeading, Map<String, String> acronyms, String text) {

    /** No evidence at all. */
    public static final NameContext EMPTY = new NameContext(List.of(), List.of(), List.of(), null, Map.of(), "");

    public NameContext {
        coCredited = clean(coCredited);
        departements = clean(departements);
        placeLines = clean(placeLines);
        regionHeading = regionHeading == null || regionHeading.isBlank() ? null : regionHeading.strip();
        acronyms = acronyms == null ? Map.of() : Map.copyOf(acronyms);
        text = text == null ? "" : text;
    }

    /** The evidence the pipeline has always given: co-credited names and a free text. */
    public static NameContext of(@Nullable List<String> coCredited, @Nullable String text) {
        return EMPTY.withCoCredited(coCredited).withText(text);
    }

    public NameContext withCoCredited(@Nullable List<String> names) {
        return new NameContext(names, departements, placeLines, regionHeading, acronyms, text);
    }

    public NameContext withDepartements(@Nullable List<String> codesOrNames) {
        return new NameContext(coCredited, codesOrNames, placeLines, regionHeading, acronyms, text);
    }

    public NameContext withPlaceLines(@Nullable List<String> lines) {
        return new NameContext(coCredited, departements, lines, regionHeading, acronyms, text);
    }

    public NameContext withRegionHeading(@Nullable String heading) {
        return new NameContext(coCredited, departements, placeLines, heading, acronyms, text);
    }

    public NameContext withAcronyms(@Nullable Map<String, String> definitions) {
        return new NameContext(coCredited, departements, placeLines, regionHeading, definitions, text);
    }

    public NameContext withText(@Nullable String context) {
        return new NameContext(coCredited, departements, placeLines, regionHeading, acronyms, context);
    }

    /** An acronym in parentheses: "(TCO)", "(CeA)", "(M2A)". */
    private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\((\\p{Lu}[\\p{L}0-9&.\\-]{1,11})\\)");
    /** An acronym followed by its long form: "SYANE (Syndicat des énergies ...)", "SDEF – Syndicat ...". */
    private static final Pattern ACRONYM_THEN_LONG = Pattern.compile(
            "(?<![\\p{L}0-9])(\\p{Lu}[\\p{Lu}0-9&.\\-]{1,11})\\s*(?:\\(([^()]{8,200})\\)"
                    + "|[-–—]\\s+(\\p{Lu}[^,;()\\n«»\\t]{8,200}?)(?=\\s{2,}|\\s+pour\\s|[,;()\\n«»\\t]|$))");
    /** Where the text before an acronym stops being its long form. */
    private static final Pattern BOUNDARY = Pattern.compile("[.;:!?«»\"()\\n,|•]");

    /**
     * The acronym definitions a text makes: "La Communauté d'agglomération du Territoire de la Côte Ouest (TCO)"
     * gives TCO -> "Communauté d'agglomération du Territoire de la Côte Ouest"; "SYANE (Syndicat des énergies et
     * de l'aménagement numérique de la Haute-Savoie)" gives SYANE -> "Syndicat des énergies ...". A long form
     * is kept only when it spells the acronym (its letters in order, from the initial of its first word), so
     * that a person's name or a title before a parenthesis is not taken for it; the first definition wins.
     */
    public static Map<String, String> acronymsIn(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String plain = Text.plainTypography(text).replace('\u00A0', ' ').replace('\u202F', ' ');
        Matcher m = ACRONYM_IN_PARENS.matcher(plain);
        while (m.find()) {
            String acronym = m.group(1);
            if (!isAcronym(acronym) || found.containsKey(acronym)) {
                continue;
            }
            String before = plain.substring(0, m.start());
            Matcher b = BOUNDARY.matcher(before);
            int from = 0;
            while (b.find()) {
                from = b.end();
            }
            String longForm = Acronyms.definedBefore(acronym, before.substring(from));
            if (longForm != null) {
                found.put(acronym, Text.collapse(longForm).strip());
            }
        }
        m = ACRONYM_THEN_LONG.matcher(plain);
        while (m.find()) {
            String acronym = m.group(1);
            String expansion = Text.collapse(m.group(2) != null ? m.group(2) : m.group(3)).strip();
            if (isAcronym(acronym) && !found.containsKey(acronym) && Acronyms.spelledBy(acronym, expansion) != null) {
                found.put(acronym, expansion);
            }
        }
        return found;
    }

    /** At least two capitals, no lower-case run longer than the capitals ("CeA", "TCO", "M2A", not "Ville"). */
    static boolean isAcronym(String s) {
        long upper = s.chars().filter(Character::isUpperCase).count();
        long lower = s.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && lower < upper;
    }

    private static List<String> clean(@Nullable List<String> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }
}
