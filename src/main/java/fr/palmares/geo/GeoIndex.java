package fr.palmares.geo;

import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name-key indexes of départements, régions, aliases, bodies and places (EPCI: {@link EpciIndex}, communes:
 * {@link CommuneIndex}).
 */
final class GeoIndex {
    /** Gazetteer words that name a place only after a preposition ("de la Manche", not "manche"). */
    private static final Set<String> WEAK = Set.of("centre", "nord", "lot", "cher", "ain", "var", "somme", "manche",
            "orne", "reunion", "sud", "gers", "eure", "indre", "vienne", "provence", "acal", "paca", "guyane",
            "savoie", "marne", "aube");

    /** "Le TCO": the article does not make the acronym lower case. */
    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile(
            "^(?:[Ll]es?|[Ll]a|[Ll]')\\s*(?=\\p{Lu})");

    record GazetteerEntry(Area area, boolean weak) {
    }

    final Map<String, Departement> departements = new HashMap<>();
    final Map<String, Region> regions = new HashMap<>();
    final Map<String, List<Alias>> aliases = new HashMap<>();
    final Map<String, KnownBody> bodies = new HashMap<>();
    final Map<String, GazetteerEntry> gazetteer = new HashMap<>();
    int gazetteerMaxWords;

    GeoIndex(Geography geo) {
        for (Departement d : geo.departements()) {
            departements.put(NameKey.key(d.name()), d);
            addPlace(NameKey.key(d.name()), new Area(d.code(), Places.regionOrNull(d.region())));
        }
        for (Region r : geo.regions()) {
            if (Places.regionOrNull(r.code()) == null) {
                continue; // a collectivité d'outre-mer, listed with the régions but none
            }
            regions.put(NameKey.key(r.name()), r);
            addPlace(NameKey.key(r.name()), new Area(null, r.code()));
        }
        for (FormerRegion f : geo.formerRegions()) {
            Alias a = new Alias(f.name(), "region", f.region(), f.source());
            addAlias(NameKey.key(f.name()), a);
            addPlace(NameKey.key(f.name()), new Area(null, f.region()));
        }
        for (Alias a : geo.aliases()) {
            List<String> tokens = NameKey.tokens(a.name());
            addAlias(NameKey.join(tokens), a);
            if (a.kind().equals("epci")) {
                addAlias(EpciKey.of(tokens).fullKey(), a);
            } else if (a.kind().equals("region") && !tokens.get(0).equals("region")) {
                addPlace(NameKey.join(tokens), new Area(null, a.code()));
            } else if (a.kind().equals("departement")) {
                Departement d = geo.departement(a.code());
                addPlace(NameKey.join(tokens), new Area(a.code(), d == null ? null : d.region()));
            }
        }
        for (KnownBody b : geo.bodies()) {
            bodies.put(NameKey.key(b.name()), b);
        }
        for (NamedArea p : geo.areas()) {
            addPlace(NameKey.key(p.name()), new Area(p.departement(), p.region()));
        }
    }

    private void addAlias(String key, Alias alias) {
        List<Alias> list = aliases.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(alias)) {
            list.add(alias);
        }
    }

    private void addPlace(String key, Area area) {
        if (key.isEmpty()) {
            return;
        }
        gazetteer.put(key, new GazetteerEntry(area, WEAK.contains(key)));
        gazetteerMaxWords = Math.max(gazetteerMaxWords, key.split(" ").length);
    }

    /** Aliases of the given kind under the key (kind null: any). */
    List<Alias> aliases(String key, String kind) {
        List<Alias> all = aliases.getOrDefault(key, List.of());
        return kind == null ? all : all.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    /**
     * Aliases for a name printed alone: an acronym alias ("MEL", "CANGT") counts only when the name is
     * printed in capitals, so that ordinary words are not taken for acronyms.
     */
    List<Alias> aliasesOfBareName(NameForm form, String kind) {
        boolean upper = Text.isUpper(LEADING_ARTICLE.matcher(form.cleaned()).replaceFirst(""));
        return aliases(form.key(), kind).stream().filter(a -> upper || !isAcronym(a.name())).toList();
    }

    static boolean isAcronym(String name) {
        return name.indexOf(' ') < 0 && name.length() <= 6 && Text.isUpper(name);
    }
}
