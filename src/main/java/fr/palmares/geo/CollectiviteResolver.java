package fr.palmares.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves printed names of collectivités and other credited bodies to the official geography.
 *
 * <p>The form of the name ("Ville de", "Communauté de communes", "Région", "Syndicat"...) fixes the type
 * searched; a bare name is looked up among every type and must resolve to one place. Case, accents,
 * hyphens, apostrophes, articles, "Saint"/"St" and "&amp;"/"et" are ignored. Homonyms are decided by the
 * names credited on the same award and by the context text, never guessed: an ambiguous or unknown name
 * resolves to nothing, with a warning ({@link #explain}, {@link #lastWarning()}).
 *
 * <p>Thread-safe; {@link #lastWarning()} is per thread.
 */
public final class CollectiviteResolver {
    private final Geography geo;
    private final ThreadLocal<String> lastWarning = new ThreadLocal<>();
    private volatile Parts parts;

    /** The matchers, built on first use so that constructing a resolver loads nothing. */
    private record Parts(GeoIndex index, Places places, CommuneMatcher communes, EpciMatcher epcis,
            AreaMatcher areas, PlaceInference inference, BareNames bareNames) {
    }

    /** A resolver over the geography; starts loading the communes in the background ({@link Geography#warmUp()}). */
    public CollectiviteResolver(Geography geo) {
        this.geo = Objects.requireNonNull(geo);
        geo.warmUp();
    }

    /** A resolver over {@link Geography#bundled()}. */
    public CollectiviteResolver() {
        this(Geography.bundled());
    }

    /**
     * Resolves one printed name. {@code coCredited}: the other names credited on the same award (context
     * for homonyms); {@code context}: any other text (project title...), or "". Empty when the name is
     * unknown or ambiguous; {@link #lastWarning()} then says why.
     */
    public Optional<Resolution> resolve(String printedName, List<String> coCredited, String context) {
        Outcome outcome = explain(printedName, coCredited, context);
        lastWarning.set(outcome.warning());
        return outcome.result();
    }

    /** The warning of this thread's last {@link #resolve} call, null when it resolved. */
    public String lastWarning() {
        return lastWarning.get();
    }

    /** Like {@link #resolve}, but returns the warning and the form's type with the result. */
    public Outcome explain(String printedName, List<String> coCredited, String context) {
        NameForm form = NameForm.parse(printedName);
        Supplier<Evidence> evidence = new Supplier<>() {
            private Evidence value;

            @Override
            public Evidence get() {
                if (value == null) {
                    value = evidence(form, coCredited, context);
                }
                return value;
            }
        };
        return resolve(form, evidence);
    }

    /**
     * Type from the name's form alone: "Ville de X" -> commune, "Communauté de communes ..." -> epci,
     * "Département de X" -> departement, "Région X" -> region, "Syndicat ...", "Parc naturel régional ..."
     * -> syndicat, "Direction départementale ..." -> etat, "Office de tourisme ...", "Comité départemental
     * du tourisme ..." -> autre; null when the form says nothing.
     */
    public String typeFromForm(String printedName) {
        return NameForm.parse(printedName).type();
    }

    /**
     * True if the text's form is a collectivité or body form, or if the text is, exactly or by alias, the
     * name of a commune, EPCI, département, région or known body. Hash look-ups only, no fuzzy matching.
     */
    public boolean looksLikeCollectivite(String text) {
        NameForm form = NameForm.parse(text);
        if (form.tokens().isEmpty()) {
            return false;
        }
        if (form.type() != null) {
            return true;
        }
        Parts p = parts();
        String key = form.key();
        return p.index().bodies.containsKey(key) || !p.index().aliasesOfBareName(form, null).isEmpty()
                || !p.epcis().exact(EpciKey.of(form.tokens())).isEmpty() || p.index().regions.containsKey(key)
                || p.index().departements.containsKey(key) || !p.communes().literal(form).isEmpty();
    }

    private Outcome resolve(NameForm form, Supplier<Evidence> evidence) {
        if (form.tokens().isEmpty()) {
            return Outcome.unresolved(form.type(), "empty name");
        }
        Parts p = parts();
        String type = form.type();
        KnownBody body = p.index().bodies.get(form.key());
        if (body == null && type != null && NameForm.isBodyType(type)) {
            body = p.index().bodies.get(form.remainderKey());
        }
        if (body != null && (type == null || NameForm.isBodyType(type))) {
            Place place = p.places().of(body.type(), body.name(), new Area(body.departement(), body.region()));
            return Outcome.of(new Resolution(place, Resolution.INFERRED, 0.9), type);
        }
        if (type == null) {
            return p.bareNames().match(form, evidence);
        }
        return switch (type) {
            case "commune" -> p.communes().match(form.remainderKey(), evidence.get(), true, type, form.cleaned());
            case "departement" -> p.areas().matchDepartement(form);
            case "region" -> p.areas().matchRegion(form);
            case "epci" -> p.epcis().match(form, evidence.get(), false);
            default -> inferred(form);
        };
    }

    private Outcome inferred(NameForm form) {
        Parts p = parts();
        Area area = p.inference().infer(form);
        if (area == null || (area.departement() == null && area.region() == null)) {
            return Outcome.unresolved(form.type(), "no place in the name: " + form.cleaned());
        }
        return Outcome.of(new Resolution(p.places().of(form.type(), form.cleaned(), area), Resolution.INFERRED,
                area.departement() != null ? 0.8 : 0.7), form.type());
    }

    private Evidence evidence(NameForm form, List<String> coCredited, String context) {
        Evidence evidence = new Evidence();
        String self = form.key();
        if (coCredited != null) {
            for (String name : coCredited) {
                NameForm other = NameForm.parse(name);
                if (other.tokens().isEmpty() || other.key().equals(self)) {
                    continue;
                }
                Outcome o = resolve(other, () -> Evidence.NONE);
                if (o.resolution() != null) {
                    evidence.add(o.resolution().place(), geo);
                }
            }
        }
        if (context != null && !context.isBlank()) {
            parts().inference().scan(context).forEach(evidence::add);
            evidence.addText(context);
        }
        return evidence;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    Places places = new Places(geo);
                    CommuneMatcher communes = new CommuneMatcher(geo, places);
                    EpciMatcher epcis = new EpciMatcher(geo, places);
                    AreaMatcher areas = new AreaMatcher(geo, places);
                    p = new Parts(geo.index(), places, communes, epcis, areas, new PlaceInference(geo),
                            new BareNames(geo, places, communes, epcis, areas));
                    parts = p;
                }
            }
        }
        return p;
    }
}
