package fr.palmares.pipeline;

import fr.palmares.model.Regexes;
import fr.palmares.geo.CollectiviteResolver;
import fr.palmares.geo.FormerRegion;
import fr.palmares.geo.Geography;
import fr.palmares.geo.Place;
import fr.palmares.geo.RegionLookup;
import fr.palmares.geo.Resolution;
import fr.palmares.model.Collectivite;
import fr.palmares.normalize.FormOnlyResolver;
import fr.palmares.normalize.NameResolver;
import fr.palmares.annotate.NameOracle;
import fr.palmares.query.PlaceNames;
import fr.palmares.query.RegionScope;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official geography as the pipeline uses it: the parsers' name oracle (name forms, then the
 * resolver), the normalizer's resolver (with a warning for names that stay unresolved), and the
 * query's place names.
 */
public final class Geo {
    private static volatile CollectiviteResolver shared;

    private Geo() {
    }

    private static CollectiviteResolver resolver() {
        if (shared == null) {
            synchronized (Geo.class) {
                if (shared == null) {
                    shared = new CollectiviteResolver(Geography.bundled());
                }
            }
        }
        return shared;
    }

    public static NameOracle oracle() {
        return new Oracle(resolver());
    }

    public static NameResolver resolver(PrintStream warnings, boolean verbose) {
        return new Resolver(resolver(), warnings);
    }

    private static volatile PlaceNames places;

    /** One shared set of place names (its look-up tables are built once). */
    public static PlaceNames placeNames() {
        if (places == null) {
            synchronized (Geo.class) {
                if (places == null) {
                    places = newPlaceNames();
                }
            }
        }
        return places;
    }

    private static PlaceNames newPlaceNames() {
        RegionLookup lookup = new RegionLookup(Geography.bundled());
        return new PlaceNames() {
            @Override
            public Optional<String> regionCode(String nameOrCode) {
                return lookup.regionCode(nameOrCode);
            }

            @Override
            public Optional<RegionScope> regionScope(String nameOrCode) {
                Optional<FormerRegion> former = lookup.formerRegion(nameOrCode);
                if (former.isEmpty()) {
                    return regionCode(nameOrCode).map(RegionScope::whole);
                }
                FormerRegion f = former.get();
                List<String> merged = new java.util.ArrayList<>();
                Geography.bundled().formerRegions().stream().filter(o -> o.region().equals(f.region()) && o != f)
                        .map(FormerRegion::name).forEach(merged::add);
                merged.add(Geography.bundled().regionName(f.region()));
                return Optional.of(new RegionScope(f.region(), Set.copyOf(f.departements()), f.name(), merged));
            }

            @Override
            public Optional<String> departementCode(String nameOrCode) {
                return lookup.departementCode(nameOrCode);
            }

            @Override
            public List<String> regionNames() {
                return lookup.regionNames();
            }

            @Override
            public List<String> departementNames() {
                return lookup.departementNames();
            }
        };
    }

    /** What the core may ask of the geography; answers are cached. */
    private static final class Oracle implements NameOracle {
        private final CollectiviteResolver resolver;
        private final Map<String, Optional<Resolution>> cache = new ConcurrentHashMap<>();
        private final Map<String, Optional<Resolution>> credited = new ConcurrentHashMap<>();

        Oracle(CollectiviteResolver resolver) {
            this.resolver = resolver;
        }

        private Optional<Resolution> resolve(String text) {
            return cache.computeIfAbsent(text, t -> t.length() > 160 ? Optional.empty()
                    : resolver.resolve(t, List.of(), ""));
        }

        @Override
        public boolean isCollectivite(String text) {
            return resolve(text).isPresent();
        }

        @Override
        public double resolveScore(String text) {
            return resolve(text).map(Resolution::score).orElse(0.0);
        }

        @Override
        public double resolveScore(String text, List<String> coCredited) {
            if (coCredited.isEmpty()) {
                return resolveScore(text);
            }
            return credited.computeIfAbsent(text + "\n" + String.join("\n", coCredited), k -> text.length() > 160
                    ? Optional.<Resolution>empty() : resolver.resolve(text, coCredited, "")).map(Resolution::score).orElse(0.0);
        }

        @Override
        public Optional<String> regionOf(String name) {
            return resolve(name).map(Resolution::place).map(Place::region);
        }

        @Override
        public Optional<String> regionCode(String regionName) {
            return placeNames().regionCode(regionName).filter(code -> !Regexes.matches(regionName, "\\d+"));
        }

        @Override
        public Optional<String> departementCode(String name) {
            return placeNames().departementCode(name);
        }
    }

    private static final java.util.regex.Pattern MEMBERS = java.util.regex.Pattern.compile(
            "^(les )?(communes|villes) membres\\b.*");

    /** Resolves each credited name; an unresolved one keeps its form's type and is reported once. */
    private static final class Resolver implements NameResolver {
        private final CollectiviteResolver resolver;
        private final PrintStream warnings;
        private final Set<String> warned = ConcurrentHashMap.newKeySet();

        Resolver(CollectiviteResolver resolver, PrintStream warnings) {
            this.resolver = resolver;
            this.warnings = warnings;
        }

        @Override
        public Collectivite resolve(String name, List<String> coCredited, String context) {
            return resolve(name, coCredited, context, java.util.Map.of());
        }

        @Override
        public Collectivite resolve(String name, List<String> coCredited, String context,
                java.util.Map<String, String> acronyms) {
            if (MEMBERS.matcher(fr.palmares.model.Text.fold(name)).matches()) {
                Optional<Collectivite> members = members(name, coCredited, context);
                if (members.isPresent()) {
                    return members.get();
                }
            }
            Optional<Resolution> r = resolver.resolve(name,
                    fr.palmares.geo.NameContext.of(coCredited, context).withAcronyms(acronyms));
            if (r.isEmpty()) {
                String why = resolver.lastWarning();
                if (warnings != null) {
                    HeldLines.say(() -> {
                        if (warned.add(name)) {
                            warnings.println("warning: unresolved collectivité \"" + name + "\""
                                    + (why == null ? "" : ": " + why));
                        }
                    });
                }
                String type = resolver.typeFromForm(name);
                return Collectivite.unresolved(name, type != null ? type : FormOnlyResolver.typeOf(name));
            }
            return of(name, r.get());
        }

        /** "les communes membres" credited with an EPCI lie where the EPCI lies. */
        private Optional<Collectivite> members(String name, List<String> coCredited, String context) {
            for (String other : coCredited) {
                Optional<Resolution> r = resolver.resolve(other, List.of(), context);
                if (r.isPresent() && "epci".equals(r.get().place().type())) {
                    Place p = r.get().place();
                    return Optional.of(new Collectivite(name, "commune", null, p.departement(), p.region(),
                            p.regionName(), new Collectivite.Match("inferred", 0.8)));
                }
            }
            return Optional.empty();
        }

        private static Collectivite of(String name, Resolution r) {
            Place p = r.place();
            return new Collectivite(name, p.type(), p.siren(), p.departement(), p.region(), p.regionName(),
                    new Collectivite.Match(r.matchKind(), Math.round(r.score() * 100) / 100.0));
        }
    }
}
