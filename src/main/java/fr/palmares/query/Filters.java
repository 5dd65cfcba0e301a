package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Medal;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query's filters, all combinable: within one filter any value may match (or), across filters all
 * must (and). Text filters fold case and accents; places compare resolved INSEE codes.
 */
public final class Filters {
    private final List<Predicate<Laureate>> all = new ArrayList<>();

    public Filters years(List<YearRange> ranges) {
        if (!ranges.isEmpty()) {
            all.add(l -> ranges.stream().anyMatch(r -> r.contains(l.edition())));
        }
        return this;
    }

    /** Medal codes; "none" selects laureates whose medal is unknown. */
    public Filters medals(Set<String> codes) {
        if (!codes.isEmpty()) {
            all.add(l -> codes.contains(l.medal() == null ? "none" : l.medal()));
        }
        return this;
    }

    public Filters regions(Set<String> codes) {
        return regions(codes.stream().sorted().map(RegionScope::whole).toList());
    }

    /** Laureates with a collectivité in one of the régions (a former région: in its départements). */
    public Filters regions(List<RegionScope> scopes) {
        if (!scopes.isEmpty()) {
            all.add(l -> l.collectivites().stream().anyMatch(c -> scopes.stream().anyMatch(s -> s.contains(c))));
        }
        return this;
    }

    public Filters departements(Set<String> codes) {
        if (!codes.isEmpty()) {
            all.add(l -> l.collectivites().stream()
                    .anyMatch(c -> c.departement() != null && codes.contains(c.departement())));
        }
        return this;
    }

    public Filters types(Set<String> types) {
        if (!types.isEmpty()) {
            all.add(l -> l.collectivites().stream().anyMatch(c -> types.contains(c.type())));
        }
        return this;
    }

    public Filters categories(List<String> texts) {
        return containing(texts, l -> l.category() == null ? "" : l.category());
    }

    public Filters collectivites(List<String> texts) {
        return containing(texts, l -> {
            StringBuilder sb = new StringBuilder();
            for (Collectivite c : l.collectivites()) {
                sb.append(c.name()).append(" | ");
            }
            return sb.toString();
        });
    }

    public Filters texts(List<String> texts) {
        return containing(texts, l -> l.project() + " | " + (l.description() == null ? "" : l.description()));
    }

    private Filters containing(List<String> texts, java.util.function.Function<Laureate, String> field) {
        if (!texts.isEmpty()) {
            List<String> keys = texts.stream().map(Text::searchKey).toList();
            all.add(l -> {
                String v = Text.searchKey(field.apply(l));
                return keys.stream().anyMatch(v::contains);
            });
        }
        return this;
    }

    public boolean test(Laureate l) {
        for (Predicate<Laureate> p : all) {
            if (!p.test(l)) {
                return false;
            }
        }
        return true;
    }

    /** or/argent/bronze, gold/silver, "d'or", "none"/"inconnu"; an error for anything else. */
    public static Set<String> medalCodes(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            String f = Text.fold(v);
            if (f.equals("none") || f.equals("inconnu") || f.equals("null") || f.equals("aucun")) {
                out.add("none");
                continue;
            }
            out.add(Medal.parse(v).orElseThrow(() -> new IllegalArgumentException(
                    "unknown medal '" + v + "' (expected or, argent, bronze, gold, silver or none)")).code());
        }
        return out;
    }
}
