package fr.palmares.normalize;

import fr.palmares.classify.Classification;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Source;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Text;
import fr.palmares.parse.Cleaning;
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
        List<Laureate> out = new ArrayList<>();
        for (RawLaureate r : raws) {
            String project = Cleaning.title(r.project());
            if (project.isEmpty() || r.collectivites().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String n : r.collectivites()) {
                String c = Cleaning.name(n);
                if (!c.isEmpty() && names.stream().noneMatch(x -> Text.fold(x).equals(Text.fold(c)))) {
                    names.add(c);
                }
            }
            List<Collectivite> collectivites = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String n : names) {
                List<String> others = new ArrayList<>(names);
                others.remove(n);
                Collectivite c = resolver.resolve(n, others, project);
                collectivites.add(c);
                keys.add(c.siren() != null ? c.siren() : n);
            }
            Integer edition = r.edition() != null ? r.edition() : cls.edition();
            Source source = new Source(doc.file(), doc.sha256(), cls.kind().code(),
                    r.origin() != null && r.origin().page() > 0 ? r.origin().page() : null,
                    r.origin() != null && r.origin().page() == 0 && r.origin().line() > 0 ? r.origin().line() : null);
            String description = r.description() == null ? null : r.description().strip();
            out.add(new Laureate(Ids.of(edition, keys, project), edition, r.medal() == null ? null : r.medal().code(),
                    casing.best(r.category()), project, collectivites, description, List.of(source),
                    round(r.confidence()), List.of()));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
