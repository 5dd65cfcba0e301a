package fr.palmares.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Régions and départements for query filters: by code, current name or historic name, ignoring case,
 * accents, hyphens and articles ("Bretagne", "bretagne", "53", "Rhône-Alpes" -> "84"; "Haute Garonne",
 * "2A", "971"). A région merged in 2016 ("Picardie") is also known with its départements
 * ({@link #formerRegion}), so that a query can keep to them; a historic name that is a current région's
 * (Bretagne, Centre, Corse) is that région. The collectivités d'outre-mer (Saint-Pierre-et-Miquelon...) are
 * no région.
 */
public final class RegionLookup {
    private final Geography geo;

    public RegionLookup(Geography geo) {
        this.geo = Objects.requireNonNull(geo);
    }

    /** Over {@link Geography#bundled()}. */
    public RegionLookup() {
        this(Geography.bundled());
    }

    /** The INSEE region code of a region code, current name, historic name or "Région X". */
    public Optional<String> regionCode(String nameOrCodeOrHistoricName) {
        if (nameOrCodeOrHistoricName == null || nameOrCodeOrHistoricName.isBlank()) {
            return Optional.empty();
        }
        AreaMatcher areas = matcher();
        Optional<Region> byCode = areas.regionByCode(nameOrCodeOrHistoricName);
        if (byCode.isPresent()) {
            return Optional.of(byCode.get().code());
        }
        List<String> tokens = NameKey.tokens(nameOrCodeOrHistoricName);
        String key = NameKey.join(tokens);
        String rest = tokens.size() > 1 && tokens.get(0).equals("region") ? NameKey.join(tokens.subList(1, tokens.size()))
                : key;
        return areas.region(rest, key).map(r -> r.place().region());
    }

    /**
     * The région before 2016 that a name names ("Picardie", "Région Picardie", "rhone alpes"), with its
     * départements; empty for a current région's name or code, or anything else.
     */
    public Optional<FormerRegion> formerRegion(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = NameKey.tokens(name);
        if (tokens.size() > 1 && tokens.get(0).equals("region")) {
            tokens = tokens.subList(1, tokens.size());
        }
        String key = NameKey.join(tokens);
        return geo.formerRegions().stream().filter(f -> NameKey.key(f.name()).equals(key)).findFirst();
    }

    /** The INSEE code of a département code or name ("Ille-et-Vilaine", "35", "2A", "971", "Haute Garonne"). */
    public Optional<String> departementCode(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        AreaMatcher areas = matcher();
        Optional<Departement> byCode = areas.departementByCode(nameOrCode);
        if (byCode.isPresent()) {
            return Optional.of(byCode.get().code());
        }
        List<String> tokens = NameKey.tokens(nameOrCode);
        if (tokens.size() > 1 && tokens.get(0).equals("departement")) {
            tokens = tokens.subList(1, tokens.size());
        }
        return areas.departement(NameKey.join(tokens)).map(r -> r.place().departement());
    }

    /** Current region names, in code order, then the former régions' (for "did you mean" suggestions). */
    public List<String> regionNames() {
        List<String> names = new java.util.ArrayList<>();
        geo.regions().stream().filter(r -> Places.regionOrNull(r.code()) != null).map(Region::name).forEach(names::add);
        geo.formerRegions().stream().map(FormerRegion::name).forEach(names::add);
        return List.copyOf(names);
    }

    /** Département names, in code order. */
    public List<String> departementNames() {
        return geo.departements().stream().map(Departement::name).toList();
    }

    private volatile AreaMatcher matcher;

    /** Built on first use, then kept: every look-up goes through the same matcher. */
    private AreaMatcher matcher() {
        AreaMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                if (matcher == null) {
                    matcher = new AreaMatcher(geo, new Places(geo));
                }
                m = matcher;
            }
        }
        return m;
    }
}
