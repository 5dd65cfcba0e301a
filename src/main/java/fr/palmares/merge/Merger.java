package fr.palmares.merge;

import fr.palmares.model.Laureate;
import fr.palmares.model.Medal;
import fr.palmares.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Laureates with the same id become one, with every source kept; the result is in dataset order. */
public final class Merger {

    public List<Laureate> merge(List<Laureate> all) {
        Map<String, Laureate> byId = new LinkedHashMap<>();
        for (Laureate l : all) {
            byId.merge(l.id(), l, Merger::combine);
        }
        List<Laureate> out = new ArrayList<>(byId.values());
        out.sort(ORDER);
        return out;
    }

    /** Edition, medal (or, argent, bronze, unknown), category, project. */
    public static final Comparator<Laureate> ORDER = Comparator
            .comparing((Laureate l) -> l.edition() == null ? Integer.MAX_VALUE : l.edition())
            .thenComparing(l -> Medal.rank(Medal.parse(l.medal()).orElse(null)))
            .thenComparing(l -> l.category() == null ? "\uFFFF" : fr.palmares.model.Text.fold(l.category()))
            .thenComparing(l -> fr.palmares.model.Text.fold(l.project()))
            .thenComparing(Laureate::id);

    static Laureate combine(Laureate a, Laureate b) {
        List<Source> sources = new ArrayList<>(a.sources());
        for (Source s : b.sources()) {
            if (sources.stream().noneMatch(x -> Objects.equals(x.sha256(), s.sha256()) && Objects.equals(x.file(), s.file()))) {
                sources.add(s);
            }
        }
        sources.sort(Comparator.comparing(Source::file).thenComparing(Source::sha256));
        return new Laureate(a.id(), a.edition(), a.medal() != null ? a.medal() : b.medal(),
                a.category() != null ? a.category() : b.category(), a.project(), a.collectivites(),
                a.description() != null ? a.description() : b.description(), sources,
                Math.max(a.confidence(), b.confidence()), a.conflicts());
    }
}
