package fr.palmares.normalize;

import fr.palmares.classify.Classification;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Source;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Text;
import fr.palmares.annotate.Names;
import fr.palmares.geo.NameContext;
import fr.palmares.assemble.Cleaning;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw laureates to dataset laureates: names and titles cleaned, medal as a code, category in its
 * best-cased form, collectivités resolved, a stable id and the document as source.
 */
public final class Normalizer {
    private final NameResolver resolver;

    public Normalizer(NameResolver resolver) {
        this.resolver = resolver;
    }

    public List<Laureate> normalize(SourceDocument doc, Classification cls, List<RawLaureate> raws) {
        CategoryCasing casing = new CategoryCasing(doc.blocks());
        java.util.Map<String, String> acronyms = NameContext.acronymsIn(String.join("\n",
                doc.blocks().stream().map(fr.palmares.model.Block::text).toList()));
        List<Laureate> out = new ArrayList<>();
        for (RawLaureate r : raws) {
            String project = Cleaning.title(r.project());
            if (project.isEmpty() || r.collectivites().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String n : r.collectivites()) {
                String c = Names.clean(n);
                if (!c.isEmpty() && names.stream().noneMatch(x -> Text.fold(x).equals(Text.fold(c)))) {
                    names.add(c);
                }
            }
            List<Collectivite> collectivites = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String n : names) {
                List<String> others = new ArrayList<>(names);
                others.remove(n);
                String context = r.places().isEmpty() ? project : project + " — " + String.join(" — ", r.places());
                Collectivite c = resolver.resolve(n, others, context, acronyms);
                collectivites.add(c);
                keys.add(Ids.collectiviteKey(c));
            }
            Integer edition = r.edition() != null ? r.edition() : cls.edition();
            Source source = new Source(doc.file(), doc.sha256(), cls.kind().code(),
                    r.origin() != null && r.origin().page() > 0 ? r.origin().page() : null,
                    r.origin() != null && r.origin().page() == 0 && r.origin().line() > 0 ? r.origin().line() : null);
            String description = r.description() == null ? null : r.description().strip();
            List<Evidence> evidence = r.evidence() == null ? List.of()
                    : List.of(new Evidence(doc.file(), r.evidence().page(), r.evidence().line(), r.evidence().snippet(),
                            r.evidence().spans()));
            out.add(new Laureate(Ids.of(edition, keys, ""), edition, r.medal() == null ? null : r.medal().code(),
                    casing.best(r.category()), project, collectivites, description, List.of(source),
                    round(r.confidence()), List.of(), evidence));
        }
        return distinctIds(out);
    }

    /**
     * The id is the edition and the collectivités, so that the same award read from any document gets it
     * whatever the title's wording; when one document credits the same collectivités twice in an edition,
     * the title tells the two awards apart.
     */
    private static List<Laureate> distinctIds(List<Laureate> found) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Laureate l : found) {
            seen.merge(l.id(), 1, Integer::sum);
        }
        List<Laureate> out = new ArrayList<>();
        for (Laureate l : found) {
            if (seen.get(l.id()) == 1) {
                out.add(l);
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (Collectivite c : l.collectivites()) {
                keys.add(Ids.collectiviteKey(c));
            }
            out.add(new Laureate(Ids.of(l.edition(), keys, l.project()), l.edition(), l.medal(), l.category(),
                    l.project(), l.collectivites(), l.description(), l.sources(), l.confidence(), l.conflicts(),
                    l.evidence()));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
