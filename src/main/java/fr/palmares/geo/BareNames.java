package fr.palmares.geo;

import fr.palmares.geo.EpciIndex.EpciEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names printed without any form ("Rennes Métropole" has one, "Sicoval", "Bretagne", "La Rochelle", "Grand
 * Lyon" have none): looked up among every type, exactly or by alias (near names only among EPCI). When
 * several types bear the name, only a few cases are decided (a région and its only département, Paris,
 * a région or département name that only villages share, a commune's name that an EPCI also bears unless
 * the context prints the EPCI's form); the others are ambiguous.
 */
final class BareNames {
    private final Geography geo;
    private final GeoIndex index;
    private final Places places;
    private final CommuneMatcher communes;
    private final EpciMatcher epcis;
    private final AreaMatcher areas;

    BareNames(Geography geo, Places places, CommuneMatcher communes, EpciMatcher epcis, AreaMatcher areas) {
        this.geo = geo;
        this.index = geo.index();
        this.places = places;
        this.communes = communes;
        this.epcis = epcis;
        this.areas = areas;
    }

    /** A name without form: it must be, exactly or by alias, the name of one place of any type. */
    Outcome match(NameForm form, Supplier<Evidence> evidence) {
        String key = form.key();
        List<Outcome> options = new ArrayList<>();
        List<Boolean> literal = new ArrayList<>();
        for (Alias a : index.aliasesOfBareName(form, null)) {
            Place target = aliasTarget(a);
            if (target != null && options.stream().noneMatch(o -> o.resolution().place().equals(target))) {
                options.add(Outcome.of(new Resolution(target, Resolution.ALIAS, 1.0), null));
                literal.add(true);
            }
        }
        EpciKey epciKey = EpciKey.of(form.tokens());
        List<EpciEntry> sameName = epcis.exact(epciKey);
        if (!sameName.isEmpty()) {
            options.add(epcis.match(form, evidence.get(), true));
            literal.add(sameName.stream().anyMatch(e -> e.key().fullKey().equals(epciKey.fullKey())));
        }
        areas.region(key).ifPresent(r -> {
            options.add(Outcome.of(r, null));
            literal.add(true);
        });
        areas.departement(key).ifPresent(r -> {
            options.add(Outcome.of(r, null));
            literal.add(true);
        });
        if (!communes.literal(form).isEmpty()) {
            options.add(communes.matchBare(form, evidence.get()));
            literal.add(true);
        }
        dropRepeats(options, literal);
        if (options.isEmpty()) {
            Outcome fuzzy = epcis.match(form, evidence.get(), true);
            return fuzzy.resolution() != null ? fuzzy : Outcome.unresolved(null, "unknown name: " + form.cleaned());
        }
        if (options.size() == 1) {
            return options.get(0);
        }
        return oneOf(options, literal, form, evidence.get());
    }

    /** A bare name that several types bear: only a few cases are decided, the others are ambiguous. */
    private Outcome oneOf(List<Outcome> options, List<Boolean> literal, NameForm form, Evidence evidence) {
        List<Place> found = options.stream().map(o -> o.resolution() == null ? null : o.resolution().place()).toList();
        // a region and its only département ("Guadeloupe", "Mayotte"): the region
        if (options.size() == 2 && found.stream().allMatch(Objects::nonNull)) {
            Place a = found.get(0);
            Place b = found.get(1);
            if (a.type().equals("region") && b.type().equals("departement") && a.region().equals(b.region())
                    && geo.departements().stream().filter(d -> d.region().equals(a.region())).count() == 1) {
                return options.get(0);
            }
            // Paris: the commune and the département are one collectivité (the "Ville de Paris", since 2019)
            if (a.type().equals("departement") && b.type().equals("commune") && "75".equals(a.departement())
                    && "75".equals(b.departement())) {
                return options.get(1);
            }
        }
        // a région or département name that villages also bear ("Bretagne", Indre and Territoire de Belfort):
        // the région or département
        List<Integer> areaOptions = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (found.get(i) != null && (found.get(i).type().equals("region") || found.get(i).type().equals("departement"))) {
                areaOptions.add(i);
            }
        }
        if (areaOptions.size() == 1 && options.size() == 2 && communes.literal(form).stream()
                .allMatch(c -> c.population() < CommuneMatcher.TOWN)) {
            Place other = found.get(1 - areaOptions.get(0));
            if (other == null || other.type().equals("commune")) {
                return options.get(areaOptions.get(0));
            }
        }
        // an EPCI named after a commune ("La Rochelle" / "CA de La Rochelle"): the commune, unless the context
        // prints the EPCI's form with that name
        for (int i = 0; i < options.size(); i++) {
            Place pl = found.get(i);
            if (pl != null && pl.type().equals("epci") && !literal.get(i) && evidence.mentions(pl.officialName())) {
                return options.get(i);
            }
        }
        List<Integer> literalOnes = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (literal.get(i)) {
                literalOnes.add(i);
            }
        }
        if (literalOnes.size() == 1) {
            return options.get(literalOnes.get(0));
        }
        List<String> described = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            described.add(found.get(i) == null ? options.get(i).warning() : Places.describe(found.get(i)));
        }
        return Outcome.unresolved(null, "ambiguous name: " + form.cleaned() + " could be " + String.join(", ", described));
    }

    /** The same place found twice (by its name and by an alias): once. */
    private static void dropRepeats(List<Outcome> options, List<Boolean> literal) {
        for (int i = options.size() - 1; i > 0; i--) {
            Resolution r = options.get(i).resolution();
            for (int j = 0; j < i && r != null; j++) {
                Resolution earlier = options.get(j).resolution();
                if (earlier != null && earlier.place().equals(r.place())) {
                    options.remove(i);
                    literal.remove(i);
                    break;
                }
            }
        }
    }

    private Place aliasTarget(Alias a) {
        return switch (a.kind()) {
            case "region" -> Optional.ofNullable(geo.region(a.code())).map(places::of).orElse(null);
            case "departement" -> Optional.ofNullable(geo.departement(a.code())).map(places::of).orElse(null);
            case "epci" -> Optional.ofNullable(geo.epci(a.code())).map(places::of).orElse(null);
            case "commune" -> Optional.ofNullable(geo.commune(a.code())).map(places::of).orElse(null);
            default -> null;
        };
    }
}
