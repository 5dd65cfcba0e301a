package fr.palmares.geo;

import fr.palmares.model.Regexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a {@link NameContext} (and the places a printed name carries in parentheses, "(93)", "(La
 * Réunion)") into {@link Evidence}: départements and regions stated next to the name, place lines, the
 * region heading, the places of the co-credited names, the places and words of the context text (where
 * "à cheval sur l'Isère et la Savoie" states the départements a body lies across).
 */
final class EvidenceReader {
    /** Separators between the places of a place line: "Lot et Aveyron — Occitanie", "Nord / Hauts-de-France". */
    private static final Pattern PLACE_SEPARATORS = Pattern.compile("\\s+[-–—/|]+\\s+|[,;/|–—]|\\s+[-–—]|[-–—]\\s+");
    private static final Pattern AND = Pattern.compile("\\s+(?:et|&)\\s+", Pattern.CASE_INSENSITIVE);
    /** A body said to lie across départements: "à cheval sur l'Isère et la Savoie". */
    private static final Pattern ACROSS = Pattern.compile(
            "(?iu)(?:à cheval sur|sur les départements)\\s+([^,.;:()«»]{3,80})");

    private final Geography geo;
    private final AreaMatcher areas;
    private final PlaceInference inference;

    EvidenceReader(Geography geo, AreaMatcher areas, PlaceInference inference) {
        this.geo = geo;
        this.areas = areas;
        this.inference = inference;
    }

    /**
     * The evidence for one name. {@code resolveAlone} resolves a co-credited name without evidence (its
     * place, or null).
     */
    Evidence read(NameForm form, NameContext ctx, Function<NameForm, Place> resolveAlone) {
        Evidence evidence = new Evidence();
        for (String aside : form.asides()) {
            place(aside).ifPresent(evidence::state);
        }
        for (String d : ctx.departements()) {
            place(d).ifPresent(evidence::state);
        }
        for (String line : ctx.placeLines()) {
            List<Area> named = placeLine(line);
            named.forEach(evidence::state);
            List<String> deps = named.stream().map(Area::departement).filter(d -> d != null).distinct().toList();
            if (deps.size() > 1) {
                evidence.spanned.addAll(deps);
            }
        }
        if (ctx.regionHeading() != null) {
            place(ctx.regionHeading()).ifPresent(evidence::add);
        }
        String self = form.key();
        for (String name : ctx.coCredited()) {
            NameForm other = NameForm.parse(name);
            if (other.tokens().isEmpty() || other.key().equals(self)) {
                continue;
            }
            Place p = resolveAlone.apply(other);
            if (p != null) {
                evidence.add(p, geo);
            }
        }
        if (!ctx.text().isBlank()) {
            inference.scan(ctx.text()).forEach(evidence::add);
            evidence.addText(ctx.text());
            java.util.regex.Matcher m = ACROSS.matcher(fr.palmares.model.Text.plainTypography(ctx.text()));
            while (m.find()) {
                List<Area> named = placeLine(Regexes.replaceAll(m.group(1), "(?iu)\\b(?:l'|la |le |les |du |de la |de l'|des )", ""));
                List<String> deps = named.stream().map(Area::departement).filter(d -> d != null).distinct().toList();
                if (deps.size() > 1) {
                    named.forEach(evidence::state);
                    evidence.spanned.addAll(deps);
                }
            }
        }
        return evidence;
    }

    /**
     * The places of a place line, each part read as a département code or name or a region name; a part
     * that is not one is skipped ("Lot et Aveyron — Occitanie" -> Lot, Aveyron, Occitanie).
     */
    List<Area> placeLine(String line) {
        List<Area> out = new ArrayList<>();
        for (String part : PLACE_SEPARATORS.split(line.strip())) {
            Optional<Area> whole = place(part);
            if (whole.isPresent()) {
                out.add(whole.get());
                continue;
            }
            for (String piece : AND.split(part)) {
                place(piece).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A département code ("93", "2A", "974") or name ("La Réunion", "Seine-Saint-Denis"), or a region name
     * (current or historic, "Guadeloupe" being both), with or without "département"/"région" before it.
     */
    Optional<Area> place(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<Departement> byCode = Regexes.matches(t, "\\d{2,3}|2[ABab]") ? areas.departementByCode(t) : Optional.empty();
        if (byCode.isPresent()) {
            Departement d = byCode.get();
            return Optional.of(new Area(d.code(), Places.regionOrNull(d.region())));
        }
        List<String> tokens = NameKey.tokens(t);
        if (tokens.size() > 1 && (tokens.get(0).equals("departement") || tokens.get(0).equals("region"))) {
            tokens = tokens.subList(1, tokens.size());
        }
        String key = NameKey.join(tokens);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Resolution> dep = areas.departement(key);
        if (dep.isPresent()) {
            Place p = dep.get().place();
            return Optional.of(new Area(p.departement(), p.region()));
        }
        return areas.region(key).map(r -> new Area(null, r.place().region()));
    }
}
