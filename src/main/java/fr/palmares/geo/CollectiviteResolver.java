package fr.palmares.geo;

import fr.palmares.model.Regexes;
import fr.palmares.model.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Resolves printed names of collectivités and other credited bodies to the official geography.
 *
 * <p>The form of the name ("Ville de", "Communauté de communes", "Région", "Syndicat"...) fixes the type
 * searched; a bare name is looked up among every type and must resolve to one place. Case, accents,
 * hyphens, apostrophes, articles, "Saint"/"St" and "&amp;"/"et" are ignored. Names of other times resolve
 * too: historic regions, EPCI renamed or merged since (through the place they name, see {@link FormerEpcis}),
 * bodies placed by their name or by what the document says next to them. Homonyms are decided by the
 * evidence a {@link NameContext} gives (a département printed next to the name, a place line, the names
 * credited with it, the region heading, the context text), never guessed: an ambiguous or unknown name
 * resolves to nothing, with a warning ({@link #explain}, {@link #lastWarning()}).
 *
 * <p>When the whole name does not resolve, its parts are tried: an acronym the document defines ("TCO"),
 * the long form printed with an acronym ("SDEF – Syndicat départemental d'énergie ... du Finistère", "SYANE
 * (Syndicat des énergies ... de la Haute-Savoie)"), and the first of two names joined by a dash or a slash
 * ("CU de Lyon - Grand Lyon", "Région Occitanie / Pyrénées-Méditerranée") when the second names nothing
 * else.
 *
 * <p>Thread-safe; {@link #lastWarning()} is per thread.
 */
public final class CollectiviteResolver {
    /** Two names of one body: "CU DE LYON - GRAND LYON", "SIEA - SYNDICAT ...", "Occitanie / Pyrénées-Méditerranée". */
    private static final Pattern TWO_NAMES = Pattern.compile("\\s+[-–—/]\\s+|\\s*[–—]\\s*");
    private static final Pattern GRAND = Pattern.compile("(?iu)(?:le\\s+)?grand\\s");
    private static final Pattern SLASH = Pattern.compile("\\s/\\s");
    private static final int MAX_DEPTH = 2;

    private final Geography geo;
    private final ThreadLocal<String> lastWarning = new ThreadLocal<>();
    private volatile Parts parts;

    /** The matchers, built on first use so that constructing a resolver loads nothing. */
    private record Parts(GeoIndex index, Places places, CommuneMatcher communes, EpciMatcher epcis,
            AreaMatcher areas, PlaceInference inference, BareNames bareNames, FormerEpcis formerEpcis,
            BodyNames bodies, EvidenceReader evidence) {
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
     * Resolves one printed name with what the document says around it. Empty when the name is unknown or
     * ambiguous; {@link #lastWarning()} then says why.
     */
    public Optional<Resolution> resolve(String printedName, NameContext context) {
        Outcome outcome = explain(printedName, context);
        lastWarning.set(outcome.warning());
        return outcome.result();
    }

    /**
     * Resolves one printed name. {@code coCredited}: the other names credited on the same award (context
     * for homonyms); {@code context}: any other text (project title...), or "". Same as
     * {@link #resolve(String, NameContext)} with {@link NameContext#of}.
     */
    public Optional<Resolution> resolve(String printedName, List<String> coCredited, String context) {
        return resolve(printedName, NameContext.of(coCredited, context));
    }

    /** The warning of this thread's last {@link #resolve} call, null when it resolved. */
    public String lastWarning() {
        return lastWarning.get();
    }

    /** Like {@link #resolve(String, List, String)}, but returns the warning and the form's type with the result. */
    public Outcome explain(String printedName, List<String> coCredited, String context) {
        return explain(printedName, NameContext.of(coCredited, context));
    }

    /** Like {@link #resolve(String, NameContext)}, but returns the warning and the form's type with the result. */
    public Outcome explain(String printedName, NameContext context) {
        return explain(printedName, context == null ? NameContext.EMPTY : context, 0);
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
                || p.index().departements.containsKey(key) || !p.communes().literal(form).isEmpty()
                || grandTown(form);
    }

    /**
     * "Grand Lyon", "Le Grand Nancy": "Grand" and the name of a town of {@value CommuneMatcher#TOWN}
     * inhabitants or more, printed as a name (not "du Grand Troyes" inside a sentence).
     */
    private boolean grandTown(NameForm form) {
        List<String> t = form.tokens();
        return t.size() > 1 && t.get(0).equals("grand") && GRAND.matcher(form.cleaned()).lookingAt() && parts().communes().exact(NameKey.join(t.subList(1, t.size())))
                .stream().anyMatch(c -> c.population() >= CommuneMatcher.TOWN);
    }

    private Outcome explain(String printedName, NameContext ctx, int depth) {
        if (printedName == null) {
            return Outcome.unresolved(null, "empty name");
        }
        NameForm form = NameForm.parse(printedName);
        Parts p = parts();
        Supplier<Evidence> evidence = lazy(() -> p.evidence().read(form, ctx, this::placeAlone));
        String defined = depth < MAX_DEPTH ? definition(form, ctx) : null;
        if (defined != null) {
            Outcome o = explain(defined, ctx, depth + 1);
            if (o.resolution() != null) {
                return spanning(o, evidence.get());
            }
        }
        Outcome outcome = resolve(form, evidence);
        if (outcome.resolution() == null && depth < MAX_DEPTH) {
            Outcome part = parts(printedName, form, ctx, depth);
            if (part != null) {
                outcome = part;
            }
        }
        return outcome.resolution() == null ? outcome : spanning(outcome, evidence.get());
    }

    /** The document's expansion of a name that is one of its acronyms ("TCO"), or null. */
    private static String definition(NameForm form, NameContext ctx) {
        String cleaned = Regexes.replaceFirst(form.cleaned(), "^(?:[Ll]es?|[Ll]a|[Ll]')\\s*", "");
        if (ctx.acronyms().isEmpty() || cleaned.isEmpty() || cleaned.contains(" ")) {
            return null;
        }
        for (var e : ctx.acronyms().entrySet()) {
            if (e.getKey().equalsIgnoreCase(cleaned)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The parts of a name that does not resolve whole: a long form printed in parentheses with an acronym,
     * the long form after "ACRONYM –", or the first of two names that does resolve while the second names
     * nothing else.
     */
    private Outcome parts(String printedName, NameForm form, NameContext ctx, int depth) {
        boolean acronymName = !form.cleaned().contains(" ") && NameContext.isAcronym(form.cleaned());
        if (acronymName || form.tokens().isEmpty()) {
            for (String aside : form.asides()) {
                if (NameKey.tokens(aside).size() >= 3) {
                    Outcome o = explain(aside, ctx.withDepartements(withAsides(ctx, form)), depth + 1);
                    if (o.resolution() != null) {
                        return o;
                    }
                }
            }
        }
        String[] two = TWO_NAMES.split(Text.plainTypography(printedName).strip(), -1);
        if (two.length != 2 || two[0].isBlank() || two[1].isBlank()) {
            return null;
        }
        NameContext withPlaces = ctx.withDepartements(withAsides(ctx, form));
        NameForm first = NameForm.parse(two[0]);
        if (!first.cleaned().contains(" ") && NameContext.isAcronym(first.cleaned())) {
            Outcome o = explain(two[1], withPlaces, depth + 1);
            return o.resolution() != null ? o : null;
        }
        Outcome a = explain(two[0], withPlaces, depth + 1);
        if (a.resolution() == null) {
            return null;
        }
        Outcome b = explain(two[1], withPlaces, depth + 1);
        if (b.resolution() != null) {
            return b.resolution().place().equals(a.resolution().place()) ? a
                    : Outcome.unresolved(a.formType(), "two names in one: " + form.cleaned() + " could be "
                            + Places.describe(a.resolution().place()) + " and " + Places.describe(b.resolution().place()));
        }
        // a second name that names nothing is a brand of the first only for a région, joined by a slash
        // ("Région Occitanie / Pyrénées-Méditerranée"); not a title after a dash ("Rennes Métropole -
        // Ambassad'Ondes"), nor a misspelt commune ("Roubaix / Marc-en-Baroeul")
        List<String> second = NameKey.tokens(two[1]);
        boolean brand = "region".equals(a.resolution().place().type()) && SLASH.matcher(printedName).find()
                && second.size() <= 3 && second.stream().allMatch(t -> t.chars().allMatch(Character::isLetter));
        return brand ? a : null;
    }

    private static List<String> withAsides(NameContext ctx, NameForm form) {
        List<String> all = new java.util.ArrayList<>(ctx.departements());
        all.addAll(form.asides());
        return all;
    }

    /** A body or EPCI placed in one of the départements a place line names lies across them: département null. */
    private Outcome spanning(Outcome o, Evidence evidence) {
        Place p = o.resolution().place();
        if (evidence.spanned.isEmpty() || p.departement() == null || !evidence.spanned.contains(p.departement())
                || !(p.type().equals("epci") || NameForm.isBodyType(p.type()))) {
            return o;
        }
        Place across = new Place(p.type(), p.officialName(), p.siren(), null, p.region(), p.regionName());
        return Outcome.of(new Resolution(across, o.resolution().matchKind(), o.resolution().score()), o.formType());
    }

    /** A co-credited name's place, without evidence. */
    private Place placeAlone(NameForm form) {
        Outcome o = resolve(form, () -> Evidence.NONE);
        return o.resolution() == null ? null : o.resolution().place();
    }

    private Outcome resolve(NameForm form, Supplier<Evidence> evidence) {
        if (form.tokens().isEmpty()) {
            return Outcome.unresolved(form.type(), "empty name");
        }
        Parts p = parts();
        String type = form.type();
        KnownBody body = p.bodies().known(form);
        if (body != null && (type == null || NameForm.isBodyType(type))) {
            return p.bodies().of(body, type);
        }
        if (type == null) {
            return bare(form, evidence);
        }
        return switch (type) {
            case "commune" -> p.communes().match(form.remainderKey(), form.impliedArticle(), evidence.get(), true, type,
                    form.cleaned());
            case "departement" -> p.areas().matchDepartement(form);
            case "region" -> p.areas().matchRegion(form);
            case "epci" -> epci(form, evidence.get());
            default -> body(form, evidence.get());
        };
    }

    private Outcome bare(NameForm form, Supplier<Evidence> evidence) {
        Parts p = parts();
        Outcome o = p.bareNames().match(form, evidence);
        if (o.resolution() != null || o.warning().startsWith("ambiguous")) {
            return o;
        }
        Outcome body = p.bodies().placeAndActivity(form);
        if (body != null) {
            return body;
        }
        if (grandTown(form)) {
            // "Grand Lyon", "Grand Nancy": the usual name of the EPCI around a town, as sure as an alias
            Outcome former = p.formerEpcis().infer(form, evidence.get());
            if (former.resolution() != null) {
                Resolution r = former.resolution();
                return Outcome.of(new Resolution(r.place(), r.matchKind(), Math.max(r.score(), 0.9)), null);
            }
        }
        Outcome near = p.communes().nearWithin(form, evidence.get());
        return near != null ? near : o;
    }

    private Outcome epci(NameForm form, Evidence evidence) {
        Parts p = parts();
        Outcome o = p.epcis().match(form, evidence, false);
        if (o.resolution() != null || o.warning().startsWith("ambiguous")) {
            return o;
        }
        Outcome former = p.formerEpcis().infer(form, evidence);
        if (former.resolution() != null) {
            return former;
        }
        Area stated = evidence.stated(geo);
        if (stated != null && EpciKey.of(form.tokens()).typeToken() != null && !FormerEpcis.joined(form.cleaned())) {
            // "CC Terre de France (35)": an EPCI form, no known name, a département printed with it
            return Outcome.of(new Resolution(p.places().of("epci", form.cleaned(), stated), Resolution.INFERRED,
                    0.6), form.type());
        }
        return former;
    }

    private Outcome body(NameForm form, Evidence evidence) {
        Parts p = parts();
        Outcome activity = p.bodies().placeAndActivity(form);
        if (activity != null) {
            return activity;
        }
        Area area = p.inference().infer(form);
        if (area != null && (area.departement() != null || area.region() != null)) {
            return Outcome.of(new Resolution(p.places().of(form.type(), form.cleaned(), area), Resolution.INFERRED,
                    area.departement() != null ? 0.8 : 0.7), form.type());
        }
        Area stated = evidence.stated(geo);
        if (stated != null && !FormerEpcis.joined(form.cleaned())) {
            return Outcome.of(new Resolution(p.places().of(form.type(), form.cleaned(), stated), Resolution.INFERRED,
                    0.6), form.type());
        }
        return Outcome.unresolved(form.type(), "no place in the name: " + form.cleaned());
    }

    private static <T> Supplier<T> lazy(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
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
                    PlaceInference inference = new PlaceInference(geo);
                    p = new Parts(geo.index(), places, communes, epcis, areas, inference,
                            new BareNames(geo, places, communes, epcis, areas),
                            new FormerEpcis(geo, places, communes, inference), new BodyNames(geo, places),
                            new EvidenceReader(geo, areas, inference));
                    parts = p;
                }
            }
        }
        return p;
    }
}
